// The web client speaks fi, sv and en: every key in all three, and every key the code uses
// defined. Keys are found in `t('…')` calls, and a string constant that reads like a key
// ('signIn.link.INVALID') in a page's error table counts as used too. A template key
// (`academy.status.${status}`) must be declared in TEMPLATE_KEYS below: when its variable is
// one of schema.gql's enums, every value of the enum needs its key (a new value would
// otherwise show as a raw key); when it is a constant of the page, some key under the prefix.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, buildSchema } from 'graphql';

const WEB_SRC = path.resolve(import.meta.dirname, '../../web/src');
const SCHEMA = path.resolve(import.meta.dirname, '../../schema.gql');
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

type TemplateKey =
  /** Every value of this schema.gql enum (but those in `except`) has its key. */
  | { enum: string; except?: string[] }
  /** The variable is the page's own constant (a TypeScript union); says which. */
  | { local: string };

/** Every template key's fixed prefix in the code, and where its variable's values come from. */
const TEMPLATE_KEYS: Record<string, TemplateKey> = {
  'language.name.': { enum: 'Locale' },
  'followUp.stages.': { enum: 'TrackedActionStage' },
  'followUp.measureStatuses.': { enum: 'MeasureStatus' },
  'followUpCohort.settings.cadence.': { enum: 'CheckInCadence' },
  'outcomeReport.statuses.': { enum: 'OutcomeReportStatus' },
  'academy.status.': { enum: 'AcademyStatus' },
  'decisions.outcome.': { enum: 'SelectionOutcome' },
  'academy.criteria.severity.': { enum: 'CriterionSeverity' },
  'academy.timeline.mode.': { enum: 'EventMode' },
  'signIn.link.': { enum: 'SignInLinkStatus', except: ['VALID'] },
  'profile.roles.role.': { enum: 'GlobalRole' },
  'privacy.myData.status.': { enum: 'DataExportStatus' },
  'profile.calendar.address.': { local: "copy outcome: 'copied' | 'failed'" },
  'profile.calendar.howTo.': { local: 'the calendar apps the how-to lists' },
  'applicant.status.': { enum: 'ApplicationStatus' },
  'review.status.': { enum: 'ReviewStatus' },
  'reviewers.status.': { enum: 'ReviewStatus' },
  'review.recommendation.': { enum: 'ReviewRecommendation' },
  'review.outcome.': { enum: 'EligibilityOutcome' },
  'review.missing.': { local: 'what completeness lists as missing: SUBMISSION, CONSULTATION' },
  'applicant.role.': { enum: 'MembershipRole' },
  'applicant.organisationType.': { enum: 'OrganisationType' },
  'applicant.application.eligibility.outcome.': { enum: 'EligibilityOutcome' },
  'applicant.application.eligibility.severity.': { enum: 'CriterionSeverity' },
  'applicant.application.fields.': { local: "the form's field names" },
  'applicant.application.consents.': { local: "the form's consent names" },
  'applicant.codes.': { local: "codes of the academy's choice lists, with a default text" },
  'applicant.newOrganisation.businessIdProblem.': { local: "the business ID check's problems" },
  'consultations.mode.': { enum: 'SlotMode' },
  'offer.status.': { enum: 'OfferStatus' },
  'cohort.role.': { enum: 'CohortParticipantRole' },
  'cohort.teamRole.': { local: "the application's team role codes, with a default text" },
  'consultations.weekday.': { enum: 'Weekday' },
  'admin.language.': { enum: 'Locale' },
  'admin.academy.field.': { local: "the academy form's date fields" },
  'admin.applications.status.': { enum: 'ApplicationStatus' },
  'admin.applications.eligibility.': { enum: 'EligibilityOutcome' },
  'admin.applications.organisationType.': { enum: 'OrganisationType' },
  'admin.criteria.kinds.': { enum: 'CriterionKind' },
  'admin.criteria.severities.': { enum: 'CriterionSeverity' },
  'admin.timeline.kinds.': { enum: 'EventKind' },
  'admin.roles.role.': { enum: 'GlobalRole' },
  'admin.roles.holders.': { enum: 'GlobalRole' },
  'board.ranking.': { enum: 'BoardRanking' },
  'board.outcome.': { enum: 'SelectionOutcome' },
  'rounds.purpose.': { enum: 'RoundPurpose' },
  'rounds.audience.': { enum: 'RoundAudience' },
};

const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));

/** The values of a schema.gql enum. */
function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is no enum in schema.gql`);
  return type.getValues().map((value) => value.name);
}

/**
 * What is wrong with a source text's template keys: a prefix not declared in `declared`, an
 * enum value without its key (`prefix` + value + what follows the variable).
 */
function templateKeyProblems(
  text: string,
  declared: Record<string, TemplateKey> = TEMPLATE_KEYS,
  keys: Map<string, string> = catalogues.fi,
): string[] {
  const found = new Set<string>();
  for (const { key, template } of usedKeys(text)) {
    if (!template) continue;
    const prefix = key.slice(0, key.indexOf('${'));
    const suffix = key.slice(key.indexOf('}', prefix.length) + 1);
    const declaration = declared[prefix];
    if (!declaration) {
      found.add(`${key}: not declared in TEMPLATE_KEYS`);
    } else if ('enum' in declaration) {
      for (const value of enumValues(declaration.enum)) {
        if (declaration.except?.includes(value)) continue;
        if (!keys.has(`${prefix}${value}${suffix}`)) {
          found.add(`${prefix}${value}${suffix}: missing (${declaration.enum}.${value})`);
        }
      }
    }
  }
  return [...found];
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

  it('has a key for every value of the schema enum behind a template key', () => {
    const problems = sources.flatMap(({ file, text }) =>
      templateKeyProblems(text).map((problem) => `${file}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('declares only template keys the code uses, each enum one in schema.gql', () => {
    const used = new Set(
      sources.flatMap(({ text }) =>
        usedKeys(text)
          .filter(({ template }) => template)
          .map(({ key }) => key.slice(0, key.indexOf('${'))),
      ),
    );
    expect(Object.keys(TEMPLATE_KEYS).filter((prefix) => !used.has(prefix))).toEqual([]);
    for (const declaration of Object.values(TEMPLATE_KEYS)) {
      if ('enum' in declaration) expect(enumValues(declaration.enum).length).toBeGreaterThan(0);
    }
  });

  it('finds template keys that are undeclared or miss an enum value', () => {
    const page = [
      't(`academy.status.${status}`)',
      't(`academy.kind.${kind}.title`)',
      't(`nothing.here.${part}`)',
    ].join('\n');
    const declared: Record<string, TemplateKey> = {
      'academy.status.': { enum: 'AcademyStatus', except: ['ALUMNI'] },
      'academy.kind.': { enum: 'CriterionSeverity' },
    };
    const keys = new Map(
      ['ARCHIVED', 'DRAFT', 'OPEN', 'RUNNING'].map((value) => [`academy.status.${value}`, '…']),
    );
    keys.set('academy.kind.HARD.title', '…');
    expect(templateKeyProblems(page, declared, keys)).toEqual([
      'academy.status.SELECTION: missing (AcademyStatus.SELECTION)',
      'academy.kind.SOFT.title: missing (CriterionSeverity.SOFT)',
      'nothing.here.${part}: not declared in TEMPLATE_KEYS',
    ]);
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
