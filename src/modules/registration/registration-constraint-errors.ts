import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';

// The database keeps registrations consistent (see the entity); this says which refusal
// means which error. Under the event's lock only a person racing themself reaches it.

/** One live registration per person and event (partial unique index). */
const LIVE_USER = 'uq_event_registrations_live_user';

/** Rethrows a refused registration constraint as its domain error, anything else as it is. */
export function rethrowRegistrationConstraint(error: unknown): never {
  const constraint = (error as { constraint?: unknown } | null | undefined)?.constraint;
  if (constraint === LIVE_USER) throw new DomainException(ErrorCode.ALREADY_REGISTERED);
  throw error;
}
