import type { DataSource } from 'typeorm';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import { nextNumber } from './sequence.js';
import type { SignedInUser } from './users.js';

/** An OPEN academy with sensible defaults; each spec states only what matters to it. */
export async function createAcademy(
  dataSource: DataSource,
  overrides: Partial<AcademyEntity> = {},
): Promise<AcademyEntity> {
  const repository = dataSource.getRepository(AcademyEntity);
  const suffix = nextNumber();
  return repository.save(
    repository.create({
      slug: `academy-${suffix}`,
      theme: 'kiertotalous',
      title: { fi: `Akatemia ${suffix}`, sv: `Akademi ${suffix}`, en: `Academy ${suffix}` },
      description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
      timeZone: 'Europe/Helsinki',
      applicationOpensAt: new Date('2026-04-01T00:00:00+03:00'),
      applicationDeadline: new Date('2026-05-31T23:59:59.999+03:00'),
      consultationBookingDeadline: new Date('2026-05-31T23:59:59.999+03:00'),
      selectionAnnouncementAt: new Date('2026-06-18T12:00:00+03:00'),
      capacity: 7,
      status: AcademyStatus.OPEN,
      ...overrides,
    }),
  );
}

/**
 * Moves the academy's application deadline to a minute before `now`, as when applying has
 * closed (applications submitted before stay submitted): a release needs the deadline past.
 */
export async function closeApplications(
  dataSource: DataSource,
  academy: AcademyEntity,
  now: Date,
): Promise<AcademyEntity> {
  academy.applicationDeadline = new Date(now.getTime() - 60_000);
  await dataSource
    .getRepository(AcademyEntity)
    .update({ id: academy.id }, { applicationDeadline: academy.applicationDeadline });
  return academy;
}

/** A DRAFT academy: not public, its timeline hidden. */
export const createDraftAcademy = (
  dataSource: DataSource,
  overrides: Partial<AcademyEntity> = {},
): Promise<AcademyEntity> =>
  createAcademy(dataSource, { ...overrides, status: AcademyStatus.DRAFT });

/**
 * The application window most specs use: open from 1.4.2027, applications and
 * consultation bookings by the end of 31.5.2027 (Helsinki), selection on 18.6.
 */
export const SPRING_2027 = {
  applicationOpensAt: new Date('2027-04-01T00:00:00+03:00'),
  applicationDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  consultationBookingDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  selectionAnnouncementAt: new Date('2027-06-18T12:00:00+03:00'),
};

/**
 * The criteria set most application specs use: public buyers only (HARD), a team of three
 * named roles (HARD), a construction pilot starting 8/2027–3/2028 (SOFT).
 * `COMPLETE_ANSWERS` meets all three.
 */
export const STANDARD_CRITERIA = [
  {
    kind: 'ORGANISATION_TYPE',
    severity: 'HARD',
    label: { fi: 'Julkinen hankintayksikkö' },
    parameters: { organisationTypes: ['MUNICIPALITY', 'PARISH'] },
  },
  {
    kind: 'TEAM',
    severity: 'HARD',
    label: { fi: 'Kolmen asiantuntijan tiimi' },
    parameters: { minExperts: 3, requiredRoles: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'] },
  },
  {
    kind: 'PILOT_PROCUREMENT',
    severity: 'SOFT',
    label: { fi: 'Rakentamisen pilotti' },
    parameters: { categories: ['CONSTRUCTION'], startFrom: '2027-08-01', startTo: '2028-03-31' },
  },
];

/** Replaces the academy's criteria through the API (as an admin); answers their ids. */
export async function setEligibilityCriteria(
  testApp: TestApp,
  admin: SignedInUser,
  academyId: string,
  criteria: unknown[] = STANDARD_CRITERIA,
): Promise<string[]> {
  const data = await graphqlOk<{ setEligibilityCriteria: Array<{ id: string }> }>(
    testApp,
    'mutation ($input: SetEligibilityCriteriaInput!) { setEligibilityCriteria(input: $input) { id } }',
    { input: { academyId, criteria } },
    admin.headers,
  );
  return data.setEligibilityCriteria.map((criterion) => criterion.id);
}

/** An OPEN academy (spring 2027 unless overridden) with `STANDARD_CRITERIA`. */
export async function createAcademyWithCriteria(
  testApp: TestApp,
  admin: SignedInUser,
  overrides: Partial<AcademyEntity> = {},
  criteria: unknown[] = STANDARD_CRITERIA,
): Promise<AcademyEntity> {
  const academy = await createAcademy(testApp.dataSource, { ...SPRING_2027, ...overrides });
  await setEligibilityCriteria(testApp, admin, academy.id, criteria);
  return academy;
}
