import { Locale } from '../src/common/i18n/locale.js';
import { OutcomeReportReminders } from '../src/modules/follow-up/outcome-reports/outcome-report-reminders.js';
import {
  academyWithPilots,
  createAdmin,
  createSignedInUser,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startJobInstances, type JobInstances, type TestApp } from './helpers/test-app.js';

const START = new Date('2028-03-01T09:00:00Z');
const DEADLINE = `mutation ($input: SetOutcomeReportDeadlineInput!) { setOutcomeReportDeadline(input: $input) { outcomeReportDueOn } }`;
const SUBMIT = `mutation ($input: SaveOutcomeReportInput!) { submitOutcomeReport(input: $input) { status } }`;

/**
 * Outcome-report reminders on two app instances that both run jobs, time moved with one
 * shared TestClock: 14 and 3 days before the deadline (9:00 in Helsinki) each alumnus
 * organisation's responsible person once, none once the report is submitted, none for a
 * deadline that was moved away.
 */
describe('outcome report reminders', () => {
  let first: TestApp;
  let second: TestApp;
  let instances: JobInstances;
  let admin: SignedInUser;

  beforeAll(async () => {
    instances = await startJobInstances(START);
    ({ first, second } = instances);
    admin = await createAdmin(first.dataSource);
  });
  afterAll(() => instances.close());

  const moveTo = (instant: Date): Promise<void> => instances.moveTo(instant);

  const sent = (academyId: string) =>
    first.dataSource.query<Array<{ to_address: string; subject: string; text_body: string }>>(
      `SELECT o.to_address, o.subject, o.text_body FROM outbox_messages o
       WHERE o.type = 'OUTCOME_REPORT_REMINDER' AND o.dedupe_key IN (
         SELECT 'outcome-report:' || ta.id || ':' || d.due || ':' || l.lead
         FROM tracked_actions ta, unnest(ARRAY['2028-04-30', '2028-05-31']) AS d(due),
           unnest(ARRAY[14, 3]) AS l(lead)
         WHERE ta.academy_id = $1)
       ORDER BY o.created_at, o.to_address`,
      [academyId],
    );

  it('reminds 14 and 3 days before, once each across two instances, none after submission', async () => {
    const { academy, pilots } = await academyWithPilots(first, admin, 3);
    await first.dataSource.query(`UPDATE academies SET status = 'ALUMNI' WHERE id = $1`, [
      academy.id,
    ]);
    const [early, late, silent] = pilots;
    const responsible = await createSignedInUser(first.dataSource, {
      email: early.team.responsible,
      locale: Locale.fi,
    });
    await graphqlOk(
      first,
      DEADLINE,
      { input: { academyId: academy.id, dueOn: '2028-04-30' } },
      admin.headers,
    );
    // Moving the deadline cancels the first plan: only 30.4.'s jobs remain, one per lead.
    await graphqlOk(
      first,
      DEADLINE,
      { input: { academyId: academy.id, dueOn: '2028-05-31' } },
      admin.headers,
    );
    await graphqlOk(
      first,
      DEADLINE,
      { input: { academyId: academy.id, dueOn: '2028-04-30' } },
      admin.headers,
    );
    const jobs = await first.dataSource.query<Array<{ singleton_key: string; state: string }>>(
      `SELECT singleton_key, state FROM pgboss.job WHERE name = 'outcome-report-reminders'
         AND singleton_key LIKE $1 AND state = 'created' ORDER BY singleton_key`,
      [`outcome-report:${academy.id}:%`],
    );
    expect(jobs.map((job) => job.singleton_key)).toEqual([
      `outcome-report:${academy.id}:2028-04-30:14`,
      `outcome-report:${academy.id}:2028-04-30:3`,
    ]);

    // 16.4. 08:59 Helsinki (summer time): nothing yet; 09:00: every responsible person.
    await moveTo(new Date('2028-04-16T05:59:00Z'));
    expect(await sent(academy.id)).toEqual([]);
    await moveTo(new Date('2028-04-16T06:00:00Z'));
    await moveTo(new Date('2028-04-16T07:00:00Z'));
    let mails = await sent(academy.id);
    expect(mails.map((mail) => mail.to_address).sort()).toEqual(
      [early.team.responsible, late.team.responsible, silent.team.responsible].sort(),
    );
    const finnish = mails.find((mail) => mail.to_address === early.team.responsible)!;
    expect(finnish.subject).toContain('30.4.2028');
    expect(finnish.text_body).toContain(`/academies/${academy.slug}/outcome-report`);

    // The job run again on both instances at once writes nothing more.
    const job = { academyId: academy.id, dueOn: '2028-04-30', leadDays: 14 };
    await Promise.all([
      first.app.get(OutcomeReportReminders).remind(job),
      second.app.get(OutcomeReportReminders).remind(job),
    ]);
    expect(await sent(academy.id)).toHaveLength(3);

    // The early organisation submits; 27.4. 09:00 reminds the other two only.
    const [metric] = await first.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM tracked_action_metrics WHERE tracked_action_id = $1`,
      [early.pilotId],
    );
    await graphqlOk(
      first,
      SUBMIT,
      {
        input: {
          trackedActionId: early.pilotId,
          procured: 'Päiväkodin uudisrakennus',
          measureIds: [],
          criteriaText: '',
          finalValues: metric ? [{ metricId: metric.id, value: '1' }] : [],
          lessons: 'Kriteerit kannattaa testata markkinavuoropuhelussa.',
          permissionToPublish: false,
        },
      },
      responsible.headers,
    );
    await moveTo(new Date('2028-04-27T06:00:00Z'));
    await moveTo(new Date('2028-04-27T07:00:00Z'));
    mails = await sent(academy.id);
    expect(mails).toHaveLength(5);
    expect(
      mails
        .slice(3)
        .map((mail) => mail.to_address)
        .sort(),
    ).toEqual([late.team.responsible, silent.team.responsible].sort());
    expect(mails.filter((mail) => mail.to_address === early.team.responsible)).toHaveLength(1);

    // Past the deadline nothing more, ever.
    await moveTo(new Date('2028-05-31T06:00:00Z'));
    expect(await sent(academy.id)).toHaveLength(5);
  });

  it('reminds nobody while the academy is not ALUMNI', async () => {
    const { academy } = await academyWithPilots(first, admin, 1);
    await first.dataSource.query(`UPDATE academies SET status = 'RUNNING' WHERE id = $1`, [
      academy.id,
    ]);
    await graphqlOk(
      first,
      DEADLINE,
      { input: { academyId: academy.id, dueOn: '2028-07-31' } },
      admin.headers,
    );
    expect(
      await first.app
        .get(OutcomeReportReminders)
        .remind({ academyId: academy.id, dueOn: '2028-07-31', leadDays: 14 }),
    ).toBe(0);
  });
});
