#!/usr/bin/env node
// `npm run lint:boundaries`: the module boundaries of src/ (docs/architecture.md).
//  1. dependency-cruiser with the rules of .dependency-cruiser.cjs: feature entities are
//     private, plumbing imports no feature, resolvers/controllers do not touch typeorm, no
//     cycles of files or folders. (Run through its API: its CLI refuses Node 20, which
//     Akatemia supports.)
//  2. No enum value written as a literal inside SQL text: an enum renamed in TypeScript must
//     not compile while a query silently keeps the old spelling. Interpolate the enum
//     (`'${BookingStatus.ACTIVE}'`) or pass it as a parameter. SQL text is a literal that
//     reads like a statement or like a `.where()` condition (`b.status = 'ACTIVE'`).
//  3. No feature names another feature's table in SQL (FROM/JOIN/UPDATE/INTO/DELETE FROM):
//     each table has one owner (its `@Entity({ name })` or `@JoinTable({ name })` under
//     src/modules/<owner>/entities/), and only the owner's files name it; the others use
//     the owner's fragments (`<thing>.sql.ts`) or its service.
// Exits 1 with one line per violation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src'];

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const cruised = await cruise(
  roots,
  { ...options, validate: true, outputType: 'err-long' },
  undefined,
  { tsConfig: extractTSConfig(options.tsConfig.fileName) },
);
// With an error-level reporter, exitCode is the number of error-severity violations.
const dependencyViolations = cruised.exitCode;

// --- the text checks ---------------------------------------------------------------------
function* files(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield full;
  }
}

/**
 * The string and template literals of a file, found by TypeScript's parser (so comments,
 * apostrophes and backticks in prose never pass for code). A template's `${…}` parts are
 * left out of `text`: an interpolation is not a literal (interpolated templates inside it
 * are visited on their own).
 */
function* literalsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const lineOf = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = function* (node) {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      yield { text: node.text, line: lineOf(node) };
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      yield { text: parts.join(' '), line: lineOf(node) };
    }
    for (const child of node.getChildren(source)) yield* visit(child);
  };
  yield* visit(source);
}

const sources = roots.flatMap((directory) => [...files(directory)]);
const texts = new Map(sources.map((file) => [file, readFileSync(file, 'utf8')]));
const featureOf = (file) => /^src\/modules\/([^/]+)\//.exec(file.split(path.sep).join('/'))?.[1];

// 2. Enum literals in SQL.
const enumValues = new Set();
for (const text of texts.values()) {
  for (const body of text.matchAll(/export enum \w+ \{([^}]*)\}/g)) {
    for (const value of body[1].matchAll(/=\s*'([A-Za-z_]+)'/g)) enumValues.add(value[1]);
  }
}
// SQL text: a literal that reads like a statement, or like a condition as `.where()` and
// `.andWhere()` take it (`b.status = 'ACTIVE'`, `a.status NOT IN ('DRAFT')`, `"status" <> '…'`).
const SQL = new RegExp(
  [
    String.raw`\b(SELECT|INSERT|UPDATE|DELETE|WHERE|JOIN|EXISTS)\b`,
    String.raw`"\w+"\s*(=|IN|<>)`,
    String.raw`\b\w+\.\w+\s*(=|<>|!=|\bIN\b|\bNOT IN\b)\s*\(?\s*'`,
  ].join('|'),
);
const enumLiterals = [];
// 3. Another feature's table named in SQL.
const tableOwners = new Map();
for (const [file, text] of texts) {
  const feature = featureOf(file);
  if (!feature || !/\/entities\//.test(file.split(path.sep).join('/'))) continue;
  for (const match of text.matchAll(/@(?:Entity|JoinTable)\(\{\s*name:\s*'(\w+)'/g)) {
    tableOwners.set(match[1], feature);
  }
}
/**
 * Files that may name another feature's table, each with its reason. Keep it short: the
 * way out is the owner's fragment (`<thing>.sql.ts`), not a line here.
 */
const FOREIGN_TABLE_ALLOWED = new Map([
  // ['src/modules/<feature>/<file>.ts', 'why no fragment of the owner will do'],
]);
const TABLE_REFERENCE = /\b(?:FROM|JOIN|UPDATE|INTO|DELETE FROM)\s+(?:"?public"?\.)?"?(\w+)"?/g;
const foreignTables = [];

for (const [file, text] of texts) {
  const feature = featureOf(file);
  const relative = file.split(path.sep).join('/');
  for (const literal of literalsOf(file, text)) {
    if (SQL.test(literal.text)) {
      for (const quoted of literal.text.matchAll(/'([A-Za-z_]+)'/g)) {
        if (!enumValues.has(quoted[1])) continue;
        enumLiterals.push(
          `${file}:${literal.line}: '${quoted[1]}' is an enum value written into SQL`,
        );
      }
    }
    if (!feature || FOREIGN_TABLE_ALLOWED.has(relative)) continue;
    for (const reference of literal.text.matchAll(TABLE_REFERENCE)) {
      const owner = tableOwners.get(reference[1]);
      if (!owner || owner === feature) continue;
      foreignTables.push(
        `${file}:${literal.line}: names table ${reference[1]} (owned by ${owner}): only ${owner} names it; use a fragment of src/modules/${owner}/*.sql.ts, or its service`,
      );
    }
  }
}

if (dependencyViolations > 0) process.stdout.write(cruised.output);
for (const message of enumLiterals) {
  process.stdout.write(`  error enum-literal-in-sql: ${message}\n`);
}
for (const message of foreignTables) {
  process.stdout.write(`  error foreign-table-in-sql: ${message}\n`);
}
if (enumLiterals.length > 0) {
  process.stdout.write(
    `\n${enumLiterals.length} enum literal(s) in SQL: interpolate the enum ('\${Enum.VALUE}') or pass a parameter.\n`,
  );
}
if (foreignTables.length > 0) {
  process.stdout.write(
    `\n${foreignTables.length} foreign table(s) named in SQL: only the owner names its tables; others use its fragments.\n`,
  );
}
if (dependencyViolations === 0 && enumLiterals.length === 0 && foreignTables.length === 0) {
  process.stdout.write(
    `Boundaries hold: no dependency violations, no enum literals in SQL, no feature naming another's table (${tableOwners.size} tables).\n`,
  );
} else {
  process.exitCode = 1;
}
