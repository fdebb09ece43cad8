import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { ProgrammeEnd } from '../src/modules/alumni/programme-end.job.js';
import { TimelineEventEntity } from '../src/modules/timeline/entities/timeline-event.entity.js';
import {
  EventAudience,
  EventKind,
  EventMode,
  EventStatus,
} from '../src/modules/timeline/timeline-event.enums.js';
import {
  addCohortMember,
  addCohortParticipant,
  createAcademy,
  createAdmin,
  createOrganisationWithContact,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startJobInstances, type JobInstances, type TestApp } from './helpers/test-app.js';

const START = new Date('2027-01-10T09:00:00Z');
const RESCHEDULE = `mutation ($input: RescheduleEventInput!) { rescheduleEvent(input: $input) { sequence } }`;
const CANCEL = `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { status } }`;

/**
 * "RUNNING → ALUMNI at the closing date": the end of the last CLOSING event, by a job that
 * two instances share (both run jobs) and that ends the programme once.
 */
describe('a programme ends at its closing date', () => {
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

  const statusOf = async (id: string) =>
    (await first.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id })).status;
  const alumniAudits = (id: string) =>
    first.dataSource.query<Array<{ actor_id: string | null; reason: string }>>(
      `SELECT actor_id, after->>'reason' AS reason FROM audit_entries
       WHERE action = 'academy.alumni' AND entity_id = $1`,
      [id],
    );

  it('moves RUNNING → ALUMNI once at the end of the closing event, following a closing event moved later, on two instances', async () => {
    const academy = await createAcademy(first.dataSource, { status: AcademyStatus.RUNNING });
    // 1.2.2027 10–16 Helsinki (UTC+2): ends 14:00Z.
    const closingId = await scheduleEvent(first, admin, {
      academyId: academy.id,
      kind: 'CLOSING',
      title: { fi: 'Päätöstilaisuus' },
      startsAt: '2027-02-01T10:00',
      endsAt: '2027-02-01T16:00',
      mode: 'IN_PERSON',
      place: 'Helsinki',
    });
    // Moved a week later before it happens: the old date ends nothing.
    await graphqlOk(
      first,
      RESCHEDULE,
      { input: { eventId: closingId, startsAt: '2027-02-08T10:00', endsAt: '2027-02-08T16:00' } },
      admin.headers,
    );
    await moveTo(new Date('2027-02-01T14:01:00Z'));
    expect(await statusOf(academy.id)).toBe('RUNNING');

    // Just before the new end: still running; at it: alumni, once, by the system.
    await moveTo(new Date('2027-02-08T13:59:00Z'));
    expect(await statusOf(academy.id)).toBe('RUNNING');
    await moveTo(new Date('2027-02-08T14:01:00Z'));
    expect(await statusOf(academy.id)).toBe('ALUMNI');
    expect(await alumniAudits(academy.id)).toEqual([
      { actor_id: null, reason: 'PROGRAMME_CLOSED' },
    ]);

    // Every job of the queue is done; running one again (as a retry would) changes nothing.
    const jobs = await first.dataSource.query<Array<{ state: string; n: number }>>(
      `SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'alumni-programme-end'
         AND data->>'academyId' = $1 GROUP BY state`,
      [academy.id],
    );
    expect(jobs).toEqual([{ state: 'completed', n: expect.any(Number) as number }]);
    await second.app.get(ProgrammeEnd).end(academy.id);
    expect(await alumniAudits(academy.id)).toHaveLength(1);
  });

  it('ends nothing when the closing event is cancelled, nor a programme the manager ended already', async () => {
    const cancelled = await createAcademy(first.dataSource, { status: AcademyStatus.RUNNING });
    const cancelledClosing = await scheduleEvent(first, admin, {
      academyId: cancelled.id,
      kind: 'CLOSING',
      startsAt: '2027-03-01T10:00',
      endsAt: '2027-03-01T16:00',
    });
    await graphqlOk(first, CANCEL, { input: { eventId: cancelledClosing } }, admin.headers);

    const endedEarly = await createAcademy(first.dataSource, { status: AcademyStatus.RUNNING });
    await scheduleEvent(first, admin, {
      academyId: endedEarly.id,
      kind: 'CLOSING',
      startsAt: '2027-03-01T10:00',
      endsAt: '2027-03-01T16:00',
    });
    await graphqlOk(
      first,
      `mutation ($input: EndProgrammeInput!) { endProgramme(input: $input) { status } }`,
      { input: { academyId: endedEarly.id } },
      admin.headers,
    );

    await moveTo(new Date('2027-03-01T15:00:00Z'));
    expect(await statusOf(cancelled.id)).toBe('RUNNING');
    expect(await alumniAudits(cancelled.id)).toEqual([]);
    expect(await alumniAudits(endedEarly.id)).toEqual([
      { actor_id: admin.user.id, reason: 'ENDED_BY_MANAGER' },
    ]);
  });
  it('the closing date makes the team alumni: the alumni meeting reminds the alumnus, not the member who left before, nor another organisation', async () => {
    const academy = await createAcademy(first.dataSource, { status: AcademyStatus.RUNNING });
    const cohort = await createOrganisationWithContact(first.dataSource, { members: 2 });
    await addCohortMember(first.dataSource, academy, cohort.organisation);
    const [stays, leaver] = cohort.members;
    await addCohortParticipant(first.dataSource, academy, cohort.organisation, {
      email: stays.user.email,
      userId: stays.user.id,
    });
    const left = await addCohortParticipant(first.dataSource, academy, cohort.organisation, {
      email: leaver.user.email,
      userId: leaver.user.id,
    });
    await first.dataSource.query('UPDATE cohort_participants SET left_at = now() WHERE id = $1', [
      left.id,
    ]);
    const other = await createOrganisationWithContact(first.dataSource);
    await addCohortMember(
      first.dataSource,
      await createAcademy(first.dataSource, { status: AcademyStatus.RUNNING }),
      other.organisation,
    );
    await scheduleEvent(first, admin, {
      academyId: academy.id,
      kind: 'CLOSING',
      startsAt: '2027-04-01T10:00',
      endsAt: '2027-04-01T16:00',
    });
    // 20.4.2027 13:00 Helsinki (UTC+3): reminded 2 days and 1 hour before.
    const meetingId = await scheduleEvent(first, admin, {
      academyId: academy.id,
      kind: 'ALUMNI_MEETING',
      title: { fi: 'Alumnitapaaminen' },
      startsAt: '2027-04-20T13:00',
      endsAt: '2027-04-20T15:00',
      audience: 'ALUMNI',
    });

    await moveTo(new Date('2027-04-01T13:01:00Z'));
    expect(await statusOf(academy.id)).toBe('ALUMNI');
    await moveTo(new Date('2027-04-20T09:01:00Z'));
    const reminded = await first.dataSource.query<Array<{ to_address: string }>>(
      `SELECT to_address FROM outbox_messages
       WHERE type = 'EVENT_REMINDER' AND dedupe_key LIKE $1 ORDER BY created_at`,
      [`event-reminder:${meetingId}:%`],
    );
    // The organisation's contact follows the cohort through the membership too; each of the
    // two is reminded twice (2 days and 1 hour before).
    const alumni = [cohort.contact.user.email, stays.user.email].sort();
    expect(reminded.map((row) => row.to_address).sort()).toEqual(
      alumni.flatMap((email) => [email, email]),
    );
  });
  it('plans the end when the programme starts running, for a closing event written without the timeline (an edition copy)', async () => {
    const academy = await createAcademy(first.dataSource, { status: AcademyStatus.SELECTION });
    const repository = first.dataSource.getRepository(TimelineEventEntity);
    await repository.save(
      repository.create({
        academyId: academy.id,
        kind: EventKind.CLOSING,
        title: { fi: 'Päätöstilaisuus', sv: null, en: null },
        description: { fi: '', sv: null, en: null },
        startsAt: new Date('2027-05-10T07:00:00Z'),
        endsAt: new Date('2027-05-10T13:00:00Z'),
        mode: EventMode.IN_PERSON,
        place: null,
        onlineUrl: null,
        audience: EventAudience.COHORT,
        audienceOrganisationId: null,
        status: EventStatus.SCHEDULED,
        sequence: 0,
      }),
    );
    await graphqlOk(
      first,
      'mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { status } }',
      { input: { academyId: academy.id, status: 'RUNNING' } },
      admin.headers,
    );
    await moveTo(new Date('2027-05-10T12:59:00Z'));
    expect(await statusOf(academy.id)).toBe('RUNNING');
    await moveTo(new Date('2027-05-10T13:01:00Z'));
    expect(await statusOf(academy.id)).toBe('ALUMNI');
    expect(await alumniAudits(academy.id)).toEqual([
      { actor_id: null, reason: 'PROGRAMME_CLOSED' },
    ]);
  });
});
