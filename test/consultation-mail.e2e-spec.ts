import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { Locale } from '../src/common/i18n/locale.js';
import {
  createAcademy,
  createAdmin,
  createExpert,
  createOrganisation,
  createSignedInUser,
  insertDraftApplications,
  SPRING_2027,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { personalFeed } from './helpers/feeds.js';
import { attendeesByBothParsers, expectStrictCalendar } from './helpers/ical.js';
import { TestSmtpServer } from './helpers/smtp.js';
import { sharedDatabaseOf, startTestApp, type TestApp } from './helpers/test-app.js';

const PUBLISH =
  'mutation ($input: PublishConsultationSlotsInput!) { publishConsultationSlots(input: $input) { id startsAt endsAt } }';
const BOOK =
  'mutation ($input: BookConsultationInput!) { bookConsultation(input: $input) { id sequence } }';
const RESCHEDULE =
  'mutation ($input: RescheduleConsultationInput!) { rescheduleConsultation(input: $input) { id sequence slotId } }';
const CANCEL =
  'mutation ($input: CancelConsultationInput!) { cancelConsultation(input: $input) { id status sequence } }';

const START = new Date('2027-05-01T09:00:00Z');

interface Invite {
  method: string;
  uid: string;
  sequence: number;
  start: string;
  end: string;
  status: string;
  organizer: string;
  attendees: string[];
}

/** The calendar parts of a mail (inline text/calendar and any .ics attachment). */
const calendarParts = (mail: ParsedMail) =>
  mail.attachments.filter((attachment) =>
    /^(text\/calendar|application\/ics)/.test(attachment.contentType),
  );

/**
 * The mail's one text/calendar part, read by the strict checker (RFC 5545 and RFC 5546's
 * rules for its METHOD), ical.js and node-ical (they must agree).
 */
function inviteOf(mail: ParsedMail): Invite {
  const parts = calendarParts(mail);
  if (parts.length === 0) throw new Error(`no calendar part in "${mail.subject}"`);
  // One invitation per mail: no application/ics copy beside the inline part.
  expect(parts.map((part) => part.contentType)).toEqual(['text/calendar']);
  const text = parts[0].content.toString('utf8');
  const [event] = expectStrictCalendar(text).events;
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.start,
    end: event.end,
    status: event.status,
    organizer: String(vevent.getFirstPropertyValue('organizer')).toLowerCase(),
    attendees: vevent
      .getAllProperties('attendee')
      .map((attendee) => String(attendee.getFirstValue()).toLowerCase()),
  };
}

