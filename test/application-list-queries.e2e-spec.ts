import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { ApplicationStatus } from '../src/modules/applications/application.enums.js';
import { ApplicationEntity } from '../src/modules/applications/entities/application.entity.js';
import { DeadlineExtensionEntity } from '../src/modules/applications/entities/deadline-extension.entity.js';
import { CohortMemberEntity } from '../src/modules/cohort/entities/cohort-member.entity.js';
import { BookingStatus } from '../src/modules/consultations/consultation-booking.enums.js';
import { SlotMode } from '../src/modules/consultations/consultation-slot.enums.js';
import { ConsultationBookingEntity } from '../src/modules/consultations/entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from '../src/modules/consultations/entities/consultation-slot.entity.js';
import { OrganisationType } from '../src/modules/organisations/organisation.enums.js';
import {
  createAcademy,
  createAdmin,
  createExpert,
  nextBusinessId,
  createOrganisation,
  createSignedInUser,
  SPRING_2027,
  type SignedInUser,
} from './factories/index.js';
import { countQueries } from './helpers/query-count.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// Every field of an item that crosses to other rows, as an organiser's review view asks.
const LIST = `query ($academyId: ID!, $eligibility: EligibilityOutcome, $complete: Boolean) {
  applications(academyId: $academyId, eligibility: $eligibility, complete: $complete, limit: 100) {
    total
    items {
      id
      status
      organisation { name type }
      eligibility { criterionId outcome explanation }
      deadline { instant local }
      completeness { complete missing }
      consultation { id }
    }
  }
}`;

interface ListData {
  applications: {
    total: number;
    items: Array<{
      id: string;
      eligibility: Array<{ outcome: string }>;
      deadline: { instant: string };
      completeness: { complete: boolean; missing: string[] };
      consultation: { id: string } | null;
    }>;
  };
}

// The most statements one list may cost, whatever its size: the page and its count, the
// session, and one batch per crossing field (eligibility: academies, criteria,
// organisations, cohort history).
const MAX_STATEMENTS = 20;

