import type { EntityManager } from 'typeorm';
import type { PersonalDataSubject, TableColumn } from '../../../common/privacy/personal-data.js';
import { personalReplacements } from '../../../common/privacy/personal-text.js';

interface TextColumn {
  table_name: string;
  column_name: string;
  data_type: 'text' | 'character varying' | 'jsonb';
  character_maximum_length: number | null;
}

const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The last step of an erasure: every text, varchar and jsonb column of every table of the
 * `public` schema, found by walking information_schema, has the person's full name and
 * address replaced (case-insensitively) by the pseudonym and the pseudonymous address.
 *
 * Why this one place names no table: the erasers of the features remove what they know is
 * the person's (their rows, their columns); but other people write about them in free text
 * — a reviewer's comment, a consultation note, a progress update, an application's team list —
 * in tables added every month. A walk of the schema cannot forget a new table, and
 * test/privacy-erasure.e2e-spec.ts walks the same columns to prove nothing is left.
 *
 * Identity columns are skipped (`identityColumns`, declared by the erasers that own them:
 * `users.name`, `cohort_participants.email`, `outbox_messages.to_name`, …): their owners
 * changed the person's own rows by key before this walk, so what the full name still matches
 * there is another person of the same name — a namesake keeps their own name, team row and
 * mail. The erased person's name and address are then nowhere, their own identity rows
 * included, while a namesake's identity rows still spell the same name (as they should).
 *
 * The audit trail's before/after copies are jsonb columns like any other: the walk covers them
 * (the audit feature needs no eraser of its own). A name or address with a quote or backslash
 * is escaped in JSON text and so not found there.
 *
 * The limits: only the whole full name (two or more words, any white space between them) and
 * the whole address are found — a first name alone, a nickname or a misspelling is not (a
 * first name also names other people); and a namesake mentioned by full name in free text (a note, a
 * review) is replaced too: text cannot tell two people of one name apart (the safe side).
 * A varchar keeps its length limit (the replacement is cut to fit).
 * Letter case is folded by PostgreSQL's `~*`, which folds ä, ö and å only under a UTF-8
 * locale (the embedded cluster's and any production one's; not a `C` ctype).
 * Columns of other types (hashes in `char`, enums, ids) hold no names.
 */
export async function scrubPersonalText(
  manager: EntityManager,
  subject: PersonalDataSubject,
  pseudonym: string,
  identityColumns: readonly TableColumn[],
): Promise<Record<string, number>> {
  const skipped = new Set(identityColumns.map(({ table, column }) => `${table}.${column}`));
  const found: TextColumn[] = await manager.query(
    `SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.table_name <> 'migrations' AND c.is_generated = 'NEVER'
        AND c.data_type IN ('text', 'character varying', 'jsonb')
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const columns = found.filter(
    (column) => !skipped.has(`${column.table_name}.${column.column_name}`),
  );
  const byTable = new Map<string, TextColumn[]>();
  for (const column of columns) {
    byTable.set(column.table_name, [...(byTable.get(column.table_name) ?? []), column]);
  }
  const replacements = personalReplacements(subject, pseudonym);
  if (replacements.length === 0) return {};
  // Parameters $1, $2 = the first pattern and its replacement, $3, $4 = the second, …: one
  // statement per table for every pattern, so each table is read once.
  const patterns = replacements.map((_, index) => `$${2 * index + 1}`);
  const parameters = replacements.flatMap(({ pattern, replacement }) => [pattern, replacement]);
  const counts: Record<string, number> = {};
  for (const [table, tableColumns] of byTable) {
    const asText = (column: TextColumn) =>
      column.data_type === 'jsonb'
        ? `CAST(${quoteIdentifier(column.column_name)} AS text)`
        : quoteIdentifier(column.column_name);
    const matches = (column: TextColumn) =>
      patterns.map((pattern) => `${asText(column)} ~* ${pattern}`).join(' OR ');
    const replaced = (column: TextColumn) => {
      const text = replacements.reduce(
        (inner, _, index) => `regexp_replace(${inner}, $${2 * index + 1}, $${2 * index + 2}, 'gi')`,
        asText(column),
      );
      if (column.data_type === 'jsonb') return `CAST(${text} AS jsonb)`;
      if (column.character_maximum_length !== null)
        return `left(${text}, ${column.character_maximum_length})`;
      return text;
    };
    // Only the matching columns of the matching rows change.
    const assignments = tableColumns.map(
      (column) =>
        `${quoteIdentifier(column.column_name)} = CASE WHEN ${matches(column)} THEN ${replaced(column)} ELSE ${quoteIdentifier(column.column_name)} END`,
    );
    const condition = tableColumns.map((column) => `(${matches(column)})`).join(' OR ');
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE ${quoteIdentifier(table)} SET ${assignments.join(', ')} WHERE ${condition}`,
      parameters,
    );
    if (affected > 0) counts[table] = affected;
  }
  return counts;
}
