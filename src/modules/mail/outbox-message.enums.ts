export enum OutboxStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Failed permanently or too often; waits for an admin. */
  PARKED = 'PARKED',
  CANCELLED = 'CANCELLED',
}
