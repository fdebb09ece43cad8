import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { EventRegistrationEntity } from '../src/modules/registration/entities/event-registration.entity.js';
import { RegistrationStatus } from '../src/modules/registration/registration.enums.js';
import {
  CANCEL_EVENT_REGISTRATION,
  REGISTER_FOR_EVENT,
  SET_EVENT_REGISTRATION,
  addCohortMember,
  createAcademy,
  createAdmin,
  createExpert,
  createOrganisationWithContact,
  createSignedInUser,
  scheduleEvent,
  setEventRegistration,
  type SignedInUser,
} from './factories/index.js';
import { personalFeed } from './helpers/feeds.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { parseCalendar } from './helpers/ical.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const NOW = new Date('2026-05-04T09:00:00Z');
const REGISTRATION = `query ($eventId: ID!) { eventRegistration(eventId: $eventId) { eventId capacity isOpen registeredCount waitlistedCount seatsLeft inAudience closesAt { local timeZone } event { id start { local } } myRegistration { status seatNo waitlistPosition } } }`;
const REGISTRANTS = `query ($eventId: ID!) { eventRegistrants(eventId: $eventId, limit: 100) { userId email status seatNo waitlistPosition arrival } }`;

interface Cohort {
  academy: AcademyEntity;
  eventId: string;
  people: SignedInUser[];
}