describe("the organisers' application list", () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;
  let contact: SignedInUser;
  let earlierEdition: AcademyEntity;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2027-05-01T09:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
    contact = await createSignedInUser(testApp.dataSource);
    earlierEdition = await createAcademy(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  let slotCount = 0;
  /** A consultation slot of its own (one hour, never overlapping) booked for the application. */
  async function book(
    application: ApplicationEntity,
    status: BookingStatus = BookingStatus.ACTIVE,
  ): Promise<ConsultationBookingEntity> {
    const startsAt = new Date(Date.UTC(2027, 4, 10, 6) + slotCount++ * 3_600_000);
    const slots = testApp.dataSource.getRepository(ConsultationSlotEntity);
    const slot = await slots.save(
      slots.create({
        academyId: application.academyId,
        expertId: expert.user.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        mode: SlotMode.REMOTE,
        onlineUrl: 'https://meet.example.fi/akatemia',
      }),
    );
    const bookings = testApp.dataSource.getRepository(ConsultationBookingEntity);
    return bookings.save(
      bookings.create({
        slotId: slot.id,
        applicationId: application.id,
        status,
        bookedById: contact.user.id,
        cancelledAt: status === BookingStatus.CANCELLED ? new Date('2027-04-25T10:00:00Z') : null,
      }),
    );
  }

  /**
   * An academy with criteria and `size` applications: every third submitted, every
   * fourth organisation a parish (not eligible), every fifth in an earlier cohort, every
   * sixth application with an extended deadline, every seventh with a consultation booked.
   */
  async function academyWithApplications(size: number): Promise<AcademyEntity> {
    // The next edition of `earlierEdition`: its cohort counts as prior groundwork here.
    const academy = await createAcademy(testApp.dataSource, {
      ...SPRING_2027,
      previousEditionId: earlierEdition.id,
    });
    const criteria = await testApp.graphql(
      `mutation ($input: SetEligibilityCriteriaInput!) { setEligibilityCriteria(input: $input) { id } }`,
      {
        input: {
          academyId: academy.id,
          criteria: [
            {
              kind: 'ORGANISATION_TYPE',
              severity: 'HARD',
              label: { fi: 'Kunta' },
              parameters: { organisationTypes: ['MUNICIPALITY'] },
            },
            {
              kind: 'PRIOR_GROUNDWORK',
              severity: 'SOFT',
              label: { fi: 'Pohjatyö' },
              parameters: { acceptedProgrammes: ['KEINO_ACADEMY'] },
            },
            {
              kind: 'RESPONSIBLE_PERSON',
              severity: 'HARD',
              label: { fi: 'Vastuuhenkilö' },
            },
          ],
        },
      },
      admin.headers,
    );
    expect(criteria.errors).toBeUndefined();
    const applications = testApp.dataSource.getRepository(ApplicationEntity);
    for (let index = 0; index < size; index++) {
      const organisation = await createOrganisation(testApp.dataSource, contact.user, {
        businessId: nextBusinessId(),
        type: index % 4 === 3 ? OrganisationType.PARISH : OrganisationType.MUNICIPALITY,
      });
      if (index % 5 === 0) {
        await testApp.dataSource
          .getRepository(CohortMemberEntity)
          .insert({ academyId: earlierEdition.id, organisationId: organisation.id });
      }
      const submitted = index % 3 === 0;
      const application = await applications.save(
        applications.create({
          academyId: academy.id,
          organisationId: organisation.id,
          status: submitted ? ApplicationStatus.SUBMITTED : ApplicationStatus.DRAFT,
          submittedAt: submitted ? new Date('2027-04-20T10:00:00Z') : null,
          answers: { team: { responsiblePerson: { name: 'Anna', email: 'anna@kunta.fi' } } },
          updatedById: contact.user.id,
        }),
      );
      if (index % 7 === 0) await book(application);
      if (index % 6 === 0) {
        await testApp.dataSource.getRepository(DeadlineExtensionEntity).insert({
          applicationId: application.id,
          until: new Date('2027-06-15T23:59:59.999+03:00'),
          reason: 'Kunnanvaltuuston kokous',
          grantedById: admin.user.id,
        });
      }
    }
    return academy;
  }

  async function countList(academy: AcademyEntity, filters: Record<string, unknown> = {}) {
    const counted = await countQueries(() =>
      testApp.graphql<ListData>(LIST, { academyId: academy.id, ...filters }, admin.headers),
    );
    expect(counted.result.errors).toBeUndefined();
    return { ...counted, page: counted.result.data!.applications };
  }

  it('costs as many statements for 50 applications as for 5, with every field asked', async () => {
    const small = await academyWithApplications(5);
    const large = await academyWithApplications(50);

    const five = await countList(small);
    const fifty = await countList(large);

    expect(five.page.items).toHaveLength(5);
    expect(fifty.page.items).toHaveLength(50);
    // The fields were really resolved, not skipped: some outcomes differ, extensions count.
    const outcomes = new Set(
      fifty.page.items.flatMap((item) => item.eligibility.map((result) => result.outcome)),
    );
    expect(outcomes).toEqual(new Set(['MET', 'NOT_MET', 'NEEDS_REVIEW']));
    const deadlines = new Set(fifty.page.items.map((item) => item.deadline.instant));
    expect(deadlines.size).toBe(2);
    // Booked: 0, 7, …, 49; of those, submitted (complete): 0, 21, 42.
    expect(fifty.page.items.filter((item) => item.consultation !== null)).toHaveLength(8);
    expect(fifty.page.items.filter((item) => item.completeness.complete)).toHaveLength(3);
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('stays bounded when filtering by eligibility and completeness', async () => {
    const small = await academyWithApplications(5);
    const large = await academyWithApplications(50);

    const five = await countList(small, { eligibility: 'NOT_MET', complete: false });
    const fifty = await countList(large, { eligibility: 'NOT_MET', complete: false });

    // Every fourth organisation is a parish: 1 of 5, 12 of 50; none has a booking.
    expect(five.page.total).toBe(1);
    expect(fifty.page.total).toBe(12);
    expect(fifty.page.items.every((item) => !item.completeness.complete)).toBe(true);
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('filters on completeness in SQL: submitted and an active booking', async () => {
    const academy = await createAcademy(testApp.dataSource, SPRING_2027);
    const applications = testApp.dataSource.getRepository(ApplicationEntity);
    const apply = async (status: ApplicationStatus) => {
      const organisation = await createOrganisation(testApp.dataSource, contact.user, {
        businessId: nextBusinessId(),
      });
      return applications.save(
        applications.create({
          academyId: academy.id,
          organisationId: organisation.id,
          status,
          submittedAt: status === ApplicationStatus.SUBMITTED ? new Date('2027-04-20') : null,
          answers: {},
          updatedById: contact.user.id,
        }),
      );
    };
    const complete = await apply(ApplicationStatus.SUBMITTED);
    await book(complete);
    const cancelledBooking = await apply(ApplicationStatus.SUBMITTED);
    await book(cancelledBooking, BookingStatus.CANCELLED);
    const draftBooked = await apply(ApplicationStatus.DRAFT);
    await book(draftBooked);
    const notBooked = await apply(ApplicationStatus.SUBMITTED);

    const completeOnes = await countList(academy, { complete: true });
    expect(completeOnes.page.items.map((item) => item.id)).toEqual([complete.id]);
    expect(completeOnes.page.items[0].completeness).toEqual({ complete: true, missing: [] });
    const incomplete = await countList(academy, { complete: false });
    expect(incomplete.page.items.map((item) => item.id)).toEqual([
      cancelledBooking.id,
      draftBooked.id,
      notBooked.id,
    ]);
    expect(incomplete.page.items.map((item) => item.completeness.missing)).toEqual([
      ['CONSULTATION'],
      ['SUBMISSION'],
      ['CONSULTATION'],
    ]);
  });
});
