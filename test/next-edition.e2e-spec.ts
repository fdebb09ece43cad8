import { AcademyEnrolment, AcademyStatus } from '../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { EligibilityCriterionEntity } from '../src/modules/applications/entities/eligibility-criterion.entity.js';
import { ApplicationEntity } from '../src/modules/applications/entities/application.entity.js';
import { AuditEntryEntity } from '../src/modules/audit/entities/audit-entry.entity.js';
import { CohortMemberEntity } from '../src/modules/cohort/entities/cohort-member.entity.js';
import { AppointmentRoundEntity } from '../src/modules/consultations/entities/appointment-round.entity.js';
import { ConsultationSlotEntity } from '../src/modules/consultations/entities/consultation-slot.entity.js';
import { CircularMeasureEntity } from '../src/modules/follow-up/entities/circular-measure.entity.js';
import { FollowUpSettingsEntity } from '../src/modules/follow-up/entities/follow-up-settings.entity.js';
import { CircularMeasuresService } from '../src/modules/follow-up/measures/circular-measures.service.js';
import { ProgrammeFundingSourceEntity } from '../src/modules/programme/entities/programme-funding-source.entity.js';
import { ProgrammePartnerEntity } from '../src/modules/programme/entities/programme-partner.entity.js';
import { ProgrammeProfileEntity } from '../src/modules/programme/entities/programme-profile.entity.js';
import { EventRegistrationSettingsEntity } from '../src/modules/registration/entities/event-registration-settings.entity.js';
import { ReviewCriterionEntity } from '../src/modules/selection/entities/review-criterion.entity.js';
import { TimelineEventEntity } from '../src/modules/timeline/entities/timeline-event.entity.js';
import {
  addCohortMember,
  createAcademy,
  createAdmin,
  createExpert,
  insertDraftApplications,
  openRound,
  scheduleEvent,
  setEventRegistration,
  setReviewRubric,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CREATE = `mutation ($input: CreateNextEditionInput!) {
  createNextEdition(input: $input) {
    id slug status previousEditionId title { fi } capacity
    dates { applicationDeadline { instant local } applicationOpensAt { local } selectionAnnouncementAt { local } }
  }
}`;
const PREVIEW = `query ($input: NextEditionPreviewInput!) {
  nextEditionPreview(input: $input) {
    years days nonexistentCount
    times { kind id label field from { local } to { instant local } local leapDayMoved }
  }
}`;
const SET_CRITERIA = `mutation ($input: SetEligibilityCriteriaInput!) { setEligibilityCriteria(input: $input) { id } }`;
const ELIGIBILITY = `query ($academyId: ID!) {
  applications(academyId: $academyId, limit: 100) {
    items { id eligibility { criterionId outcome explanation } }
  }
}`;

interface Created {
  id: string;
  slug: string;
  status: string;
  previousEditionId: string;
  title: { fi: string };
  capacity: number;
  dates: {
    applicationDeadline: { instant: string; local: string };
    applicationOpensAt: { local: string };
    selectionAnnouncementAt: { local: string };
  };
}

describe('next edition (createNextEdition)', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2026-06-10T09:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const repository = <T extends object>(entity: new () => T) =>
    testApp.dataSource.getRepository(entity);

  /** Rows of every table a copy writes, to show a refusal wrote nothing. */
  async function counts(): Promise<Record<string, number>> {
    return {
      academies: await repository(AcademyEntity).count(),
      events: await repository(TimelineEventEntity).count(),
      rounds: await repository(AppointmentRoundEntity).count(),
      criteria: await repository(EligibilityCriterionEntity).count(),
      rubric: await repository(ReviewCriterionEntity).count(),
      measures: await repository(CircularMeasureEntity).count(),
      settings: await repository(FollowUpSettingsEntity).count(),
      partners: await repository(ProgrammePartnerEntity).count(),
      registrationSettings: await repository(EventRegistrationSettingsEntity).count(),
      audit: await repository(AuditEntryEntity).count(),
    };
  }

  /**
   * A 2026 academy (deadline 31.5.2026 23:59:59.999 Helsinki) with criteria, rubric, catalogue,
   * follow-up settings, a sparring round and events on both sides of the DST changes.
   */
  async function sourceAcademy(overrides: Partial<AcademyEntity> = {}): Promise<AcademyEntity> {
    const academy = await createAcademy(testApp.dataSource, {
      status: AcademyStatus.RUNNING,
      confirmationDeadline: new Date('2026-06-30T23:59:59.999+03:00'),
      ...overrides,
    });
    await graphqlOk(
      testApp,
      SET_CRITERIA,
      {
        input: {
          academyId: academy.id,
          criteria: [
            {
              kind: 'PRIOR_GROUNDWORK',
              severity: 'SOFT',
              label: { fi: 'Pohjatyö', en: 'Groundwork' },
              parameters: { acceptedProgrammes: ['KEINO_ACADEMY'] },
            },
            {
              kind: 'PILOT_PROCUREMENT',
              severity: 'SOFT',
              label: { fi: 'Pilotti' },
              parameters: { startFrom: '2026-08-01', startTo: '2027-03-31' },
            },
          ],
        },
      },
      admin.headers,
    );
    await setReviewRubric(testApp, admin, academy.id);
    await testApp.app
      .get(CircularMeasuresService)
      .seedDefaults(testApp.dataSource.manager, academy.id);
    await repository(FollowUpSettingsEntity).insert({
      academyId: academy.id,
      taskReminderDays: 5,
    });
    return academy;
  }

  it('copies texts, rules, catalogue, timeline and rounds a year on, keeping 10:00 local across DST', async () => {
    const source = await sourceAcademy();
    // 27.10.2026 is after the autumn change (+02); 27.10.2027 is before it (+03).
    const october = await scheduleEvent(testApp, admin, {
      academyId: source.id,
      kind: 'WORKSHOP',
      title: { fi: 'Lokakuun työpaja' },
      startsAt: '2026-10-27T10:00',
      endsAt: '2026-10-27T11:30',
      hostIds: [expert.user.id],
    });
    // 27.3.2027 is before the spring change (+02); 27.3.2028 is after it (+03).
    await scheduleEvent(testApp, admin, {
      academyId: source.id,
      kind: 'CLOSING',
      title: { fi: 'Päätöstilaisuus' },
      startsAt: '2027-03-27T10:00',
      endsAt: '2027-03-27T16:00',
      mode: 'IN_PERSON',
      place: 'Helsinki',
    });
    const [organisation] = await insertDraftApplications(testApp.dataSource, source.id, 1);
    await addCohortMember(testApp.dataSource, source, organisation.organisation);
    await scheduleEvent(testApp, admin, {
      academyId: source.id,
      kind: 'SPARRING',
      title: { fi: 'Sparraus' },
      startsAt: '2026-11-10T10:00',
      endsAt: '2026-11-10T11:00',
      audience: 'ORGANISATION',
      audienceOrganisationId: organisation.organisation.id,
    });
    await openRound(testApp, admin, {
      academyId: source.id,
      purpose: 'SPARRING',
      titleFi: 'Sparrauskierros',
      opensAt: '2026-11-01T09:00',
      closesAt: '2027-01-31T16:00',
      bookingsPerOrganisation: 2,
    });

    const preview = await graphqlOk<{
      nextEditionPreview: {
        years: number;
        days: number | null;
        nonexistentCount: number;
        times: Array<{ kind: string; field: string; to: { instant: string; local: string } }>;
      };
    }>(
      testApp,
      PREVIEW,
      { input: { academyId: source.id, shiftTo: { year: 2027 } } },
      admin.headers,
    );
    expect(preview.nextEditionPreview).toMatchObject({ years: 1, days: null, nonexistentCount: 0 });
    expect(
      preview.nextEditionPreview.times.find(
        (time) => time.kind === 'TIMELINE_EVENT' && time.field === 'startsAt',
      )?.to,
    ).toEqual({ instant: '2027-10-27T07:00:00.000Z', local: '2027-10-27T10:00:00' });

    const before = await counts();
    const created = (
      await graphqlOk<{ createNextEdition: Created }>(
        testApp,
        CREATE,
        { input: { academyId: source.id, slug: 'seuraava-2027', shiftTo: { year: 2027 } } },
        admin.headers,
      )
    ).createNextEdition;

    expect(created).toMatchObject({
      slug: 'seuraava-2027',
      status: 'DRAFT',
      previousEditionId: source.id,
      title: { fi: source.title.fi },
      capacity: source.capacity,
    });
    expect(created.dates.applicationDeadline).toEqual({
      instant: '2027-05-31T20:59:59.999Z',
      local: '2027-05-31T23:59:59',
    });
    expect(created.dates.applicationOpensAt.local).toBe('2027-04-01T00:00:00');
    const copy = await repository(AcademyEntity).findOneByOrFail({ id: created.id });
    expect(copy.confirmationDeadline?.toISOString()).toBe('2027-06-30T20:59:59.999Z');

    // The timeline: the same wall-clock times, other UTC instants; no one organisation's session.
    const events = await repository(TimelineEventEntity).find({
      where: { academyId: created.id },
      relations: { hosts: true },
      order: { startsAt: 'ASC' },
    });
    expect(
      events.map((event) => [
        event.title.fi,
        event.startsAt.toISOString(),
        event.endsAt.toISOString(),
        event.sequence,
        event.status,
      ]),
    ).toEqual([
      ['Lokakuun työpaja', '2027-10-27T07:00:00.000Z', '2027-10-27T08:30:00.000Z', 0, 'SCHEDULED'],
      ['Päätöstilaisuus', '2028-03-27T07:00:00.000Z', '2028-03-27T13:00:00.000Z', 0, 'SCHEDULED'],
    ]);
    // …where the source's were at +02 (08:00Z).
    const sourceEvent = await repository(TimelineEventEntity).findOneByOrFail({ id: october });
    expect(sourceEvent.startsAt.toISOString()).toBe('2026-10-27T08:00:00.000Z');
    expect(events[0].id).not.toBe(october);
    expect(events[0].hosts?.map((host) => host.id)).toEqual([expert.user.id]);
    expect(events[1]).toMatchObject({ mode: 'IN_PERSON', place: 'Helsinki' });

    // Rounds: the window shifted, the limit kept; no slots or bookings.
    const rounds = await repository(AppointmentRoundEntity).findBy({ academyId: created.id });
    expect(
      rounds.map((round) => ({
        purpose: round.purpose,
        titleFi: round.titleFi,
        opensAt: round.opensAt?.toISOString(),
        closesAt: round.closesAt?.toISOString(),
        bookingsPerOrganisation: round.bookingsPerOrganisation,
      })),
    ).toEqual([
      {
        purpose: 'SPARRING',
        titleFi: 'Sparrauskierros',
        opensAt: '2027-11-01T07:00:00.000Z',
        closesAt: '2028-01-31T14:00:00.000Z',
        bookingsPerOrganisation: 2,
      },
    ]);
    expect(await repository(ConsultationSlotEntity).countBy({ roundId: rounds[0].id })).toBe(0);

    // Criteria (the pilot window a year on), rubric, catalogue and settings.
    const criteria = await repository(EligibilityCriterionEntity).find({
      where: { academyId: created.id },
      order: { position: 'ASC' },
    });
    expect(criteria.map((criterion) => [criterion.kind, criterion.parameters])).toEqual([
      ['PRIOR_GROUNDWORK', { acceptedProgrammes: ['KEINO_ACADEMY'] }],
      ['PILOT_PROCUREMENT', { startFrom: '2027-08-01', startTo: '2028-03-31' }],
    ]);
    const rubric = (academyId: string) =>
      repository(ReviewCriterionEntity).find({ where: { academyId }, order: { position: 'ASC' } });
    expect(
      (await rubric(created.id)).map(({ label, weight, scaleMin, scaleMax, position }) => ({
        label,
        weight,
        scaleMin,
        scaleMax,
        position,
      })),
    ).toEqual(
      (await rubric(source.id)).map(({ label, weight, scaleMin, scaleMax, position }) => ({
        label,
        weight,
        scaleMin,
        scaleMax,
        position,
      })),
    );
    const keys = async (academyId: string) =>
      (
        await repository(CircularMeasureEntity).find({
          where: { academyId },
          order: { position: 'ASC' },
        })
      ).map((measure) => measure.key);
    expect(await keys(created.id)).toEqual(await keys(source.id));
    expect((await keys(created.id)).length).toBeGreaterThan(0);
    expect(
      await repository(FollowUpSettingsEntity).findOneByOrFail({ academyId: created.id }),
    ).toMatchObject({ taskReminderDays: 5 });

    // Nobody comes along: no applications, no cohort.
    expect(await repository(ApplicationEntity).countBy({ academyId: created.id })).toBe(0);
    expect(await repository(CohortMemberEntity).countBy({ academyId: created.id })).toBe(0);

    // One audit entry names the source, the shift and what was copied.
    const after = await counts();
    expect(after.academies).toBe(before.academies + 1);
    const audit = await repository(AuditEntryEntity).findOneByOrFail({
      entityId: created.id,
      action: 'academy.edition_created',
    });
    expect(audit.actorId).toBe(admin.user.id);
    expect(audit.after).toMatchObject({
      previousEditionId: source.id,
      shift: { years: 1 },
      copied: {
        timelineEvents: 2,
        appointmentRounds: 1,
        eligibilityCriteria: 2,
        reviewCriteria: expect.any(Number),
        followUpSettings: 1,
      },
    });
  });

  it("carries enrolment, sign-up terms, the programme page (no money) and events' registration settings", async () => {
    const source = await sourceAcademy({
      enrolment: AcademyEnrolment.OPEN,
      signUpTerms: { fi: 'Sitoudun osallistumaan.', sv: null, en: 'I commit to take part.' },
    });
    const meeting = await scheduleEvent(testApp, admin, {
      academyId: source.id,
      kind: 'WORKSHOP',
      title: { fi: 'Sidosryhmätapaaminen' },
      startsAt: '2026-11-12T13:00',
      endsAt: '2026-11-12T15:00',
    });
    // 40 travel places, registration closing a week before at 16:00 (+02 in 2026 and 2027).
    await setEventRegistration(testApp, admin, meeting, 40, '2026-11-05T16:00');
    await repository(ProgrammeProfileEntity).insert({
      academyId: source.id,
      startDate: '2026-04-01',
      endDate: '2026-11-30',
      budgetAmount: '225118.00',
      budgetCurrency: 'EUR',
    });
    await repository(ProgrammePartnerEntity).insert([
      {
        academyId: source.id,
        position: 0,
        name: 'Green Net Finland ry',
        role: { fi: 'Koordinaattori', sv: null, en: 'Coordinator' },
        url: 'https://greennetfinland.fi',
      },
      {
        academyId: source.id,
        position: 1,
        name: 'Teknologian tutkimuskeskus VTT Oy',
        role: { fi: 'Toteuttaja', sv: null, en: 'Partner' },
        url: null,
      },
    ]);
    await repository(ProgrammeFundingSourceEntity).insert({
      academyId: source.id,
      position: 0,
      name: { fi: 'EU (EAKR)', sv: null, en: 'EU (ERDF)' },
      amount: '157582.60',
      currency: 'EUR',
    });

    // The preview lists the registration's closing time under the event's title.
    const preview = await graphqlOk<{
      nextEditionPreview: {
        times: Array<{ kind: string; label: string; field: string; to: { local: string } }>;
      };
    }>(
      testApp,
      PREVIEW,
      { input: { academyId: source.id, shiftTo: { year: 2027 } } },
      admin.headers,
    );
    expect(
      preview.nextEditionPreview.times.filter((time) => time.kind === 'EVENT_REGISTRATION'),
    ).toEqual([
      expect.objectContaining({
        label: 'Sidosryhmätapaaminen',
        field: 'registrationClosesAt',
        to: expect.objectContaining({ local: '2027-11-05T16:00:00' }),
      }),
    ]);

    const created = (
      await graphqlOk<{ createNextEdition: Created }>(
        testApp,
        CREATE,
        { input: { academyId: source.id, slug: 'avoin-2027', shiftTo: { year: 2027 } } },
        admin.headers,
      )
    ).createNextEdition;

    // O6: the copy is OPEN with the same terms to accept.
    const copy = await repository(AcademyEntity).findOneByOrFail({ id: created.id });
    expect(copy.enrolment).toBe(AcademyEnrolment.OPEN);
    expect(copy.signUpTerms).toEqual({
      fi: 'Sitoudun osallistumaan.',
      sv: null,
      en: 'I commit to take part.',
    });

    // P6: duration a year on, partners as they were; funders named without amounts, no budget.
    expect(
      await repository(ProgrammeProfileEntity).findOneByOrFail({ academyId: created.id }),
    ).toMatchObject({
      startDate: '2027-04-01',
      endDate: '2027-11-30',
      budgetAmount: null,
      budgetCurrency: null,
    });
    const partners = await repository(ProgrammePartnerEntity).find({
      where: { academyId: created.id },
      order: { position: 'ASC' },
    });
    expect(
      partners.map(({ position, name, role, url }) => ({ position, name, role, url })),
    ).toEqual([
      {
        position: 0,
        name: 'Green Net Finland ry',
        role: { fi: 'Koordinaattori', sv: null, en: 'Coordinator' },
        url: 'https://greennetfinland.fi',
      },
      {
        position: 1,
        name: 'Teknologian tutkimuskeskus VTT Oy',
        role: { fi: 'Toteuttaja', sv: null, en: 'Partner' },
        url: null,
      },
    ]);
    const funding = await repository(ProgrammeFundingSourceEntity).findBy({
      academyId: created.id,
    });
    expect(funding.map(({ name, amount, currency }) => ({ name, amount, currency }))).toEqual([
      { name: { fi: 'EU (EAKR)', sv: null, en: 'EU (ERDF)' }, amount: null, currency: null },
    ]);

    // Registration: the copied meeting takes 40 registrations until 16:00 local a week before.
    const copiedMeeting = await repository(TimelineEventEntity).findOneByOrFail({
      academyId: created.id,
      title: { fi: 'Sidosryhmätapaaminen' },
    });
    expect(
      await repository(EventRegistrationSettingsEntity).findOneByOrFail({
        eventId: copiedMeeting.id,
      }),
    ).toMatchObject({ capacity: 40, closesAt: new Date('2027-11-05T14:00:00.000Z') });
    const audit = await repository(AuditEntryEntity).findOneByOrFail({
      entityId: created.id,
      action: 'academy.edition_created',
    });
    expect(audit.after).toMatchObject({
      copied: {
        programmeDuration: 1,
        programmePartners: 2,
        programmeFundingSources: 1,
        eventRegistrationSettings: 1,
      },
    });
  });

  it('moves by calendar days when given the new application deadline date', async () => {
    const source = await sourceAcademy();
    const created = (
      await graphqlOk<{ createNextEdition: Created }>(
        testApp,
        CREATE,
        {
          input: {
            academyId: source.id,
            slug: 'paivat-2027',
            shiftTo: { applicationDeadlineDate: '2027-05-30' },
          },
        },
        admin.headers,
      )
    ).createNextEdition;
    // 364 days: 31.5.2026 (Sunday) → 30.5.2027 (Sunday); 18.6.2026 12:00 → 17.6.2027 12:00.
    expect(created.dates.applicationDeadline.local).toBe('2027-05-30T23:59:59');
    expect(created.dates.selectionAnnouncementAt.local).toBe('2027-06-17T12:00:00');
  });

  it('refuses a slug in use, writing nothing', async () => {
    const source = await sourceAcademy();
    await scheduleEvent(testApp, admin, { academyId: source.id, startsAt: '2026-09-14T09:00' });
    const before = await counts();
    const response = await testApp.graphql(
      CREATE,
      { input: { academyId: source.id, slug: source.slug, shiftTo: { year: 2027 } } },
      admin.headers,
    );
    expect(errorCode(response)).toBe('SLUG_TAKEN');
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'input.slug' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a shift onto a non-existent local time, naming the item, writing nothing', async () => {
    const source = await sourceAcademy();
    // 03:30 on Saturday 28.3.2026 exists; on Sunday 28.3.2027 the clocks jump 03:00 → 04:00.
    const early = await scheduleEvent(testApp, admin, {
      academyId: source.id,
      title: { fi: 'Aamun työpaja' },
      startsAt: '2026-03-28T03:30',
      endsAt: '2026-03-28T05:00',
    });
    const preview = await graphqlOk<{
      nextEditionPreview: {
        nonexistentCount: number;
        times: Array<{ id: string; field: string; to: unknown; local: string }>;
      };
    }>(
      testApp,
      PREVIEW,
      { input: { academyId: source.id, shiftTo: { year: 2027 } } },
      admin.headers,
    );
    expect(preview.nextEditionPreview.nonexistentCount).toBe(1);
    expect(preview.nextEditionPreview.times.filter((time) => time.to === null)).toEqual([
      expect.objectContaining({ id: early, field: 'startsAt', local: '2027-03-28T03:30:00' }),
    ]);

    const before = await counts();
    const response = await testApp.graphql(
      CREATE,
      { input: { academyId: source.id, slug: 'aukko-2027', shiftTo: { year: 2027 } } },
      admin.headers,
    );
    expect(errorCode(response)).toBe('NONEXISTENT_LOCAL_TIME');
    expect(response.errors?.[0]?.extensions?.items).toEqual([
      {
        kind: 'TIMELINE_EVENT',
        id: early,
        label: 'Aamun työpaja',
        field: 'startsAt',
        local: '2027-03-28T03:30:00',
      },
    ]);
    expect(await counts()).toEqual(before);
    expect(await repository(AcademyEntity).existsBy({ slug: 'aukko-2027' })).toBe(false);
  });

  it('refuses an unknown academy, a shift that is not forward or not exactly one, and non-admins', async () => {
    const source = await sourceAcademy();
    const before = await counts();
    const create = (input: Record<string, unknown>, who = admin) =>
      testApp.graphql(CREATE, { input: { slug: 'kielletty-2027', ...input } }, who.headers);
    expect(
      errorCode(
        await create({
          academyId: '00000000-0000-4000-8000-000000000000',
          shiftTo: { year: 2027 },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await create({ academyId: source.id, shiftTo: { year: 2027 } }, expert))).toBe(
      'FORBIDDEN',
    );
    const backwards = await create({ academyId: source.id, shiftTo: { year: 2026 } });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(backwards.errors)).toContain('input.shiftTo.year');
    const both = await create({
      academyId: source.id,
      shiftTo: { year: 2027, applicationDeadlineDate: '2027-05-31' },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(both.errors)).toContain('exactlyOne');
    const preview = await testApp.graphql(
      PREVIEW,
      { input: { academyId: source.id, shiftTo: { year: 2027 } } },
      expert.headers,
    );
    expect(errorCode(preview)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('moves 29 February to 28 February in a common year, and says so in the preview', async () => {
    const source = await sourceAcademy();
    const leapDay = await scheduleEvent(testApp, admin, {
      academyId: source.id,
      title: { fi: 'Karkauspäivän työpaja' },
      startsAt: '2028-02-29T10:00',
      endsAt: '2028-02-29T12:00',
    });
    const preview = await graphqlOk<{
      nextEditionPreview: {
        times: Array<{ id: string; field: string; to: { local: string }; leapDayMoved: boolean }>;
      };
    }>(
      testApp,
      PREVIEW,
      { input: { academyId: source.id, shiftTo: { year: 2027 } } },
      admin.headers,
    );
    expect(
      preview.nextEditionPreview.times.find(
        (time) => time.id === leapDay && time.field === 'startsAt',
      ),
    ).toMatchObject({ to: { local: '2029-02-28T10:00:00' }, leapDayMoved: true });
    const created = (
      await graphqlOk<{ createNextEdition: Created }>(
        testApp,
        CREATE,
        { input: { academyId: source.id, slug: 'karkaus-2027', shiftTo: { year: 2027 } } },
        admin.headers,
      )
    ).createNextEdition;
    const [event] = await repository(TimelineEventEntity).findBy({ academyId: created.id });
    expect(event?.startsAt.toISOString()).toBe('2029-02-28T08:00:00.000Z');
  });

  it('recognises alumni of any earlier edition as prior groundwork, and nobody else', async () => {
    const first = await sourceAcademy();
    const unrelated = await createAcademy(testApp.dataSource);
    const second = (
      await graphqlOk<{ createNextEdition: Created }>(
        testApp,
        CREATE,
        { input: { academyId: first.id, slug: 'sarja-2027', shiftTo: { year: 2027 } } },
        admin.headers,
      )
    ).createNextEdition;
    const third = (
      await graphqlOk<{ createNextEdition: Created }>(
        testApp,
        CREATE,
        { input: { academyId: second.id, slug: 'sarja-2028', shiftTo: { year: 2028 } } },
        admin.headers,
      )
    ).createNextEdition;
    const [alumnus, otherAlumnus, newcomer] = await insertDraftApplications(
      testApp.dataSource,
      third.id,
      3,
    );
    // In the first edition's cohort (two editions back), in an unrelated academy's, in none.
    await addCohortMember(testApp.dataSource, first, alumnus.organisation);
    await addCohortMember(testApp.dataSource, unrelated, otherAlumnus.organisation);

    const criterion = await repository(EligibilityCriterionEntity).findOneByOrFail({
      academyId: third.id,
      kind: 'PRIOR_GROUNDWORK' as EligibilityCriterionEntity['kind'],
    });
    const list = await graphqlOk<{
      applications: {
        items: Array<{
          id: string;
          eligibility: Array<{ criterionId: string; outcome: string; explanation: string }>;
        }>;
      };
    }>(testApp, ELIGIBILITY, { academyId: third.id }, admin.headers);
    const groundwork = (applicationId: string) =>
      list.applications.items
        .find((item) => item.id === applicationId)
        ?.eligibility.find((result) => result.criterionId === criterion.id);
    expect(groundwork(alumnus.applicationId)).toEqual({
      criterionId: criterion.id,
      outcome: 'MET',
      explanation: 'The organisation took part in an earlier edition of this academy.',
    });
    // A SOFT criterion not met asks for review.
    expect(groundwork(otherAlumnus.applicationId)?.outcome).toBe('NEEDS_REVIEW');
    expect(groundwork(newcomer.applicationId)?.outcome).toBe('NEEDS_REVIEW');
  });
});
