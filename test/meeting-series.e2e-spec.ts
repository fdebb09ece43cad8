import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  REGISTER_FOR_EVENT,
  addCohortMember,
  createAcademy,
  createAdmin,
  createExpert,
  createOrganisationWithContact,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const NOW = new Date('2018-11-01T08:00:00Z');
const PLAN = `mutation ($input: PlanMeetingSeriesInput!) { planMeetingSeries(input: $input) {
  id kind title { fi en } status sequence audience start { local instant } end { local } place } }`;
const RESCHEDULE = `mutation ($input: RescheduleEventInput!) { rescheduleEvent(input: $input) { id start { local } sequence } }`;
const CANCEL = `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { id status } }`;
const REGISTRATION = `query ($eventId: ID!) { eventRegistration(eventId: $eventId) { capacity closesAt { local } seatsLeft } }`;

interface Meeting {
  id: string;
  title: { fi: string; en: string | null };
  status: string;
  start: { local: string; instant: string };
  end: { local: string };
}
interface Problem {
  field: string;
  rule: string;
  message?: string;
}

/** The CircPro stakeholder group (seeds 000/001): about twice a year, at least five meetings. */
const STAKEHOLDER_MEETINGS = {
  kind: 'OTHER',
  title: { fi: 'Sidosryhmätapaaminen', en: 'Stakeholder meeting' },
  startsAt: '2018-11-20T13:00',
  endsAt: '2018-11-20T15:30',
  every: 6,
  unit: 'MONTHS',
  count: 5,
  numbered: true,
  mode: 'IN_PERSON',
  place: 'Kouvola',
};

