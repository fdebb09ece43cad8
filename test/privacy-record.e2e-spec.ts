import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// docs/privacy.md is the record of processing (issue 17). This spec keeps it honest: every
// column of the migrated schema must be classified there, and nothing it names may be gone.
const RECORD_FILE = path.join(import.meta.dirname, '..', 'docs', 'privacy.md');
const CLASSES = ['PERSONAL', 'PERSONAL_FREE_TEXT', 'PSEUDONYMOUS_ID', 'NOT_PERSONAL'] as const;
const PERSONAL_CLASSES = new Set<string>(['PERSONAL', 'PERSONAL_FREE_TEXT']);
// Columns of a personal row that must say something: purpose, who sees it, retention, export
// and erasure.
const REQUIRED_CELLS = 4;

interface RecordRow {
  table: string;
  column: string;
  classification: string;
  cells: string[];
  line: number;
}

/** One `### <table>` heading, then a markdown table `| column | class | … |`. */
function parseRecord(markdown: string): RecordRow[] {
  const rows: RecordRow[] = [];
  let table: string | undefined;
  markdown.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const heading = /^###\s+`?([a-z0-9_]+)`?\s*$/.exec(line);
    if (heading) {
      table = heading[1];
      return;
    }
    if (/^#{1,2}\s/.test(line)) table = undefined;
    if (!table || !line.startsWith('|')) return;
    const cells = line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim());
    const column = cells[0]?.replace(/`/g, '') ?? '';
    // The header row and its separator.
    if (column === 'Column' || /^:?-+:?$/.test(column)) return;
    rows.push({
      table,
      column,
      classification: (cells[1] ?? '').replace(/`/g, ''),
      cells: cells.slice(2),
      line: index + 1,
    });
  });
  return rows;
}

describe('docs/privacy.md (record of processing)', () => {
  let testApp: TestApp;
  let rows: RecordRow[];
  let schemaColumns: Set<string>;

  beforeAll(async () => {
    testApp = await startTestApp();
    const columns = await testApp.dataSource.query<Array<{ name: string }>>(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    schemaColumns = new Set(columns.map((column) => column.name));
    rows = parseRecord(await readFile(RECORD_FILE, 'utf8'));
  });
  afterAll(() => testApp.close());

  it('reads a non-trivial schema and record', () => {
    expect(schemaColumns.size).toBeGreaterThan(100);
    expect(rows.length).toBeGreaterThan(100);
  });

  it('classifies every column of the schema, and only columns that exist', () => {
    const documented = new Set(rows.map((row) => `${row.table}.${row.column}`));
    const unclassified = [...schemaColumns].filter((name) => !documented.has(name)).sort();
    const gone = [...documented].filter((name) => !schemaColumns.has(name)).sort();
    // On failure: add (or remove) the column in docs/privacy.md under its table's heading.
    expect({ unclassified, gone }).toEqual({ unclassified: [], gone: [] });
  });

  it('names each column once, with a known class', () => {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const name = `${row.table}.${row.column}`;
      seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    const duplicated = [...seen].filter(([, count]) => count > 1).map(([name]) => name);
    const unknownClass = rows
      .filter((row) => !(CLASSES as readonly string[]).includes(row.classification))
      .map((row) => `line ${row.line}: ${row.table}.${row.column} "${row.classification}"`);
    expect({ duplicated, unknownClass }).toEqual({ duplicated: [], unknownClass: [] });
  });

  it('says for every personal column why, who sees it, how long and how export and erasure treat it', () => {
    const incomplete = rows
      .filter((row) => PERSONAL_CLASSES.has(row.classification))
      .filter(
        (row) =>
          row.cells.length < REQUIRED_CELLS ||
          row.cells.slice(0, REQUIRED_CELLS).some((cell) => cell === '' || cell === '-'),
      )
      .map((row) => `line ${row.line}: ${row.table}.${row.column}`);
    expect(incomplete).toEqual([]);
  });

  it('promises nothing: no personal column is left "planned" or "open work"', () => {
    const promises = rows
      .filter((row) => PERSONAL_CLASSES.has(row.classification))
      .filter((row) =>
        row.cells.some((cell) => /\bplanned\b|open work|\bTODO\b|\bTBD\b/i.test(cell)),
      )
      .map((row) => `line ${row.line}: ${row.table}.${row.column}`);
    expect(promises).toEqual([]);
  });

  it('names, for every personal column, what export and erasure do with it', () => {
    const silent = rows
      .filter((row) => PERSONAL_CLASSES.has(row.classification))
      .filter((row) => {
        const treatment = row.cells[REQUIRED_CELLS - 1] ?? '';
        return !/export/i.test(treatment) || !/eras/i.test(treatment);
      })
      .map((row) => `line ${row.line}: ${row.table}.${row.column}`);
    expect(silent).toEqual([]);
  });
});