describe('registration with capacity', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: NOW });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
  });
  afterEach(() => {
    testApp.clock.set(NOW);
  });

  /** An academy whose cohort has one organisation with `size` signed-in members, and a cohort event with `capacity` seats. */
  async function cohortWithEvent(size: number, capacity: number): Promise<Cohort> {
    const academy = await createAcademy(testApp.dataSource);
    const { organisation, members } = await createOrganisationWithContact(testApp.dataSource, {
      members: size,
    });
    await addCohortMember(testApp.dataSource, academy, organisation);
    const eventId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'CLOSING',
      title: { fi: 'Päätöstilaisuus', en: 'Closing event' },
      startsAt: '2027-09-14T10:00',
      endsAt: '2027-09-14T16:00',
      mode: 'IN_PERSON',
    });
    await setEventRegistration(testApp, admin, eventId, capacity);
    return { academy, eventId, people: members };
  }

  const register = (who: SignedInUser, eventId: string) =>
    testApp.graphql(REGISTER_FOR_EVENT, { input: { eventId } }, who.headers);
  const cancel = (who: SignedInUser, eventId: string) =>
    testApp.graphql(CANCEL_EVENT_REGISTRATION, { input: { eventId } }, who.headers);

  const rowsOf = (eventId: string) =>
    testApp.dataSource
      .getRepository(EventRegistrationEntity)
      .find({ where: { eventId }, order: { arrival: 'ASC' } });
  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await testApp.dataSource.query<Array<{ n: number }>>(sql, params);
    return row.n;
  };
  const promotionMails = (addresses: string[]) =>
    count(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE type = 'EVENT_REGISTRATION_PROMOTED' AND to_address = ANY($1)`,
      [addresses],
    );
  const auditCount = (action: string, eventId: string) =>
    count(
      `SELECT count(*)::int AS n FROM audit_entries
       WHERE action = $1 AND entity_id::text IN (SELECT id::text FROM event_registrations WHERE event_id = $2::uuid)`,
      [action, eventId],
    );

  it('gives 40 seats to the first 40 of 60 racing, waitlists 20 in arrival order, and promotes exactly once per freed seat', async () => {
    const { eventId, people } = await cohortWithEvent(60, 40);
    const answers = await Promise.all(people.map((person) => register(person, eventId)));
    expect(answers.map(errorCode)).toEqual(people.map(() => 'OK'));

    const rows = await rowsOf(eventId);
    expect(rows).toHaveLength(60);
    // Arrival numbers are 1…60 with no gap; the first 40 arrivals hold seats 1…40.
    expect(rows.map((row) => row.arrival)).toEqual([...Array(60).keys()].map((i) => i + 1));
    expect(rows.slice(0, 40).every((row) => row.status === RegistrationStatus.REGISTERED)).toBe(
      true,
    );
    expect(rows.slice(40).every((row) => row.status === RegistrationStatus.WAITLISTED)).toBe(true);
    expect(new Set(rows.slice(0, 40).map((row) => row.seatNo)).size).toBe(40);
    expect(Math.max(...rows.map((row) => row.seatNo ?? 0))).toBe(40);

    // Each answer told its person where they stand: positions 1…20 follow arrival.
    const byUser = new Map(people.map((person, index) => [person.user.id, answers[index]]));
    rows.slice(40).forEach((row, index) => {
      const data = byUser.get(row.userId)!.data as {
        registerForEvent: { myRegistration: { waitlistPosition: number } };
      };
      // Later arrivals may have joined before this answer was read; the position cannot change.
      expect(data.registerForEvent.myRegistration.waitlistPosition).toBe(index + 1);
    });

    // The staff list agrees: seats first, then the waitlist in arrival order.
    const list = await graphqlOk<{
      eventRegistrants: Array<{ userId: string; status: string; waitlistPosition: number | null }>;
    }>(testApp, REGISTRANTS, { eventId }, admin.headers);
    expect(list.eventRegistrants.slice(40).map((entry) => entry.userId)).toEqual(
      rows.slice(40).map((row) => row.userId),
    );
    expect(list.eventRegistrants.slice(40).map((entry) => entry.waitlistPosition)).toEqual(
      [...Array(20).keys()].map((i) => i + 1),
    );

    // Two seat holders cancel at once, and one of them twice: two seats free, the first two
    // waitlisted get them — each once, with one mail each.
    const [first, second] = rows
      .slice(0, 2)
      .map((row) => people.find((p) => p.user.id === row.userId)!);
    const cancellations = await Promise.all([
      cancel(first, eventId),
      cancel(first, eventId),
      cancel(second, eventId),
    ]);
    expect(cancellations.map(errorCode).sort()).toEqual(['NOT_REGISTERED', 'OK', 'OK']);
    const after = await rowsOf(eventId);
    const status = (arrival: number) => after.find((row) => row.arrival === arrival)!;
    expect(status(41).status).toBe(RegistrationStatus.REGISTERED);
    expect(status(42).status).toBe(RegistrationStatus.REGISTERED);
    expect(status(43).status).toBe(RegistrationStatus.WAITLISTED);
    expect(after.filter((row) => row.status === RegistrationStatus.REGISTERED)).toHaveLength(40);
    expect(await auditCount('event_registration.promoted', eventId)).toBe(2);
    const emailOf = (arrival: number) =>
      people.find((p) => p.user.id === status(arrival).userId)!.user.email;
    expect(await promotionMails([emailOf(41)])).toBe(1);
    expect(await promotionMails([emailOf(42)])).toBe(1);
    expect(await promotionMails([emailOf(43)])).toBe(0);
    // The freed seats went to the promoted, and nobody else was mailed.
    expect([status(41).seatNo, status(42).seatNo].sort()).toEqual(
      [rows[0].seatNo, rows[1].seatNo].sort(),
    );
    expect(await promotionMails(people.map((p) => p.user.email))).toBe(2);
  });

  it('absorbs a rush: 200 registering at once for 40 seats all succeed — 40 seated, 160 waitlisted at positions 1…160', async () => {
    const { eventId, people } = await cohortWithEvent(200, 40);
    // The first person also sends a second request in the middle of the rush.
    const [answers, twice] = await Promise.all([
      Promise.all(people.map((person) => register(person, eventId))),
      register(people[0], eventId),
    ]);
    // Nobody is told to retry (SERVICE_UNAVAILABLE) because others register at the same moment.
    expect(answers.slice(1).map(errorCode)).toEqual(people.slice(1).map(() => 'OK'));
    // Of the first person's two, whichever came first registered; the other is refused.
    expect([errorCode(answers[0]), errorCode(twice)].sort()).toEqual(['ALREADY_REGISTERED', 'OK']);
    if (errorCode(answers[0]) !== 'OK') answers[0] = twice;
    const mine = answers.map(
      (answer) =>
        (
          answer.data as {
            registerForEvent: {
              myRegistration: {
                status: string;
                seatNo: number | null;
                waitlistPosition: number | null;
              };
            };
          }
        ).registerForEvent.myRegistration,
    );
    const seated = mine.filter((registration) => registration.status === 'REGISTERED');
    const waiting = mine.filter((registration) => registration.status === 'WAITLISTED');
    expect(seated).toHaveLength(40);
    expect(new Set(seated.map((registration) => registration.seatNo)).size).toBe(40);
    expect(waiting).toHaveLength(160);
    expect(
      waiting.map((registration) => registration.waitlistPosition).sort((a, b) => a! - b!),
    ).toEqual([...Array(160).keys()].map((i) => i + 1));

    // The rows agree: arrivals 1…200, the first 40 seated, the waitlist in arrival order.
    const rows = await rowsOf(eventId);
    expect(rows.map((row) => row.arrival)).toEqual([...Array(200).keys()].map((i) => i + 1));
    expect(rows.slice(0, 40).every((row) => row.status === RegistrationStatus.REGISTERED)).toBe(
      true,
    );
    expect(rows.slice(40).every((row) => row.status === RegistrationStatus.WAITLISTED)).toBe(true);
    const byUser = new Map(people.map((person, index) => [person.user.id, mine[index]]));
    expect(rows.slice(40).map((row) => byUser.get(row.userId)!.waitlistPosition)).toEqual(
      [...Array(160).keys()].map((i) => i + 1),
    );
  });

  it('waitlists in arrival order and promotes the first waitlisted person on a cancellation, with a mail in their language', async () => {
    const { eventId, people } = await cohortWithEvent(5, 3);
    for (const person of people) expect(errorCode(await register(person, eventId))).toBe('OK');
    const view = async (who: SignedInUser) =>
      (
        await graphqlOk<{
          eventRegistration: {
            registeredCount: number;
            waitlistedCount: number;
            seatsLeft: number;
            inAudience: boolean;
            isOpen: boolean;
            myRegistration: { status: string; waitlistPosition: number | null } | null;
          };
        }>(testApp, REGISTRATION, { eventId }, who.headers)
      ).eventRegistration;
    expect(await view(people[3])).toMatchObject({
      registeredCount: 3,
      waitlistedCount: 2,
      seatsLeft: 0,
      inAudience: true,
      isOpen: true,
      myRegistration: { status: 'WAITLISTED', waitlistPosition: 1 },
    });
    expect((await view(people[4])).myRegistration).toMatchObject({ waitlistPosition: 2 });

    await testApp.dataSource.query(`UPDATE users SET locale = 'fi' WHERE id = $1`, [
      people[3].user.id,
    ]);
    expect(errorCode(await cancel(people[1], eventId))).toBe('OK');
    expect((await view(people[3])).myRegistration).toMatchObject({ status: 'REGISTERED' });
    expect((await view(people[4])).myRegistration).toMatchObject({ waitlistPosition: 1 });
    expect((await view(people[1])).myRegistration).toBeNull();
    const [mail] = await testApp.dataSource.query<Array<{ subject: string; to_address: string }>>(
      `SELECT subject, to_address FROM outbox_messages WHERE type = 'EVENT_REGISTRATION_PROMOTED' AND to_address = $1`,
      [people[3].user.email],
    );
    expect(mail.subject).toBe('Pääsit jonosta mukaan: Päätöstilaisuus');

    // A waitlisted person who cancels frees no seat: nobody is promoted.
    expect(errorCode(await cancel(people[4], eventId))).toBe('OK');
    expect(await auditCount('event_registration.promoted', eventId)).toBe(1);

    // Registering again after cancelling goes to the back of the list.
    expect(errorCode(await register(people[1], eventId))).toBe('OK');
    expect((await view(people[1])).myRegistration).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
  });

  it('refuses registering twice, after closing, outside the audience, for an event without registration or cancelled — nothing written', async () => {
    const { academy, eventId, people } = await cohortWithEvent(2, 5);
    const [person] = people;
    expect(errorCode(await register(person, eventId))).toBe('OK');
    const before = await count(`SELECT count(*)::int AS n FROM event_registrations`, []);
    const audits = await count(`SELECT count(*)::int AS n FROM audit_entries`, []);

    const twice = await testApp.graphql(
      REGISTER_FOR_EVENT,
      { input: { eventId } },
      {
        ...person.headers,
        'accept-language': 'fi',
      },
    );
    expect(errorCode(twice)).toBe('ALREADY_REGISTERED');
    expect(twice.errors?.[0].message).toBe(
      'Olet jo ilmoittautunut tähän tapahtumaan tai sen jonoon.',
    );

    // Not in the cohort: an outsider, and a member of another organisation.
    const outsider = await createSignedInUser(testApp.dataSource);
    expect(errorCode(await register(outsider, eventId))).toBe('NOT_IN_AUDIENCE');
    const other = await createOrganisationWithContact(testApp.dataSource);
    const sv = await testApp.graphql(
      REGISTER_FOR_EVENT,
      { input: { eventId } },
      {
        ...other.contact.headers,
        'accept-language': 'sv',
      },
    );
    expect(errorCode(sv)).toBe('NOT_IN_AUDIENCE');
    expect(sv.errors?.[0].message).toBe(
      'Evenemanget är endast för dess målgrupp, och du hör inte till den.',
    );
    // Staff are not the audience either.
    expect(errorCode(await register(admin, eventId))).toBe('NOT_IN_AUDIENCE');

    // After closing (the instant itself included).
    testApp.clock.set(new Date('2027-09-01T13:00:00Z')); // 16:00 Helsinki
    const closed = await register(people[1], eventId);
    expect(errorCode(closed)).toBe('REGISTRATION_CLOSED');
    expect(closed.errors?.[0].extensions?.closesAt).toBe('2027-09-01T13:00:00.000Z');
    testApp.clock.set(NOW);

    // An event that takes no registrations.
    const plain = await scheduleEvent(testApp, admin, { academyId: academy.id });
    expect(errorCode(await register(person, plain))).toBe('REGISTRATION_NOT_OFFERED');
    expect(errorCode(await cancel(person, plain))).toBe('REGISTRATION_NOT_OFFERED');
    // An event that does not exist.
    expect(errorCode(await register(person, '00000000-0000-4000-8000-000000000000'))).toBe(
      'NOT_FOUND',
    );
    // Not a uuid.
    expect(errorCode(await register(person, 'x'))).toBe('BAD_USER_INPUT');

    // A cancelled event.
    await graphqlOk(
      testApp,
      `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { id } }`,
      { input: { eventId } },
      admin.headers,
    );
    expect(errorCode(await register(people[1], eventId))).toBe('EVENT_CANCELLED');

    expect(await count(`SELECT count(*)::int AS n FROM event_registrations`, [])).toBe(before);
    // Only the staff's changes were audited: the second event scheduled, this one cancelled.
    expect(await count(`SELECT count(*)::int AS n FROM audit_entries`, [])).toBe(audits + 2);
  });

  it('mails everyone holding a seat or waiting when the event is cancelled, each in their language, once', async () => {
    const { eventId, people } = await cohortWithEvent(6, 3);
    for (const person of people.slice(0, 5))
      expect(errorCode(await register(person, eventId))).toBe('OK');
    // people[1] cancels (nothing to tell them), people[5] never registered.
    expect(errorCode(await cancel(people[1], eventId))).toBe('OK');
    const locales = ['fi', 'sv', 'en', 'fi', 'sv', 'en'];
    for (const [index, person] of people.entries())
      await testApp.dataSource.query(`UPDATE users SET locale = $2 WHERE id = $1`, [
        person.user.id,
        locales[index],
      ]);
    // Seats: people 0, 2, 3 (3 promoted on 1's cancel); waiting: people 4.
    const live = (await rowsOf(eventId)).filter(
      (row) => row.status !== RegistrationStatus.CANCELLED,
    );
    expect(live.map((row) => row.status).sort()).toEqual([
      'REGISTERED',
      'REGISTERED',
      'REGISTERED',
      'WAITLISTED',
    ]);

    const cancelEvent = () =>
      testApp.graphql(
        `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { id status } }`,
        { input: { eventId } },
        admin.headers,
      );
    expect(errorCode(await cancelEvent())).toBe('OK');
    const mails = () =>
      testApp.dataSource.query<Array<{ to_address: string; subject: string; text_body: string }>>(
        `SELECT to_address, subject, text_body FROM outbox_messages
         WHERE type = 'EVENT_REGISTRATION_EVENT_CANCELLED' AND to_address = ANY($1) ORDER BY to_address`,
        [people.map((person) => person.user.email)],
      );
    const sent = await mails();
    const subjectOf = (index: number) =>
      sent.find((mail) => mail.to_address === people[index].user.email)?.subject;
    expect(sent).toHaveLength(4);
    expect(subjectOf(0)).toBe('Tapahtuma on peruttu: Päätöstilaisuus');
    expect(subjectOf(2)).toBe('Event cancelled: Closing event');
    expect(subjectOf(3)).toBe('Tapahtuma on peruttu: Päätöstilaisuus');
    // sv falls back to Finnish for the untranslated title; the sentence is Swedish.
    expect(subjectOf(4)).toBe('Evenemanget är inställt: Päätöstilaisuus');
    expect(sent.find((mail) => mail.to_address === people[4].user.email)?.text_body).toContain(
      'där du stod i kö',
    );
    expect(subjectOf(1)).toBeUndefined();
    expect(subjectOf(5)).toBeUndefined();

    // A second cancel is refused and tells nobody again.
    expect(errorCode(await cancelEvent())).toBe('EVENT_CANCELLED');
    expect(await mails()).toHaveLength(4);
    // The panel shows the event closed; the registrations stay as the record of who had come.
    const view = await graphqlOk<{
      eventRegistration: { isOpen: boolean; event: { status: string } };
    }>(
      testApp,
      `query ($eventId: ID!) { eventRegistration(eventId: $eventId) { isOpen event { status } } }`,
      { eventId },
      people[0].headers,
    );
    expect(view.eventRegistration).toEqual({ isOpen: false, event: { status: 'CANCELLED' } });
  });

  it('puts an event that takes registrations in the feeds of those registered (waitlisted: TENTATIVE), and changes the ETag with the registration', async () => {
    const { academy, eventId, people } = await cohortWithEvent(3, 1);
    const [holder, waiting, bystander] = people;
    await testApp.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [
      waiting.user.id,
    ]);
    const plain = await scheduleEvent(testApp, admin, { academyId: academy.id });
    const uid = `${eventId}@akatemia`;
    const feeds = new Map<string, string>();
    const read = async (who: SignedInUser, etag?: string) => {
      const local = feeds.get(who.user.id) ?? (await personalFeed(testApp, who)).local;
      feeds.set(who.user.id, local);
      const response = await fetch(local, { headers: etag ? { 'if-none-match': etag } : {} });
      const text = response.status === 200 ? await response.text() : '';
      return {
        status: response.status,
        etag: response.headers.get('etag')!,
        event: text ? parseCalendar(text).events.find((event) => event.uid === uid) : undefined,
        uids: text ? parseCalendar(text).events.map((event) => event.uid) : [],
      };
    };

    // Not registered: the cohort's other events are there, this one is not.
    const before = await read(holder);
    expect(before.uids).toContain(`${plain}@akatemia`);
    expect(before.event).toBeUndefined();

    expect(errorCode(await register(holder, eventId))).toBe('OK');
    const seated = await read(holder, before.etag);
    expect(seated.status).toBe(200);
    expect(seated.etag).not.toBe(before.etag);
    expect(seated.event).toMatchObject({ status: 'CONFIRMED', summary: 'Closing event' });

    // Someone else joining the waiting list changes nothing in the holder's feed: 304.
    expect(errorCode(await register(waiting, eventId))).toBe('OK');
    expect((await read(holder, seated.etag)).status).toBe(304);
    const waited = await read(waiting);
    expect(waited.event).toMatchObject({
      status: 'TENTATIVE',
      summary: 'Closing event (waiting list)',
    });
    expect((await read(bystander)).event).toBeUndefined();

    // The holder cancels: the event leaves their feed, and the promoted person's is CONFIRMED.
    expect(errorCode(await cancel(holder, eventId))).toBe('OK');
    const gone = await read(holder, seated.etag);
    expect(gone.status).toBe(200);
    expect(gone.event).toBeUndefined();
    const promoted = await read(waiting, waited.etag);
    expect(promoted.status).toBe(200);
    expect(promoted.event).toMatchObject({ status: 'CONFIRMED', summary: 'Closing event' });

    // Cancelled by staff: it stays in the registered person's feed, as CANCELLED.
    await graphqlOk(
      testApp,
      `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { id } }`,
      { input: { eventId } },
      admin.headers,
    );
    expect((await read(waiting, promoted.etag)).event).toMatchObject({ status: 'CANCELLED' });
  });

  it('refuses cancelling without a registration and once the event has started', async () => {
    const { eventId, people } = await cohortWithEvent(2, 5);
    expect(errorCode(await cancel(people[0], eventId))).toBe('NOT_REGISTERED');
    expect(errorCode(await register(people[1], eventId))).toBe('OK');
    testApp.clock.set(new Date('2027-09-14T07:00:00Z')); // 10:00 Helsinki, the start
    expect(errorCode(await cancel(people[1], eventId))).toBe('REGISTRATION_CLOSED');
    testApp.clock.set(NOW);
    const [row] = await rowsOf(eventId);
    expect(row.status).toBe(RegistrationStatus.REGISTERED);
  });

  it('lets members of the organisation register for its own session, and nobody else', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const team = await createOrganisationWithContact(testApp.dataSource, { members: 1 });
    const neighbour = await createOrganisationWithContact(testApp.dataSource);
    await addCohortMember(testApp.dataSource, academy, team.organisation);
    await addCohortMember(testApp.dataSource, academy, neighbour.organisation);
    const eventId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'SPARRING',
      audience: 'ORGANISATION',
      audienceOrganisationId: team.organisation.id,
    });
    await setEventRegistration(testApp, admin, eventId, 1);
    expect(errorCode(await register(team.members[0], eventId))).toBe('OK');
    expect(errorCode(await register(team.contact, eventId))).toBe('OK');
    // The neighbour cannot even see the session.
    expect(errorCode(await register(neighbour.contact, eventId))).toBe('NOT_IN_AUDIENCE');
    expect(
      errorCode(await testApp.graphql(REGISTRATION, { eventId }, neighbour.contact.headers)),
    ).toBe('NOT_FOUND');
  });

  it('lets admins and hosts set the capacity and closing time, refusing bad values; raising the capacity promotes', async () => {
    const { academy, eventId, people } = await cohortWithEvent(4, 2);
    for (const person of people) await register(person, eventId);
    const set = (who: SignedInUser, input: Record<string, unknown>) =>
      testApp.graphql(
        SET_EVENT_REGISTRATION,
        { input: { eventId, capacity: 2, closesAt: '2027-09-01T16:00', ...input } },
        who.headers,
      );

    // Participants may not; an expert who does not host the event is told it does not exist.
    expect(errorCode(await set(people[0], { capacity: 10 }))).toBe('FORBIDDEN');
    const expert = await createExpert(testApp.dataSource);
    expect(errorCode(await set(expert, { capacity: 10 }))).toBe('NOT_FOUND');

    const invalid = async (input: Record<string, unknown>, field: string) => {
      const answer = await set(admin, input);
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
      const problems = answer.errors?.[0].extensions?.validationErrors as Array<{ field: string }>;
      expect(problems.map((problem) => problem.field)).toContain(field);
    };
    await invalid({ capacity: 0 }, 'input.capacity');
    await invalid({ capacity: 1001 }, 'input.capacity');
    await invalid({ capacity: 1 }, 'input.capacity'); // below the 2 registered
    await invalid({ closesAt: '2027-09-14T10:01' }, 'input.closesAt'); // after the start
    await invalid({ closesAt: 'tomorrow' }, 'input.closesAt');
    await invalid({ closesAt: '2027-03-28T03:30' }, 'input.closesAt'); // the missing DST hour
    expect(
      (await rowsOf(eventId)).filter((r) => r.status === RegistrationStatus.REGISTERED),
    ).toHaveLength(2);

    // A host may; raising by two promotes both waitlisted, in arrival order, mailed.
    const host = await createExpert(testApp.dataSource);
    const hosted = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      hostIds: [host.user.id],
    });
    await setEventRegistration(testApp, host, hosted, 3, '2027-09-14T09:00');
    const raised = await graphqlOk<{
      setEventRegistration: { capacity: number; registeredCount: number; waitlistedCount: number };
    }>(
      testApp,
      SET_EVENT_REGISTRATION,
      { input: { eventId, capacity: 4, closesAt: '2027-09-10T12:00' } },
      admin.headers,
    );
    expect(raised.setEventRegistration).toMatchObject({
      capacity: 4,
      registeredCount: 4,
      waitlistedCount: 0,
    });
    expect(await promotionMails(people.map((p) => p.user.email))).toBe(2);
    expect(await auditCount('event_registration.promoted', eventId)).toBe(2);
    const [configured] = await testApp.dataSource.query<Array<{ before: unknown; after: unknown }>>(
      `SELECT before, after FROM audit_entries WHERE action = 'event_registration.configured' AND entity_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [eventId],
    );
    expect(configured).toMatchObject({ before: { capacity: 2 }, after: { capacity: 4 } });
  });

  it('answers null for an event without registration and needs a session', async () => {
    const { academy, people } = await cohortWithEvent(1, 1);
    const plain = await scheduleEvent(testApp, admin, { academyId: academy.id });
    const answer = await graphqlOk<{ eventRegistration: unknown }>(
      testApp,
      REGISTRATION,
      { eventId: plain },
      people[0].headers,
    );
    expect(answer.eventRegistration).toBeNull();
    expect(errorCode(await testApp.graphql(REGISTRATION, { eventId: plain }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