describe('consultation mail: invites, updates, cancellations and the 24 h reminder', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;
  let expert: SignedInUser;
  let admin: SignedInUser;
  let academy: AcademyEntity;

  beforeAll(async () => {
    await smtp.start();
    testApp = await startTestApp({ now: START, env: { SMTP_URL: smtp.url } });
    expert = await createExpert(testApp.dataSource, { locale: Locale.fi });
    admin = await createAdmin(testApp.dataSource);
    academy = await createAcademy(testApp.dataSource, {
      ...SPRING_2027,
    });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  async function applicant(): Promise<{ contact: SignedInUser; applicationId: string }> {
    const [{ user, applicationId }] = await insertDraftApplications(
      testApp.dataSource,
      academy.id,
      1,
    );
    return { contact: user, applicationId };
  }

  /** Books the slot for the applicant's application; answers the booking id. */
  async function bookFor(
    who: { contact: SignedInUser; applicationId: string },
    slotId: string,
  ): Promise<string> {
    const response = await testApp.graphql<{ bookConsultation: { id: string } }>(
      BOOK,
      { input: { slotId, applicationId: who.applicationId } },
      who.contact.headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.bookConsultation.id;
  }

  async function series(
    from: string,
    to: string,
    weekdays: string[],
    by: SignedInUser = expert,
  ): Promise<string[]> {
    const result = await graphqlOk<{ publishConsultationSlots: Array<{ id: string }> }>(
      testApp,
      PUBLISH,
      {
        input: {
          academyId: academy.id,
          mode: 'REMOTE',
          onlineUrl: 'https://meet.example.fi/akatemia',
          series: {
            from,
            to,
            dailyStart: '09:00',
            dailyEnd: '12:00',
            slotMinutes: 45,
            bufferMinutes: 15,
            weekdays,
          },
        },
      },
      by.headers,
    );
    return result.publishConsultationSlots.map((slot) => slot.id);
  }

  it('publishes a series in the academy zone: weekdays, window, length and buffer', async () => {
    const result = await testApp.graphql<{
      publishConsultationSlots: Array<{ startsAt: string; endsAt: string }>;
    }>(
      PUBLISH,
      {
        input: {
          academyId: academy.id,
          mode: 'IN_PERSON',
          place: 'Pasilan virastotalo',
          series: {
            from: '2027-04-05',
            to: '2027-04-11',
            dailyStart: '09:00',
            dailyEnd: '12:00',
            slotMinutes: 45,
            bufferMinutes: 15,
            weekdays: ['MONDAY', 'WEDNESDAY'],
          },
        },
      },
      expert.headers,
    );
    expect(result.errors).toBeUndefined();
    // Helsinki is UTC+3 in April: 09:00, 10:00 and 11:00 local on Monday 5.4. and Wednesday 7.4.
    expect(
      result.data!.publishConsultationSlots.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    ).toEqual(
      ['2027-04-05', '2027-04-07'].flatMap((day) =>
        ['06', '07', '08'].map((hour) => ({
          startsAt: `${day}T${hour}:00:00.000Z`,
          endsAt: `${day}T${hour}:45:00.000Z`,
        })),
      ),
    );
  });

  it('refuses a bad series naming the field, and writes nothing on an overlap', async () => {
    // Its own series to collide with: Monday 12.4. 09:00–12:00.
    await series('2027-04-12', '2027-04-12', ['MONDAY']);
    const before = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM consultation_slots',
    );
    const attempt = async (input: Record<string, unknown>) =>
      (
        await testApp.graphql(
          PUBLISH,
          { input: { academyId: academy.id, mode: 'REMOTE', ...input } },
          expert.headers,
        )
      ).errors?.[0].extensions as
        { code: string; validationErrors?: Array<{ field: string; rule: string }> } | undefined;
    const window = { dailyStart: '09:00', dailyEnd: '12:00', slotMinutes: 45 };
    // Before the application window opens.
    expect(
      (await attempt({ series: { from: '2027-03-29', to: '2027-04-02', ...window } }))
        ?.validationErrors?.[0],
    ).toMatchObject({ field: 'input.series.from', rule: 'consultationPeriod' });
    // Both ways at once.
    expect(
      (
        await attempt({
          slots: [{ startsAt: '2027-04-20T09:00', endsAt: '2027-04-20T10:00' }],
          series: { from: '2027-04-20', to: '2027-04-20', ...window },
        })
      )?.validationErrors?.[0],
    ).toMatchObject({ field: 'input.slots', rule: 'exactlyOne' });
    // In person, but nowhere.
    expect(
      (
        await attempt({
          mode: 'IN_PERSON',
          series: { from: '2027-04-20', to: '2027-04-20', ...window },
        })
      )?.validationErrors?.[0],
    ).toMatchObject({ field: 'input.place', rule: 'isNotEmpty' });
    // A malformed clock time.
    expect(
      (
        await attempt({
          series: { from: '2027-04-20', to: '2027-04-20', ...window, dailyStart: '9' },
        })
      )?.validationErrors?.[0],
    ).toMatchObject({ field: 'input.series.dailyStart', rule: 'matches' });
    // Overlapping the series published above (Monday 12.4. 09:00–09:45): refused as a whole.
    expect(
      (
        await attempt({
          series: {
            from: '2027-04-12',
            to: '2027-04-13',
            dailyStart: '08:30',
            dailyEnd: '10:00',
            slotMinutes: 45,
          },
        })
      )?.code,
    ).toBe('SLOT_OVERLAP');
    const after = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM consultation_slots',
    );
    expect(after[0].count).toBe(before[0].count);
  });

  it('sends REQUEST on booking, the same UID with a higher SEQUENCE on reschedule, CANCEL on cancel', async () => {
    // An expert of its own: the mails counted below are all this test's.
    const expert = await createExpert(testApp.dataSource, { locale: Locale.fi });
    const [first, second] = await series('2027-05-10', '2027-05-10', ['MONDAY'], expert);
    const { contact, applicationId } = await applicant();
    const booked = await testApp.graphql<{ bookConsultation: { id: string } }>(
      BOOK,
      { input: { slotId: first, applicationId } },
      contact.headers,
    );
    expect(booked.errors).toBeUndefined();
    const bookingId = booked.data!.bookConsultation.id;
    await testApp.sendMail();

    const uid = `consultation-${bookingId}@akatemia`;
    const forContact = smtp.to(contact.user.email);
    const forExpert = smtp.to(expert.user.email);
    expect(forContact).toHaveLength(1);
    expect(forExpert).toHaveLength(1);
    expect(forContact[0].subject).toBe('Consultation booked for 10 May 2027, 09:00–09:45');
    // The expert reads Finnish.
    expect(forExpert[0].subject).toBe('Keskusteluaika varattu 10.5.2027 klo 9.00–9.45');
    // The time in the text names its zone (issue 11).
    expect(forContact[0].text).toContain('10 May 2027, 09:00–09:45 (Finnish time)');
    expect(forExpert[0].text).toContain('10.5.2027 klo 9.00–9.45 (Suomen aikaa)');
    // Each link opens the reader's own page: the application, or the expert's slots.
    expect(forContact[0].text).toContain('https://akatemia.test/academies/');
    expect(forExpert[0].text).toContain('https://akatemia.test/expert/slots');
    expect(forExpert[0].text).not.toContain('/application');
    // The expert organises it: a notice, no REQUEST of their own event (issue 11).
    expect(calendarParts(forExpert[0])).toEqual([]);
    expect(forExpert[0].text).not.toContain('Kalenterikutsu');
    expect(forContact[0].text).toContain('The calendar invitation is attached.');
    // Each is sent to their own page: the applicant to the application, the expert to their
    // slots (the application page is not theirs).
    const APPLICATION_PAGE = /https:\/\/akatemia\.test\/academies\/[a-z0-9-]+\/application/;
    expect(forContact[0].text).toMatch(APPLICATION_PAGE);
    expect(forContact[0].html).toMatch(APPLICATION_PAGE);
    expect(forExpert[0].text).toContain('https://akatemia.test/expert/slots');
    expect(forExpert[0].html).toContain('https://akatemia.test/expert/slots');
    expect(forExpert[0].text).not.toMatch(/\/application/);
    for (const mail of [forContact[0]]) {
      expect(inviteOf(mail)).toEqual({
        method: 'REQUEST',
        uid,
        sequence: 0,
        start: '2027-05-10T06:00:00.000Z',
        end: '2027-05-10T06:45:00.000Z',
        status: 'CONFIRMED',
        organizer: `mailto:${expert.user.email}`,
        attendees: [`mailto:${contact.user.email}`],
      });
    }

    const moved = await testApp.graphql<{ rescheduleConsultation: { id: string } }>(
      RESCHEDULE,
      { input: { bookingId, slotId: second } },
      contact.headers,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleConsultation).toMatchObject({ id: bookingId, sequence: 1 });
    await testApp.sendMail();
    const update = inviteOf(smtp.to(contact.user.email)[1]);
    expect(update).toMatchObject({
      method: 'REQUEST',
      uid,
      sequence: 1,
      start: '2027-05-10T07:00:00.000Z',
    });
    expect(smtp.to(expert.user.email)[1].subject).toMatch(/^Keskusteluaika siirretty/);
    expect(calendarParts(smtp.to(expert.user.email)[1])).toEqual([]);

    const cancelled = await testApp.graphql(
      CANCEL,
      { input: { bookingId, reason: 'Asiantuntija sairastui' } },
      admin.headers,
    );
    expect(cancelled.errors).toBeUndefined();
    await testApp.sendMail();
    const [contactCancel, expertCancel] = [
      smtp.to(contact.user.email)[2],
      smtp.to(expert.user.email)[2],
    ];
    expect(contactCancel.text).toContain('Reason: Asiantuntija sairastui');
    expect(expertCancel.subject).toMatch(/^Keskusteluaika peruttu/);
    expect(expertCancel.text).toContain('https://akatemia.test/expert/slots');
    expect(contactCancel.text).toMatch(APPLICATION_PAGE);
    expect(calendarParts(expertCancel)).toEqual([]);
    for (const mail of [contactCancel]) {
      expect(inviteOf(mail)).toMatchObject({
        method: 'CANCEL',
        uid,
        sequence: 2,
        status: 'CANCELLED',
        start: '2027-05-10T07:00:00.000Z',
      });
    }
  });

  it('sends the reminder once, 24 h before; it moves with a reschedule and never goes for a cancelled booking', async () => {
    // Wednesday 12.5.: 09:00, 10:00, 11:00 local (06, 07, 08 UTC).
    const [nine, ten, eleven] = await series('2027-05-12', '2027-05-12', ['WEDNESDAY']);
    const kept = await applicant();
    const moved = await applicant();
    const dropped = await applicant();
    await bookFor(kept, nine);
    const movedId = await bookFor(moved, ten);
    const droppedId = await bookFor(dropped, eleven);
    // `moved` goes from 10:00 on 12.5. to Thursday 13.5. 09:00; `dropped` is cancelled.
    const [thursday] = await series('2027-05-13', '2027-05-13', ['THURSDAY']);
    expect(
      (
        await testApp.graphql(
          RESCHEDULE,
          { input: { bookingId: movedId, slotId: thursday } },
          moved.contact.headers,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (await testApp.graphql(CANCEL, { input: { bookingId: droppedId } }, dropped.contact.headers))
        .errors,
    ).toBeUndefined();
    await testApp.sendMail();

    const reminders = (email: string) =>
      smtp.to(email).filter((mail) => mail.subject?.startsWith('Reminder'));
    const twoInstances = await startTestApp({
      database: sharedDatabaseOf(testApp),
      env: { SMTP_URL: smtp.url },
    });
    try {
      const at = async (instant: string) => {
        testApp.clock.set(new Date(instant));
        twoInstances.clock.set(new Date(instant));
        await Promise.all([testApp.sendMail(), twoInstances.sendMail()]);
      };
      await at('2027-05-11T05:59:00Z'); // a minute before 24 h ahead of 09:00 on 12.5.
      expect(reminders(kept.contact.user.email)).toHaveLength(0);
      await at('2027-05-11T06:00:00Z');
      expect(reminders(kept.contact.user.email)).toHaveLength(1);
      expect(reminders(kept.contact.user.email)[0].subject).toMatch(/12 May 2027/);
      await at('2027-05-11T07:30:00Z'); // past the old time's reminder for `moved`
      expect(reminders(moved.contact.user.email)).toHaveLength(0);
      await at('2027-05-12T06:00:00Z'); // 24 h before the new time
      await at('2027-05-12T12:00:00Z');
      expect(reminders(kept.contact.user.email)).toHaveLength(1);
      expect(reminders(moved.contact.user.email)).toHaveLength(1);
      expect(reminders(moved.contact.user.email)[0].subject).toMatch(/13 May 2027/);
      expect(reminders(dropped.contact.user.email)).toHaveLength(0);
      const [{ cancelled }] = await testApp.dataSource.query<Array<{ cancelled: number }>>(
        `SELECT count(*)::int AS cancelled FROM outbox_messages
         WHERE status = 'CANCELLED' AND (dedupe_key LIKE $1 OR dedupe_key LIKE $2)`,
        [`consultation-reminder:${movedId}:%`, `consultation-reminder:${droppedId}:%`],
      );
      // moved's old reminder and dropped's, each for the contact and the expert.
      expect(cancelled).toBe(4);
    } finally {
      testApp.clock.set(START);
      await twoInstances.stop();
    }
  });

  it('puts a booking in both people’s personal feeds, and takes it out when cancelled', async () => {
    const [slotId] = await series('2027-05-17', '2027-05-17', ['MONDAY']);
    const { contact, applicationId } = await applicant();
    const feedOf = async (person: SignedInUser) => (await personalFeed(testApp, person)).local;
    const contactFeed = await feedOf(contact);
    const expertFeed = await feedOf(expert);
    const before = await fetch(contactFeed);
    const etag = before.headers.get('etag')!;
    const bookingId = await bookFor({ contact, applicationId }, slotId);
    const uid = `consultation-${bookingId}@akatemia`;
    // The booking changes the feed: the old ETag no longer matches.
    const after = await fetch(contactFeed, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    for (const url of [contactFeed, expertFeed]) {
      const events = expectStrictCalendar(await (await fetch(url)).text()).events;
      expect(events.filter((event) => event.uid === uid)).toEqual([
        expect.objectContaining({ start: '2027-05-17T06:00:00.000Z', sequence: 0 }),
      ]);
    }
    // Another applicant's feed does not have it.
    const stranger = await applicant();
    const strangerEvents = expectStrictCalendar(
      await (await fetch(await feedOf(stranger.contact))).text(),
    ).events;
    expect(strangerEvents.some((event) => event.uid === uid)).toBe(false);
    await graphqlOk(testApp, CANCEL, { input: { bookingId } }, contact.headers);
    const gone = expectStrictCalendar(await (await fetch(contactFeed)).text()).events;
    expect(gone.some((event) => event.uid === uid)).toBe(false);
  });

  it('shows staff who booked; applicants see free slots only and never another organisation’s booking', async () => {
    const [taken, free] = await series('2027-05-18', '2027-05-18', ['TUESDAY']);
    const booker = await applicant();
    const other = await applicant();
    await bookFor(booker, taken);
    const QUERY = `query ($academyId: ID!) { consultationSlots(academyId: $academyId) {
      id expert { name email } booking { organisationName bookedBy { email } } } }`;
    type Slots = {
      consultationSlots: Array<{
        id: string;
        booking: { organisationName: string; bookedBy: { email: string } } | null;
      }>;
    };
    const staffView = await testApp.graphql<Slots>(
      QUERY,
      { academyId: academy.id },
      expert.headers,
    );
    expect(staffView.errors).toBeUndefined();
    const takenForStaff = staffView.data!.consultationSlots.find((slot) => slot.id === taken)!;
    expect(takenForStaff.booking?.bookedBy.email).toBe(booker.contact.user.email);
    expect(takenForStaff.booking?.organisationName).toMatch(/^Testikunta/);

    const applicantView = await testApp.graphql<Slots>(
      QUERY,
      { academyId: academy.id },
      other.contact.headers,
    );
    expect(applicantView.errors).toBeUndefined();
    const ids = applicantView.data!.consultationSlots.map((slot) => slot.id);
    expect(ids).toContain(free);
    expect(ids).not.toContain(taken);
    expect(applicantView.data!.consultationSlots.every((slot) => slot.booking === null)).toBe(true);
    expect(JSON.stringify(applicantView.data)).not.toContain(booker.contact.user.email);

    // The booker sees the consultation beside the application; notes stay with staff.
    const APPLICATION = `query ($id: ID!) { application(id: $id) {
      completeness { consultationBooked }
      consultation { slotId organisationName notes expert { email } } } }`;
    const own = await testApp.graphql<{
      application: {
        completeness: { consultationBooked: boolean };
        consultation: { slotId: string; notes: string | null; expert: { email: string } } | null;
      };
    }>(APPLICATION, { id: booker.applicationId }, booker.contact.headers);
    expect(own.errors).toBeUndefined();
    expect(own.data!.application.completeness.consultationBooked).toBe(true);
    expect(own.data!.application.consultation).toMatchObject({
      slotId: taken,
      notes: null,
      expert: { email: expert.user.email },
    });
    const otherOwn = await testApp.graphql<{ application: { consultation: unknown } }>(
      APPLICATION,
      { id: other.applicationId },
      other.contact.headers,
    );
    expect(otherOwn.data!.application.consultation).toBeNull();
    // Another organisation cannot reach it through the application either.
    const foreign = await testApp.graphql(
      APPLICATION,
      { id: booker.applicationId },
      other.contact.headers,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // An organisation without an application in the academy sees no slots at all.
    const outsider = await createSignedInUser(testApp.dataSource);
    await createOrganisation(testApp.dataSource, outsider.user);
    const refused = await testApp.graphql(QUERY, { academyId: academy.id }, outsider.headers);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(refused.data).toBeNull();
  });

  it('gives the slot back when the application is withdrawn, with a CANCEL to both people', async () => {
    const [slotId] = await series('2027-05-19', '2027-05-19', ['WEDNESDAY']);
    const leaving = await applicant();
    const next = await applicant();
    const bookingId = await bookFor(leaving, slotId);
    const withdrawn = await testApp.graphql(
      'mutation ($input: ApplicationIdInput!) { withdrawApplication(input: $input) { status } }',
      { input: { applicationId: leaving.applicationId } },
      leaving.contact.headers,
    );
    expect(withdrawn.errors).toBeUndefined();
    await testApp.sendMail();
    // Booking and cancellation went out in one worker run: find the CANCEL, not the second.
    const invites = smtp.to(leaving.contact.user.email).map(inviteOf);
    expect(invites.map((invite) => invite.method).sort()).toEqual(['CANCEL', 'REQUEST']);
    expect(invites.find((invite) => invite.method === 'CANCEL')).toMatchObject({
      method: 'CANCEL',
      uid: `consultation-${bookingId}@akatemia`,
      sequence: 1,
    });
    // The expert, the organiser, gets the notice without a CANCEL (issue 11).
    const expertCancel = smtp
      .to(expert.user.email)
      .filter((mail) => mail.subject === 'Keskusteluaika peruttu: 19.5.2027 klo 9.00–9.45');
    expect(expertCancel).toHaveLength(1);
    expect(calendarParts(expertCancel[0])).toEqual([]);
    const rebooked = await testApp.graphql(
      BOOK,
      { input: { slotId, applicationId: next.applicationId } },
      next.contact.headers,
    );
    expect(rebooked.errors).toBeUndefined();
  });

  it('never sends a reminder for a booking cancelled while another instance held the reminder', async () => {
    const [slotId] = await series('2027-05-20', '2027-05-20', ['THURSDAY']);
    const person = await applicant();
    const bookingId = await bookFor(person, slotId);
    await testApp.sendMail();
    // An instance claimed the reminders and died mid-send: SENDING with a lapsed lease,
    // which any worker would reclaim and send.
    const claimed = await testApp.dataSource.query<unknown[]>(
      `UPDATE outbox_messages SET status = 'SENDING', locked_until = $2, attempts = 1
       WHERE dedupe_key LIKE $1 RETURNING id`,
      [`consultation-reminder:${bookingId}:%`, new Date('2027-05-01T08:00:00Z')],
    );
    expect(claimed).toHaveLength(2);
    expect(
      (
        await testApp.graphql(
          CANCEL,
          { input: { bookingId, reason: 'Päällekkäinen kokous' } },
          expert.headers,
        )
      ).errors,
    ).toBeUndefined();
    testApp.clock.set(new Date('2027-05-19T12:00:00Z'));
    try {
      await testApp.sendMail();
      expect(
        smtp.to(person.contact.user.email).filter((mail) => mail.subject?.startsWith('Reminder')),
      ).toEqual([]);
    } finally {
      testApp.clock.set(START);
    }
  });

  it('sends an updated invite when the expert changes a booked slot’s link, and rewrites its reminder', async () => {
    const [slotId] = await series('2027-05-24', '2027-05-24', ['MONDAY']);
    const person = await applicant();
    const bookingId = await bookFor(person, slotId);
    await testApp.sendMail();
    const UPDATE =
      'mutation ($input: UpdateConsultationSlotInput!) { updateConsultationSlot(input: $input) { mode place onlineUrl } }';
    const colleague = await createExpert(testApp.dataSource);
    const foreign = await testApp.graphql(
      UPDATE,
      { input: { slotId, onlineUrl: 'https://evil.example/x' } },
      colleague.headers,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nowhere = await testApp.graphql(
      UPDATE,
      { input: { slotId, mode: 'IN_PERSON' } },
      expert.headers,
    );
    expect(nowhere.errors?.[0].extensions?.validationErrors).toEqual([
      expect.objectContaining({ field: 'input.place', rule: 'isNotEmpty' }),
    ]);
    const updated = await testApp.graphql(
      UPDATE,
      { input: { slotId, onlineUrl: 'https://meet.example.fi/uusi-linkki' } },
      expert.headers,
    );
    expect(updated.data).toEqual({
      updateConsultationSlot: {
        mode: 'REMOTE',
        place: null,
        onlineUrl: 'https://meet.example.fi/uusi-linkki',
      },
    });
    await testApp.sendMail();
    const [, mail] = smtp.to(person.contact.user.email);
    expect(mail.subject).toBe('Consultation details changed: 24 May 2027, 09:00–09:45');
    const invite = inviteOf(mail);
    expect(invite).toMatchObject({
      method: 'REQUEST',
      uid: `consultation-${bookingId}@akatemia`,
      sequence: 1,
      start: '2027-05-24T06:00:00.000Z',
    });
    const calendarText = mail.attachments
      .find((attachment) => attachment.contentType.startsWith('text/calendar'))!
      .content.toString('utf8')
      .replace(/\r\n /g, '');
    expect(calendarText).toContain('https://meet.example.fi/uusi-linkki');
    expect(calendarText).not.toContain('REFRESH-INTERVAL');
    // The reminder still to go now carries the new link; the old one is cancelled.
    const reminders = await testApp.dataSource.query<Array<{ status: string; text: string }>>(
      `SELECT status, text_body AS text FROM outbox_messages
       WHERE dedupe_key LIKE $1 AND to_address = $2 ORDER BY created_at`,
      [`consultation-reminder:${bookingId}:%`, person.contact.user.email],
    );
    expect(reminders.map((row) => row.status)).toEqual(['CANCELLED', 'PENDING']);
    expect(reminders[1].text).toContain('https://meet.example.fi/uusi-linkki');
    expect(reminders[0].text).not.toContain('uusi-linkki');

    // The same link again changes nothing and mails nobody.
    const again = await testApp.graphql(
      UPDATE,
      { input: { slotId, onlineUrl: 'https://meet.example.fi/uusi-linkki' } },
      expert.headers,
    );
    expect(again.errors).toBeUndefined();
    await testApp.sendMail();
    expect(smtp.to(person.contact.user.email)).toHaveLength(2);
    // Once the consultation has started, its slot is history.
    testApp.clock.set(new Date('2027-05-24T09:30:00+03:00'));
    try {
      const late = await testApp.graphql(
        UPDATE,
        { input: { slotId, onlineUrl: 'https://meet.example.fi/myohassa' } },
        expert.headers,
      );
      expect(late.errors?.[0].extensions?.code).toBe('SLOT_PAST');
    } finally {
      testApp.clock.set(START);
    }
  });

  it('keeps a display name that tries to inject ICS parameters one attendee, read by both parsers', async () => {
    const [slotId] = await series('2027-05-25', '2027-05-25', ['TUESDAY']);
    const mallory = await applicant();
    const evil = 'Mallory";ROLE=CHAIR;X-Y="1":mailto:evil@attacker.example';
    await graphqlOk(
      testApp,
      'mutation ($input: UpdateMeInput!) { updateMe(input: $input) { name } }',
      { input: { name: evil } },
      mallory.contact.headers,
    );
    await bookFor(mallory, slotId);
    await testApp.sendMail();
    const [mail] = smtp.to(mallory.contact.user.email);
    const invite = inviteOf(mail);
    expect(invite.attendees).toEqual([`mailto:${mallory.contact.user.email}`]);
    const text = calendarParts(mail)[0].content.toString('utf8');
    const { icalJs, nodeIcal } = attendeesByBothParsers(text);
    for (const attendees of [icalJs, nodeIcal]) {
      expect(attendees).toEqual([
        {
          address: expect.stringMatching(new RegExp(`^mailto:${mallory.contact.user.email}$`, 'i')),
          cn: 'Mallory ROLE=CHAIR X-Y=1:mailto:evil@attacker.example',
          role: 'REQ-PARTICIPANT',
        },
      ]);
    }
    expect(text).not.toMatch(/ROLE=CHAIR[;:]/);
  });

  it('names every message on the full domain of PUBLIC_URL', async () => {
    const [slotId] = await series('2027-05-26', '2027-05-26', ['WEDNESDAY']);
    const person = await applicant();
    await bookFor(person, slotId);
    await testApp.sendMail();
    const [mail] = smtp.to(person.contact.user.email);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@akatemia\.test>$/);
  });
});
