#!/usr/bin/env node
// `npm run lint:boundaries`: the module boundaries of src/ (docs/architecture.md).
//  1. dependency-cruiser with the rules of .dependency-cruiser.cjs: feature entities are
//     private, plumbing imports no feature, resolvers/controllers do not touch typeorm, no
//     cycles of files or folders. (Run through its API: its CLI refuses Node 20, which
//     Akatemia supports.)
//  2. No enum value written as a literal inside SQL text: an enum renamed in TypeScript must
//     not compile while a query silently keeps the old spelling. Interpolate the enum
//     (`'${BookingStatus.ACTIVE}'`) or pass it as a parameter.
// Exits 1 with one line per violation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

// --- enum literals in SQL ---------------------------------------------------------------
function* files(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield full;
  }
}

const sources = roots.flatMap((directory) => [...files(directory)]);
const enumValues = new Set();
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  for (const body of text.matchAll(/export enum \w+ \{([^}]*)\}/g)) {
    for (const value of body[1].matchAll(/=\s*'([A-Za-z_]+)'/g)) enumValues.add(value[1]);
  }
}
// SQL text: a string or template literal that reads like a statement or a condition.
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|WHERE|JOIN|EXISTS)\b|"\w+"\s*(=|IN|<>)/;
const literals = [];
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  for (const literal of text.matchAll(
    /`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g,
  )) {
    const value = literal[0];
    if (!SQL.test(value)) continue;
    // Interpolations are not literals: drop them before looking.
    const plain = value.replace(/\$\{[^}]*\}/g, '');
    for (const quoted of plain.matchAll(/'([A-Za-z_]+)'/g)) {
      if (!enumValues.has(quoted[1])) continue;
      const line = text.slice(0, literal.index).split('\n').length;
      literals.push(`${file}:${line}: '${quoted[1]}' is an enum value written into SQL`);
    }
  }
}

if (dependencyViolations > 0) process.stdout.write(cruised.output);
for (const message of literals) {
  process.stdout.write(`  error enum-literal-in-sql: ${message}\n`);
}
if (literals.length > 0) {
  process.stdout.write(
    `\n${literals.length} enum literal(s) in SQL: interpolate the enum ('\${Enum.VALUE}') or pass a parameter.\n`,
  );
}
if (dependencyViolations === 0 && literals.length === 0) {
  process.stdout.write('Boundaries hold: no dependency violations, no enum literals in SQL.\n');
} else {
  process.exitCode = 1;
}
