import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import {
  consultationConstraintError,
  rethrowConsultationConstraint,
} from './consultation-constraint-errors.js';

/** What node-postgres throws when a constraint refuses a write. */
const refusal = (constraint: string): Error =>
  Object.assign(new Error('violates constraint'), { code: '23505', constraint });

describe('consultation constraint errors', () => {
  it.each([
    ['ex_consultation_slots_expert_overlap', ErrorCode.SLOT_OVERLAP],
    ['uq_consultation_bookings_active_slot', ErrorCode.SLOT_TAKEN],
    ['uq_consultation_bookings_active_round_seat', ErrorCode.ALREADY_BOOKED],
    ['ck_consultation_bookings_slot_round', ErrorCode.SLOT_IN_OTHER_ROUND],
  ])('turns %s into %s', (constraint, code) => {
    const error = consultationConstraintError(refusal(constraint));
    expect(error).toBeInstanceOf(DomainException);
    expect(error?.code).toBe(code);
  });

  it('leaves any other error alone', () => {
    expect(consultationConstraintError(refusal('uq_organisations_business_id'))).toBeNull();
    expect(consultationConstraintError(refusal('toString'))).toBeNull();
    expect(consultationConstraintError(new Error('connection lost'))).toBeNull();
    expect(consultationConstraintError(null)).toBeNull();
  });

  it('rethrows the domain error, or the original error when it is not a known refusal', () => {
    expect(() =>
      rethrowConsultationConstraint(refusal('uq_consultation_bookings_active_slot')),
    ).toThrow(expect.objectContaining({ code: ErrorCode.SLOT_TAKEN }) as Error);
    const other = new Error('connection lost');
    expect(() => rethrowConsultationConstraint(other)).toThrow(other);
  });
});
