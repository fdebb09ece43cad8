import { AcademyStatus } from './academy.enums.js';

/** Statuses the public never sees. */
export const UNPUBLISHED_ACADEMY_STATUSES: readonly AcademyStatus[] = [
  AcademyStatus.DRAFT,
  AcademyStatus.ARCHIVED,
];

/** "The academy is published", over an `academies` row aliased `alias`. */
export function isPublishedAcademySql(alias: string): string {
  return `${alias}.status NOT IN (${UNPUBLISHED_ACADEMY_STATUSES.map((status) => `'${status}'`).join(', ')})`;
}

/** Joins the academy `idExpression` (a column such as `ap.academy_id`) as `alias`. */
export function joinAcademySql(alias: string, idExpression: string): string {
  return `JOIN academies ${alias} ON ${alias}.id = ${idExpression}`;
}

/**
 * What a mail or calendar item says about its academy: `title_fi`, `title_sv`, `title_en`
 * (read with `localizedFromRow(row, 'title')`), `academy_slug` and `time_zone`.
 */
export function academyHeadingColumnsSql(alias: string): string {
  return `${alias}.title_fi, ${alias}.title_sv, ${alias}.title_en, ${alias}.slug AS academy_slug, ${alias}.time_zone`;
}

/**
 * The academy `academyExpression` (an id: a column or a parameter) has ended its programme
 * (status ALUMNI): its cohort's participants are alumni from then on.
 */
export function isAlumniAcademySql(academyExpression: string): string {
  return `EXISTS (SELECT 1 FROM academies alumni_academy
    WHERE alumni_academy.id = ${academyExpression} AND alumni_academy.status = '${AcademyStatus.ALUMNI}')`;
}

/** The academy `academyExpression` (an id) is in one of `statuses`. */
export function academyInStatusSql(
  academyExpression: string,
  statuses: readonly AcademyStatus[],
): string {
  return `EXISTS (SELECT 1 FROM academies status_academy
    WHERE status_academy.id = ${academyExpression}
      AND status_academy.status IN (${statuses.map((status) => `'${status}'`).join(', ')}))`;
}
