import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  addCohortMember,
  addCohortParticipant,
  BOOK_APPOINTMENT,
  createAcademy,
  createAdmin,
  createExpert,
  createOrganisationWithContact,
  insertCohortOrganisations,
  insertDraftApplications,
  openRound,
  REGISTER_FOR_EVENT,
  scheduleEvent,
  setEventRegistration,
  type SignedInUser,
} from './factories/index.js';
import { personalFeed } from './helpers/feeds.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const END = `mutation ($input: EndProgrammeInput!) { endProgramme(input: $input) { id status } }`;
const MY_ALUMNI = `{ myAlumniAcademies { slug status } }`;
const PUBLISH = `mutation ($input: PublishConsultationSlotsInput!) { publishConsultationSlots(input: $input) { id } }`;

/**
 * "When the programme ends, cohort participants become alumni: they keep their history and
 * see ALUMNI events; the alumni meeting uses registration; a FOLLOW_UP round lets each
 * alumni organisation book its follow-up meeting."
 */
describe('alumni: the end of a programme', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2026-11-05T09:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const statusOf = async (id: string) =>
    (await testApp.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id })).status;
  const alumniAudits = (id: string) =>
    testApp.dataSource.query<Array<{ actor_id: string | null; reason: string }>>(
      `SELECT actor_id, after->>'reason' AS reason FROM audit_entries
       WHERE action = 'academy.alumni' AND entity_id = $1`,
      [id],
    );
  const auditCount = async (id: string) =>
    (
      await testApp.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1',
        [id],
      )
    )[0].n;

  /**
   * A running academy whose cohort organisation has a team member who stays (with an account)
   * and a member of the organisation who left the team before the end; another organisation
   * is in another academy's cohort. A cohort-wide workshop and an alumni event.
   */
  async function runningAcademy() {
    const academy = await createAcademy(testApp.dataSource, { status: AcademyStatus.RUNNING });
    const cohort = await createOrganisationWithContact(testApp.dataSource, { members: 2 });
    await addCohortMember(testApp.dataSource, academy, cohort.organisation);
    const [stays, leaver] = cohort.members;
    await addCohortParticipant(testApp.dataSource, academy, cohort.organisation, {
      email: stays.user.email,
      userId: stays.user.id,
    });
    const left = await addCohortParticipant(testApp.dataSource, academy, cohort.organisation, {
      email: leaver.user.email,
      userId: leaver.user.id,
    });
    await testApp.dataSource.query('UPDATE cohort_participants SET left_at = $2 WHERE id = $1', [
      left.id,
      new Date('2026-10-01T09:00:00Z'),
    ]);
    const other = await createOrganisationWithContact(testApp.dataSource);
    const otherAcademy = await createAcademy(testApp.dataSource, {
      status: AcademyStatus.RUNNING,
    });
    await addCohortMember(testApp.dataSource, otherAcademy, other.organisation);
    const tag = academy.slug.replace(/[^0-9]/g, '');
    const workshop = `Tyopaja ${tag}`;
    const alumniEvening = `Alumni-ilta ${tag}`;
    await scheduleEvent(testApp, admin, { academyId: academy.id, title: { fi: workshop } });
    const alumniEventId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'ALUMNI_MEETING',
      title: { fi: alumniEvening },
      startsAt: '2027-10-15T13:00',
      endsAt: '2027-10-15T15:00',
      audience: 'ALUMNI',
    });
    return { academy, cohort, stays, leaver, other, workshop, alumniEvening, alumniEventId };
  }

  const feedOf = async (person: SignedInUser) => {
    const response = await fetch((await personalFeed(testApp, person)).local);
    expect(response.status).toBe(200);
    return { text: await response.text(), etag: response.headers.get('etag') };
  };
  const pageTitles = async (slug: string, person: SignedInUser) =>
    (
      await graphqlOk<{ academy: { events: Array<{ title: { fi: string } }> } }>(
        testApp,
        'query ($slug: String!) { academy(slug: $slug) { events { title { fi } } } }',
        { slug },
        person.headers,
      )
    ).academy.events.map((event) => event.title.fi);
  const myAlumni = async (person: SignedInUser) =>
    (
      await graphqlOk<{ myAlumniAcademies: Array<{ slug: string }> }>(
        testApp,
        MY_ALUMNI,
        undefined,
        person.headers,
      )
    ).myAlumniAcademies.map((academy) => academy.slug);

  it('endProgramme makes the team alumni: ALUMNI events reach their page and feed after the change, not before; not one who left before, nor another organisation', async () => {
    const setup = await runningAcademy();
    const { academy, stays, leaver, other, workshop, alumniEvening } = setup;

    // Before the end the cohort sees its workshop, not the alumni evening.
    const before = await feedOf(stays);
    expect(before.text).toContain(workshop);
    expect(before.text).not.toContain(alumniEvening);
    expect(await pageTitles(academy.slug, stays)).toEqual([workshop]);
    expect(await myAlumni(stays)).toEqual([]);

    const ended = await graphqlOk<{ endProgramme: { status: string } }>(
      testApp,
      END,
      { input: { academyId: academy.id } },
      admin.headers,
    );
    expect(ended.endProgramme.status).toBe('ALUMNI');
    expect(await alumniAudits(academy.id)).toEqual([
      { actor_id: admin.user.id, reason: 'ENDED_BY_MANAGER' },
    ]);

    // The alumnus: the alumni evening joins their feed (a new ETag) and page; history stays.
    const after = await feedOf(stays);
    expect(after.etag).not.toBe(before.etag);
    expect(after.text).toContain(alumniEvening);
    expect(after.text).toContain(workshop);
    expect((await pageTitles(academy.slug, stays)).sort()).toEqual([alumniEvening, workshop]);
    expect(await myAlumni(stays)).toEqual([academy.slug]);
    // History stays: the team (with who left) is as before the end.
    const teams = await graphqlOk<{
      myCohortTeams: Array<{ participants: Array<{ email: string }> }>;
    }>(
      testApp,
      'query ($academyId: ID!) { myCohortTeams(academyId: $academyId) { participants { email } } }',
      { academyId: academy.id },
      stays.headers,
    );
    expect(teams.myCohortTeams.map((team) => team.participants.map((p) => p.email))).toEqual([
      [stays.user.email],
    ]);

    // Who left the team before the end, and another organisation: no alumni evening.
    for (const outsider of [leaver, other.contact]) {
      expect((await feedOf(outsider)).text).not.toContain(alumniEvening);
      expect(await pageTitles(academy.slug, outsider)).not.toContain(alumniEvening);
      expect(await myAlumni(outsider)).toEqual([]);
    }
  });

  it('refuses ending a programme that is not RUNNING (PROGRAMME_NOT_RUNNING) or by a non-admin (FORBIDDEN), nothing written', async () => {
    const { academy, cohort, stays } = await runningAcademy();
    const written = await auditCount(academy.id);
    for (const person of [cohort.contact, stays, expert]) {
      const refused = await testApp.graphql(
        END,
        { input: { academyId: academy.id } },
        person.headers,
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    expect(await statusOf(academy.id)).toBe('RUNNING');
    expect(await auditCount(academy.id)).toBe(written);

    await graphqlOk(testApp, END, { input: { academyId: academy.id } }, admin.headers);
    const again = await testApp.graphql(END, { input: { academyId: academy.id } }, admin.headers);
    expect(errorCode(again)).toBe('PROGRAMME_NOT_RUNNING');
    expect(again.errors?.[0].extensions).toMatchObject({ status: 'ALUMNI' });
    expect(await alumniAudits(academy.id)).toHaveLength(1);

    // An academy still in selection ends neither way.
    const selecting = await createAcademy(testApp.dataSource, { status: AcademyStatus.SELECTION });
    const selectingWritten = await auditCount(selecting.id);
    expect(
      errorCode(await testApp.graphql(END, { input: { academyId: selecting.id } }, admin.headers)),
    ).toBe('PROGRAMME_NOT_RUNNING');
    expect(
      errorCode(
        await testApp.graphql(
          'mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { status } }',
          { input: { academyId: selecting.id, status: 'ALUMNI' } },
          admin.headers,
        ),
      ),
    ).toBe('PROGRAMME_NOT_RUNNING');
    expect(await statusOf(selecting.id)).toBe('SELECTION');
    expect(await auditCount(selecting.id)).toBe(selectingWritten);
    // Unknown academy, bad id.
    expect(
      errorCode(
        await testApp.graphql(
          END,
          { input: { academyId: '00000000-0000-4000-8000-000000000000' } },
          admin.headers,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await testApp.graphql(END, { input: { academyId: 'nope' } }, admin.headers)),
    ).toBe('BAD_USER_INPUT');
  });

  it('the alumni meeting takes registrations from alumni only, and only once the programme has ended', async () => {
    const { academy, stays, leaver, other, alumniEventId } = await runningAcademy();
    await setEventRegistration(testApp, admin, alumniEventId, 10);
    const register = (person: SignedInUser) =>
      testApp.graphql<{ registerForEvent: { myRegistration: { status: string } } }>(
        REGISTER_FOR_EVENT,
        { input: { eventId: alumniEventId } },
        person.headers,
      );
    const registrations = async () =>
      (
        await testApp.dataSource.query<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1',
          [alumniEventId],
        )
      )[0].n;
    // Still running: the cohort is not the alumni meeting's audience yet.
    expect(errorCode(await register(stays))).toBe('NOT_IN_AUDIENCE');
    expect(await registrations()).toBe(0);

    await graphqlOk(testApp, END, { input: { academyId: academy.id } }, admin.headers);
    const registered = await register(stays);
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerForEvent.myRegistration.status).toBe('REGISTERED');
    for (const outsider of [leaver, other.contact])
      expect(errorCode(await register(outsider))).toBe('NOT_IN_AUDIENCE');
    expect(await registrations()).toBe(1);
    // Registered, the alumni meeting is in the alumnus's feed.
    expect((await feedOf(stays)).text).toContain('Alumni-ilta');
  });

  it('a FOLLOW_UP round: each alumni organisation books one follow-up meeting; non-alumni and a running cohort are refused, nothing written', async () => {
    const academy = await createAcademy(testApp.dataSource, { status: AcademyStatus.RUNNING });
    const [alumnus, second] = await insertCohortOrganisations(testApp.dataSource, academy, 2);
    const [outsider] = await insertDraftApplications(testApp.dataSource, academy.id, 1);
    const roundId = await openRound(testApp, admin, {
      academyId: academy.id,
      purpose: 'FOLLOW_UP',
    });
    const slotIds = (
      await graphqlOk<{ publishConsultationSlots: Array<{ id: string }> }>(
        testApp,
        PUBLISH,
        {
          input: {
            academyId: academy.id,
            roundId,
            mode: 'REMOTE',
            onlineUrl: 'https://meet.example/follow-up',
            slots: [10, 11, 12].map((hour) => ({
              startsAt: `2027-11-10T${hour}:00`,
              endsAt: `2027-11-10T${hour}:45`,
            })),
          },
        },
        expert.headers,
      )
    ).publishConsultationSlots.map((slot) => slot.id);
    const book = (who: SignedInUser, slotId: string, organisationId: string) =>
      testApp.graphql<{ bookAppointment: { purpose: string; seat: number } }>(
        BOOK_APPOINTMENT,
        { input: { slotId, organisationId } },
        who.headers,
      );
    const bookings = async () =>
      (
        await testApp.dataSource.query<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM consultation_bookings b JOIN consultation_slots s ON s.id = b.slot_id WHERE s.round_id = $1',
          [roundId],
        )
      )[0].n;

    // While the programme runs, its cohort is not alumni yet.
    expect(errorCode(await book(alumnus.user, slotIds[0], alumnus.organisation.id))).toBe(
      'NOT_IN_ROUND_AUDIENCE',
    );
    expect(await bookings()).toBe(0);

    await graphqlOk(testApp, END, { input: { academyId: academy.id } }, admin.headers);
    const booked = await book(alumnus.user, slotIds[0], alumnus.organisation.id);
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookAppointment).toMatchObject({ purpose: 'FOLLOW_UP', seat: 1 });
    // One follow-up meeting per organisation; another alumni organisation books its own.
    expect(errorCode(await book(alumnus.user, slotIds[1], alumnus.organisation.id))).toBe(
      'ALREADY_BOOKED',
    );
    expect(
      (await book(second.user, slotIds[1], second.organisation.id)).data?.bookAppointment.seat,
    ).toBe(1);
    // An applicant that was never in the cohort is no alumnus.
    expect(errorCode(await book(outsider.user, slotIds[2], outsider.organisation.id))).toBe(
      'NOT_IN_ROUND_AUDIENCE',
    );
    expect(await bookings()).toBe(2);
  });
});
