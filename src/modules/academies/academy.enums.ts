/**
 * How organisations join the cohort: SELECTIVE — apply, be reviewed and selected (the
 * reference academy); OPEN — sign up by the deadline and take part at once (a stakeholder
 * group open to anyone).
 */
export enum AcademyEnrolment {
  SELECTIVE = 'SELECTIVE',
  OPEN = 'OPEN',
}

export enum AcademyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  SELECTION = 'SELECTION',
  RUNNING = 'RUNNING',
  ALUMNI = 'ALUMNI',
  /** Hidden from public lists; kept for the record. */
  ARCHIVED = 'ARCHIVED',
}
