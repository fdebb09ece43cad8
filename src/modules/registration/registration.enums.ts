/** Where a person stands for an event with limited seats. */
export enum RegistrationStatus {
  /** Holds a seat (seat_no 1…capacity). */
  REGISTERED = 'REGISTERED',
  /** Waits for a seat, in arrival order; promoted automatically when a seat frees. */
  WAITLISTED = 'WAITLISTED',
  /** Cancelled by the person; kept for the audit trail and the arrival numbering. */
  CANCELLED = 'CANCELLED',
}
