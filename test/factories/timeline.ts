import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import type { SignedInUser } from './users.js';

export const SCHEDULE_EVENT = `mutation ($input: ScheduleEventInput!) { scheduleEvent(input: $input) { id sequence status start { local } } }`;

export interface EventInput {
  academyId: string;
  kind?: string;
  title?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
  mode?: string;
  place?: string;
  onlineUrl?: string;
  /** COHORT (the default), ORGANISATION (with audienceOrganisationId) or ALUMNI. */
  audience?: 'COHORT' | 'ORGANISATION' | 'ALUMNI';
  audienceOrganisationId?: string;
  hostIds?: string[];
}

/**
 * A timeline event scheduled through the API by `who` (an admin, or an expert hosting it):
 * a two-hour remote workshop for the whole cohort unless told otherwise.
 */
export async function scheduleEvent(
  testApp: TestApp,
  who: SignedInUser,
  input: EventInput,
): Promise<string> {
  const data = await graphqlOk<{ scheduleEvent: { id: string } }>(
    testApp,
    SCHEDULE_EVENT,
    {
      input: {
        kind: 'WORKSHOP',
        title: { fi: 'Työpaja' },
        startsAt: '2027-09-14T09:00',
        endsAt: '2027-09-14T11:00',
        mode: 'REMOTE',
        ...input,
      },
    },
    who.headers,
  );
  return data.scheduleEvent.id;
}
