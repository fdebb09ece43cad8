import {
  DEMO_PROGRAMME_SEED_NAME,
  DemoSeedService,
} from '../src/modules/demo/demo-seed.service.js';
import { DEMO_APPLICANTS_2023 } from '../src/modules/demo/demo-selection-2023.js';
import { createAdmin, signInAs } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SEEDING_DAY = new Date('2026-11-24T08:00:00Z');

interface DemoApplication {
  id: string;
  status: string;
  organisation: { name: string; type: string };
  completeness: { complete: boolean };
  eligibility: Array<{ outcome: string }>;
  consultation: { notes: string | null } | null;
}

/** The reference academy's selection as the demo seed tells it (issue 13). */
describe('demo history of kiertotalous-2023', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof createAdmin>>;
  let academyId: string;

  beforeAll(async () => {
    testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    admin = await createAdmin(testApp.dataSource);
    const academy = await testApp.graphql<{ academy: { id: string } }>(
      '{ academy(slug: "kiertotalous-2023") { id } }',
    );
    academyId = academy.data!.academy.id;
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('has eleven submitted, complete and eligible applications, each with the expert’s notes of its consultation', async () => {
    const response = await testApp.graphql<{ applications: { items: DemoApplication[] } }>(
      `query ($academyId: ID!) { applications(academyId: $academyId, status: SUBMITTED, limit: 50) {
        items { id status organisation { name type } completeness { complete }
          eligibility { outcome } consultation { notes } } } }`,
      { academyId },
      admin.headers,
    );
    const items = response.data!.applications.items;
    expect(items).toHaveLength(11);
    for (const application of items) {
      expect(application.completeness.complete).toBe(true);
      expect(application.eligibility.map((criterion) => criterion.outcome)).not.toContain(
        'NOT_MET',
      );
      expect(application.consultation?.notes).toEqual(expect.stringMatching(/\w{5,}/));
    }
    expect(new Set(items.map((application) => application.organisation.type))).toEqual(
      new Set([
        'MUNICIPALITY',
        'JOINT_MUNICIPAL_AUTHORITY',
        'PARISH',
        'IN_HOUSE_COMPANY',
        'STATE_AGENCY',
      ]),
    );
  });

  it('has the released selection: two submitted reviews each, seven accepted, two reserves, two rejected; one decline filled by the first reserve', async () => {
    const board = await testApp.graphql<{
      selectionBoard: {
        rows: Array<{
          organisation: { name: string };
          aggregate: { count: number; mean: number | null };
          decision: { outcome: string; reserveRank: number | null } | null;
          application: { offer: { status: string; seatNo: number; fromReserve: boolean } | null };
        }>;
        balance: { accepted: number; reserve: number; rejected: number; capacity: number };
      };
    }>(
      `query ($academyId: ID!) { selectionBoard(academyId: $academyId) {
        rows { organisation { name } aggregate { count mean } decision { outcome reserveRank }
          application { offer { status seatNo fromReserve } } }
        balance { accepted reserve rejected capacity } } }`,
      { academyId },
      admin.headers,
    );
    expect(board.errors).toBeUndefined();
    const { rows, balance } = board.data!.selectionBoard;
    expect(rows).toHaveLength(11);
    expect(rows.every((row) => row.aggregate.count === 2 && row.aggregate.mean !== null)).toBe(
      true,
    );
    expect(balance).toEqual({ accepted: 7, reserve: 2, rejected: 2, capacity: 7 });
    const byName = new Map(rows.map((row) => [row.organisation.name, row]));
    expect(byName.get('Vaaralan kaupunki')!.application.offer).toEqual({
      status: 'DECLINED',
      seatNo: 4,
      fromReserve: false,
    });
    expect(byName.get('Metsälän kunta')!.decision).toEqual({ outcome: 'RESERVE', reserveRank: 1 });
    expect(byName.get('Metsälän kunta')!.application.offer).toEqual({
      status: 'CONFIRMED',
      seatNo: 4,
      fromReserve: true,
    });
    expect(byName.get('Saarelan kaupunki')!.application.offer).toBeNull();
    const confirmed = rows.filter((row) => row.application.offer?.status === 'CONFIRMED');
    expect(confirmed.map((row) => row.application.offer!.seatNo).sort()).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('has the cohort of the seven that confirmed, each with its responsible person and three experts', async () => {
    const response = await testApp.graphql<{
      cohort: {
        organisations: Array<{
          organisation: { name: string };
          participants: Array<{ role: string; hasAccount: boolean }>;
        }>;
      };
    }>(
      `query ($academyId: ID!) { cohort(academyId: $academyId) {
        organisations { organisation { name } participants { role hasAccount } } } }`,
      { academyId },
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
    const organisations = response.data!.cohort.organisations;
    expect(organisations).toHaveLength(7);
    expect(organisations.map((entry) => entry.organisation.name)).toContain('Metsälän kunta');
    expect(organisations.map((entry) => entry.organisation.name)).not.toContain(
      'Vaaralan kaupunki',
    );
    for (const { participants } of organisations) {
      expect(participants.map((person) => person.role).sort()).toEqual([
        'EXPERT',
        'EXPERT',
        'EXPERT',
        'RESPONSIBLE',
      ]);
      expect(participants.find((person) => person.role === 'RESPONSIBLE')!.hasAccount).toBe(true);
    }
  });
});

interface WorkshopView {
  inAudience: boolean;
  materials: Array<{ title: { fi: string; sv: string | null }; url: string | null }> | null;
  assignments: Array<{
    title: { fi: string; en: string | null };
    due: { local: string };
    completions: Array<{
      organisationName: string;
      done: boolean;
      answer: string | null;
      link: string | null;
      doneByName: string | null;
    }>;
  }> | null;
  outcomes: Array<{ title: { fi: string; en: string | null }; links: string[] }> | null;
}

const SPARRING_OF = `query ($academyId: ID!, $organisationId: ID!) {
  appointmentRounds(academyId: $academyId) { purpose opensAt { local } closesAt { local } }
  agreedActions(academyId: $academyId, organisationId: $organisationId) { id bookingId } }`;
const MY_SPARRING = `{ myConsultations { id purpose expert { name } slot { startsAt } summary { summary }
  agreedActions { id title dueDate owner { name } } } }`;
const PILOT_TASKS = `query ($academyId: ID!, $organisationId: ID!) {
  pilot(academyId: $academyId, organisationId: $organisationId) {
    tasks { title dueDate agreedActionId owner { name } } } }`;

interface SparringOf {
  appointmentRounds: Array<{
    purpose: string;
    opensAt: { local: string } | null;
    closesAt: { local: string } | null;
  }>;
  agreedActions: Array<{ id: string; bookingId: string }>;
}

interface MySparring {
  myConsultations: Array<{
    id: string;
    purpose: string;
    expert: { name: string };
    slot: { startsAt: string };
    summary: { summary: string } | null;
    agreedActions: Array<{ id: string; title: string; dueDate: string; owner: { name: string } }>;
  }>;
}

interface PilotTasks {
  pilot: {
    tasks: Array<{
      title: string;
      dueDate: string;
      agreedActionId: string | null;
      owner: { name: string } | null;
    }>;
  };
}

const WORKSHOP_VIEW = `query ($eventId: ID!) { workshopEvent(eventId: $eventId) {
  inAudience
  materials { title { fi sv } url }
  assignments { title { fi en } due { local }
    completions { organisationName done answer link doneByName } }
  outcomes { title { fi en } links } } }`;

/** The reference academy's programme as it ran (issue 14), as its people see it. */
describe('demo programme of kiertotalous-2023', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof createAdmin>>;
  let academyId: string;
  let events: Map<string, string[]>;

  const eventId = (kind: string, index = 0): string => events.get(kind)![index];

  const workshopView = async (
    id: string,
    headers?: Record<string, string>,
  ): Promise<WorkshopView> => {
    const response = await testApp.graphql<{ workshopEvent: WorkshopView }>(
      WORKSHOP_VIEW,
      { eventId: id },
      headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.workshopEvent;
  };

  beforeAll(async () => {
    testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    admin = await createAdmin(testApp.dataSource);
    const academy = await testApp.graphql<{
      academy: { id: string; events: Array<{ id: string; kind: string }> };
    }>('{ academy(slug: "kiertotalous-2023") { id events { id kind } } }', {}, admin.headers);
    academyId = academy.data!.academy.id;
    events = new Map();
    for (const event of academy.data!.academy.events)
      events.set(event.kind, [...(events.get(event.kind) ?? []), event.id]);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('shows the expert the kick-off and both workshops with materials, assignments, who has done them, and outcomes', async () => {
    const expert = await signInAs(testApp.dataSource, 'outi.kiertola@akatemia.example');
    const kickoff = await workshopView(eventId('KICKOFF'), expert.headers);
    const workshop1 = await workshopView(eventId('WORKSHOP', 0), expert.headers);
    const workshop2 = await workshopView(eventId('WORKSHOP', 1), expert.headers);
    for (const view of [kickoff, workshop1, workshop2]) {
      expect(view.materials!.length).toBeGreaterThanOrEqual(3);
      expect(view.materials!.every((material) => material.title.sv !== null)).toBe(true);
      expect(view.materials!.some((material) => material.url?.startsWith('https://'))).toBe(true);
      expect(view.assignments).toHaveLength(1);
      expect(view.assignments![0].completions).toHaveLength(7);
      expect(view.outcomes).toHaveLength(1);
      expect(view.outcomes![0].title.en).toEqual(expect.stringMatching(/\w/));
    }
    expect(kickoff.outcomes![0].title.fi).toBe('Visio ja missio');
    expect(workshop1.outcomes![0].title.fi).toBe('Ratkaistavat ongelmat');
    expect(workshop2.outcomes![0].title.fi).toBe('Tiekartta pilottihankinnoille');

    const doneBy = (view: WorkshopView) =>
      view.assignments![0].completions.filter((row) => row.done).map((row) => row.organisationName);
    const notDone = (view: WorkshopView) =>
      view
        .assignments![0].completions.filter((row) => !row.done)
        .map((row) => row.organisationName);
    expect(doneBy(kickoff)).toHaveLength(7);
    const marketAnalysis = workshop1.assignments![0];
    expect(marketAnalysis.title.fi).toBe('Tuo pilottisi markkina-analyysi työpajaan 2');
    expect(marketAnalysis.due.local).toBe('2023-11-20T16:00:00');
    expect(notDone(workshop1)).toEqual(['Metsälän kunta']);
    expect(notDone(workshop2).sort()).toEqual([
      'Pohjanrannan koulutuskuntayhtymä',
      'Rantakylän kaupunki',
    ]);
    const done = marketAnalysis.completions.filter((row) => row.done);
    expect(done.every((row) => row.doneByName !== null)).toBe(true);
    expect(done.some((row) => row.link !== null)).toBe(true);
    expect(done.some((row) => row.answer !== null)).toBe(true);
  });

  it("shows a participant their own organisation's status only, and anyone the public outcomes", async () => {
    const responsible = await signInAs(testApp.dataSource, 'anna.lehto@kuusiniemi.example');
    const mine = await workshopView(eventId('WORKSHOP', 0), responsible.headers);
    expect(mine.inAudience).toBe(true);
    expect(mine.assignments![0].completions).toEqual([
      expect.objectContaining({
        organisationName: 'Kuusiniemen kaupunki',
        done: true,
        link: expect.stringContaining('kuusiniemi.example') as string,
      }),
    ]);

    const academy = await testApp.graphql<{ academy: { publicOutcomes: boolean } }>(
      '{ academy(slug: "kiertotalous-2023") { publicOutcomes } }',
      {},
      admin.headers,
    );
    expect(academy.data!.academy.publicOutcomes).toBe(true);
    const anonymous = await workshopView(eventId('WORKSHOP', 1));
    expect(anonymous.inAudience).toBe(false);
    expect(anonymous.materials).toBeNull();
    expect(anonymous.assignments).toBeNull();
    expect(anonymous.outcomes!.map((outcome) => outcome.title.en)).toEqual([
      'Roadmap for the pilot procurements',
    ]);
  });

  it('has attendance recorded for the four programme events, most there and a few absent', async () => {
    const counts: number[] = [];
    for (const id of [
      eventId('KICKOFF'),
      eventId('WORKSHOP', 0),
      eventId('WORKSHOP', 1),
      eventId('CLOSING'),
    ]) {
      const sheet = await testApp.graphql<{
        eventAttendance: { attendedCount: number; rows: Array<{ attended: boolean }> };
      }>(
        'query ($eventId: ID!) { eventAttendance(eventId: $eventId) { attendedCount rows { attended } } }',
        { eventId: id },
        admin.headers,
      );
      expect(sheet.errors).toBeUndefined();
      expect(sheet.data!.eventAttendance.rows).toHaveLength(28);
      counts.push(sheet.data!.eventAttendance.attendedCount);
    }
    expect(counts).toEqual([25, 24, 23, 25]);

    // The organisation's own summary (the seed's commitment "attend the events").
    const responsible = await signInAs(testApp.dataSource, 'mikko.salo@jarvela.example');
    const organisationId = await organisationIdOf(responsible.headers);
    const summary = await testApp.graphql<{
      attendanceSummary: {
        eventsRecorded: number;
        eventsAttended: number;
        participants: Array<{
          participant: { name: string; hasAccount: boolean };
          attended: number;
        }>;
      };
    }>(
      `query ($academyId: ID!, $organisationId: ID!) { attendanceSummary(academyId: $academyId, organisationId: $organisationId) {
        eventsRecorded eventsAttended participants { participant { name hasAccount } attended } } }`,
      { academyId, organisationId },
      responsible.headers,
    );
    expect(summary.errors).toBeUndefined();
    const { eventsRecorded, eventsAttended, participants } = summary.data!.attendanceSummary;
    // The four programme events and the 2024 alumni meeting (demo-alumni-2024: Heikki Mäki
    // registered but did not come).
    expect([eventsRecorded, eventsAttended]).toEqual([5, 5]);
    expect(
      Object.fromEntries(participants.map((row) => [row.participant.name, row.attended])),
    ).toEqual({ 'Mikko Salo': 5, 'Tiina Aho': 5, 'Heikki Mäki': 3, 'Laura Heino': 4 });
    expect(participants.every((row) => row.participant.hasAccount)).toBe(true);
  });

  it('has the closing event with 40 seats, registration closed, 26 registered and one cancellation', async () => {
    const closing = eventId('CLOSING');
    const registration = await testApp.graphql<{
      eventRegistration: {
        capacity: number;
        isOpen: boolean;
        registeredCount: number;
        waitlistedCount: number;
        seatsLeft: number;
        closesAt: { local: string };
      };
    }>(
      `query ($eventId: ID!) { eventRegistration(eventId: $eventId) {
        capacity isOpen registeredCount waitlistedCount seatsLeft closesAt { local } } }`,
      { eventId: closing },
      admin.headers,
    );
    expect(registration.errors).toBeUndefined();
    expect(registration.data!.eventRegistration).toEqual({
      capacity: 40,
      isOpen: false,
      registeredCount: 26,
      waitlistedCount: 0,
      seatsLeft: 14,
      closesAt: { local: '2024-01-25T16:00:00' },
    });
    const registrants = await testApp.graphql<{
      eventRegistrants: Array<{
        status: string;
        seatNo: number | null;
        arrival: number;
        registeredAt: string;
      }>;
    }>(
      'query ($eventId: ID!) { eventRegistrants(eventId: $eventId, limit: 100) { status seatNo arrival registeredAt } }',
      { eventId: closing },
      admin.headers,
    );
    expect(registrants.errors).toBeUndefined();
    const rows = registrants.data!.eventRegistrants;
    expect(rows).toHaveLength(26);
    expect(rows.every((row) => row.status === 'REGISTERED')).toBe(true);
    expect(new Set(rows.map((row) => row.seatNo)).size).toBe(26);
    // 27 arrived; the one missing from the list cancelled.
    expect(Math.max(...rows.map((row) => row.arrival))).toBe(27);
    // Registered before it closed, in arrival order.
    const times = [...rows].sort((a, b) => a.arrival - b.arrival).map((row) => row.registeredAt);
    expect(times).toEqual([...times].sort());
    expect(times.every((time) => time < '2024-01-25T14:00:00.000Z')).toBe(true);
  });

  it('has one held sparring session per cohort organisation with a summary and agreed actions, which are its pilot’s tasks, seen by its team only', async () => {
    const cohort = [
      'kuusiniemi',
      'jarvela',
      'pohjanranta',
      'harjula',
      'rantakyla',
      'kymijoki',
      'metsala',
    ];
    const seen: Array<{ headers: Record<string, string>; organisationId: string }> = [];
    for (const key of cohort) {
      const entry = DEMO_APPLICANTS_2023.find((candidate) => candidate.key === key)!;
      const responsible = await signInAs(testApp.dataSource, entry.responsible.email);
      const organisationId = await organisationIdOf(responsible.headers);
      const response = await testApp.graphql<SparringOf>(
        SPARRING_OF,
        { academyId, organisationId },
        responsible.headers,
      );
      expect(response.errors).toBeUndefined();
      const sparring = response.data!.appointmentRounds.filter(
        (round) => round.purpose === 'SPARRING',
      );
      expect(sparring).toHaveLength(1);
      expect(sparring[0].opensAt!.local).toBe('2023-11-01T00:00:00');
      expect(sparring[0].closesAt!.local).toBe('2024-01-31T23:59:00');
      const mine = await testApp.graphql<MySparring>(MY_SPARRING, {}, responsible.headers);
      expect(mine.errors).toBeUndefined();
      const [booking, ...more] = mine.data!.myConsultations.filter(
        (consultation) => consultation.purpose === 'SPARRING',
      );
      expect(more).toEqual([]);
      expect(new Set(response.data!.agreedActions.map((action) => action.bookingId))).toEqual(
        new Set([booking.id]),
      );
      const startsAt = booking.slot.startsAt; // November–January in Helsinki
      expect(startsAt > '2023-10-31T22:00' && startsAt < '2024-01-31T22:00').toBe(true);
      expect(['Outi Kiertola', 'Markus Rakentaja', 'Liisa Hankkija']).toContain(
        booking.expert.name,
      );
      expect(booking.summary!.summary.length).toBeGreaterThan(200);
      expect(booking.agreedActions.length).toBeGreaterThanOrEqual(2);
      expect(booking.agreedActions.length).toBeLessThanOrEqual(3);
      // Each agreed action is one task of the pilot, with the same title, due date and owner.
      const pilot = await testApp.graphql<PilotTasks>(
        PILOT_TASKS,
        { academyId, organisationId },
        responsible.headers,
      );
      expect(pilot.errors).toBeUndefined();
      const tasks = pilot.data!.pilot.tasks.filter((task) => task.agreedActionId !== null);
      expect(
        tasks
          .map((task) => [task.agreedActionId, task.title, task.dueDate, task.owner?.name])
          .sort(),
      ).toEqual(
        booking.agreedActions
          .map((action) => [action.id, action.title, action.dueDate, action.owner.name])
          .sort(),
      );
      seen.push({ headers: responsible.headers, organisationId });
    }
    // Another organisation's team sees none of it.
    const [first, second] = seen;
    const other = await testApp.graphql<SparringOf>(
      SPARRING_OF,
      { academyId, organisationId: second.organisationId },
      first.headers,
    );
    expect(other.data?.agreedActions ?? []).toEqual([]);
    const actions = await testApp.graphql<{ agreedActions: unknown[] }>(
      'query ($academyId: ID!, $organisationId: ID!) { agreedActions(academyId: $academyId, organisationId: $organisationId) { id } }',
      { academyId, organisationId: second.organisationId },
      first.headers,
    );
    expect(actions.data?.agreedActions ?? []).toEqual([]);
  });

  it('adds nothing when seeded again, even with its run record gone', async () => {
    const before = await snapshot();
    const seed = testApp.app.get(DemoSeedService);
    await seed.seedOnce();
    expect(await snapshot()).toEqual(before);
    // Without the seed_runs record each owner still finds its part and writes nothing.
    await testApp.dataSource.query('DELETE FROM seed_runs WHERE name = $1', [
      DEMO_PROGRAMME_SEED_NAME,
    ]);
    await seed.seedOnce();
    expect(await snapshot()).toEqual(before);
  });

  async function organisationIdOf(headers: Record<string, string>): Promise<string> {
    const response = await testApp.graphql<{
      myMemberships: Array<{ organisation: { id: string } }>;
    }>('{ myMemberships { organisation { id } } }', {}, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.myMemberships[0].organisation.id;
  }

  /** Everything the programme seed writes, as staff read it. */
  async function snapshot(): Promise<unknown[]> {
    const parts: unknown[] = [];
    for (const id of [eventId('KICKOFF'), eventId('WORKSHOP', 0), eventId('WORKSHOP', 1)])
      parts.push(await workshopView(id, admin.headers));
    for (const id of [eventId('KICKOFF'), eventId('CLOSING')])
      parts.push(
        (
          await testApp.graphql(
            'query ($eventId: ID!) { eventAttendance(eventId: $eventId) { attendedCount } eventRegistrants(eventId: $eventId, limit: 100) { id } }',
            { eventId: id },
            admin.headers,
          )
        ).data,
      );
    parts.push(
      (
        await testApp.graphql(
          'query ($academyId: ID!) { cohort(academyId: $academyId) { organisations { participants { id hasAccount } } } }',
          { academyId },
          admin.headers,
        )
      ).data,
    );
    // Every cohort organisation's sparring bookings with their summaries and actions.
    const cohort = await testApp.graphql<{
      cohort: { organisations: Array<{ organisation: { id: string } }> };
    }>(
      'query ($academyId: ID!) { cohort(academyId: $academyId) { organisations { organisation { id } } } }',
      { academyId },
      admin.headers,
    );
    for (const { organisation } of cohort.data!.cohort.organisations)
      parts.push(
        (
          await testApp.graphql(
            SPARRING_OF,
            { academyId, organisationId: organisation.id },
            admin.headers,
          )
        ).data,
        (
          await testApp.graphql(
            PILOT_TASKS,
            { academyId, organisationId: organisation.id },
            admin.headers,
          )
        ).data,
      );
    return parts;
  }
});
