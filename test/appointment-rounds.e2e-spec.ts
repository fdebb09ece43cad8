import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  addCohortParticipant,
  BOOK_APPOINTMENT,
  createAcademy,
  createAdmin,
  createExpert,
  createSignedInUser,
  insertCohortOrganisations,
  insertDraftApplications,
  openRound,
  publishSlots,
  UPDATE_ROUND,
  type SignedInUser,
} from './factories/index.js';
import { personalFeed } from './helpers/feeds.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { parseCalendar } from './helpers/ical.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const PUBLISH = `mutation ($input: PublishConsultationSlotsInput!) { publishConsultationSlots(input: $input) { id roundId } }`;
const RESCHEDULE = `mutation ($input: RescheduleConsultationInput!) { rescheduleConsultation(input: $input) { id slotId sequence } }`;
const CANCEL = `mutation ($input: CancelConsultationInput!) { cancelConsultation(input: $input) { id status } }`;

// The programme runs from November: the sparring round is open 1.11.2026–31.1.2027.
const NOW = new Date('2026-11-05T09:00:00Z');
const SPARRING_WINDOW = { opensAt: '2026-11-01T00:00', closesAt: '2027-01-31T23:59' };

describe('appointment rounds: one booking engine, three uses', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;
  let academy: AcademyEntity;
  let day = 0;

  beforeAll(async () => {
    testApp = await startTestApp({ now: NOW, env: { DATABASE_POOL_SIZE: '20' } });
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource, { name: 'Sanna Sparraaja' });
    academy = await createAcademy(testApp.dataSource, { status: AcademyStatus.RUNNING });
  });
  afterAll(() => testApp.close());

  const sparringRound = (input: Record<string, unknown> = {}, academyId = academy.id) =>
    openRound(testApp, admin, { academyId, purpose: 'SPARRING', ...SPARRING_WINDOW, ...input });

  /** `count` half-hour slots of the expert in the round, each test on a day of its own. */
  async function slotsIn(roundId: string, count: number, who = expert): Promise<string[]> {
    const date = new Date(Date.UTC(2026, 10, 10 + day++));
    const iso = date.toISOString().slice(0, 10);
    const slots = Array.from({ length: count }, (_, index) => ({
      startsAt: `${iso}T${String(9 + index).padStart(2, '0')}:00`,
      endsAt: `${iso}T${String(9 + index).padStart(2, '0')}:45`,
    }));
    const data = await graphqlOk<{
      publishConsultationSlots: Array<{ id: string; roundId: string }>;
    }>(
      testApp,
      PUBLISH,
      {
        input: {
          academyId: academy.id,
          roundId,
          mode: 'REMOTE',
          onlineUrl: 'https://meet.example/s',
          slots,
        },
      },
      who.headers,
    );
    expect(data.publishConsultationSlots.every((slot) => slot.roundId === roundId)).toBe(true);
    return data.publishConsultationSlots.map((slot) => slot.id);
  }

  const book = (who: SignedInUser, slotId: string, organisationId: string) =>
    testApp.graphql<{
      bookAppointment: {
        id: string;
        seat: number;
        purpose: string;
        roundId: string;
        bookedBy: { id: string };
      };
    }>(BOOK_APPOINTMENT, { input: { slotId, organisationId } }, who.headers);

  const bookingsOf = async (applicationId: string): Promise<number> => {
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM consultation_bookings WHERE application_id = $1',
      [applicationId],
    );
    return count;
  };

  it('the programme manager opens a SPARRING round; others are refused, and bad settings name the field', async () => {
    const data = await graphqlOk<{ openAppointmentRound: Record<string, unknown> }>(
      testApp,
      `mutation ($input: OpenAppointmentRoundInput!) { openAppointmentRound(input: $input) {
        purpose audience bookingsPerOrganisation isOpen titleFi opensAt { instant } closesAt { instant } } }`,
      {
        input: {
          academyId: academy.id,
          purpose: 'SPARRING',
          titleFi: 'Sparraus',
          ...SPARRING_WINDOW,
        },
      },
      admin.headers,
    );
    expect(data.openAppointmentRound).toEqual({
      purpose: 'SPARRING',
      audience: 'COHORT',
      bookingsPerOrganisation: 1,
      isOpen: true,
      titleFi: 'Sparraus',
      opensAt: { instant: '2026-10-31T22:00:00.000Z' },
      closesAt: { instant: '2027-01-31T21:59:00.000Z' },
    });
    const input = { academyId: academy.id, purpose: 'SPARRING' };
    for (const who of [expert, await createSignedInUser(testApp.dataSource)]) {
      expect(
        errorCode(
          await testApp.graphql(
            `mutation ($input: OpenAppointmentRoundInput!) { openAppointmentRound(input: $input) { id } }`,
            { input },
            who.headers,
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    const refused = async (extra: Record<string, unknown>) => {
      const response = await testApp.graphql(
        `mutation ($input: OpenAppointmentRoundInput!) { openAppointmentRound(input: $input) { id } }`,
        { input: { ...input, ...extra } },
        admin.headers,
      );
      return [
        errorCode(response),
        (
          response.errors?.[0].extensions?.validationErrors as Array<{ field: string }> | undefined
        )?.[0]?.field,
      ];
    };
    expect(await refused({ opensAt: '2027-01-31T00:00', closesAt: '2026-11-01T00:00' })).toEqual([
      'BAD_USER_INPUT',
      'input.closesAt',
    ]);
    expect(await refused({ bookingsPerOrganisation: 11 })).toEqual([
      'BAD_USER_INPUT',
      'input.bookingsPerOrganisation',
    ]);
    expect(await refused({ bookingsPerOrganisation: 0 })).toEqual([
      'BAD_USER_INPUT',
      'input.bookingsPerOrganisation',
    ]);
    // One CONSULTATION round per academy: made on demand by the first consultation publish.
    await publishSlots(testApp, expert, academy.id, '2026-05-20');
    expect(await refused({ purpose: 'CONSULTATION' })).toEqual([
      'CONSULTATION_ROUND_EXISTS',
      undefined,
    ]);
    // Audience settable against the purpose's default.
    const followUp = await graphqlOk<{ openAppointmentRound: { audience: string } }>(
      testApp,
      `mutation ($input: OpenAppointmentRoundInput!) { openAppointmentRound(input: $input) { audience } }`,
      { input: { ...input, purpose: 'FOLLOW_UP' } },
      admin.headers,
    );
    expect(followUp.openAppointmentRound.audience).toBe('ALUMNI');
    const listed = await graphqlOk<{ appointmentRounds: Array<{ purpose: string }> }>(
      testApp,
      'query ($academyId: ID!) { appointmentRounds(academyId: $academyId) { purpose } }',
      { academyId: academy.id },
      (await createSignedInUser(testApp.dataSource)).headers,
    );
    expect(listed.appointmentRounds.map((round) => round.purpose)).toEqual(
      expect.arrayContaining(['SPARRING', 'CONSULTATION', 'FOLLOW_UP']),
    );
  });

  it('a cohort organisation books one session; twice is ALREADY_BOOKED and a non-cohort organisation NOT_IN_ROUND_AUDIENCE, nothing written', async () => {
    const roundId = await sparringRound();
    const [first, second] = await slotsIn(roundId, 2);
    const [member] = await insertCohortOrganisations(testApp.dataSource, academy, 1);
    const booked = await book(member.user, first, member.organisation.id);
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookAppointment).toMatchObject({ purpose: 'SPARRING', roundId, seat: 1 });
    expect(errorCode(await book(member.user, second, member.organisation.id))).toBe(
      'ALREADY_BOOKED',
    );
    expect(await bookingsOf(member.applicationId)).toBe(1);
    // An applicant outside the cohort.
    const [outsider] = await insertDraftApplications(testApp.dataSource, academy.id, 1);
    expect(errorCode(await book(outsider.user, second, outsider.organisation.id))).toBe(
      'NOT_IN_ROUND_AUDIENCE',
    );
    expect(await bookingsOf(outsider.applicationId)).toBe(0);
    // Someone who is not of the organisation cannot book for it.
    expect(errorCode(await book(outsider.user, second, member.organisation.id))).toBe('NOT_FOUND');
    // A cohort organisation in an ALUMNI round of a running academy is not in its audience.
    const alumniRound = await openRound(testApp, admin, {
      academyId: academy.id,
      purpose: 'FOLLOW_UP',
    });
    const [alumniSlot] = await slotsIn(alumniRound, 1);
    expect(errorCode(await book(member.user, alumniSlot, member.organisation.id))).toBe(
      'NOT_IN_ROUND_AUDIENCE',
    );
    expect(await bookingsOf(member.applicationId)).toBe(1);
  });

  it('with two bookings per organisation the second is accepted (seat 2) and a third refused', async () => {
    const roundId = await sparringRound();
    const slots = await slotsIn(roundId, 3);
    const [member] = await insertCohortOrganisations(testApp.dataSource, academy, 1);
    expect(
      (await book(member.user, slots[0], member.organisation.id)).data?.bookAppointment.seat,
    ).toBe(1);
    expect(errorCode(await book(member.user, slots[1], member.organisation.id))).toBe(
      'ALREADY_BOOKED',
    );
    await graphqlOk(
      testApp,
      UPDATE_ROUND,
      { input: { roundId, bookingsPerOrganisation: 2 } },
      admin.headers,
    );
    expect(
      (await book(member.user, slots[1], member.organisation.id)).data?.bookAppointment.seat,
    ).toBe(2);
    expect(errorCode(await book(member.user, slots[2], member.organisation.id))).toBe(
      'ALREADY_BOOKED',
    );
    expect(await bookingsOf(member.applicationId)).toBe(2);
    // A cancelled seat is free again.
    const [{ id: firstBooking }] = await testApp.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM consultation_bookings WHERE slot_id = $1',
      [slots[0]],
    );
    await graphqlOk(testApp, CANCEL, { input: { bookingId: firstBooking } }, member.user.headers);
    expect(
      (await book(member.user, slots[2], member.organisation.id)).data?.bookAppointment.seat,
    ).toBe(1);
  });

  it('outside the window booking is ROUND_CLOSED, nothing written; admins are not bound by it', async () => {
    const roundId = await sparringRound({
      opensAt: '2026-12-01T00:00',
      closesAt: '2027-01-31T23:59',
    });
    const [slotId] = await slotsIn(roundId, 1);
    const [member] = await insertCohortOrganisations(testApp.dataSource, academy, 1);
    const refused = await book(member.user, slotId, member.organisation.id);
    expect(errorCode(refused)).toBe('ROUND_CLOSED');
    expect(refused.errors?.[0].extensions).toMatchObject({
      opensAt: '2026-11-30T22:00:00.000Z',
      closesAt: '2027-01-31T21:59:00.000Z',
    });
    expect(await bookingsOf(member.applicationId)).toBe(0);
    const closed = await sparringRound({
      opensAt: '2026-10-01T00:00',
      closesAt: '2026-11-01T00:00',
    });
    const [closedSlot] = await slotsIn(closed, 1);
    expect(errorCode(await book(member.user, closedSlot, member.organisation.id))).toBe(
      'ROUND_CLOSED',
    );
    expect(await bookingsOf(member.applicationId)).toBe(0);
    expect((await book(admin, slotId, member.organisation.id)).errors).toBeUndefined();
  });

  it('50 cohort organisations racing for one sparring slot: exactly 1 winner, 49 SLOT_TAKEN, one ACTIVE row', async () => {
    const roundId = await sparringRound();
    const [slotId] = await slotsIn(roundId, 1);
    const racers = await insertCohortOrganisations(testApp.dataSource, academy, 50);
    const responses = await Promise.all(
      racers.map(({ user, organisation }) => book(user, slotId, organisation.id)),
    );
    const codes = responses.map((response) => (response.errors ? errorCode(response) : 'OK'));
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'SLOT_TAKEN')).toHaveLength(49);
    const [{ active }] = await testApp.dataSource.query<Array<{ active: number }>>(
      `SELECT count(*)::int AS active FROM consultation_bookings WHERE slot_id = $1 AND status = 'ACTIVE'`,
      [slotId],
    );
    expect(active).toBe(1);
  });

  it('the expert schedules a session for an organisation directly; it shows in both feeds and the team’s, with invites and reminders', async () => {
    const roundId = await sparringRound();
    // An expert of their own, so the outbox holds only this test's mail for them.
    const expert = await createExpert(testApp.dataSource, { name: 'Eero Sparraaja' });
    const [slotId, otherSlot] = await slotsIn(roundId, 2, expert);
    const [member] = await insertCohortOrganisations(testApp.dataSource, academy, 1);
    // Another expert may not book someone else's slot for the organisation.
    const stranger = await createExpert(testApp.dataSource);
    expect(errorCode(await book(stranger, slotId, member.organisation.id))).toBe('NOT_FOUND');
    const scheduled = await book(expert, slotId, member.organisation.id);
    expect(scheduled.errors).toBeUndefined();
    const booking = scheduled.data!.bookAppointment;
    expect(booking.bookedBy.id).toBe(expert.user.id);
    // A team participant with an account (not a member of the organisation), and one who left.
    const participant = await createSignedInUser(testApp.dataSource, { locale: 'en' as never });
    await addCohortParticipant(testApp.dataSource, academy, member.organisation, {
      email: participant.user.email,
      userId: participant.user.id,
    });
    const leaver = await createSignedInUser(testApp.dataSource);
    const left = await addCohortParticipant(testApp.dataSource, academy, member.organisation, {
      email: leaver.user.email,
    });
    await testApp.dataSource.query('UPDATE cohort_participants SET left_at = now() WHERE id = $1', [
      left.id,
    ]);
    const feedOf = async (person: SignedInUser) =>
      parseCalendar(await (await fetch((await personalFeed(testApp, person)).local)).text()).events;
    const uid = `consultation-${booking.id}@akatemia`;
    for (const person of [expert, member.user, participant]) {
      const event = (await feedOf(person)).find((item) => item.uid === uid);
      expect(event?.summary).toMatch(/^Sparring session: /);
    }
    expect((await feedOf(leaver)).some((item) => item.uid === uid)).toBe(false);
    // Invites (REQUEST, the booking's UID) to the organisation, the notice to the expert, and
    // the reminders 24 h before, through the outbox.
    const mails = await testApp.dataSource.query<
      Array<{
        type: string;
        to_address: string;
        subject: string;
        status: string;
        attachments: Array<{ content: string }>;
      }>
    >(
      `SELECT type, to_address, subject, status, attachments FROM outbox_messages
       WHERE to_address = ANY($1) ORDER BY type, to_address`,
      [[member.user.user.email, expert.user.email]],
    );
    const booked = mails.filter((mail) => mail.type === 'CONSULTATION_BOOKED');
    expect(booked.map((mail) => mail.to_address).sort()).toEqual(
      [member.user.user.email, expert.user.email].sort(),
    );
    const invite = booked.find((mail) => mail.to_address === member.user.user.email)!;
    expect(invite.subject).toMatch(/^Sparring session booked/);
    expect(invite.attachments[0].content).toContain(`UID:${uid}`);
    expect(invite.attachments[0].content).toContain('METHOD:REQUEST');
    const reminders = mails.filter((mail) => mail.type === 'CONSULTATION_REMINDER');
    expect(reminders.map((mail) => mail.status)).toEqual(['PENDING', 'PENDING']);
    expect(reminders[0].subject).toMatch(/^Reminder: sparring session tomorrow/);
    // The organisation moves it within the round; a slot of another round is refused.
    const moved = await graphqlOk<{ rescheduleConsultation: { sequence: number } }>(
      testApp,
      RESCHEDULE,
      { input: { bookingId: booking.id, slotId: otherSlot } },
      member.user.headers,
    );
    expect(moved.rescheduleConsultation.sequence).toBe(1);
    const [elsewhere] = await slotsIn(await sparringRound(), 1, expert);
    expect(
      errorCode(
        await testApp.graphql(
          RESCHEDULE,
          { input: { bookingId: booking.id, slotId: elsewhere } },
          member.user.headers,
        ),
      ),
    ).toBe('SLOT_IN_OTHER_ROUND');
  });

  it('an organisation sees its own bookings and the free slots of a round, never another’s booking', async () => {
    const roundId = await sparringRound();
    const [taken, free] = await slotsIn(roundId, 2);
    const [mine, theirs] = await insertCohortOrganisations(testApp.dataSource, academy, 2);
    await graphqlOk(
      testApp,
      BOOK_APPOINTMENT,
      { input: { slotId: taken, organisationId: theirs.organisation.id } },
      theirs.user.headers,
    );
    const ROUND = `query ($academyId: ID!, $organisationId: ID!) { appointmentRounds(academyId: $academyId) {
      id slots(onlyFree: false) { id booking { id } } bookings(organisationId: $organisationId) { id } } }`;
    const view = async (who: SignedInUser, organisationId: string) =>
      testApp.graphql<{
        appointmentRounds: Array<{
          id: string;
          slots: Array<{ id: string; booking: unknown }>;
          bookings: Array<{ id: string }>;
        }>;
      }>(ROUND, { academyId: academy.id, organisationId }, who.headers);
    const own = await view(mine.user, mine.organisation.id);
    expect(own.errors).toBeUndefined();
    const round = own.data!.appointmentRounds.find((item) => item.id === roundId)!;
    // Only the free slot, and no booking details.
    expect(round.slots).toEqual([{ id: free, booking: null }]);
    expect(round.bookings).toEqual([]);
    expect(errorCode(await view(mine.user, theirs.organisation.id))).toBe('NOT_FOUND');
    // Staff see every slot and who booked.
    const staff = await view(expert, theirs.organisation.id);
    const staffRound = staff.data!.appointmentRounds.find((item) => item.id === roundId)!;
    expect(staffRound.slots.map((slot) => [slot.id, slot.booking !== null])).toEqual([
      [taken, true],
      [free, false],
    ]);
    expect(staffRound.bookings).toHaveLength(1);
    // Today's consultationSlots lists consultation slots only, unless given the round.
    const listed = await graphqlOk<{ consultationSlots: Array<{ id: string }> }>(
      testApp,
      'query ($academyId: ID!, $roundId: ID) { consultationSlots(academyId: $academyId, roundId: $roundId) { id } }',
      { academyId: academy.id },
      expert.headers,
    );
    expect(listed.consultationSlots.map((slot) => slot.id)).not.toContain(free);
    const inRound = await graphqlOk<{ consultationSlots: Array<{ id: string }> }>(
      testApp,
      'query ($academyId: ID!, $roundId: ID) { consultationSlots(academyId: $academyId, roundId: $roundId) { id } }',
      { academyId: academy.id, roundId },
      expert.headers,
    );
    expect(inRound.consultationSlots.map((slot) => slot.id)).toEqual([taken, free]);
  });
});
