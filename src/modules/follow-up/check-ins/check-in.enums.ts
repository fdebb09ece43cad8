/** How often an academy expects each pilot to write a progress update. */
export enum CheckInCadence {
  /** No check-in reminders. */
  NONE = 'NONE',
  /** Every calendar month (kuukausittain / månadsvis). */
  MONTHLY = 'MONTHLY',
  /** Every calendar quarter (neljännesvuosittain / kvartalsvis). */
  QUARTERLY = 'QUARTERLY',
}

/** The kinds of follow-up reminder mail. */
export enum FollowUpReminderKind {
  CHECK_IN = 'CHECK_IN',
  TASK_DUE = 'TASK_DUE',
}
