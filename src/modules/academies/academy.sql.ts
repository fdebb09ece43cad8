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
