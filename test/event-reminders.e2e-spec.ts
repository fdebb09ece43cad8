import { Locale } from '../src/common/i18n/locale.js';
import { formatZonedRangeWithZone } from '../src/common/time/zoned-time.js';
import { EventReminders } from '../src/modules/timeline/event-reminders.js';
import {
  addCohortMember,
  addCohortParticipant,
  addMember,
  createAcademy,
  createAdmin,
  createOrganisation,
  createSignedInUser,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startJobInstances, type JobInstances, type TestApp } from './helpers/test-app.js';

const START = new Date('2027-09-01T09:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RESCHEDULE = `mutation ($input: RescheduleEventInput!) { rescheduleEvent(input: $input) { sequence } }`;
const CANCEL = `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { status } }`;
const UPDATE_ACADEMY = `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { eventReminderMinutes } }`;

/**
 * Event reminders on two app instances that both run jobs, time moved with one shared
 * TestClock: each person of the audience gets each reminder once, at the event's current
 * start; a cancelled event and a person who left get none.
 */
describe('event reminders', () => {
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

  /** Both instances' clocks, then the jobs that are due (run by whichever instance fetches). */
  const moveTo = (instant: Date): Promise<void> => instances.moveTo(instant);

  const reminders = (eventId: string) =>
    first.dataSource.query<Array<{ to_address: string; subject: string; text_body: string }>>(
      `SELECT to_address, subject, text_body FROM outbox_messages
       WHERE type = 'EVENT_REMINDER' AND dedupe_key LIKE $1 ORDER BY to_address, created_at`,
      [`event-reminder:${eventId}:%`],
    );

  /** The event's reminder jobs in pg-boss, by state: `<offset>@<start>` per job. */
  async function jobs(eventId: string): Promise<Record<string, string[]>> {
    const rows = await first.dataSource.query<Array<{ state: string; key: string }>>(
      `SELECT state::text AS state, singleton_key AS key FROM pgboss.job
       WHERE name = 'event-reminder' AND starts_with(singleton_key, $1) ORDER BY singleton_key`,
      [`${eventId}:`],
    );
    const byState: Record<string, string[]> = {};
    for (const row of rows) {
      const [, minutes, startsAt] = /^[^:]+:(\d+):(.+)$/.exec(row.key)!;
      (byState[row.state] ??= []).push(`${minutes}@${startsAt}`);
    }
    return byState;
  }

  /** A published academy with a cohort of two organisations (three people) and an outsider. */
  async function cohortWithEvent(startsAt: string, endsAt: string) {
    const academy = await createAcademy(first.dataSource, {
      title: { fi: 'Akatemia', en: 'Academy' } as never,
    });
    const contact = await createSignedInUser(first.dataSource, { locale: 'en' as never });
    const colleague = await createSignedInUser(first.dataSource);
    const otherContact = await createSignedInUser(first.dataSource);
    const outsider = await createSignedInUser(first.dataSource);
    const organisation = await createOrganisation(first.dataSource, contact.user);
    await addMember(first.dataSource, organisation, colleague.user);
    const other = await createOrganisation(first.dataSource, otherContact.user);
    await createOrganisation(first.dataSource, outsider.user);
    await addCohortMember(first.dataSource, academy, organisation);
    await addCohortMember(first.dataSource, academy, other);
    const eventId = await scheduleEvent(first, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja 2', en: 'Workshop 2' },
      startsAt,
      endsAt,
      place: 'Oulu',
    });
    const audience = [contact, colleague, otherContact].map((person) => person.user.email).sort();
    return { academy, eventId, audience, contact, colleague, outsider, organisation };
  }

  it('reminds the audience 2 days and 1 hour before, each person once, on two instances', async () => {
    // 2027-09-14 09:00 Helsinki = 06:00Z.
    const { eventId, audience, contact } = await cohortWithEvent(
      '2027-09-14T09:00',
      '2027-09-14T11:00',
    );
    const startsAt = new Date('2027-09-14T06:00:00Z');
    await moveTo(new Date(startsAt.getTime() - 2 * DAY - MINUTE));
    expect(await reminders(eventId)).toEqual([]);

    await moveTo(new Date(startsAt.getTime() - 2 * DAY + MINUTE));
    const twoDays = await reminders(eventId);
    expect(twoDays.map((row) => row.to_address)).toEqual(audience);
    const english = twoDays.find((row) => row.to_address === contact.user.email)!;
    expect(english.subject).toMatch(/^Reminder: Workshop 2 /);
    expect(english.text_body).toContain('Place: Oulu');
    expect(english.text_body).toContain('https://akatemia.test/academies/');

    await moveTo(new Date(startsAt.getTime() - HOUR + MINUTE));
    expect((await reminders(eventId)).map((row) => row.to_address)).toEqual(
      [...audience, ...audience].sort(),
    );
    // After the start nothing more, and a job delivered again writes nothing twice.
    await moveTo(new Date(startsAt.getTime() + HOUR));
    const job = { eventId, minutesBefore: 60, startsAt: startsAt.toISOString() };
    first.clock.set(new Date(startsAt.getTime() - HOUR + 2 * MINUTE));
    second.clock.set(new Date(startsAt.getTime() - HOUR + 2 * MINUTE));
    await Promise.all([
      first.app.get(EventReminders).send(job),
      second.app.get(EventReminders).send(job),
    ]);
    expect(await reminders(eventId)).toHaveLength(2 * audience.length);
  });

  it('follows a moved event: nothing at the old times, the new time in the reminder', async () => {
    const { eventId, audience } = await cohortWithEvent('2027-10-05T09:00', '2027-10-05T11:00');
    await moveTo(new Date('2027-10-01T00:00:00Z'));
    await graphqlOk(
      first,
      RESCHEDULE,
      { input: { eventId, startsAt: '2027-10-12T13:00', endsAt: '2027-10-12T15:00' } },
      admin.headers,
    );
    // Past both old reminder times (3.10. and 5.10. 05:00Z).
    await moveTo(new Date('2027-10-05T07:00:00Z'));
    expect(await reminders(eventId)).toEqual([]);
    // 12.10. 13:00 Helsinki = 10:00Z: two days before is 10.10. 10:00Z.
    await moveTo(new Date('2027-10-10T10:01:00Z'));
    const sent = await reminders(eventId);
    expect(sent.map((row) => row.to_address)).toEqual(audience);
    const when = formatZonedRangeWithZone(
      new Date('2027-10-12T10:00:00Z'),
      new Date('2027-10-12T12:00:00Z'),
      'Europe/Helsinki',
      Locale.en,
    );
    expect(sent.every((row) => row.text_body.includes(when) && row.subject.includes(when))).toBe(
      true,
    );
  });

  it('sends nothing for a cancelled event', async () => {
    const { eventId } = await cohortWithEvent('2027-11-03T09:00', '2027-11-03T11:00');
    await moveTo(new Date('2027-10-20T00:00:00Z'));
    await graphqlOk(first, CANCEL, { input: { eventId } }, admin.headers);
    await moveTo(new Date('2027-11-03T10:00:00Z'));
    expect(await reminders(eventId)).toEqual([]);
  });

  it('leaves out someone who left the organisation (and so the cohort) before the reminder', async () => {
    const { eventId, audience, colleague, organisation } = await cohortWithEvent(
      '2027-12-01T09:00',
      '2027-12-01T11:00',
    );
    await moveTo(new Date('2027-11-25T00:00:00Z'));
    await first.dataSource.query(
      'DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [organisation.id, colleague.user.id],
    );
    await moveTo(new Date('2027-11-29T07:01:00Z'));
    expect((await reminders(eventId)).map((row) => row.to_address)).toEqual(
      audience.filter((email) => email !== colleague.user.email),
    );
  });

  it('uses the academy’s own offsets, set by an admin, and refuses bad ones with nothing written', async () => {
    const { academy, eventId, audience, contact } = await cohortWithEvent(
      '2028-01-20T09:00',
      '2028-01-20T11:00',
    );
    await moveTo(new Date('2028-01-01T00:00:00Z'));
    for (const bad of [[1], [60, 60], [30000], [10, 20, 30, 40, 50]]) {
      const refused = await first.graphql(
        UPDATE_ACADEMY,
        { input: { academyId: academy.id, eventReminderMinutes: bad } },
        admin.headers,
      );
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const notAdmin = await first.graphql(
      UPDATE_ACADEMY,
      { input: { academyId: academy.id, eventReminderMinutes: [30] } },
      contact.headers,
    );
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [stored] = await first.dataSource.query<Array<{ event_reminder_minutes: number[] }>>(
      'SELECT event_reminder_minutes FROM academies WHERE id = $1',
      [academy.id],
    );
    expect(stored.event_reminder_minutes).toEqual([2880, 60]);
    const updated = await graphqlOk<{ updateAcademy: { eventReminderMinutes: number[] } }>(
      first,
      UPDATE_ACADEMY,
      { input: { academyId: academy.id, eventReminderMinutes: [30, 7 * 24 * 60] } },
      admin.headers,
    );
    expect(updated.updateAcademy.eventReminderMinutes).toEqual([10080, 30]);
    // 20.1. 09:00 Helsinki = 07:00Z: a week before is 13.1. 07:00Z; the old 2-day one is gone.
    await moveTo(new Date('2028-01-13T07:01:00Z'));
    expect((await reminders(eventId)).map((row) => row.to_address)).toEqual(audience);
    await moveTo(new Date('2028-01-20T06:00:00Z'));
    expect(await reminders(eventId)).toHaveLength(audience.length);
    await moveTo(new Date('2028-01-20T06:31:00Z'));
    expect(await reminders(eventId)).toHaveLength(2 * audience.length);
  });

  it('cancels the waiting jobs of a moved, re-timed or cancelled event in the same transaction', async () => {
    const { academy, eventId, audience } = await cohortWithEvent(
      '2028-03-10T09:00',
      '2028-03-10T11:00',
    );
    await moveTo(new Date('2028-03-01T00:00:00Z'));
    const old = '2028-03-10T07:00:00.000Z';
    expect(await jobs(eventId)).toEqual({ created: [`2880@${old}`, `60@${old}`] });
    await graphqlOk(
      first,
      RESCHEDULE,
      { input: { eventId, startsAt: '2028-03-17T09:00', endsAt: '2028-03-17T11:00' } },
      admin.headers,
    );
    const moved = '2028-03-17T07:00:00.000Z';
    expect(await jobs(eventId)).toEqual({
      cancelled: [`2880@${old}`, `60@${old}`],
      created: [`2880@${moved}`, `60@${moved}`],
    });
    // A change that does not move it keeps the waiting jobs as they are.
    await graphqlOk(
      first,
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { sequence } }`,
      { input: { eventId, place: 'Kuopio' } },
      admin.headers,
    );
    expect((await jobs(eventId)).created).toEqual([`2880@${moved}`, `60@${moved}`]);
    // The academy drops the 2-day reminder: its waiting job goes too.
    await graphqlOk(
      first,
      UPDATE_ACADEMY,
      { input: { academyId: academy.id, eventReminderMinutes: [60] } },
      admin.headers,
    );
    expect(await jobs(eventId)).toEqual({
      cancelled: [`2880@${old}`, `2880@${moved}`, `60@${old}`],
      created: [`60@${moved}`],
    });
    // Moved past the old times and the dropped one: nothing ran, nothing was written.
    await moveTo(new Date('2028-03-15T08:00:00Z'));
    expect(await reminders(eventId)).toEqual([]);
    expect((await jobs(eventId)).completed).toBeUndefined();
    // The one job left runs once, on whichever instance, at the new time.
    await moveTo(new Date('2028-03-17T06:01:00Z'));
    expect((await reminders(eventId)).map((row) => row.to_address)).toEqual(audience);
    // (pg-boss's maintenance may have deleted the cancelled rows by now.)
    const after = await jobs(eventId);
    expect(after.completed).toEqual([`60@${moved}`]);
    expect(after.created).toBeUndefined();
  });

  it('cancels every waiting job of a cancelled event, so none is left to run', async () => {
    const { eventId } = await cohortWithEvent('2028-04-10T09:00', '2028-04-10T11:00');
    await moveTo(new Date('2028-04-01T00:00:00Z'));
    await graphqlOk(first, CANCEL, { input: { eventId } }, admin.headers);
    const at = '2028-04-10T06:00:00.000Z';
    expect(await jobs(eventId)).toEqual({ cancelled: [`2880@${at}`, `60@${at}`] });
    await moveTo(new Date('2028-04-10T10:00:00Z'));
    expect(await reminders(eventId)).toEqual([]);
    expect((await jobs(eventId)).completed).toBeUndefined();
  });

  it('plans nothing per person: a named team member who leaves is left out when the job runs', async () => {
    const { academy, eventId, audience, organisation, contact } = await cohortWithEvent(
      '2028-05-10T09:00',
      '2028-05-10T11:00',
    );
    // On the team by name, not a member of the organisation.
    const named = await createSignedInUser(first.dataSource);
    const participant = await addCohortParticipant(first.dataSource, academy, organisation, {
      email: named.user.email,
      userId: named.user.id,
    });
    await moveTo(new Date('2028-05-01T00:00:00Z'));
    const at = '2028-05-10T06:00:00.000Z';
    await moveTo(new Date('2028-05-08T06:01:00Z'));
    expect((await reminders(eventId)).map((row) => row.to_address)).toEqual(
      [...audience, named.user.email].sort(),
    );
    await graphqlOk(
      first,
      `mutation ($input: TeamParticipantInput!) { removeTeamMember(input: $input) { id } }`,
      { input: { participantId: participant.id } },
      contact.headers,
    );
    // The event's one job per offset stays; it reads the audience when it runs.
    expect(await jobs(eventId)).toEqual({ completed: [`2880@${at}`], created: [`60@${at}`] });
    await moveTo(new Date('2028-05-10T05:01:00Z'));
    const sent = (await reminders(eventId)).map((row) => row.to_address);
    expect(sent.filter((email) => email === named.user.email)).toHaveLength(1);
    expect(sent).toHaveLength(2 * audience.length + 1);
  });
});
