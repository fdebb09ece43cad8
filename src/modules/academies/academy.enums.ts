export enum AcademyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  SELECTION = 'SELECTION',
  RUNNING = 'RUNNING',
  ALUMNI = 'ALUMNI',
  /** Hidden from public lists; kept for the record. */
  ARCHIVED = 'ARCHIVED',
}
