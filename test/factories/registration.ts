import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import type { SignedInUser } from './users.js';

export const SET_EVENT_REGISTRATION = `mutation ($input: SetEventRegistrationInput!) { setEventRegistration(input: $input) { eventId capacity closesAt { instant local } registeredCount waitlistedCount seatsLeft isOpen } }`;
export const REGISTER_FOR_EVENT = `mutation ($input: EventRegistrationInput!) { registerForEvent(input: $input) { eventId registeredCount waitlistedCount seatsLeft myRegistration { id status seatNo waitlistPosition promotedAt } } }`;
export const CANCEL_EVENT_REGISTRATION = `mutation ($input: EventRegistrationInput!) { cancelEventRegistration(input: $input) { eventId registeredCount waitlistedCount seatsLeft myRegistration { id status } } }`;

/** Opens registration for an event (by an admin or a host): capacity seats until closesAt. */
export async function setEventRegistration(
  testApp: TestApp,
  who: SignedInUser,
  eventId: string,
  capacity: number,
  closesAt = '2027-09-01T16:00',
): Promise<void> {
  await graphqlOk(
    testApp,
    SET_EVENT_REGISTRATION,
    { input: { eventId, capacity, closesAt } },
    who.headers,
  );
}
