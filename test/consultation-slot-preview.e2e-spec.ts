// What the web client's expert page and booking page read besides the booking operations:
// a dry run of publishConsultationSlots (the preview can never differ from the publish),
// the academy's change cut-off, and a zone named in words.
import { type AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  createAcademy,
  createExpert,
  createSignedInUser,
  PUBLISH_SLOTS,
  publishSlots,
  SPRING_2027,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const PREVIEW =
  'query ($input: PublishConsultationSlotsInput!) { consultationSlotPreview(input: $input) { startsAt endsAt overlapsOwnSlot } }';

type Slot = { startsAt: string; endsAt: string };

describe('consultationSlotPreview, cut-off and zone name', () => {
  let testApp: TestApp;
  let expert: SignedInUser;
  let academy: AcademyEntity;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2027-04-20T09:00:00Z') });
    expert = await createExpert(testApp.dataSource);
    academy = await createAcademy(testApp.dataSource, {
      ...SPRING_2027,
      consultationChangeCutoffHours: 48,
    });
  });
  afterAll(() => testApp.close());

  const seriesInput = (series: Record<string, unknown>) => ({
    academyId: academy.id,
    mode: 'IN_PERSON',
    place: 'Pasila',
    series,
  });
  const slotCount = async () =>
    (
      await testApp.dataSource.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM consultation_slots WHERE expert_id = $1',
        [expert.user.id],
      )
    )[0].count;

  it('previews exactly the slots the publish then creates, writing nothing', async () => {
    // A week in May (UTC+3): Monday and Wednesday, 09:00–12:00 local.
    const input = seriesInput({
      from: '2027-05-03',
      to: '2027-05-09',
      dailyStart: '09:00',
      dailyEnd: '12:00',
      slotMinutes: 45,
      bufferMinutes: 15,
      weekdays: ['MONDAY', 'WEDNESDAY'],
    });
    const before = await slotCount();
    const { consultationSlotPreview: preview } = await graphqlOk<{
      consultationSlotPreview: Array<Slot & { overlapsOwnSlot: boolean }>;
    }>(testApp, PREVIEW, { input }, expert.headers);
    expect(await slotCount()).toBe(before);
    expect(preview.map((slot) => slot.startsAt)).toEqual([
      '2027-05-03T06:00:00.000Z',
      '2027-05-03T07:00:00.000Z',
      '2027-05-03T08:00:00.000Z',
      '2027-05-05T06:00:00.000Z',
      '2027-05-05T07:00:00.000Z',
      '2027-05-05T08:00:00.000Z',
    ]);
    expect(preview.every((slot) => !slot.overlapsOwnSlot)).toBe(true);

    const { publishConsultationSlots: published } = await graphqlOk<{
      publishConsultationSlots: Slot[];
    }>(testApp, PUBLISH_SLOTS, { input }, expert.headers);
    expect(published.map(({ startsAt, endsAt }) => ({ startsAt, endsAt }))).toEqual(
      preview.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    );
  });

  it('marks the slots that overlap the expert’s open slots, which the publish refuses', async () => {
    await publishSlots(testApp, expert, academy.id, '2027-05-12', 1); // 08:00–08:30
    const input = seriesInput({
      from: '2027-05-12',
      to: '2027-05-12',
      dailyStart: '07:30',
      dailyEnd: '09:00',
      slotMinutes: 30,
      bufferMinutes: 0,
    });
    const { consultationSlotPreview: preview } = await graphqlOk<{
      consultationSlotPreview: Array<Slot & { overlapsOwnSlot: boolean }>;
    }>(testApp, PREVIEW, { input }, expert.headers);
    expect(preview.map((slot) => slot.overlapsOwnSlot)).toEqual([false, true, false]);
    const publish = await testApp.graphql(PUBLISH_SLOTS, { input }, expert.headers);
    expect(publish.errors?.[0].extensions?.code).toBe('SLOT_OVERLAP');
    // Another expert's slots are not theirs to collide with.
    const other = await createExpert(testApp.dataSource);
    const theirs = await graphqlOk<{
      consultationSlotPreview: Array<{ overlapsOwnSlot: boolean }>;
    }>(testApp, PREVIEW, { input }, other.headers);
    expect(theirs.consultationSlotPreview.some((slot) => slot.overlapsOwnSlot)).toBe(false);
  });

  it('refuses as the publish does, naming the same field and rule', async () => {
    const cases = [
      {
        series: {
          from: '2027-03-01',
          to: '2027-04-02',
          dailyStart: '09:00',
          dailyEnd: '10:00',
          slotMinutes: 30,
        },
        field: 'input.series.from',
        rule: 'consultationPeriod',
      },
      {
        series: {
          from: '2027-05-08',
          to: '2027-05-09',
          dailyStart: '09:00',
          dailyEnd: '10:00',
          slotMinutes: 30,
        },
        field: 'input.series',
        rule: 'emptySeries',
      },
    ];
    for (const { series, field, rule } of cases) {
      const preview = await testApp.graphql(
        PREVIEW,
        { input: seriesInput(series) },
        expert.headers,
      );
      const publish = await testApp.graphql(
        PUBLISH_SLOTS,
        { input: seriesInput(series) },
        expert.headers,
      );
      for (const response of [preview, publish]) {
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].extensions?.validationErrors).toEqual([
          expect.objectContaining({ field, rule }),
        ]);
      }
    }
  });

  it('is for experts and admins only', async () => {
    const applicant = await createSignedInUser(testApp.dataSource);
    const response = await testApp.graphql(
      PREVIEW,
      {
        input: seriesInput({
          from: '2027-05-03',
          to: '2027-05-03',
          dailyStart: '09:00',
          dailyEnd: '10:00',
          slotMinutes: 30,
        }),
      },
      applicant.headers,
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives the academy’s change cut-off and names its zone in the reader’s language', async () => {
    const query =
      'query ($slug: String!) { academy(slug: $slug) { consultationChangeCutoffHours dates { consultationBookingDeadline { zoneName sv: zoneName(locale: sv) } } } }';
    const answer = (language: string) =>
      graphqlOk<{
        academy: {
          consultationChangeCutoffHours: number;
          dates: { consultationBookingDeadline: { zoneName: string; sv: string } };
        };
      }>(testApp, query, { slug: academy.slug }, { 'accept-language': language });
    const fi = await answer('fi');
    expect(fi.academy.consultationChangeCutoffHours).toBe(48);
    expect(fi.academy.dates.consultationBookingDeadline).toEqual({
      zoneName: 'Suomen aikaa',
      sv: 'finsk tid',
    });
    expect((await answer('en')).academy.dates.consultationBookingDeadline.zoneName).toBe(
      'Finnish time',
    );
  });
});