describe('meeting series', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: NOW });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const plan = (academy: AcademyEntity, overrides: Record<string, unknown> = {}) =>
    graphqlOk<{ planMeetingSeries: Meeting[] }>(
      testApp,
      PLAN,
      { input: { academyId: academy.id, ...STAKEHOLDER_MEETINGS, ...overrides } },
      admin.headers,
    ).then((data) => data.planMeetingSeries);

  const counts = async (academyId: string) => {
    const [row] = await testApp.dataSource.query<
      Array<{ events: number; settings: number; audit: number }>
    >(
      `SELECT (SELECT count(*)::int FROM timeline_events WHERE academy_id = $1) AS events,
              (SELECT count(*)::int FROM event_registration_settings s
                 JOIN timeline_events e ON e.id = s.event_id WHERE e.academy_id = $1) AS settings,
              (SELECT count(*)::int FROM audit_entries WHERE action = 'event_series.planned' AND entity_id = $1) AS audit`,
      [academyId],
    );
    return row;
  };

  it('plans individual events at the same wall-clock time across DST, numbered, audited', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const meetings = await plan(academy);
    expect(meetings.map((meeting) => meeting.start.local)).toEqual([
      '2018-11-20T13:00:00',
      '2019-05-20T13:00:00',
      '2019-11-20T13:00:00',
      '2020-05-20T13:00:00',
      '2020-11-20T13:00:00',
    ]);
    // Winter UTC+2, summer UTC+3: the instants differ by the offset, the local time does not.
    expect(meetings.map((meeting) => meeting.start.instant)).toEqual([
      '2018-11-20T11:00:00.000Z',
      '2019-05-20T10:00:00.000Z',
      '2019-11-20T11:00:00.000Z',
      '2020-05-20T10:00:00.000Z',
      '2020-11-20T11:00:00.000Z',
    ]);
    expect(meetings.every((meeting) => meeting.end.local.endsWith('T15:30:00'))).toBe(true);
    expect(meetings.map((meeting) => meeting.title.fi)).toEqual([
      'Sidosryhmätapaaminen 1/5',
      'Sidosryhmätapaaminen 2/5',
      'Sidosryhmätapaaminen 3/5',
      'Sidosryhmätapaaminen 4/5',
      'Sidosryhmätapaaminen 5/5',
    ]);
    expect(meetings[1].title.en).toBe('Stakeholder meeting 2/5');
    expect(await counts(academy.id)).toEqual({ events: 5, settings: 0, audit: 1 });
    const [scheduled] = await testApp.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM audit_entries WHERE action = 'event.scheduled' AND entity_id = ANY($1::uuid[])`,
      [meetings.map((meeting) => meeting.id)],
    );
    expect(scheduled.count).toBe(5);
  });

  it('leaves each meeting editable and cancellable alone', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const meetings = await plan(academy);
    const moved = await graphqlOk<{
      rescheduleEvent: { start: { local: string }; sequence: number };
    }>(
      testApp,
      RESCHEDULE,
      {
        input: {
          eventId: meetings[1].id,
          startsAt: '2019-05-22T09:00',
          endsAt: '2019-05-22T11:00',
        },
      },
      admin.headers,
    );
    expect(moved.rescheduleEvent).toMatchObject({
      start: { local: '2019-05-22T09:00:00' },
      sequence: 1,
    });
    await graphqlOk(testApp, CANCEL, { input: { eventId: meetings[3].id } }, admin.headers);
    const rows = await testApp.dataSource.query<
      Array<{ id: string; status: string; sequence: number }>
    >('SELECT id, status, sequence FROM timeline_events WHERE academy_id = $1 ORDER BY starts_at', [
      academy.id,
    ]);
    expect(rows.map((row) => row.status)).toEqual([
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
      'CANCELLED',
      'SCHEDULED',
    ]);
    expect(rows.filter((row) => row.sequence === 0)).toHaveLength(3);
  });

  it('offers registration with capacity on every meeting, closing days before at the same local time', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const { organisation, members } = await createOrganisationWithContact(testApp.dataSource, {
      members: 2,
    });
    await addCohortMember(testApp.dataSource, academy, organisation);
    const meetings = await plan(academy, {
      title: { fi: 'Kansainvälinen hankekokous', en: 'International project meeting' },
      startsAt: '2019-03-12T09:00',
      endsAt: '2019-03-13T16:00',
      every: 6,
      count: 7,
      numbered: false,
      place: null,
      registration: { capacity: 2, closesDaysBefore: 14 },
    });
    expect(meetings).toHaveLength(7);
    expect(await counts(academy.id)).toEqual({ events: 7, settings: 7, audit: 1 });
    const first = await graphqlOk<{
      eventRegistration: { capacity: number; closesAt: { local: string } };
    }>(testApp, REGISTRATION, { eventId: meetings[0].id }, admin.headers);
    expect(first.eventRegistration).toMatchObject({
      capacity: 2,
      closesAt: { local: '2019-02-26T09:00:00' },
    });
    // 12.9.2019 minus 14 days: 29.8. at 09:00 local, a calendar day rather than 24 hours.
    const second = await graphqlOk<{ eventRegistration: { closesAt: { local: string } } }>(
      testApp,
      REGISTRATION,
      { eventId: meetings[1].id },
      admin.headers,
    );
    expect(second.eventRegistration.closesAt.local).toBe('2019-08-29T09:00:00');
    const registered = await graphqlOk<{ registerForEvent: { seatsLeft: number } }>(
      testApp,
      REGISTER_FOR_EVENT,
      { input: { eventId: meetings[0].id } },
      members[0].headers,
    );
    expect(registered.registerForEvent.seatsLeft).toBe(1);
  });

  describe('refuses, writing nothing', () => {
    const refuse = async (
      overrides: Record<string, unknown>,
      who: SignedInUser = admin,
    ): Promise<{ code: unknown; problems: Problem[]; academyId: string }> => {
      const academy = await createAcademy(testApp.dataSource);
      const response = await testApp.graphql<unknown>(
        PLAN,
        { input: { academyId: academy.id, ...STAKEHOLDER_MEETINGS, ...overrides } },
        { ...who.headers, 'accept-language': 'fi' },
      );
      expect(await counts(academy.id)).toEqual({ events: 0, settings: 0, audit: 0 });
      const error = response.errors?.[0];
      return {
        code: error?.extensions?.code,
        problems: (error?.extensions?.validationErrors as Problem[] | undefined) ?? [],
        academyId: academy.id,
      };
    };

    it('a meeting on a local time that does not exist (the spring-forward hour), naming it', async () => {
      // Weekly from 17.3.2019 03:30: the third meeting, 31.3. 03:30, does not exist in Helsinki.
      const { code, problems } = await refuse({
        startsAt: '2019-03-17T03:30',
        endsAt: '2019-03-17T05:00',
        every: 1,
        unit: 'WEEKS',
        count: 3,
      });
      expect(code).toBe('BAD_USER_INPUT');
      expect(problems).toEqual([
        expect.objectContaining({ field: 'input.startsAt', rule: 'NONEXISTENT_LOCAL_TIME' }),
      ]);
      expect(problems[0].message).toContain('kesäaikaan');
    });

    it('a meeting on a local time that happens twice', async () => {
      const { problems } = await refuse({
        startsAt: '2019-10-20T03:30',
        endsAt: '2019-10-20T05:00',
        every: 1,
        unit: 'WEEKS',
        count: 2,
      });
      expect(problems.map((problem) => problem.rule)).toEqual(['AMBIGUOUS_LOCAL_TIME']);
    });

    it('a first start that does not exist', async () => {
      const { problems } = await refuse({
        startsAt: '2019-03-31T03:30',
        endsAt: '2019-03-31T05:00',
      });
      expect(problems.map(({ field, rule }) => ({ field, rule }))).toEqual([
        { field: 'input.startsAt', rule: 'NONEXISTENT_LOCAL_TIME' },
      ]);
    });

    it('an end before the start', async () => {
      const { problems } = await refuse({ endsAt: '2018-11-20T12:00' });
      expect(problems.map(({ field, rule }) => ({ field, rule }))).toEqual([
        { field: 'input.endsAt', rule: 'endAfterStart' },
      ]);
    });

    it.each([
      [{ count: 1 }, 'input.count', 'min'],
      [{ count: 53 }, 'input.count', 'max'],
      [{ every: 0 }, 'input.every', 'min'],
      [
        { registration: { capacity: 0, closesDaysBefore: 0 } },
        'input.registration.capacity',
        'min',
      ],
      [{ onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl', 'isUrl'],
    ])('bad numbers and links: %p', async (overrides, field, rule) => {
      const { code, problems } = await refuse(overrides);
      expect(code).toBe('BAD_USER_INPUT');
      expect(problems.map((problem) => ({ field: problem.field, rule: problem.rule }))).toEqual([
        { field, rule },
      ]);
    });

    it('an ORGANISATION series without an organisation', async () => {
      const { problems } = await refuse({ audience: 'ORGANISATION' });
      expect(problems.map(({ field, rule }) => ({ field, rule }))).toEqual([
        { field: 'input.audienceOrganisationId', rule: 'isNotEmpty' },
      ]);
    });

    it('an expert (admins plan series)', async () => {
      const expert = await createExpert(testApp.dataSource);
      const { code } = await refuse({ hostIds: [expert.user.id] }, expert);
      expect(code).toBe('FORBIDDEN');
    });
  });
});
