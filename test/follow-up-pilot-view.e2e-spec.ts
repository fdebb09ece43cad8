// The pilot page's read of one organisation's pilot (`pilot(academyId, organisationId)`), the
// experts' view at /academies/:slug/pilot?organisation=<id>: experts and admins read any pilot
// of the academy with its updates and comments, read-only; the academy must be the pilot's;
// an address that is no id at all is a pilot that does not exist, not a server error.
import {
  academyWithPilots,
  createAdmin,
  createExpert,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const START = new Date('2026-05-04T09:00:00Z');

const PILOT = `query ($academyId: ID!, $organisationId: ID!) {
  pilot(academyId: $academyId, organisationId: $organisationId) {
    id organisationName stage canEdit
    updates { body authorName stageChange { fromStage toStage } comments { body authorName } }
  }
}`;
const WRITE_UPDATE = `mutation ($input: WriteProgressUpdateInput!) { writeProgressUpdate(input: $input) { id stage updates { id } } }`;
const COMMENT = `mutation ($input: CommentProgressUpdateInput!) { commentProgressUpdate(input: $input) { id } }`;

interface Pilot {
  id: string;
  organisationName: string | null;
  stage: string;
  canEdit: boolean;
  updates: Array<{
    body: string;
    authorName: string | null;
    stageChange: { fromStage: string; toStage: string } | null;
    comments: Array<{ body: string; authorName: string | null }>;
  }>;
}

describe("follow-up: the experts' view of an organisation's pilot", () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: START });
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('gives experts and admins the whole pilot with its updates and comments, read-only', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 1);
    const [pilot] = pilots;
    const { writeProgressUpdate } = await graphqlOk<{
      writeProgressUpdate: { updates: Array<{ id: string }> };
    }>(
      testApp,
      WRITE_UPDATE,
      {
        input: { trackedActionId: pilot.pilotId, body: 'Suunnittelu alkoi.', stage: 'PLANNING' },
      },
      pilot.contact.headers,
    );
    await graphqlOk(
      testApp,
      COMMENT,
      { input: { progressUpdateId: writeProgressUpdate.updates[0].id, body: 'Hyvä alku.' } },
      expert.headers,
    );
    for (const staff of [expert, admin]) {
      const { pilot: read } = await graphqlOk<{ pilot: Pilot }>(
        testApp,
        PILOT,
        { academyId: academy.id, organisationId: pilot.organisation.id },
        staff.headers,
      );
      expect(read).toEqual({
        id: pilot.pilotId,
        organisationName: pilot.organisation.name,
        stage: 'PLANNING',
        canEdit: false,
        updates: [
          {
            body: 'Suunnittelu alkoi.',
            authorName: pilot.contact.user.name,
            stageChange: { fromStage: 'NOT_STARTED', toStage: 'PLANNING' },
            comments: [{ body: 'Hyvä alku.', authorName: expert.user.name }],
          },
        ],
      });
    }
    // The team sees the expert's comment too.
    const { pilot: own } = await graphqlOk<{ pilot: Pilot }>(
      testApp,
      PILOT,
      { academyId: academy.id, organisationId: pilot.organisation.id },
      pilot.contact.headers,
    );
    expect(own.canEdit).toBe(true);
    expect(own.updates[0].comments).toEqual([{ body: 'Hyvä alku.', authorName: expert.user.name }]);
  });

  it('answers NOT_FOUND for the pilot under another academy and for ids that are no ids', async () => {
    const { pilots } = await academyWithPilots(testApp, admin, 1);
    const { academy: other } = await academyWithPilots(testApp, admin, 1);
    const [pilot] = pilots;
    const asked: Array<Record<string, string>> = [
      { academyId: other.id, organisationId: pilot.organisation.id },
      { academyId: other.id, organisationId: 'not-an-id' },
      { academyId: other.id, organisationId: '' },
      { academyId: 'not-an-id', organisationId: pilot.organisation.id },
    ];
    for (const variables of asked) {
      const read = await testApp.graphql(PILOT, variables, expert.headers);
      expect({ variables, code: errorCode(read) }).toEqual({ variables, code: 'NOT_FOUND' });
      expect(read.data).toBeNull();
    }
    const byId = await testApp.graphql(
      `query ($id: ID!) { trackedAction(id: $id) { id } }`,
      { id: 'not-an-id' },
      expert.headers,
    );
    expect(errorCode(byId)).toBe('NOT_FOUND');
  });
});
