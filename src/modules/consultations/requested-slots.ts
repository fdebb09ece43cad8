import { InputValidationException } from '../../common/errors/domain.exception.js';
import { assertEndAfterStart, parseZonedField } from '../../common/time/zoned-input.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { SlotMode } from './consultation-slot.enums.js';
import type { PublishConsultationSlotsInput } from './dto/publish-consultation-slots.input.js';
import { expandSlotSeries } from './slot-series.js';

/** An in-person slot needs a place. */
export function assertPlaceGiven(mode: SlotMode, place: string | null | undefined): void {
  if (mode === SlotMode.IN_PERSON && !place?.trim()) {
    throw new InputValidationException([
      { field: 'input.place', rule: 'isNotEmpty', detail: 'an in-person slot needs a place' },
    ]);
  }
}

/**
 * The slots asked for, single or as a series, each inside the consultation period when they
 * are consultations (`inConsultationPeriod`; other rounds run while the programme does).
 */
export function requestedSlots(
  input: PublishConsultationSlotsInput,
  academy: AcademyRecord,
  inConsultationPeriod = true,
): Array<{ startsAt: Date; endsAt: Date }> {
  assertPlaceGiven(input.mode, input.place);
  if (!input.slots === !input.series) {
    throw new InputValidationException([
      { field: 'input.slots', rule: 'exactlyOne', detail: 'give either slots or series' },
    ]);
  }
  // The consultation period: from the opening of applications to the booking deadline.
  const inPeriod = (startsAt: Date): boolean =>
    !inConsultationPeriod ||
    (startsAt >= academy.applicationOpensAt && startsAt <= academy.consultationBookingDeadline);
  if (input.series) {
    const slots = expandSlotSeries(input.series, academy.timeZone);
    const outside = slots.find((slot) => !inPeriod(slot.startsAt));
    if (outside) {
      throw new InputValidationException([
        {
          field:
            outside.startsAt < academy.applicationOpensAt ? 'input.series.from' : 'input.series.to',
          rule: 'consultationPeriod',
          detail: `${outside.startsAt.toISOString()} is outside the consultation period`,
        },
      ]);
    }
    return slots;
  }
  return input.slots!.map((slot, index) => {
    const field = `input.slots.${index}`;
    const startsAt = parseZonedField(slot.startsAt, academy.timeZone, `${field}.startsAt`);
    const endsAt = parseZonedField(slot.endsAt, academy.timeZone, `${field}.endsAt`);
    assertEndAfterStart(startsAt, endsAt, `${field}.endsAt`);
    if (!inPeriod(startsAt)) {
      throw new InputValidationException([
        {
          field: `${field}.startsAt`,
          rule: 'consultationPeriod',
          detail: 'outside the consultation period',
        },
      ]);
    }
    return { startsAt, endsAt };
  });
}
