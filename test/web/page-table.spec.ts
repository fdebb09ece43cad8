// docs/web-client.md's page table shows every page in Finnish and in English: each row links
// a fi and an en screenshot, every picture it links exists, each picture comes in both
// languages, and no picture in docs/screenshots goes unmentioned.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const DOCS = path.resolve(import.meta.dirname, '../../docs');
const DOC = readFileSync(path.join(DOCS, 'web-client.md'), 'utf8');

interface Row {
  address: string;
  pictures: string[];
}

/** The rows of the first table under `## Pages`: the address and the pictures it links. */
function pageTable(markdown: string): Row[] {
  const section = markdown.split(/^## Pages$/m)[1]?.split(/^## /m)[0] ?? '';
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) => {
    const cells = line.slice(1, -1).split('|');
    return {
      address: cells[0].trim(),
      pictures: [...(cells.at(-1) ?? '').matchAll(/\]\((screenshots\/[^)]+\.png)\)/g)].map(
        (match) => match[1],
      ),
    };
  });
}

/** What is wrong with a table: rows without fi or en, pictures missing, one language only. */
function problems(rows: Row[], exists: (picture: string) => boolean): string[] {
  const found: string[] = [];
  for (const { address, pictures } of rows) {
    if (/^-+$/.test(address)) found.push(`a separator row inside the table`);
    for (const language of ['fi', 'en']) {
      if (!pictures.some((picture) => picture.endsWith(`-${language}.png`))) {
        found.push(`${address}: no ${language} screenshot`);
      }
    }
    for (const picture of pictures) {
      if (!exists(picture)) found.push(`${address}: ${picture} does not exist`);
      const other = picture.replace(/-(fi|en)\.png$/, (_, language: string) =>
        language === 'fi' ? '-en.png' : '-fi.png',
      );
      if (other === picture) found.push(`${address}: ${picture} is named for neither fi nor en`);
      else if (!pictures.includes(other)) found.push(`${address}: ${picture} without ${other}`);
    }
  }
  return found;
}

describe("docs/web-client.md's page table", () => {
  const rows = pageTable(DOC);

  it('shows every page in fi and en, with pictures that exist', () => {
    expect(rows.length).toBeGreaterThan(15);
    expect(problems(rows, (picture) => existsSync(path.join(DOCS, picture)))).toEqual([]);
  });

  it('mentions every picture in docs/screenshots', () => {
    const linked = new Set(rows.flatMap(({ pictures }) => pictures));
    const unlinked = readdirSync(path.join(DOCS, 'screenshots'))
      .filter((file) => file.endsWith('.png'))
      .map((file) => `screenshots/${file}`)
      .filter((picture) => !linked.has(picture));
    expect(unlinked).toEqual([]);
  });

  it('finds rows without a language, missing pictures and separator rows', () => {
    const table = [
      '## Pages',
      '',
      '| address | page | screenshots |',
      '| --- | --- | --- |',
      '| `/a` | a | [fi](screenshots/a-fi.png), [en](screenshots/a-en.png) |',
      '| `/b` | b | [en](screenshots/b-en.png) |',
      '| --- | --- | --- |',
      '| `/c` | c | [fi](screenshots/c-fi.png), [en](screenshots/gone-en.png) |',
      '',
      '## Next',
    ].join('\n');
    expect(problems(pageTable(table), (picture) => !picture.includes('gone'))).toEqual([
      '`/b`: no fi screenshot',
      '`/b`: screenshots/b-en.png without screenshots/b-fi.png',
      'a separator row inside the table',
      '---: no fi screenshot',
      '---: no en screenshot',
      '`/c`: screenshots/c-fi.png without screenshots/c-en.png',
      '`/c`: screenshots/gone-en.png does not exist',
      '`/c`: screenshots/gone-en.png without screenshots/gone-fi.png',
    ]);
  });
});
