import { FollowUpReminders } from '../src/modules/follow-up/check-ins/follow-up-reminders.js';
import { academyWithPilots, createAdmin, type SignedInUser } from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startJobInstances, type JobInstances, type TestApp } from './helpers/test-app.js';

const START = new Date('2027-09-01T09:00:00Z');
const ADD_TASK = `mutation ($input: AddTaskInput!) { addTrackedActionTask(input: $input) { id tasks { id title } } }`;
const COMPLETE_TASK = `mutation ($input: TaskIdInput!) { completeTrackedActionTask(input: $input) { id } }`;
const SET_STAGE = `mutation ($input: SetTrackedActionStageInput!) { setTrackedActionStage(input: $input) { id stage } }`;
const SET_SETTINGS = `mutation ($input: SetFollowUpSettingsInput!) { setFollowUpSettings(input: $input) { taskReminderDays } }`;
const REMOVE_MEMBER = `mutation ($input: TeamParticipantInput!) { removeTeamMember(input: $input) { id } }`;
const WRITE_UPDATE = `mutation ($input: WriteProgressUpdateInput!) { writeProgressUpdate(input: $input) { id } }`;

/**
 * Check-in and task-due reminders on two app instances that both run jobs, time moved with
 * one shared TestClock: each reminder once, none for a DONE pilot or a completed task, no
 * check-in for a pilot that wrote an update in the period.
 */
