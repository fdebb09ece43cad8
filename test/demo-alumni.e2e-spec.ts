import { DateTime } from 'luxon';
import {
  ALUMNI_MEETING_2024,
  FOLLOW_UP_MEETINGS_2024,
  OUTCOME_REPORTS_2024,
} from '../src/modules/demo/demo-alumni-2024.js';
import { reportFromFollowUp } from '../src/modules/demo/demo-alumni-history.js';
import { PILOT_FOLLOW_UP_2023 } from '../src/modules/demo/demo-follow-up-2023.js';
import { DEMO_ALUMNI_SEED_NAME, DemoSeedService } from '../src/modules/demo/demo-seed.service.js';
import { DEMO_APPLICANTS_2023 } from '../src/modules/demo/demo-selection-2023.js';
import { ApplicationStatus } from '../src/modules/applications/application.enums.js';
import { ApplicationEntity } from '../src/modules/applications/entities/application.entity.js';
import { createAdmin, insertDraftApplications, signInAs } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SEEDING_DAY = new Date('2026-11-24T08:00:00Z');
const ZONE = 'Europe/Helsinki';
const local = (instant: string): string =>
  DateTime.fromISO(instant, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");

interface Report {
  organisationName: string;
  status: string;
  dueOn: string | null;
  procured: string;
  criteriaText: string;
  lessons: string;
  permissionToPublish: boolean;
  submittedAt: string | null;
  measuresUsed: Array<{ key: string }>;
  finalMetrics: Array<{ name: string; finalValue: string | null; targetMet: boolean }>;
}

const REPORTS = `query ($academyId: ID!) { outcomeReports(academyId: $academyId) {
  organisationName status dueOn procured criteriaText lessons permissionToPublish submittedAt
  measuresUsed { key } finalMetrics { name finalValue targetMet } } }`;

const keyOf = (organisationName: string): string =>
  DEMO_APPLICANTS_2023.find((entry) => entry.organisation.name === organisationName)!.key;
const responsibleOf = (key: string): string =>
  DEMO_APPLICANTS_2023.find((entry) => entry.key === key)!.responsible.email;

/** The 2023 cohort's alumni year 2024 and the next edition (issue 16's demo). */
describe('demo alumni year of kiertotalous-2023', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof createAdmin>>;
  let academyId: string;

  beforeAll(async () => {
    testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    admin = await createAdmin(testApp.dataSource);
    const academy = await testApp.graphql<{ academy: { id: string; status: string } }>(
      '{ academy(slug: "kiertotalous-2023") { id status } }',
    );
    expect(academy.data!.academy.status).toBe('ALUMNI');
    academyId = academy.data!.academy.id;
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function alumniMeeting(headers?: Record<string, string>) {
    const response = await testApp.graphql<{
      academy: {
        events: Array<{ id: string; kind: string; audience: string; start: { local: string } }>;
      };
    }>(
      '{ academy(slug: "kiertotalous-2023") { events { id kind audience start { local } } } }',
      {},
      headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.academy.events.find((event) => event.kind === 'ALUMNI_MEETING');
  }

  it('shows an alumnus the 2024 alumni meeting they registered for; most alumni registered and came', async () => {
    const alumnus = await signInAs(testApp.dataSource, responsibleOf('kuusiniemi'));
    const meeting = await alumniMeeting(alumnus.headers);
    expect(meeting).toMatchObject({
      audience: 'ALUMNI',
      start: { local: '2024-10-15T13:00:00' },
    });
    // Not for the public.
    expect(await alumniMeeting()).toBeUndefined();

    const mine = await testApp.graphql<{
      eventRegistration: {
        inAudience: boolean;
        myRegistration: { status: string; seatNo: number | null } | null;
      };
    }>(
      'query ($id: ID!) { eventRegistration(eventId: $id) { inAudience myRegistration { status seatNo } } }',
      { id: meeting!.id },
      alumnus.headers,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.eventRegistration.inAudience).toBe(true);
    expect(mine.data!.eventRegistration.myRegistration?.status).toBe('REGISTERED');

    const staff = await testApp.graphql<{
      eventRegistration: {
        capacity: number;
        registeredCount: number;
        waitlistedCount: number;
        closesAt: { local: string };
      };
      eventAttendance: { attendedCount: number };
      cohort: { organisations: Array<{ participants: Array<{ id: string }> }> };
    }>(
      `query ($id: ID!, $academyId: ID!) {
        eventRegistration(eventId: $id) { capacity registeredCount waitlistedCount closesAt { local } }
        eventAttendance(eventId: $id) { attendedCount }
        cohort(academyId: $academyId) { organisations { participants { id } } } }`,
      { id: meeting!.id, academyId },
      admin.headers,
    );
    expect(staff.errors).toBeUndefined();
    const alumni = staff.data!.cohort.organisations.flatMap((row) => row.participants).length;
    expect(alumni).toBe(28);
    const registered = alumni - ALUMNI_MEETING_2024.notRegistered.length;
    expect(registered).toBe(24);
    expect(staff.data!.eventRegistration).toEqual({
      capacity: 40,
      registeredCount: registered,
      waitlistedCount: 0,
      closesAt: { local: '2024-10-08T23:59:00' },
    });
    expect(registered / alumni).toBeGreaterThan(0.8);
    expect(staff.data!.eventAttendance.attendedCount).toBe(
      registered - ALUMNI_MEETING_2024.absent.length,
    );
  });

  it('has the FOLLOW_UP round for alumni with one held meeting per organisation in autumn 2024, Helsinki time', async () => {
    const rounds = await testApp.graphql<{
      appointmentRounds: Array<{
        id: string;
        purpose: string;
        audience: string;
        titleFi: string;
        opensAt: { local: string };
      }>;
    }>(
      'query ($academyId: ID!) { appointmentRounds(academyId: $academyId) { id purpose audience titleFi opensAt { local } } }',
      { academyId },
      admin.headers,
    );
    expect(rounds.errors).toBeUndefined();
    const round = rounds.data!.appointmentRounds.find((row) => row.purpose === 'FOLLOW_UP')!;
    expect(round).toMatchObject({
      audience: 'ALUMNI',
      titleFi: 'Seurantatapaamiset 2024',
      opensAt: { local: '2024-10-01T00:00:00' },
    });

    const slots = await testApp.graphql<{
      consultationSlots: Array<{
        startsAt: string;
        endsAt: string;
        expert: { name: string };
        booking: {
          id: string;
          purpose: string;
          organisationName: string;
          summary: { summary: string } | null;
        } | null;
      }>;
    }>(
      `query ($academyId: ID!, $roundId: ID!) { consultationSlots(academyId: $academyId, roundId: $roundId) {
        startsAt endsAt expert { name } booking { id purpose organisationName summary { summary } } } }`,
      { academyId, roundId: round.id },
      admin.headers,
    );
    expect(slots.errors).toBeUndefined();
    const held = slots.data!.consultationSlots;
    expect(held).toHaveLength(7);
    const byKey = new Map(held.map((slot) => [keyOf(slot.booking!.organisationName), slot]));
    expect([...byKey.keys()].sort()).toEqual(
      FOLLOW_UP_MEETINGS_2024.map((entry) => entry.key).sort(),
    );
    for (const entry of FOLLOW_UP_MEETINGS_2024) {
      const slot = byKey.get(entry.key)!;
      expect([entry.key, local(slot.startsAt)]).toEqual([entry.key, entry.start]);
      expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(3_600_000);
      expect(slot.booking).toMatchObject({
        purpose: 'FOLLOW_UP',
        summary: { summary: entry.summary },
      });
      // A year on from the sparring, in autumn 2024 (winter time: UTC+2).
      expect(slot.startsAt >= '2024-11-01' && slot.startsAt < '2024-12-21').toBe(true);
    }
    expect(byKey.get('kuusiniemi')!.startsAt).toBe('2024-11-12T07:00:00.000Z');

    // The responsible person sees the summary of their own follow-up meeting.
    const alumnus = await signInAs(testApp.dataSource, responsibleOf('jarvela'));
    const outcome = await testApp.graphql<{
      appointmentOutcome: { sessionHeld: boolean; summary: { summary: string } | null };
    }>(
      'query ($id: ID!) { appointmentOutcome(bookingId: $id) { sessionHeld summary { summary } } }',
      { id: byKey.get('jarvela')!.booking!.id },
      alumnus.headers,
    );
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data!.appointmentOutcome).toEqual({
      sessionHeld: true,
      summary: { summary: FOLLOW_UP_MEETINGS_2024[1].summary },
    });
  });

  it('shows experts the seven outcome reports side by side: six submitted by the deadline, Metsälä a draft', async () => {
    const expert = await signInAs(testApp.dataSource, 'outi.kiertola@akatemia.example');
    const response = await testApp.graphql<{ outcomeReports: Report[] }>(
      REPORTS,
      { academyId },
      expert.headers,
    );
    expect(response.errors).toBeUndefined();
    const reports = new Map(
      response.data!.outcomeReports.map((report) => [keyOf(report.organisationName), report]),
    );
    expect(reports.size).toBe(7);
    expect(Object.fromEntries([...reports].map(([key, report]) => [key, report.status]))).toEqual({
      kuusiniemi: 'SUBMITTED',
      jarvela: 'SUBMITTED',
      pohjanranta: 'SUBMITTED',
      harjula: 'SUBMITTED',
      rantakyla: 'SUBMITTED',
      kymijoki: 'SUBMITTED',
      metsala: 'DRAFT',
    });
    const firstMeeting = FOLLOW_UP_MEETINGS_2024.map((entry) => entry.start).sort()[0];
    for (const entry of OUTCOME_REPORTS_2024) {
      const report = reports.get(entry.key)!;
      const expected = reportFromFollowUp(entry);
      expect(report.dueOn).toBe('2024-11-08');
      expect(report).toMatchObject({
        procured: entry.procured,
        lessons: entry.lessons,
        permissionToPublish: entry.permissionToPublish,
        criteriaText: expected.criteriaText,
      });
      expect(report.measuresUsed.map((measure) => measure.key).sort()).toEqual(
        [...expected.measureKeys].sort(),
      );
      // Consistent with the pilot's follow-up: applied measures, values measured by then.
      const pilot = PILOT_FOLLOW_UP_2023.find((candidate) => candidate.key === entry.key)!;
      expect(report.finalMetrics.map((metric) => metric.name)).toEqual(
        pilot.metrics.map((metric) => metric.name),
      );
      if (report.status === 'SUBMITTED') {
        expect(local(report.submittedAt!) <= '2024-11-08T23:59').toBe(true);
        expect(local(report.submittedAt!) < firstMeeting).toBe(true);
      }
    }
    expect(reports.get('pohjanranta')!.finalMetrics).toEqual([
      { name: 'Uusiokäyttöön ohjattujen materiaalien osuus', finalValue: '46', targetMet: true },
      { name: 'Uusiokäyttöön toimitetut teräsrakenteet', finalValue: '132', targetMet: true },
    ]);
    expect(reports.get('kuusiniemi')!.finalMetrics).toEqual([
      { name: 'Purkumateriaalien hyödyntämisaste', finalValue: '74', targetMet: true },
      // Measured only in 2025: not in the 2024 report.
      { name: 'Kierrätetyn kiviaineksen osuus %', finalValue: null, targetMet: false },
    ]);
    expect(reports.get('jarvela')!.finalMetrics[0]).toMatchObject({
      finalValue: '1240',
      targetMet: false,
    });
    expect(reports.get('metsala')!.submittedAt).toBeNull();
  });

  it('puts exactly the permitted submitted reports on the public results page', async () => {
    const response = await testApp.graphql<{
      publicResults: Array<{
        organisationName: string;
        outcomeReport: {
          procured: string;
          criteriaText: string;
          lessons: string;
          measuresUsed: Array<{ key: string }>;
          finalMetrics: Array<{ name: string; finalValue: string | null; targetMet: boolean }>;
        } | null;
      }>;
    }>(
      `{ publicResults(academySlug: "kiertotalous-2023") { organisationName outcomeReport {
        procured criteriaText lessons measuresUsed { key } finalMetrics { name finalValue targetMet } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const withReport = response
      .data!.publicResults.filter((row) => row.outcomeReport !== null)
      .map((row) => keyOf(row.organisationName))
      .sort();
    const permitted = OUTCOME_REPORTS_2024.filter(
      (entry) => entry.permissionToPublish && !entry.draft,
    ).map((entry) => entry.key);
    expect(withReport).toEqual([...permitted].sort());
    expect(withReport).toEqual(['harjula', 'jarvela', 'kuusiniemi', 'pohjanranta', 'rantakyla']);
    for (const row of response.data!.publicResults) {
      if (!row.outcomeReport) continue;
      const entry = OUTCOME_REPORTS_2024.find(
        (candidate) => candidate.key === keyOf(row.organisationName),
      )!;
      const expected = reportFromFollowUp(entry);
      expect(row.outcomeReport).toMatchObject({
        procured: entry.procured,
        lessons: entry.lessons,
        criteriaText: expected.criteriaText,
      });
      expect(row.outcomeReport.measuresUsed.map((measure) => measure.key).sort()).toEqual(
        [...expected.measureKeys].sort(),
      );
      const values = Object.fromEntries(
        expected.finalValues.map((value) => [value.metricName, value.value]),
      );
      for (const metric of row.outcomeReport.finalMetrics)
        expect(metric.finalValue).toBe(values[metric.name] ?? null);
    }
  });

  it('keeps the next edition open today, following the 2023 edition', async () => {
    const response = await testApp.graphql<{
      academies: Array<{
        id: string;
        slug: string;
        status: string;
        previousEditionId: string | null;
        applicationOpensAt: string;
        applicationDeadline: string;
      }>;
    }>('{ academies { id slug status previousEditionId applicationOpensAt applicationDeadline } }');
    expect(response.errors).toBeUndefined();
    const next = response.data!.academies.find((row) => row.previousEditionId === academyId)!;
    expect(next).toMatchObject({ slug: 'kiertotalous-2027', status: 'OPEN' });
    expect(new Date(next.applicationOpensAt) <= SEEDING_DAY).toBe(true);
    expect(new Date(next.applicationDeadline) > SEEDING_DAY).toBe(true);

    // "Prior groundwork" recognises a 2023 alumnus applying to it, not a newcomer.
    const cohort = await testApp.graphql<{
      cohort: { organisations: Array<{ organisation: { id: string; name: string } }> };
    }>(
      'query ($academyId: ID!) { cohort(academyId: $academyId) { organisations { organisation { id name } } } }',
      { academyId },
      admin.headers,
    );
    const alumnusOrganisation = cohort.data!.cohort.organisations.find(
      (row) => keyOf(row.organisation.name) === 'kuusiniemi',
    )!.organisation;
    const applications = testApp.dataSource.getRepository(ApplicationEntity);
    const alumnusApplication = await applications.save(
      applications.create({
        academyId: next.id,
        organisationId: alumnusOrganisation.id,
        status: ApplicationStatus.DRAFT,
        answers: {},
        updatedById: admin.user.id,
      }),
    );
    const [newcomer] = await insertDraftApplications(testApp.dataSource, next.id, 1);
    const list = await testApp.graphql<{
      academy: { eligibilityCriteria: Array<{ id: string; kind: string }> };
      applications: {
        items: Array<{ id: string; eligibility: Array<{ criterionId: string; outcome: string }> }>;
      };
    }>(
      `query ($academyId: ID!, $slug: String!) {
        academy(slug: $slug) { eligibilityCriteria { id kind } }
        applications(academyId: $academyId, limit: 100) { items { id eligibility { criterionId outcome } } } }`,
      { academyId: next.id, slug: next.slug },
      admin.headers,
    );
    expect(list.errors).toBeUndefined();
    const criterion = list.data!.academy.eligibilityCriteria.find(
      (row) => row.kind === 'PRIOR_GROUNDWORK',
    )!;
    const groundwork = (applicationId: string) =>
      list
        .data!.applications.items.find((item) => item.id === applicationId)
        ?.eligibility.find((result) => result.criterionId === criterion.id)?.outcome;
    expect(groundwork(alumnusApplication.id)).toBe('MET');
    expect(groundwork(newcomer.applicationId)).not.toBe('MET');

    // Its circular-measure catalogue, as createNextEdition would have copied it.
    const catalogues = await testApp.graphql<{
      previous: Array<{ key: string }>;
      next: Array<{ key: string }>;
    }>(
      `query ($previous: ID!, $next: ID!) {
        previous: circularMeasures(academyId: $previous) { key }
        next: circularMeasures(academyId: $next) { key } }`,
      { previous: academyId, next: next.id },
      admin.headers,
    );
    expect(catalogues.errors).toBeUndefined();
    expect(catalogues.data!.next.length).toBeGreaterThan(0);
    expect(catalogues.data!.next).toEqual(catalogues.data!.previous);
  });

  it('writes nothing when seeded again, even with its run record gone', async () => {
    const before = await rowCounts();
    expect(before.outcome_reports).toBe(7);
    expect(before.event_attendances).toBeGreaterThan(0);
    const seed = testApp.app.get(DemoSeedService);
    await seed.seedOnce();
    expect(await rowCounts()).toEqual(before);
    await testApp.dataSource.query('DELETE FROM seed_runs WHERE name = $1', [
      DEMO_ALUMNI_SEED_NAME,
    ]);
    await seed.seedOnce();
    expect(await rowCounts()).toEqual(before);
  });

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of [
      'event_registrations',
      'event_registration_settings',
      'event_attendances',
      'appointment_rounds',
      'consultation_slots',
      'consultation_bookings',
      'appointment_summaries',
      'agreed_actions',
      'outcome_reports',
      'outcome_report_measures',
      'outcome_report_metrics',
      'follow_up_settings',
      'tracked_action_tasks',
      'users',
      'audit_entries',
    ]) {
      const [row] = await testApp.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM ${table}`,
      );
      counts[table] = row.n;
    }
    return counts;
  }
});
