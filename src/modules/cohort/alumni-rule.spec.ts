import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Who is an alumnus is one rule (issue 16): the academy is ALUMNI (`isAlumniAcademySql`,
// academy.sql.ts) and the person or organisation is in its cohort (cohort.sql.ts's alumni
// fragments). Outcome reports and FOLLOW_UP rounds once carried their own copies; this keeps
// every feature asking the cohort's fragments instead of writing the rule again.

const src = path.resolve(import.meta.dirname, '..', '..');

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [file] : [];
  });
}

const relative = (file: string): string => path.relative(src, file).split(path.sep).join('/');

// Who may say "the academy is ALUMNI": the fragment's owner, the status transitions
// (academies, alumni) and the demo's seeded academies.
const STATUS_OWNERS = [
  'modules/academies/',
  'modules/alumni/',
  'modules/demo/',
  'modules/cohort/cohort.sql.ts',
];
const FRAGMENT_FILES = ['modules/academies/academy.sql.ts', 'modules/cohort/cohort.sql.ts'];

describe('the alumnus rule is written once', () => {
  const files = sources(src).map((file) => ({
    name: relative(file),
    text: readFileSync(file, 'utf8'),
  }));

  it('no other module compares an academy status with ALUMNI', () => {
    const offenders = files
      .filter((file) => !STATUS_OWNERS.some((owner) => file.name.startsWith(owner)))
      .filter((file) => /AcademyStatus\.ALUMNI|status\s*=\s*'ALUMNI'/.test(file.text))
      .map((file) => file.name);
    expect(offenders).toEqual([]);
  });

  it('alumni SQL fragments are exported only by academy.sql.ts and cohort.sql.ts', () => {
    const offenders = files
      .filter((file) => !FRAGMENT_FILES.includes(file.name))
      .filter((file) => /export function \w*[Aa]lumn\w*Sql\b/.test(file.text))
      .map((file) => file.name);
    expect(offenders).toEqual([]);
  });
});
