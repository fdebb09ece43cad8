// The web client speaks fi, sv and en: every key in all three, and every key the code uses
// defined. Keys are found in `t('…')` calls; a template key (`academy.status.${status}`)
// must have at least one key under its fixed prefix, and a string constant that reads like a
// key ('signIn.link.INVALID') in a page's error table counts as used too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const WEB_SRC = path.resolve(import.meta.dirname, '../../web/src');
const LANGUAGES = ['fi', 'sv', 'en'] as const;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [child, text] of flatten(value, key)) keys.set(child, text);
  }
  return keys;
}

const I18N = path.join(WEB_SRC, 'i18n');
/** The shared file `i18n/<language>.json`, then each area's `i18n/<area>/<language>.json`. */
const AREAS = readdirSync(I18N, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function readTree(file: string): Tree {
  return JSON.parse(readFileSync(file, 'utf8')) as Tree;
}

/** Top-level keys defined by more than one file of a language (an area would shadow another). */
const collisions: string[] = [];

const catalogues = Object.fromEntries(
  LANGUAGES.map((language) => {
    const files = [
      path.join(I18N, `${language}.json`),
      ...AREAS.map((area) => path.join(I18N, area, `${language}.json`)),
    ];
    const owner = new Map<string, string>();
    const merged: Tree = {};
    for (const file of files) {
      const tree = readTree(file);
      for (const key of Object.keys(tree)) {
        if (owner.has(key)) collisions.push(`${language}: ${key} in ${owner.get(key)} and ${file}`);
        owner.set(key, file);
      }
      Object.assign(merged, tree);
    }
    return [language, flatten(merged)];
  }),
) as Record<(typeof LANGUAGES)[number], Map<string, string>>;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const sources = sourceFiles(WEB_SRC).map((file) => ({
  file: path.relative(WEB_SRC, file),
  text: readFileSync(file, 'utf8'),
}));

const topLevel = new Set([...catalogues.fi.keys()].map((key) => key.split('.')[0]));

/** Keys in t('…') / t(`…`) calls, and string constants under a catalogue's top-level key. */
function usedKeys(text: string): Array<{ key: string; template: boolean }> {
  const found: Array<{ key: string; template: boolean }> = [];
  for (const match of text.matchAll(/\bt\(\s*(['"`])([^'"`]+)\1/g)) {
    found.push({ key: match[2], template: match[1] === '`' && match[2].includes('${') });
  }
  for (const match of text.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)'/g)) {
    if (topLevel.has(match[1].split('.')[0])) found.push({ key: match[1], template: false });
  }
  return found;
}

/** The used keys of a source text that the Finnish catalogue (the same keys as sv, en) lacks. */
function undefinedKeysIn(text: string): string[] {
  const missing = usedKeys(text)
    .filter(({ key, template }) => {
      if (!template) return !catalogues.fi.has(key);
      const prefix = key.slice(0, key.indexOf('${'));
      return ![...catalogues.fi.keys()].some((candidate) => candidate.startsWith(prefix));
    })
    .map(({ key }) => key);
  return [...new Set(missing)];
}

describe('web client translations', () => {
  it('gives every top-level key to one file only', () => {
    expect(collisions).toEqual([]);
  });

  it('has the same keys in fi, sv and en, none of them empty', () => {
    const all = new Set(LANGUAGES.flatMap((language) => [...catalogues[language].keys()]));
    for (const language of LANGUAGES) {
      const missing = [...all].filter((key) => !catalogues[language].has(key));
      const empty = [...catalogues[language]].filter(([, text]) => text.trim() === '');
      expect({ language, missing, empty }).toEqual({ language, missing: [], empty: [] });
    }
  });

  it('defines every key the code uses', () => {
    expect(sources.flatMap(({ text }) => usedKeys(text)).length).toBeGreaterThan(40);
    const undefinedKeys = sources.flatMap(({ file, text }) =>
      undefinedKeysIn(text).map((key) => `${file}: ${key}`),
    );
    expect(undefinedKeys).toEqual([]);
  });

  it('uses the same {{placeholders}} in every language', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = [...catalogues.fi].filter(([key, text]) =>
      LANGUAGES.some(
        (language) =>
          JSON.stringify(placeholders(catalogues[language].get(key) ?? '')) !==
          JSON.stringify(placeholders(text)),
      ),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('finds keys that are missing: in calls, templates and error tables', () => {
    const page = [
      "t('academy.status.OPEN')",
      "t('academy.status.NO_SUCH_STATUS')",
      't(`academy.${part}`)',
      't(`nothing.here.${part}`)',
      "const ERRORS = { SLOT_TAKEN: 'errors.SLOT_TAKEN' };",
    ].join('\n');
    expect(undefinedKeysIn(page)).toEqual([
      'academy.status.NO_SUCH_STATUS',
      'nothing.here.${part}',
      'errors.SLOT_TAKEN',
    ]);
  });
});