describe('follow-up check-ins and task reminders', () => {
  let first: TestApp;
  let second: TestApp;
  let instances: JobInstances;
  let admin: SignedInUser;

  beforeAll(async () => {
    instances = await startJobInstances(START);
    ({ first, second } = instances);
    admin = await createAdmin(first.dataSource);
    // Both instances planned the first sweep at start; the slot's key made it one job.
    for (let attempt = 0; attempt < 100; attempt++) {
      const [row] = await first.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'follow-up-reminders'`,
      );
      if (row.n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => instances.close());

  const moveTo = (instant: Date): Promise<void> => instances.moveTo(instant);

  const sent = (academyId: string) =>
    first.dataSource.query<
      Array<{ type: string; to_address: string; subject: string; text_body: string }>
    >(
      `SELECT o.type, o.to_address, o.subject, o.text_body FROM outbox_messages o
       WHERE o.type LIKE 'FOLLOW_UP_%' AND o.dedupe_key IN (
         SELECT 'follow-up:' || r.reminder_key FROM follow_up_reminders r
         JOIN tracked_actions ta ON ta.id = r.tracked_action_id WHERE ta.academy_id = $1)
       ORDER BY o.type, o.to_address, o.created_at`,
      [academyId],
    );

  it('sends each check-in and task reminder once, none after DONE, none after an update', async () => {
    const { academy, pilots } = await academyWithPilots(first, admin, 3);
    await first.dataSource.query(`UPDATE academies SET status = 'RUNNING' WHERE id = $1`, [
      academy.id,
    ]);
    const [quiet, updating, done] = pilots;
    const ownerOf = (pilot: (typeof pilots)[number]) =>
      pilot.participants.get(pilot.team.experts[0])!;
    const addTask = async (pilot: (typeof pilots)[number], title: string, dueDate: string) => {
      const { addTrackedActionTask } = await graphqlOk<{
        addTrackedActionTask: { tasks: Array<{ id: string; title: string }> };
      }>(
        first,
        ADD_TASK,
        {
          input: {
            trackedActionId: pilot.pilotId,
            title,
            ownerParticipantId: ownerOf(pilot),
            dueDate,
          },
        },
        pilot.contact.headers,
      );
      return addTrackedActionTask.tasks.find((task) => task.title === title)!.id;
    };
    await addTask(quiet, 'Markkinavuoropuhelu', '2027-09-20');
    const completed = await addTask(updating, 'Tarjouspyyntö', '2027-09-20');
    await addTask(done, 'Sopimus', '2027-09-20');
    await graphqlOk(
      first,
      COMPLETE_TASK,
      { input: { taskId: completed } },
      updating.contact.headers,
    );
    await graphqlOk(
      first,
      SET_STAGE,
      { input: { trackedActionId: done.pilotId, stage: 'DONE' } },
      done.contact.headers,
    );
    await moveTo(new Date('2027-09-05T09:00:00Z'));
    await graphqlOk(
      first,
      WRITE_UPDATE,
      { input: { trackedActionId: updating.pilotId, body: 'Markkinakartoitus tehty.' } },
      updating.contact.headers,
    );

    // 16.9. in Helsinki: the task is due in 4 days, the reminder lead is 3 — nothing yet.
    await moveTo(new Date('2027-09-16T10:00:00Z'));
    expect(await sent(academy.id)).toEqual([]);

    // 17.9. 09:00 Helsinki: three days before — the owner of the open task of the quiet pilot.
    await moveTo(new Date('2027-09-17T06:00:00Z'));
    await moveTo(new Date('2027-09-18T06:00:00Z'));
    let mails = await sent(academy.id);
    expect(mails.map((mail) => [mail.type, mail.to_address])).toEqual([
      ['FOLLOW_UP_TASK_DUE', quiet.team.experts[0]],
    ]);
    expect(mails[0].subject).toBe('Tehtävä erääntyy 20.9.2027: Markkinavuoropuhelu');

    // 24.9.: the month's last seven days — a check-in for the pilot with no update this month.
    await moveTo(new Date('2027-09-24T06:00:00Z'));
    await moveTo(new Date('2027-09-27T06:00:00Z'));
    mails = await sent(academy.id);
    expect(mails.map((mail) => [mail.type, mail.to_address])).toEqual([
      ['FOLLOW_UP_CHECK_IN', quiet.team.responsible],
      ['FOLLOW_UP_TASK_DUE', quiet.team.experts[0]],
    ]);
    expect(mails[0].text_body).toContain('30.9.2027');
    expect(mails[0].text_body).toContain(`/academies/${academy.slug}/pilot`);

    // A sweep run again on both instances at once writes nothing more.
    await Promise.all([
      first.app.get(FollowUpReminders).sweep(),
      second.app.get(FollowUpReminders).sweep(),
    ]);
    expect(await sent(academy.id)).toHaveLength(2);

    // October: the quiet pilot is DONE now and gets nothing; the other has no October update.
    await graphqlOk(
      first,
      SET_STAGE,
      { input: { trackedActionId: quiet.pilotId, stage: 'DONE' } },
      quiet.contact.headers,
    );
    await moveTo(new Date('2027-10-26T06:00:00Z'));
    mails = await sent(academy.id);
    expect(mails.map((mail) => `${mail.type} ${mail.to_address}`)).toEqual(
      [
        `FOLLOW_UP_CHECK_IN ${quiet.team.responsible}`,
        `FOLLOW_UP_CHECK_IN ${updating.team.responsible}`,
        `FOLLOW_UP_TASK_DUE ${quiet.team.experts[0]}`,
      ].sort(),
    );
    const [reminders] = await first.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM follow_up_reminders r
       JOIN tracked_actions ta ON ta.id = r.tracked_action_id WHERE ta.academy_id = $1`,
      [academy.id],
    );
    expect(reminders.n).toBe(3);
  });

  it('follows the academy’s settings: a 7-day task lead, no check-ins with cadence NONE', async () => {
    const { academy, pilots } = await academyWithPilots(first, admin, 1);
    await first.dataSource.query(`UPDATE academies SET status = 'RUNNING' WHERE id = $1`, [
      academy.id,
    ]);
    const [pilot] = pilots;
    await graphqlOk(
      first,
      SET_SETTINGS,
      { input: { academyId: academy.id, checkInCadence: 'NONE', taskReminderDays: 7 } },
      admin.headers,
    );
    await graphqlOk(
      first,
      ADD_TASK,
      {
        input: {
          trackedActionId: pilot.pilotId,
          title: 'Hankintailmoitus',
          ownerParticipantId: pilot.participants.get(pilot.team.responsible),
          dueDate: '2027-11-20',
        },
      },
      pilot.contact.headers,
    );
    // 12.11. in Helsinki: eight days before — nothing; 13.11.: seven days before.
    await moveTo(new Date('2027-11-12T10:00:00Z'));
    expect(await sent(academy.id)).toEqual([]);
    await moveTo(new Date('2027-11-13T06:00:00Z'));
    // The month's last week: no check-in with cadence NONE.
    await moveTo(new Date('2027-11-27T06:00:00Z'));
    const mails = await sent(academy.id);
    expect(mails.map((mail) => [mail.type, mail.to_address])).toEqual([
      ['FOLLOW_UP_TASK_DUE', pilot.team.responsible],
    ]);
    expect(mails[0].subject).toBe('Tehtävä erääntyy 20.11.2027: Hankintailmoitus');
  });

  it('sends no task reminder to an owner who has left the team; the team’s other owner gets theirs', async () => {
    const { academy, pilots } = await academyWithPilots(first, admin, 1);
    await first.dataSource.query(`UPDATE academies SET status = 'RUNNING' WHERE id = $1`, [
      academy.id,
    ]);
    const [pilot] = pilots;
    await graphqlOk(
      first,
      SET_SETTINGS,
      { input: { academyId: academy.id, checkInCadence: 'NONE', taskReminderDays: 3 } },
      admin.headers,
    );
    const leaver = pilot.participants.get(pilot.team.experts[0])!;
    for (const [title, owner] of [
      ['Markkinakartoitus', leaver],
      ['Tarjouspyynnön luonnos', pilot.participants.get(pilot.team.responsible)!],
    ]) {
      await graphqlOk(
        first,
        ADD_TASK,
        {
          input: {
            trackedActionId: pilot.pilotId,
            title,
            ownerParticipantId: owner,
            dueDate: '2028-01-20',
          },
        },
        pilot.contact.headers,
      );
    }
    await graphqlOk(
      first,
      REMOVE_MEMBER,
      { input: { participantId: leaver } },
      pilot.contact.headers,
    );

    // 17.1.2028 in Helsinki: three days before both tasks are due.
    await moveTo(new Date('2028-01-17T06:00:00Z'));
    await moveTo(new Date('2028-01-18T06:00:00Z'));
    const mails = await sent(academy.id);
    expect(mails.map((mail) => [mail.type, mail.to_address, mail.subject])).toEqual([
      [
        'FOLLOW_UP_TASK_DUE',
        pilot.team.responsible,
        'Tehtävä erääntyy 20.1.2028: Tarjouspyynnön luonnos',
      ],
    ]);
  });
});
