import { type AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  bookConsultation,
  cancelConsultation,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createExpert,
  grantDeadlineExtension,
  insertDraftApplications,
  publishSlots,
  SPRING_2027,
  submitApplication,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const BOOK =
  'mutation ($input: BookConsultationInput!) { bookConsultation(input: $input) { id status slotId } }';
const PUBLISH =
  'mutation ($input: PublishConsultationSlotsInput!) { publishConsultationSlots(input: $input) { id startsAt } }';

describe('consultation booking: the database refuses double booking', () => {
  let testApp: TestApp;
  let expert: SignedInUser;
  let academy: AcademyEntity;

  beforeAll(async () => {
    testApp = await startTestApp({
      now: new Date('2027-05-01T09:00:00Z'),
      // The races below prove the database's guard against double booking. Generous lock and
      // bulkhead waits keep a loaded machine's slowness from answering SERVICE_UNAVAILABLE
      // instead (that bound has its own spec: database-unavailable).
      env: {
        DATABASE_POOL_SIZE: '20',
        DATABASE_CONTENDED_LOCK_TIMEOUT_MS: '20000',
        DATABASE_POOL_WAIT_MS: '20000',
      },
    });
    expert = await createExpert(testApp.dataSource);
    academy = await createAcademy(testApp.dataSource, {
      ...SPRING_2027,
    });
  });
  afterAll(() => testApp.close());

  const applicants = (count: number, academyId = academy.id) =>
    insertDraftApplications(testApp.dataSource, academyId, count);

  const publish = (day: string, count: number): Promise<string[]> =>
    publishSlots(testApp, expert, academy.id, day, count);

  it('refuses an overlapping slot of the same expert with SLOT_OVERLAP, writing nothing', async () => {
    await publish('2027-05-10', 2);
    const before = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM consultation_slots',
    );
    const overlap = await testApp.graphql(
      PUBLISH,
      {
        input: {
          academyId: academy.id,
          mode: 'REMOTE',
          slots: [
            { startsAt: '2027-05-20T10:00', endsAt: '2027-05-20T10:30' },
            { startsAt: '2027-05-10T08:15', endsAt: '2027-05-10T08:45' },
          ],
        },
      },
      expert.headers,
    );
    expect(overlap.errors?.[0].extensions?.code).toBe('SLOT_OVERLAP');
    // Each bad single time is refused naming its field, and the good one beside it is not kept.
    const refusal = async (bad: { startsAt: string; endsAt: string }) => {
      const response = await testApp.graphql(
        PUBLISH,
        {
          input: {
            academyId: academy.id,
            mode: 'REMOTE',
            slots: [{ startsAt: '2027-05-21T12:00', endsAt: '2027-05-21T12:30' }, bad],
          },
        },
        expert.headers,
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return (response.errors?.[0].extensions?.validationErrors as Array<unknown>)[0];
    };
    expect(
      await refusal({ startsAt: '2027-03-01T10:00', endsAt: '2027-03-01T10:30' }),
    ).toMatchObject({ field: 'input.slots.1.startsAt', rule: 'consultationPeriod' });
    expect(
      await refusal({ startsAt: '2027-06-02T10:00', endsAt: '2027-06-02T10:30' }),
    ).toMatchObject({ field: 'input.slots.1.startsAt', rule: 'consultationPeriod' });
    expect(
      await refusal({ startsAt: '2027-05-21T10:00', endsAt: '2027-05-21T09:30' }),
    ).toMatchObject({ field: 'input.slots.1.endsAt', rule: 'endAfterStart' });
    expect(await refusal({ startsAt: '2027-05-21T10:00', endsAt: 'tomorrow' })).toMatchObject({
      field: 'input.slots.1.endsAt',
      rule: 'INVALID_DATE_TIME',
    });
    expect(
      await testApp.dataSource.query('SELECT count(*)::int AS count FROM consultation_slots'),
    ).toEqual(before);
  });

  it('50 organisations booking one slot at once: exactly one succeeds, 49 get SLOT_TAKEN', async () => {
    const [slotId] = await publish('2027-05-11', 1);
    const people = await applicants(50);
    const responses = await Promise.all(
      people.map(({ user, applicationId }) =>
        testApp.graphql(BOOK, { input: { slotId, applicationId } }, user.headers),
      ),
    );
    const codes = responses.map((response) =>
      response.errors ? String(response.errors[0].extensions?.code) : 'OK',
    );
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'SLOT_TAKEN')).toHaveLength(49);
  });

  it('200 bookings across 20 slots: no slot and no application with two active bookings', async () => {
    const slots = await publish('2027-05-12', 20);
    const people = await applicants(40);
    const attempts = Array.from({ length: 200 }, (_, index) => people[index % 40]).map(
      (person, index) =>
        testApp.graphql(
          BOOK,
          { input: { slotId: slots[(index * 7) % 20], applicationId: person.applicationId } },
          person.user.headers,
        ),
    );
    const responses = await Promise.all(attempts);
    const unexpected = responses.filter(
      (response) =>
        response.errors &&
        !['SLOT_TAKEN', 'ALREADY_BOOKED'].includes(String(response.errors[0].extensions?.code)),
    );
    expect(unexpected).toEqual([]);
    const doubled = await testApp.dataSource.query(
      `SELECT 'slot' AS kind, slot_id AS id FROM consultation_bookings WHERE status = 'ACTIVE' GROUP BY slot_id HAVING count(*) > 1
       UNION ALL SELECT 'application', application_id FROM consultation_bookings WHERE status = 'ACTIVE' GROUP BY application_id HAVING count(*) > 1`,
    );
    expect(doubled).toEqual([]);
    const active = await testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM consultation_bookings b JOIN consultation_slots s ON s.id = b.slot_id WHERE b.status = 'ACTIVE' AND s.starts_at::date = '2027-05-12'",
    );
    expect(active[0].count).toBe(20);
  });

  it('returns the same booking for a double click, and reschedules atomically under contention', async () => {
    const [first, second] = await publish('2027-05-13', 2);
    const [person, rival] = await applicants(2);
    const [a, b] = await Promise.all(
      [0, 1].map(() =>
        testApp.graphql<{ bookConsultation: { id: string } }>(
          BOOK,
          { input: { slotId: first, applicationId: person.applicationId } },
          person.user.headers,
        ),
      ),
    );
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.bookConsultation.id).toBe(b.data!.bookConsultation.id);
    // The rival takes the second slot first; moving there must fail and keep the first booking.
    expect(
      (
        await testApp.graphql(
          BOOK,
          { input: { slotId: second, applicationId: rival.applicationId } },
          rival.user.headers,
        )
      ).errors,
    ).toBeUndefined();
    const move = await testApp.graphql(
      'mutation ($input: RescheduleConsultationInput!) { rescheduleConsultation(input: $input) { id } }',
      { input: { bookingId: a.data!.bookConsultation.id, slotId: second } },
      person.user.headers,
    );
    expect(move.errors?.[0].extensions?.code).toBe('SLOT_TAKEN');
    const still = await testApp.dataSource.query<Array<{ slot_id: string }>>(
      "SELECT slot_id FROM consultation_bookings WHERE application_id = $1 AND status = 'ACTIVE'",
      [person.applicationId],
    );
    expect(still).toEqual([{ slot_id: first }]);
  });

  it('refuses booking after the deadline and for another organisation’s application', async () => {
    const [slotId] = await publish('2027-05-14', 1);
    const [person, other] = await applicants(2);
    const foreign = await testApp.graphql(
      BOOK,
      { input: { slotId, applicationId: other.applicationId } },
      person.user.headers,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    testApp.clock.set(new Date('2027-06-01T00:00:00+03:00'));
    try {
      const late = await testApp.graphql(
        BOOK,
        { input: { slotId, applicationId: person.applicationId } },
        person.user.headers,
      );
      expect(late.errors?.[0].extensions?.code).toBe('DEADLINE_PASSED');
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
    }
    expect(
      await testApp.dataSource.query('SELECT 1 FROM consultation_bookings WHERE slot_id = $1', [
        slotId,
      ]),
    ).toEqual([]);
  });

  it('makes a submitted application complete when booked, and cancels its pending reminders', async () => {
    const [slotId] = await publish('2027-05-15', 1);
    const { contact: user, applicationId } = await createDraftApplication(testApp, {
      academy,
      answers: {
        pilotProcurement: { title: 'Pilotti' },
        team: { responsiblePerson: { name: 'Vastuu', email: 'vastuu@example.fi' } },
      },
    });
    await submitApplication(testApp, { contact: user, applicationId });
    const pending = () =>
      testApp.dataSource.query<Array<{ count: number }>>(
        "SELECT count(*)::int AS count FROM outbox_messages WHERE dedupe_key LIKE $1 AND status = 'PENDING'",
        [`application-reminder:${applicationId}:%`],
      );
    expect((await pending())[0].count).toBe(2);
    await bookConsultation(testApp, user, slotId, applicationId);
    expect((await pending())[0].count).toBe(0);
    const read = await testApp.graphql<{ application: { completeness: Record<string, unknown> } }>(
      'query ($id: ID!) { application(id: $id) { completeness { submitted consultationBooked complete missing } } }',
      { id: applicationId },
      user.headers,
    );
    expect(read.data!.application.completeness).toEqual({
      submitted: true,
      consultationBooked: true,
      complete: true,
      missing: [],
    });
  });

  it('resumes the application’s reminders when its consultation is cancelled, at the extended deadline', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const [first, second] = await publish('2027-05-30', 2);
    const submitted = await createDraftApplication(testApp, {
      academy,
      answers: {
        pilotProcurement: { title: 'Pilotti' },
        team: { responsiblePerson: { name: 'Vastuu', email: 'vastuu@example.fi' } },
      },
    });
    await submitApplication(testApp, submitted);
    // Until 7.6.2027 16:00 Helsinki: the resumed reminders must follow this, not 31.5.
    await grantDeadlineExtension(testApp, admin, submitted.applicationId, '2027-06-07T16:00');
    const draft = await createDraftApplication(testApp, { academy, answers: {} });
    const reminders = (applicationId: string) =>
      testApp.dataSource.query<Array<{ status: string; send_at: Date }>>(
        `SELECT status, available_at AS send_at FROM outbox_messages
         WHERE dedupe_key LIKE $1 ORDER BY available_at, status`,
        [`application-reminder:${applicationId}:%`],
      );
    const pendingAt = async (applicationId: string) =>
      (await reminders(applicationId))
        .filter((row) => row.status === 'PENDING')
        .map((row) => row.send_at.toISOString());
    const extended = ['2027-05-31T13:00:00.000Z', '2027-06-06T13:00:00.000Z'];
    expect(await pendingAt(submitted.applicationId)).toEqual(extended);

    const booking = await bookConsultation(
      testApp,
      submitted.contact,
      first,
      submitted.applicationId,
    );
    expect(await pendingAt(submitted.applicationId)).toEqual([]);
    await cancelConsultation(testApp, submitted.contact, booking);
    // Submitted but without a consultation: incomplete again, so the reminders come back.
    expect(await pendingAt(submitted.applicationId)).toEqual(extended);
    const completeness = await graphqlOk<{ application: { completeness: { complete: boolean } } }>(
      testApp,
      'query ($id: ID!) { application(id: $id) { completeness { complete } } }',
      { id: submitted.applicationId },
      submitted.contact.headers,
    );
    expect(completeness.application.completeness.complete).toBe(false);

    // A draft's reminders never stopped for a booking; cancelling leaves them as they were.
    const draftBefore = await reminders(draft.applicationId);
    expect(draftBefore.filter((row) => row.status === 'PENDING')).toHaveLength(2);
    const draftBooking = await bookConsultation(
      testApp,
      draft.contact,
      second,
      draft.applicationId,
    );
    await cancelConsultation(testApp, draft.contact, draftBooking);
    expect(await reminders(draft.applicationId)).toEqual(draftBefore);
  });

  it('holds the applicant to the cut-off, asks staff for a reason, and shows notes only to staff', async () => {
    const [slotId] = await publish('2027-05-20', 1);
    const [person] = await applicants(1);
    const bookingId = await bookConsultation(testApp, person.user, slotId, person.applicationId);
    const cancel = (headers: Record<string, string>, reason?: string) =>
      testApp.graphql(
        'mutation ($input: CancelConsultationInput!) { cancelConsultation(input: $input) { status } }',
        { input: { bookingId, reason } },
        headers,
      );
    // The slot starts 2027-05-20 08:00 Helsinki; the 24 h cut-off passed at 2027-05-19 08:00.
    testApp.clock.set(new Date('2027-05-19T08:00:01+03:00'));
    try {
      const late = await cancel({ ...person.user.headers, 'accept-language': 'en' });
      expect(late.errors?.[0].extensions?.code).toBe('CHANGE_CUTOFF_PASSED');
      expect(late.errors?.[0].message).toMatch(/until 24 hours before it starts/);
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
    }
    const notes = await testApp.graphql(
      'mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }',
      { input: { bookingId, notes: 'Pilotti sopii hyvin; aikataulu tiukka.' } },
      expert.headers,
    );
    expect(notes.errors).toBeUndefined();
    const read = (headers: Record<string, string>) =>
      testApp.graphql<{ myConsultations: Array<{ id: string; notes: string | null }> }>(
        '{ myConsultations { id notes } }',
        undefined,
        headers,
      );
    expect(
      (await read(expert.headers)).data!.myConsultations.find((booking) => booking.id === bookingId)
        ?.notes,
    ).toBe('Pilotti sopii hyvin; aikataulu tiukka.');
    expect((await read(person.user.headers)).data!.myConsultations).toEqual([
      { id: bookingId, notes: null },
    ]);
    const applicantWrite = await testApp.graphql(
      'mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }',
      { input: { bookingId, notes: 'x' } },
      person.user.headers,
    );
    expect(applicantWrite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await cancel(expert.headers);
    expect(noReason.errors?.[0].extensions?.validationErrors).toEqual([
      expect.objectContaining({ field: 'input.reason' }),
    ]);
    expect((await cancel(expert.headers, 'Asiantuntija sairastui')).data).toEqual({
      cancelConsultation: { status: 'CANCELLED' },
    });
  });

  const RESCHEDULE =
    'mutation ($input: RescheduleConsultationInput!) { rescheduleConsultation(input: $input) { id slotId } }';
  const codeOf = errorCode;
  const count = (codes: string[], code: string) => codes.filter((each) => each === code).length;

  async function bookAll(
    people: Array<{ user: SignedInUser; applicationId: string }>,
    slots: string[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, person] of people.entries()) {
      const response = await testApp.graphql<{ bookConsultation: { id: string } }>(
        BOOK,
        { input: { slotId: slots[index], applicationId: person.applicationId } },
        person.user.headers,
      );
      expect(response.errors).toBeUndefined();
      ids.push(response.data!.bookConsultation.id);
    }
    return ids;
  }

  it('30 reschedules (applicants and an admin) into one slot at once: one moves, 29 get SLOT_TAKEN, nobody loses a booking', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const [target] = await publish('2027-05-22', 1);
    const origins = [...(await publish('2027-05-16', 20)), ...(await publish('2027-05-17', 10))];
    const people = await applicants(30);
    const bookings = await bookAll(people, origins);
    const responses = await Promise.all(
      people.map((person, index) =>
        testApp.graphql(
          RESCHEDULE,
          { input: { bookingId: bookings[index], slotId: target } },
          // Every third move is made by an admin on the organisation's behalf.
          index % 3 === 0 ? admin.headers : person.user.headers,
        ),
      ),
    );
    const codes = responses.map(codeOf);
    expect(count(codes, 'OK')).toBe(1);
    expect(count(codes, 'SLOT_TAKEN')).toBe(29);
    const rows = await testApp.dataSource.query<Array<{ slot_id: string }>>(
      `SELECT slot_id FROM consultation_bookings WHERE status = 'ACTIVE' AND application_id = ANY($1::uuid[])`,
      [people.map((person) => person.applicationId)],
    );
    // Still exactly one booking per application: 29 where they were, one on the target.
    expect(rows).toHaveLength(30);
    expect(rows.filter((row) => row.slot_id === target)).toHaveLength(1);
    expect(new Set(rows.map((row) => row.slot_id)).size).toBe(30);
  });

  it('admin bookings on an organisation’s behalf race applicants under the same guard', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const [slotId] = await publish('2027-05-18', 1);
    const people = await applicants(50);
    const responses = await Promise.all(
      people.map((person, index) =>
        testApp.graphql(
          BOOK,
          { input: { slotId, applicationId: person.applicationId } },
          index % 2 === 0 ? admin.headers : person.user.headers,
        ),
      ),
    );
    const codes = responses.map(codeOf);
    expect(count(codes, 'OK')).toBe(1);
    expect(count(codes, 'SLOT_TAKEN')).toBe(49);
    const [{ active }] = await testApp.dataSource.query<Array<{ active: number }>>(
      `SELECT count(*)::int AS active FROM consultation_bookings WHERE slot_id = $1 AND status = 'ACTIVE'`,
      [slotId],
    );
    expect(active).toBe(1);
  });

  it('an expert withdrawing slots while applicants book them: never a booking on a withdrawn slot', async () => {
    const slots = await publish('2027-05-19', 10);
    const people = await applicants(50);
    const withdraw = (slotId: string) =>
      testApp.graphql(
        'mutation ($input: SlotIdInput!) { withdrawConsultationSlot(input: $input) { status } }',
        { input: { slotId } },
        expert.headers,
      );
    const responses = await Promise.all(
      slots.flatMap((slotId, slotIndex) => [
        ...people
          .slice(slotIndex * 5, slotIndex * 5 + 5)
          .map((person) =>
            testApp.graphql(
              BOOK,
              { input: { slotId, applicationId: person.applicationId } },
              person.user.headers,
            ),
          ),
        withdraw(slotId),
      ]),
    );
    const codes = responses.map(codeOf);
    expect(codes.filter((code) => !['OK', 'SLOT_TAKEN', 'SLOT_WITHDRAWN'].includes(code))).toEqual(
      [],
    );
    const broken = await testApp.dataSource.query(
      `SELECT s.id FROM consultation_slots s JOIN consultation_bookings b ON b.slot_id = s.id
       WHERE s.status = 'WITHDRAWN' AND b.status = 'ACTIVE'`,
    );
    expect(broken).toEqual([]);
    // Every slot ended either withdrawn and empty or booked exactly once.
    const outcome = await testApp.dataSource.query<Array<{ status: string; active: number }>>(
      `SELECT s.status, (SELECT count(*)::int FROM consultation_bookings b WHERE b.slot_id = s.id AND b.status = 'ACTIVE') AS active
       FROM consultation_slots s WHERE s.id = ANY($1::uuid[])`,
      [slots],
    );
    expect(outcome).toHaveLength(slots.length);
    for (const row of outcome) expect(row.active).toBe(row.status === 'OPEN' ? 1 : 0);

    // Booking a withdrawn slot afterwards, or a slot of another academy, is refused by name.
    const [late] = await applicants(1);
    const [gone] = await publish('2027-05-29', 1);
    expect(codeOf(await withdraw(gone))).toBe('OK');
    const refused = await testApp.graphql(
      BOOK,
      { input: { slotId: gone, applicationId: late.applicationId } },
      late.user.headers,
    );
    expect(codeOf(refused)).toBe('SLOT_WITHDRAWN');
    const elsewhere = await createAcademy(testApp.dataSource, {
      ...SPRING_2027,
    });
    const foreignSlot = await graphqlOk<{ publishConsultationSlots: Array<{ id: string }> }>(
      testApp,
      PUBLISH,
      {
        input: {
          academyId: elsewhere.id,
          mode: 'REMOTE',
          slots: [{ startsAt: '2027-05-21T08:00', endsAt: '2027-05-21T08:30' }],
        },
      },
      expert.headers,
    );
    const wrongAcademy = await testApp.graphql(
      BOOK,
      {
        input: {
          slotId: foreignSlot.publishConsultationSlots[0].id,
          applicationId: late.applicationId,
        },
      },
      late.user.headers,
    );
    expect(codeOf(wrongAcademy)).toBe('NOT_FOUND');
    // A slot that has already started cannot be booked, even by its id.
    const [soon] = await publish('2027-05-24', 1);
    testApp.clock.set(new Date('2027-05-25T00:00:00+03:00'));
    try {
      const past = await testApp.graphql(
        BOOK,
        { input: { slotId: soon, applicationId: late.applicationId } },
        late.user.headers,
      );
      expect(codeOf(past)).toBe('SLOT_PAST');
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
    }
    const [{ written }] = await testApp.dataSource.query<Array<{ written: number }>>(
      'SELECT count(*)::int AS written FROM consultation_bookings WHERE application_id = $1',
      [late.applicationId],
    );
    expect(written).toBe(0);
  });

  it('lets only the slot’s own expert (or an admin) withdraw it, cancel its bookings or write notes', async () => {
    const colleague = await createExpert(testApp.dataSource);
    const [free, taken] = await publish('2027-05-25', 2);
    const [person] = await applicants(1);
    const bookingId = await bookConsultation(testApp, person.user, taken, person.applicationId);
    const attempts = await Promise.all([
      testApp.graphql(
        'mutation ($input: SlotIdInput!) { withdrawConsultationSlot(input: $input) { status } }',
        { input: { slotId: free } },
        colleague.headers,
      ),
      testApp.graphql(
        'mutation ($input: CancelConsultationInput!) { cancelConsultation(input: $input) { status } }',
        { input: { bookingId, reason: 'Ei minun' } },
        colleague.headers,
      ),
      testApp.graphql(
        'mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }',
        { input: { bookingId, notes: 'Väärän asiantuntijan muistiinpano' } },
        colleague.headers,
      ),
      testApp.graphql(RESCHEDULE, { input: { bookingId, slotId: free } }, colleague.headers),
    ]);
    expect(attempts.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const [state] = await testApp.dataSource.query<
      Array<{ slot_status: string; booking_status: string; slot_id: string; notes: string | null }>
    >(
      `SELECT (SELECT status FROM consultation_slots WHERE id = $1) AS slot_status,
              b.status AS booking_status, b.slot_id, b.notes
       FROM consultation_bookings b WHERE b.id = $2`,
      [free, bookingId],
    );
    expect(state).toEqual({
      slot_status: 'OPEN',
      booking_status: 'ACTIVE',
      slot_id: taken,
      notes: null,
    });
    // The slot's own expert may.
    const own = await testApp.graphql(
      'mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }',
      { input: { bookingId, notes: 'Hyvä keskustelu' } },
      expert.headers,
    );
    expect(own.errors).toBeUndefined();
  });

  it('uses the consultation-booking deadline (not the application deadline), moved by an extension', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const early = await createAcademy(testApp.dataSource, {
      ...SPRING_2027,
      consultationBookingDeadline: new Date('2027-05-24T23:59:59.999+03:00'),
    });
    const slots = await graphqlOk<{ publishConsultationSlots: Array<{ id: string }> }>(
      testApp,
      PUBLISH,
      {
        input: {
          academyId: early.id,
          mode: 'REMOTE',
          slots: [
            { startsAt: '2027-05-24T14:00', endsAt: '2027-05-24T14:30' },
            { startsAt: '2027-05-24T15:00', endsAt: '2027-05-24T15:30' },
          ],
        },
      },
      expert.headers,
    );
    const [first, second] = slots.publishConsultationSlots.map((slot) => slot.id);
    const [late, extended] = await applicants(2, early.id);
    const granted = await testApp.graphql(
      'mutation ($input: GrantDeadlineExtensionInput!) { grantDeadlineExtension(input: $input) { until } }',
      {
        input: {
          applicationId: extended.applicationId,
          until: '2027-06-02T16:00',
          reason: 'Sairaus',
        },
      },
      admin.headers,
    );
    expect(granted.errors).toBeUndefined();
    // Midnight 24./25.5.: the booking deadline has passed, the application deadline has not.
    testApp.clock.set(new Date('2027-05-25T00:00:00.000+03:00'));
    try {
      const refused = await testApp.graphql(
        BOOK,
        { input: { slotId: first, applicationId: late.applicationId } },
        { ...late.user.headers, 'accept-language': 'fi' },
      );
      expect(codeOf(refused)).toBe('DEADLINE_PASSED');
      expect(refused.errors?.[0].message).toBe(
        'Keskusteluaikojen varaus päättyi 24.5.2027 klo 23.59.',
      );
      expect(refused.errors?.[0].extensions?.deadline).toBe('2027-05-24T20:59:59.999Z');
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
    }
    // Before the slots start, with the extension, the other organisation still books.
    testApp.clock.set(new Date('2027-05-24T12:00:00+03:00'));
    try {
      const booked = await testApp.graphql(
        BOOK,
        { input: { slotId: second, applicationId: extended.applicationId } },
        extended.user.headers,
      );
      expect(booked.errors).toBeUndefined();
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
    }
  });

  it('holds an applicant’s reschedule to the cut-off; the slot’s expert may still move it', async () => {
    const [from, to] = await publish('2027-05-26', 2);
    const [person] = await applicants(1);
    const bookingId = await bookConsultation(testApp, person.user, from, person.applicationId);
    // 08:00 on 26.5. Helsinki; 24 h before is 25.5. 08:00.
    testApp.clock.set(new Date('2027-05-25T08:00:01+03:00'));
    try {
      const late = await testApp.graphql(
        RESCHEDULE,
        { input: { bookingId, slotId: to } },
        person.user.headers,
      );
      expect(codeOf(late)).toBe('CHANGE_CUTOFF_PASSED');
      const byExpert = await testApp.graphql<{ rescheduleConsultation: { slotId: string } }>(
        RESCHEDULE,
        { input: { bookingId, slotId: to } },
        expert.headers,
      );
      expect(byExpert.data?.rescheduleConsultation.slotId).toBe(to);
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
    }
  });

  it('booking while the application is being withdrawn: never an active booking on a withdrawn application', async () => {
    const slots = await publish('2027-05-27', 20);
    const people = await applicants(20);
    const responses = await Promise.all(
      people.flatMap((person, index) => [
        testApp.graphql(
          BOOK,
          { input: { slotId: slots[index], applicationId: person.applicationId } },
          person.user.headers,
        ),
        testApp.graphql(
          'mutation ($input: ApplicationIdInput!) { withdrawApplication(input: $input) { status } }',
          { input: { applicationId: person.applicationId } },
          person.user.headers,
        ),
      ]),
    );
    expect(
      responses.map(codeOf).filter((code) => !['OK', 'APPLICATION_WITHDRAWN'].includes(code)),
    ).toEqual([]);
    const orphans = await testApp.dataSource.query(
      `SELECT b.id FROM consultation_bookings b JOIN applications a ON a.id = b.application_id
       WHERE a.status = 'WITHDRAWN' AND b.status = 'ACTIVE' AND a.id = ANY($1::uuid[])`,
      [people.map((person) => person.applicationId)],
    );
    expect(orphans).toEqual([]);
  });

  it('overlapping publishes of one expert at once: one wins, the rest get SLOT_OVERLAP, none fails otherwise', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        testApp.graphql(
          PUBLISH,
          {
            input: {
              academyId: academy.id,
              mode: 'REMOTE',
              // Half list the two times the other way round: opposite insertion orders
              // are what can deadlock two exclusion checks.
              slots: [
                { startsAt: `2027-05-28T${10 + (index % 3)}:00`, endsAt: '2027-05-28T13:30' },
                { startsAt: '2027-05-28T09:00', endsAt: '2027-05-28T09:30' },
              ].sort(() => (index % 2 === 0 ? 0 : -1)),
            },
          },
          expert.headers,
        ),
      ),
    );
    const codes = responses.map(codeOf);
    expect(count(codes, 'OK')).toBe(1);
    expect(count(codes, 'SLOT_OVERLAP')).toBe(9);
  });
});
