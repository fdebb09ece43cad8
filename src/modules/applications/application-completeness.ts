import { ApplicationStatus } from './application.enums.js';

export interface Completeness {
  submitted: boolean;
  consultationBooked: boolean;
  complete: boolean;
  missing: string[];
}

/** Complete = submitted ∧ a consultation booked (an active booking). */
export function completenessOf(
  status: ApplicationStatus,
  consultationBooked: boolean,
): Completeness {
  const submitted = status === ApplicationStatus.SUBMITTED;
  const missing = [
    ...(submitted ? [] : ['SUBMISSION']),
    ...(consultationBooked ? [] : ['CONSULTATION']),
  ];
  return { submitted, consultationBooked, complete: submitted && consultationBooked, missing };
}
