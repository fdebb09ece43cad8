export enum EventKind {
  KICKOFF = 'KICKOFF',
  WORKSHOP = 'WORKSHOP',
  SPARRING = 'SPARRING',
  CLOSING = 'CLOSING',
  ALUMNI_MEETING = 'ALUMNI_MEETING',
  FOLLOW_UP_MEETING = 'FOLLOW_UP_MEETING',
  OTHER = 'OTHER',
}

export enum EventMode {
  IN_PERSON = 'IN_PERSON',
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
}

export enum EventAudience {
  /** Everyone in the cohort; public on a published academy. */
  COHORT = 'COHORT',
  /** One organisation (its sparring or follow-up meeting). */
  ORGANISATION = 'ORGANISATION',
  ALUMNI = 'ALUMNI',
}

export enum EventStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
