import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';

// The database, not the services, keeps consultations from colliding (see the entities);
// this is the one place that says which refusal means which error. Never a 500.

/** An expert's open slots never overlap (exclusion constraint). */
const EXPERT_OVERLAP = 'ex_consultation_slots_expert_overlap';
/** One active booking per slot (partial unique index). */
const ACTIVE_SLOT = 'uq_consultation_bookings_active_slot';
/** One active booking per round, application and seat (partial unique index). */
const ACTIVE_ROUND_SEAT = 'uq_consultation_bookings_active_round_seat';
/** A booking stays in its slot's round (the trigger on consultation_bookings). */
const SLOT_ROUND = 'ck_consultation_bookings_slot_round';

type ConstraintCode =
  | ErrorCode.SLOT_OVERLAP
  | ErrorCode.SLOT_TAKEN
  | ErrorCode.ALREADY_BOOKED
  | ErrorCode.SLOT_IN_OTHER_ROUND;

const CODES: Record<string, ConstraintCode> = {
  [EXPERT_OVERLAP]: ErrorCode.SLOT_OVERLAP,
  [ACTIVE_SLOT]: ErrorCode.SLOT_TAKEN,
  [ACTIVE_ROUND_SEAT]: ErrorCode.ALREADY_BOOKED,
  [SLOT_ROUND]: ErrorCode.SLOT_IN_OTHER_ROUND,
};

/**
 * The domain error for a consultation constraint the database refused (SLOT_OVERLAP,
 * SLOT_TAKEN, ALREADY_BOOKED or SLOT_IN_OTHER_ROUND), or null when the error is anything else.
 */
export function consultationConstraintError(error: unknown): DomainException | null {
  const constraint = (error as { constraint?: unknown } | null | undefined)?.constraint;
  if (typeof constraint !== 'string' || !Object.hasOwn(CODES, constraint)) return null;
  return new DomainException(CODES[constraint]);
}

/** Rethrows a refused consultation constraint as its domain error, anything else as it is. */
export function rethrowConsultationConstraint(error: unknown): never {
  throw consultationConstraintError(error) ?? error;
}
