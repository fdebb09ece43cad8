import { TestClock } from 'pg-boss';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  createAcademy,
  createAdmin,
  insertSubmittedApplications,
  publishSelection,
  scheduleEvent,
  stageDecisions,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// After the deadline; the kick-off is ten days after the release, the answers due in 30.
const START = new Date('2026-06-18T09:00:00Z');
const DAY = 24 * 3_600_000;
const RESCHEDULE = `mutation ($input: RescheduleEventInput!) { rescheduleEvent(input: $input) { sequence } }`;

/** "RUNNING when the cohort is confirmed or the programme starts" — the second half. */
describe('an academy runs once its programme starts', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({
      now: START,
      jobClock: new TestClock(START),
      env: { JOBS_ENABLED: 'true' },
    });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const statusOf = async (id: string) =>
    (await testApp.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id })).status;
  const runningAudits = (id: string) =>
    testApp.dataSource.query<Array<{ reason: string | null }>>(
      `SELECT after->>'reason' AS reason FROM audit_entries WHERE action = 'academy.running' AND entity_id = $1`,
      [id],
    );

  it('moves SELECTION → RUNNING at the kick-off while offers are still open, following a kick-off moved later, once', async () => {
    const academy = await createAcademy(testApp.dataSource, {
      capacity: 2,
      confirmationDeadline: new Date(START.getTime() + 30 * DAY),
    });
    const applicants = await insertSubmittedApplications(testApp.dataSource, academy.id, 2);
    const kickoff = new Date(START.getTime() + 10 * DAY);
    const eventId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'KICKOFF',
      startsAt: '2026-06-28T12:00',
      endsAt: '2026-06-28T16:00',
    });
    await stageDecisions(
      testApp,
      admin,
      applicants.map((entry) => ({ applicationId: entry.applicationId, outcome: 'ACCEPTED' })),
    );
    await publishSelection(testApp, admin, academy.id);
    expect(await statusOf(academy.id)).toBe('SELECTION');

    // The kick-off moves a week later before it starts: its old start changes nothing.
    await graphqlOk(
      testApp,
      RESCHEDULE,
      { input: { eventId, startsAt: '2026-07-05T12:00', endsAt: '2026-07-05T16:00' } },
      admin.headers,
    );
    await testApp.moveClock(new Date(kickoff.getTime() + 60_000));
    expect(await statusOf(academy.id)).toBe('SELECTION');

    // At the new start the academy runs, though both offers are still open (nobody answered).
    await testApp.moveClock(new Date(kickoff.getTime() + 7 * DAY + 60_000));
    expect(await statusOf(academy.id)).toBe('RUNNING');
    expect(await runningAudits(academy.id)).toEqual([{ reason: 'PROGRAMME_STARTED' }]);
    const open = await testApp.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM selection_offers WHERE academy_id = $1 AND status = 'OPEN'`,
      [academy.id],
    );
    expect(open[0].n).toBe(2);
  });
});
