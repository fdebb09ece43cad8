import { Locale } from '../src/common/i18n/locale.js';
import { type AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { CohortParticipantRole } from '../src/modules/cohort/cohort.enums.js';
import { CohortParticipantEntity } from '../src/modules/cohort/entities/cohort-participant.entity.js';
import type { OrganisationEntity } from '../src/modules/organisations/entities/organisation.entity.js';
import {
  addCohortMember,
  addCohortParticipant,
  addMember,
  bookConsultation,
  cancelConsultation,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createExpert,
  createSignedInUser,
  publishSlots,
  SPRING_2027,
  type SignedInUser,
} from './factories/index.js';
import { CohortEvents } from '../src/modules/cohort/cohort-events.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { countQueries } from './helpers/query-count.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SAVE_SUMMARY = `mutation ($input: SaveAppointmentSummaryInput!) { saveAppointmentSummary(input: $input) { bookingId summary recordedById } }`;
const ADD_ACTION = `mutation ($input: AddAgreedActionInput!) { addAgreedAction(input: $input) { id bookingId title dueDate sessionStartsAt owner { participantId name hasLeft } } }`;
const UPDATE_ACTION = `mutation ($input: UpdateAgreedActionInput!) { updateAgreedAction(input: $input) { id title dueDate owner { participantId name } } }`;
const REMOVE_ACTION = `mutation ($id: ID!) { removeAgreedAction(id: $id) { id title } }`;
const OUTCOME = `query ($bookingId: ID!) { appointmentOutcome(bookingId: $bookingId) { bookingId organisationName sessionHeld canEdit summary { summary } agreedActions { id title dueDate owner { name } } team { participantId name } } }`;
const ORGANISATION_ACTIONS = `query ($academyId: ID!, $organisationId: ID!) { agreedActions(academyId: $academyId, organisationId: $organisationId) { id title dueDate bookingId sessionStartsAt owner { participantId name hasLeft } } }`;
const PILOT_TASKS = `query ($academyId: ID!, $organisationId: ID!) { pilot(academyId: $academyId, organisationId: $organisationId) { id tasks { id title dueDate doneAt agreedActionId owner { participantId name } } } }`;
const COMPLETE_TASK = `mutation ($input: TaskIdInput!) { completeTrackedActionTask(input: $input) { id } }`;
const MY_CONSULTATIONS = `{ myConsultations { id notes summary { summary } agreedActions { title dueDate owner { name } } } }`;

/** Before the slots' day (booking is open), and after the session started. */
const BEFORE = new Date('2027-05-01T09:00:00Z');
const AFTER = new Date('2027-05-20T12:00:00+03:00');

interface HeldSession {
  academy: AcademyEntity;
  organisation: OrganisationEntity;
  contact: SignedInUser;
  expert: SignedInUser;
  bookingId: string;
  /** The contact, the responsible person (account, fi). */
  responsible: CohortParticipantEntity;
  /** A team participant with an account who is not a member of the organisation (sv). */
  teamUser: SignedInUser;
  teamPerson: CohortParticipantEntity;
  /** On the team without an account: mailed in Finnish. */
  noAccount: CohortParticipantEntity;
  /** Left the team before the summary. */
  leaver: CohortParticipantEntity;
}

describe('Sparring outcomes: the summary and agreed actions of a held appointment', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: BEFORE });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  /**
   * A cohort organisation's booking with an expert, on 20.5.2027 at 08:00 (Helsinki), and its
   * team; the clock is left at `when` (after the session by default).
   */
  async function heldSession(when: Date = AFTER): Promise<HeldSession> {
    testApp.clock.set(BEFORE);
    const academy = await createAcademy(testApp.dataSource, { ...SPRING_2027 });
    const expert = await createExpert(testApp.dataSource);
    const applicant = await createDraftApplication(testApp, { academy });
    const [slotId] = await publishSlots(testApp, expert, academy.id, '2027-05-20');
    const bookingId = await bookConsultation(
      testApp,
      applicant.contact,
      slotId,
      applicant.applicationId,
    );
    const { organisation, contact } = applicant;
    await addCohortMember(testApp.dataSource, academy, organisation);
    const responsible = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name: 'Vastuu Henkilö',
      email: contact.user.email,
      role: CohortParticipantRole.RESPONSIBLE,
      userId: contact.user.id,
    });
    const teamUser = await createSignedInUser(testApp.dataSource, { locale: Locale.sv });
    const teamPerson = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name: 'Tiina Tiimi',
      email: teamUser.user.email,
      userId: teamUser.user.id,
    });
    const noAccount = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name: 'Ilkka Ilman Tiliä',
      email: `no-account-${bookingId}@example.fi`,
    });
    const leaver = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name: 'Lähtenyt Henkilö',
      email: `left-${bookingId}@example.fi`,
    });
    await testApp.dataSource
      .getRepository(CohortParticipantEntity)
      .update({ id: leaver.id }, { leftAt: BEFORE });
    testApp.clock.set(when);
    return {
      academy,
      organisation,
      contact,
      expert,
      bookingId,
      responsible,
      teamUser,
      teamPerson,
      noAccount,
      leaver,
    };
  }

  const counts = async (bookingId: string) => {
    const [row] = await testApp.dataSource.query<
      Array<{ summaries: number; actions: number; audits: number }>
    >(
      `SELECT (SELECT count(*)::int FROM appointment_summaries WHERE booking_id = $1) AS summaries,
              (SELECT count(*)::int FROM agreed_actions WHERE booking_id = $1) AS actions,
              (SELECT count(*)::int FROM audit_entries
                WHERE action LIKE 'appointment_summary.%' OR action LIKE 'agreed_action.%') AS audits`,
      [bookingId],
    );
    return row;
  };

  const summaryMails = (bookingId: string) =>
    testApp.dataSource.query<Array<{ to_address: string; locale: string; subject: string }>>(
      `SELECT to_address, locale, subject FROM outbox_messages
       WHERE type = 'APPOINTMENT_SUMMARY_AVAILABLE' AND dedupe_key LIKE $1 ORDER BY to_address`,
      [`appointment-summary:${bookingId}:%`],
    );

  const addAction = (
    session: HeldSession,
    input: Partial<{ title: string; ownerParticipantId: string; dueDate: string }> = {},
    who: SignedInUser = session.expert,
  ) =>
    testApp.graphql<{ addAgreedAction: { id: string } }>(
      ADD_ACTION,
      {
        input: {
          bookingId: session.bookingId,
          title: 'Markkinavuoropuhelun kutsu',
          ownerParticipantId: session.teamPerson.id,
          dueDate: '2027-06-15',
          ...input,
        },
      },
      who.headers,
    );

  it('the expert records the summary and actions; the team, the members and admins read them, the expert’s notes stay private', async () => {
    const session = await heldSession();
    const saved = await graphqlOk<{ saveAppointmentSummary: { summary: string } }>(
      testApp,
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: '  Käytiin läpi hankinnan kriteerit.  ' } },
      session.expert.headers,
    );
    expect(saved.saveAppointmentSummary.summary).toBe('Käytiin läpi hankinnan kriteerit.');
    await graphqlOk(
      testApp,
      'mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }',
      { input: { bookingId: session.bookingId, notes: 'Yksityinen muistiinpano' } },
      session.expert.headers,
    );
    const added = await graphqlOk<{
      addAgreedAction: {
        dueDate: string;
        sessionStartsAt: string;
        owner: { name: string; hasLeft: boolean };
      };
    }>(
      testApp,
      ADD_ACTION,
      {
        input: {
          bookingId: session.bookingId,
          title: 'Markkinavuoropuhelun kutsu',
          ownerParticipantId: session.teamPerson.id,
          dueDate: '2027-06-15',
        },
      },
      session.expert.headers,
    );
    expect(added.addAgreedAction).toMatchObject({
      dueDate: '2027-06-15',
      sessionStartsAt: '2027-05-20T05:00:00.000Z',
      owner: { name: 'Tiina Tiimi', hasLeft: false },
    });
    const second = await addAction(session, {
      title: 'Elinkaarikustannusten arvio',
      ownerParticipantId: session.responsible.id,
      dueDate: '2027-06-01',
    });
    expect(second.errors).toBeUndefined();

    // The team participant (no membership), the contact (a member) and an admin see both.
    for (const reader of [session.teamUser, session.contact, admin]) {
      const seen = await graphqlOk<{
        appointmentOutcome: {
          canEdit: boolean;
          summary: { summary: string };
          agreedActions: Array<{ title: string; dueDate: string }>;
          team: unknown[];
        };
      }>(testApp, OUTCOME, { bookingId: session.bookingId }, reader.headers);
      expect(seen.appointmentOutcome.summary.summary).toBe('Käytiin läpi hankinnan kriteerit.');
      // By due date.
      expect(seen.appointmentOutcome.agreedActions.map((action) => action.dueDate)).toEqual([
        '2027-06-01',
        '2027-06-15',
      ]);
      expect(seen.appointmentOutcome.canEdit).toBe(reader === admin);
      // Choosing owners is for editors: the team list stays empty for readers.
      expect(seen.appointmentOutcome.team.length).toBe(reader === admin ? 3 : 0);
      const listed = await graphqlOk<{ agreedActions: Array<{ title: string }> }>(
        testApp,
        ORGANISATION_ACTIONS,
        { academyId: session.academy.id, organisationId: session.organisation.id },
        reader.headers,
      );
      expect(listed.agreedActions.map((action) => action.title)).toEqual([
        'Elinkaarikustannusten arvio',
        'Markkinavuoropuhelun kutsu',
      ]);
    }

    // Through the booking: the member reads summary and actions, never the expert's notes.
    const mine = await graphqlOk<{
      myConsultations: Array<{
        id: string;
        notes: string | null;
        summary: { summary: string } | null;
        agreedActions: Array<{ title: string; owner: { name: string } }>;
      }>;
    }>(testApp, MY_CONSULTATIONS, {}, session.contact.headers);
    const booking = mine.myConsultations.find((item) => item.id === session.bookingId);
    expect(booking).toMatchObject({
      notes: null,
      summary: { summary: 'Käytiin läpi hankinnan kriteerit.' },
    });
    expect(booking?.agreedActions.map((action) => action.owner.name)).toEqual([
      'Vastuu Henkilö',
      'Tiina Tiimi',
    ]);
    const expertView = await graphqlOk<{
      myConsultations: Array<{ id: string; notes: string | null; agreedActions: unknown[] }>;
    }>(testApp, MY_CONSULTATIONS, {}, session.expert.headers);
    expect(expertView.myConsultations.find((item) => item.id === session.bookingId)).toMatchObject({
      notes: 'Yksityinen muistiinpano',
    });
  });

  it('another organisation’s member and a stranger see nothing; an expert not on the slot sees only their own slots’ actions', async () => {
    const session = await heldSession();
    await graphqlOk(
      testApp,
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: 'Yhteenveto' } },
      session.expert.headers,
    );
    expect((await addAction(session)).errors).toBeUndefined();
    const other = await heldSession();
    const otherExpert = await createExpert(testApp.dataSource);
    for (const outsider of [other.contact, other.teamUser, otherExpert]) {
      const outcome = await testApp.graphql(
        OUTCOME,
        { bookingId: session.bookingId },
        outsider.headers,
      );
      expect(outcome.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const listed = await graphqlOk<{ agreedActions: unknown[] }>(
        testApp,
        ORGANISATION_ACTIONS,
        { academyId: session.academy.id, organisationId: session.organisation.id },
        outsider.headers,
      );
      expect(listed.agreedActions).toEqual([]);
    }
    // The other organisation's own bookings carry nothing of this one.
    const theirs = await graphqlOk<{
      myConsultations: Array<{ summary: unknown; agreedActions: unknown[] }>;
    }>(testApp, MY_CONSULTATIONS, {}, other.contact.headers);
    expect(theirs.myConsultations).toEqual([
      expect.objectContaining({ summary: null, agreedActions: [] }),
    ]);
    // The slot's expert lists the organisation's actions of their own slots.
    const own = await graphqlOk<{ agreedActions: unknown[] }>(
      testApp,
      ORGANISATION_ACTIONS,
      { academyId: session.academy.id, organisationId: session.organisation.id },
      session.expert.headers,
    );
    expect(own.agreedActions).toHaveLength(1);
  });

  it('refuses an expert who does not own the slot, and a member of the organisation, writing nothing', async () => {
    const session = await heldSession();
    const otherExpert = await createExpert(testApp.dataSource);
    const before = await counts(session.bookingId);
    const summary = await testApp.graphql(
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: 'Ei minun' } },
      otherExpert.headers,
    );
    expect(summary.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await addAction(session, {}, otherExpert)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await addAction(session, {}, session.contact)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await counts(session.bookingId)).toEqual(before);
    expect(await summaryMails(session.bookingId)).toEqual([]);
  });

  it('refuses recording before the session starts and on a cancelled booking (SESSION_NOT_HELD)', async () => {
    const early = await heldSession(new Date('2027-05-20T07:59:00+03:00'));
    const before = await counts(early.bookingId);
    const tooSoon = await testApp.graphql(
      SAVE_SUMMARY,
      { input: { bookingId: early.bookingId, summary: 'Liian aikaisin' } },
      early.expert.headers,
    );
    expect(tooSoon.errors?.[0].extensions).toMatchObject({
      code: 'SESSION_NOT_HELD',
      startsAt: '2027-05-20T05:00:00.000Z',
    });
    expect(tooSoon.errors?.[0].message).toMatch(/started/);
    expect((await addAction(early)).errors?.[0].extensions?.code).toBe('SESSION_NOT_HELD');
    expect(await counts(early.bookingId)).toEqual(before);

    const cancelled = await heldSession(BEFORE);
    await cancelConsultation(testApp, cancelled.expert, cancelled.bookingId, 'Sairastuminen');
    testApp.clock.set(AFTER);
    const refused = await testApp.graphql(
      SAVE_SUMMARY,
      { input: { bookingId: cancelled.bookingId, summary: 'Peruttu' } },
      { ...cancelled.expert.headers, 'accept-language': 'fi' },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('SESSION_NOT_HELD');
    expect(refused.errors?.[0].message).toMatch(/alkaneesta/);
    expect(await counts(cancelled.bookingId)).toMatchObject({ summaries: 0, actions: 0 });
  });

  it('refuses an owner from another organisation or who has left (ACTION_OWNER_NOT_IN_TEAM), writing nothing', async () => {
    const session = await heldSession();
    const other = await heldSession();
    const before = await counts(session.bookingId);
    for (const ownerParticipantId of [other.teamPerson.id, session.leaver.id]) {
      const response = await addAction(session, { ownerParticipantId });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'ACTION_OWNER_NOT_IN_TEAM',
        field: 'input.ownerParticipantId',
      });
    }
    const svenska = await testApp.graphql(
      ADD_ACTION,
      {
        input: {
          bookingId: session.bookingId,
          title: 'x',
          ownerParticipantId: session.leaver.id,
          dueDate: '2027-06-15',
        },
      },
      { ...session.expert.headers, 'accept-language': 'sv' },
    );
    expect(svenska.errors?.[0].message).toBe(
      'Den ansvariga personen måste finnas i organisationens team i den här akademin.',
    );
    expect(await counts(session.bookingId)).toEqual(before);

    // Nor may an update hand an action to such a person.
    const added = await addAction(session);
    const id = added.data!.addAgreedAction.id;
    const moved = await testApp.graphql(
      UPDATE_ACTION,
      { input: { id, ownerParticipantId: other.responsible.id } },
      session.expert.headers,
    );
    expect(moved.errors?.[0].extensions?.code).toBe('ACTION_OWNER_NOT_IN_TEAM');
    const [row] = await testApp.dataSource.query<Array<{ owner_participant_id: string }>>(
      'SELECT owner_participant_id FROM agreed_actions WHERE id = $1',
      [id],
    );
    expect(row.owner_participant_id).toBe(session.teamPerson.id);
  });

  it.each([
    ['2027-02-30', 'isCalendarDate'],
    ['2027-11-31', 'isCalendarDate'],
    ['31.11.2027', 'isCalendarDate'],
    ['2027-06-15T10:00', 'isCalendarDate'],
  ])('refuses the due date %s in fi/sv/en, writing nothing', async (dueDate, rule) => {
    const session = await heldSession();
    const before = await counts(session.bookingId);
    const messages: string[] = [];
    for (const language of ['fi', 'sv', 'en']) {
      const response = await testApp.graphql(
        ADD_ACTION,
        {
          input: {
            bookingId: session.bookingId,
            title: 'Päivä',
            ownerParticipantId: session.teamPerson.id,
            dueDate,
          },
        },
        { ...session.expert.headers, 'accept-language': language },
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const [problem] = response.errors?.[0].extensions?.validationErrors as Array<{
        field: string;
        rule: string;
        message: string;
      }>;
      expect(problem).toMatchObject({ field: 'input.dueDate', rule });
      messages.push(problem.message);
    }
    expect(messages).toEqual([
      'Päivämäärää ei ole olemassa (muoto VVVV-KK-PP).',
      'Datumet finns inte (format ÅÅÅÅ-MM-DD).',
      'No such date (format YYYY-MM-DD).',
    ]);
    expect(await counts(session.bookingId)).toEqual(before);
  });

  it('refuses a blank or too long title and summary', async () => {
    const session = await heldSession();
    const before = await counts(session.bookingId);
    const blank = await addAction(session, { title: '   ' });
    expect(blank.errors?.[0].extensions?.validationErrors).toEqual([
      expect.objectContaining({ field: 'input.title', rule: 'isNotEmpty' }),
    ]);
    const long = await addAction(session, { title: 'x'.repeat(301) });
    expect(long.errors?.[0].extensions?.validationErrors).toEqual([
      expect.objectContaining({ field: 'input.title', rule: 'maxLength' }),
    ]);
    const summary = await testApp.graphql(
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: 'y'.repeat(10_001) } },
      session.expert.headers,
    );
    expect(summary.errors?.[0].extensions?.validationErrors).toEqual([
      expect.objectContaining({ field: 'input.summary', rule: 'maxLength' }),
    ]);
    expect(await counts(session.bookingId)).toEqual(before);
  });

  it('holds an appointment to 50 agreed actions (AGREED_ACTIONS_FULL)', async () => {
    const session = await heldSession();
    await testApp.dataSource.query(
      `INSERT INTO agreed_actions (booking_id, academy_id, organisation_id, title, owner_participant_id, due_date, created_by_id)
       SELECT $1, $2, $3, 'Toimenpide ' || n, $4, '2027-06-01', $5 FROM generate_series(1, 49) AS n`,
      [
        session.bookingId,
        session.academy.id,
        session.organisation.id,
        session.teamPerson.id,
        session.expert.user.id,
      ],
    );
    expect((await addAction(session)).errors).toBeUndefined();
    const full = await addAction(session);
    expect(full.errors?.[0].extensions).toMatchObject({ code: 'AGREED_ACTIONS_FULL', limit: 50 });
    expect(await counts(session.bookingId)).toMatchObject({ actions: 50 });
  });

  it('mails the team once when the summary is first saved: each in their language, not the leaver; later edits send nothing', async () => {
    const session = await heldSession();
    await graphqlOk(
      testApp,
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: 'Ensimmäinen versio' } },
      session.expert.headers,
    );
    await graphqlOk(
      testApp,
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: 'Korjattu versio' } },
      session.expert.headers,
    );
    const mails = await summaryMails(session.bookingId);
    const contactLocale = session.contact.user.locale;
    expect(mails.map(({ to_address, locale }) => ({ to_address, locale }))).toEqual(
      [
        { to_address: session.contact.user.email, locale: contactLocale },
        { to_address: session.teamUser.user.email, locale: 'sv' },
        { to_address: session.noAccount.email, locale: 'fi' },
      ].sort((a, b) => a.to_address.localeCompare(b.to_address)),
    );
    expect(mails.map((mail) => mail.to_address)).not.toContain(session.leaver.email);
    const swedish = mails.find((mail) => mail.locale === 'sv');
    expect(swedish?.subject).toMatch(/^Sammanfattning av sparrningen och överenskomna åtgärder: /);
    const finnish = mails.find((mail) => mail.locale === 'fi');
    expect(finnish?.subject).toMatch(/^Sparrauksen yhteenveto ja sovitut toimenpiteet: /);
    const [summary] = await testApp.dataSource.query<Array<{ summary: string }>>(
      'SELECT summary FROM appointment_summaries WHERE booking_id = $1',
      [session.bookingId],
    );
    expect(summary.summary).toBe('Korjattu versio');
  });

  it('audits every change in its transaction: summary recorded and updated, action added, updated and removed', async () => {
    const session = await heldSession();
    const audits = (actionId: string) =>
      testApp.dataSource.query<Array<{ action: string; actor_id: string }>>(
        `SELECT action, actor_id FROM audit_entries
         WHERE (entity_id::text = $1 AND action LIKE 'appointment_summary.%')
            OR (entity_id::text = $2 AND action LIKE 'agreed_action.%')`,
        [session.bookingId, actionId],
      );
    await graphqlOk(
      testApp,
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: 'A' } },
      admin.headers,
    );
    await graphqlOk(
      testApp,
      SAVE_SUMMARY,
      { input: { bookingId: session.bookingId, summary: 'B' } },
      session.expert.headers,
    );
    const added = await addAction(session);
    const id = added.data!.addAgreedAction.id;
    const updated = await graphqlOk<{ updateAgreedAction: { title: string; dueDate: string } }>(
      testApp,
      UPDATE_ACTION,
      { input: { id, title: 'Uusi otsikko', dueDate: '2028-02-29' } },
      session.expert.headers,
    );
    expect(updated.updateAgreedAction).toMatchObject({
      title: 'Uusi otsikko',
      dueDate: '2028-02-29',
    });
    // A change that changes nothing is not a change.
    await graphqlOk(testApp, UPDATE_ACTION, { input: { id } }, session.expert.headers);
    const removed = await graphqlOk<{ removeAgreedAction: { title: string } }>(
      testApp,
      REMOVE_ACTION,
      { id },
      session.expert.headers,
    );
    expect(removed.removeAgreedAction.title).toBe('Uusi otsikko');
    const rows = await audits(id);
    expect(rows.map((row) => row.action).sort()).toEqual(
      [
        'agreed_action.added',
        'agreed_action.removed',
        'agreed_action.updated',
        'appointment_summary.recorded',
        'appointment_summary.updated',
      ].sort(),
    );
    expect(rows.find((row) => row.action === 'appointment_summary.recorded')?.actor_id).toBe(
      admin.user.id,
    );
    expect(await counts(session.bookingId)).toMatchObject({ summaries: 1, actions: 0 });
    // Removing again: gone.
    const again = await testApp.graphql(REMOVE_ACTION, { id }, session.expert.headers);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('agreed actions become tasks of the pilot: earlier ones when it is created, later ones at once; edits and removals follow', async () => {
    const session = await heldSession();
    const pilotTasks = async (who: SignedInUser = session.teamUser) =>
      (
        await graphqlOk<{
          pilot: {
            id: string;
            tasks: Array<{
              id: string;
              title: string;
              dueDate: string;
              doneAt: string | null;
              agreedActionId: string | null;
              owner: { participantId: string; name: string } | null;
            }>;
          };
        }>(
          testApp,
          PILOT_TASKS,
          { academyId: session.academy.id, organisationId: session.organisation.id },
          who.headers,
        )
      ).pilot.tasks;
    const taskIdOf = async (id: string) =>
      (
        await testApp.dataSource.query<Array<{ task_id: string | null }>>(
          'SELECT task_id FROM agreed_actions WHERE id = $1',
          [id],
        )
      )[0].task_id;
    // The organisation joined without a pilot (as before follow-up): the action waits.
    const early = (await addAction(session, { title: 'Valitaan kiertotalouskriteerit' })).data!
      .addAgreedAction.id;
    expect(await taskIdOf(early)).toBeNull();

    // The pilot is created (the handlers a confirmation runs): the earlier action arrives.
    const pilotCreated = () =>
      testApp.dataSource.transaction((manager) =>
        testApp.app.get(CohortEvents).memberAdded(manager, {
          academyId: session.academy.id,
          organisationId: session.organisation.id,
        }),
      );
    await pilotCreated();
    const [copied] = await pilotTasks();
    expect(copied).toMatchObject({
      title: 'Valitaan kiertotalouskriteerit',
      dueDate: '2027-06-15',
      doneAt: null,
      agreedActionId: early,
      owner: { participantId: session.teamPerson.id, name: 'Tiina Tiimi' },
    });
    expect(await taskIdOf(early)).toBe(copied.id);

    // Recorded now: a task at once, visible to the team (a member of the organisation too).
    const later = (
      await addAction(session, {
        title: 'Markkinavuoropuhelun kutsu',
        ownerParticipantId: session.responsible.id,
        dueDate: '2027-06-01',
      })
    ).data!.addAgreedAction.id;
    const tasks = await pilotTasks(session.contact);
    expect(tasks.map((task) => [task.agreedActionId, task.title, task.dueDate])).toEqual([
      [later, 'Markkinavuoropuhelun kutsu', '2027-06-01'],
      [early, 'Valitaan kiertotalouskriteerit', '2027-06-15'],
    ]);
    expect(tasks[0].owner).toMatchObject({ participantId: session.responsible.id });
    expect(await taskIdOf(later)).toBe(tasks[0].id);

    // Edited: the open task follows (title, owner, due date).
    await graphqlOk(
      testApp,
      UPDATE_ACTION,
      {
        input: {
          id: early,
          title: 'Valitaan hankinnan kiertotalouskriteerit',
          ownerParticipantId: session.responsible.id,
          dueDate: '2027-07-01',
        },
      },
      session.expert.headers,
    );
    expect((await pilotTasks()).find((task) => task.agreedActionId === early)).toMatchObject({
      id: copied.id,
      title: 'Valitaan hankinnan kiertotalouskriteerit',
      dueDate: '2027-07-01',
      owner: { participantId: session.responsible.id },
    });

    // Nothing duplicated when the pilot's creation runs again.
    await pilotCreated();
    expect(await pilotTasks()).toHaveLength(2);

    // The team completes the later one: an edit of its action no longer changes it, and
    // removing the action keeps the done task (unlinked); removing the open one removes it.
    const laterTask = (await pilotTasks()).find((task) => task.agreedActionId === later)!;
    await graphqlOk(
      testApp,
      COMPLETE_TASK,
      { input: { taskId: laterTask.id } },
      session.contact.headers,
    );
    await graphqlOk(
      testApp,
      UPDATE_ACTION,
      { input: { id: later, title: 'Muutettu otsikko' } },
      session.expert.headers,
    );
    expect((await pilotTasks()).find((task) => task.id === laterTask.id)).toMatchObject({
      title: 'Markkinavuoropuhelun kutsu',
    });
    await graphqlOk(testApp, REMOVE_ACTION, { id: later }, session.expert.headers);
    await graphqlOk(testApp, REMOVE_ACTION, { id: early }, session.expert.headers);
    const left = await pilotTasks();
    expect(left).toEqual([
      expect.objectContaining({
        id: laterTask.id,
        agreedActionId: null,
        title: 'Markkinavuoropuhelun kutsu',
      }),
    ]);
    expect(left[0].doneAt).not.toBeNull();
  });

  it('a task the team removes unlinks its agreed action; later edits of the action change nothing', async () => {
    const session = await heldSession();
    await testApp.dataSource.transaction((manager) =>
      testApp.app.get(CohortEvents).memberAdded(manager, {
        academyId: session.academy.id,
        organisationId: session.organisation.id,
      }),
    );
    const id = (await addAction(session)).data!.addAgreedAction.id;
    const [{ task_id: taskId }] = await testApp.dataSource.query<Array<{ task_id: string }>>(
      'SELECT task_id FROM agreed_actions WHERE id = $1',
      [id],
    );
    expect(taskId).not.toBeNull();
    await graphqlOk(
      testApp,
      `mutation ($input: TaskIdInput!) { removeTrackedActionTask(input: $input) { id } }`,
      { input: { taskId } },
      session.contact.headers,
    );
    await graphqlOk(
      testApp,
      UPDATE_ACTION,
      { input: { id, title: 'Uusi otsikko' } },
      session.expert.headers,
    );
    const rows = await testApp.dataSource.query<Array<{ task_id: string | null; tasks: number }>>(
      `SELECT task_id, (SELECT count(*)::int FROM tracked_action_tasks WHERE agreed_action_id = $1) AS tasks
       FROM agreed_actions WHERE id = $1`,
      [id],
    );
    expect(rows).toEqual([{ task_id: null, tasks: 0 }]);
  });

  it('reads summaries and actions of many bookings in a bounded number of statements', async () => {
    const expert = await createExpert(testApp.dataSource);
    const academy = await createAcademy(testApp.dataSource, { ...SPRING_2027 });
    const member = await createSignedInUser(testApp.dataSource);
    const sessions = async (count: number) => {
      testApp.clock.set(BEFORE);
      const slots = await publishSlots(
        testApp,
        expert,
        academy.id,
        `2027-05-${String(10 + count).padStart(2, '0')}`,
        count,
      );
      for (const slotId of slots) {
        const applicant = await createDraftApplication(testApp, { academy });
        await addMember(testApp.dataSource, applicant.organisation, member.user);
        const bookingId = await bookConsultation(
          testApp,
          applicant.contact,
          slotId,
          applicant.applicationId,
        );
        await addCohortMember(testApp.dataSource, academy, applicant.organisation);
        const owner = await addCohortParticipant(
          testApp.dataSource,
          academy,
          applicant.organisation,
          { email: applicant.contact.user.email, userId: applicant.contact.user.id },
        );
        testApp.clock.set(AFTER);
        await graphqlOk(
          testApp,
          SAVE_SUMMARY,
          { input: { bookingId, summary: 'S' } },
          expert.headers,
        );
        await graphqlOk(
          testApp,
          ADD_ACTION,
          {
            input: { bookingId, title: 'T', ownerParticipantId: owner.id, dueDate: '2027-06-01' },
          },
          expert.headers,
        );
        testApp.clock.set(BEFORE);
      }
      testApp.clock.set(AFTER);
    };
    const read = () =>
      countQueries(() =>
        graphqlOk<{ myConsultations: Array<{ agreedActions: unknown[] }> }>(
          testApp,
          MY_CONSULTATIONS,
          {},
          member.headers,
        ),
      );
    await sessions(2);
    const few = await read();
    expect(few.result.myConsultations).toHaveLength(2);
    await sessions(6);
    const many = await read();
    expect(many.result.myConsultations).toHaveLength(8);
    expect(many.result.myConsultations.every((item) => item.agreedActions.length === 1)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });
});
