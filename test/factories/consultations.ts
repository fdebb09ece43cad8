import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import type { SignedInUser } from './users.js';

export const PUBLISH_SLOTS =
  'mutation ($input: PublishConsultationSlotsInput!) { publishConsultationSlots(input: $input) { id startsAt endsAt } }';
export const BOOK_CONSULTATION =
  'mutation ($input: BookConsultationInput!) { bookConsultation(input: $input) { id status slotId sequence } }';
export const CANCEL_CONSULTATION =
  'mutation ($input: CancelConsultationInput!) { cancelConsultation(input: $input) { id status sequence } }';

/**
 * `count` half-hour REMOTE slots of the expert on one day, back to back from 08:00 in the
 * academy's zone, published through the API; answers their ids.
 */
export async function publishSlots(
  testApp: TestApp,
  expert: SignedInUser,
  academyId: string,
  day: string,
  count = 1,
): Promise<string[]> {
  const time = (halfHours: number) =>
    `${day}T${String(8 + Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 === 0 ? '00' : '30'}`;
  const slots = Array.from({ length: count }, (_, index) => ({
    startsAt: time(index),
    endsAt: time(index + 1),
  }));
  const data = await graphqlOk<{ publishConsultationSlots: Array<{ id: string }> }>(
    testApp,
    PUBLISH_SLOTS,
    { input: { academyId, mode: 'REMOTE', onlineUrl: 'https://teams.example/x', slots } },
    expert.headers,
  );
  return data.publishConsultationSlots.map((slot) => slot.id);
}

/** Books the slot for the application as `who` (its contact, or staff); answers the booking id. */
export async function bookConsultation(
  testApp: TestApp,
  who: SignedInUser,
  slotId: string,
  applicationId: string,
): Promise<string> {
  const data = await graphqlOk<{ bookConsultation: { id: string } }>(
    testApp,
    BOOK_CONSULTATION,
    { input: { slotId, applicationId } },
    who.headers,
  );
  return data.bookConsultation.id;
}

/** Cancels a booking as `who` (staff give a reason). */
export async function cancelConsultation(
  testApp: TestApp,
  who: SignedInUser,
  bookingId: string,
  reason?: string,
): Promise<void> {
  await graphqlOk(testApp, CANCEL_CONSULTATION, { input: { bookingId, reason } }, who.headers);
}
