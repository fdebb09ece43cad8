import { InputValidationException } from '../../common/errors/domain.exception.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { SlotMode } from './consultation-slot.enums.js';
import type { PublishConsultationSlotsInput } from './dto/publish-consultation-slots.input.js';
import { requestedSlots } from './requested-slots.js';
import { WORKDAYS } from './slot-series.js';

// The consultation period runs from the opening of applications to the booking deadline.
const academy = {
  timeZone: 'Europe/Helsinki',
  applicationOpensAt: new Date('2027-05-01T00:00:00Z'),
  consultationBookingDeadline: new Date('2027-05-31T20:59:59.999Z'),
} as AcademyRecord;

const input = (fields: Partial<PublishConsultationSlotsInput>): PublishConsultationSlotsInput => ({
  academyId: '00000000-0000-4000-8000-000000000000',
  mode: SlotMode.REMOTE,
  ...fields,
});

function refusal(fields: Partial<PublishConsultationSlotsInput>): { field: string; rule: string } {
  try {
    requestedSlots(input(fields), academy);
  } catch (error) {
    expect(error).toBeInstanceOf(InputValidationException);
    const [problem] = (error as InputValidationException).problems;
    return { field: problem.field, rule: problem.rule };
  }
  throw new Error('expected a refusal');
}

describe('requestedSlots', () => {
  it('reads single slots in the academy zone', () => {
    const slots = requestedSlots(
      input({ slots: [{ startsAt: '2027-05-10T09:00', endsAt: '2027-05-10T09:45' }] }),
      academy,
    );
    expect(slots).toEqual([
      {
        startsAt: new Date('2027-05-10T06:00:00.000Z'),
        endsAt: new Date('2027-05-10T06:45:00.000Z'),
      },
    ]);
  });

  it('expands a series', () => {
    const series = {
      from: '2027-05-10',
      to: '2027-05-11',
      dailyStart: '09:00',
      dailyEnd: '10:00',
      slotMinutes: 30,
      bufferMinutes: 0,
      weekdays: WORKDAYS,
    };
    expect(requestedSlots(input({ series }), academy)).toHaveLength(4);
  });

  it('wants either slots or a series, not both and not neither', () => {
    expect(refusal({})).toEqual({ field: 'input.slots', rule: 'exactlyOne' });
  });

  it('wants a place for an in-person slot', () => {
    expect(
      refusal({
        mode: SlotMode.IN_PERSON,
        place: '  ',
        slots: [{ startsAt: '2027-05-10T09:00', endsAt: '2027-05-10T10:00' }],
      }),
    ).toEqual({ field: 'input.place', rule: 'isNotEmpty' });
  });

  it('refuses a slot outside the consultation period, naming it', () => {
    expect(
      refusal({
        slots: [
          { startsAt: '2027-05-10T09:00', endsAt: '2027-05-10T10:00' },
          { startsAt: '2027-06-01T09:00', endsAt: '2027-06-01T10:00' },
        ],
      }),
    ).toEqual({ field: 'input.slots.1.startsAt', rule: 'consultationPeriod' });
  });

  it('refuses a slot that ends before it starts', () => {
    expect(
      refusal({ slots: [{ startsAt: '2027-05-10T10:00', endsAt: '2027-05-10T09:00' }] }),
    ).toEqual({ field: 'input.slots.0.endsAt', rule: 'endAfterStart' });
  });

  it('names the end of a series that runs past the booking deadline', () => {
    const series = {
      from: '2027-05-31',
      to: '2027-06-01',
      dailyStart: '09:00',
      dailyEnd: '10:00',
      slotMinutes: 60,
      bufferMinutes: 0,
      weekdays: WORKDAYS,
    };
    expect(refusal({ series })).toEqual({ field: 'input.series.to', rule: 'consultationPeriod' });
  });
});
