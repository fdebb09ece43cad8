import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';

const unique = (): string => randomBytes(4).toString('hex');

/** An academy with sensible defaults; each spec states only what matters to it. */
export async function createAcademy(
  dataSource: DataSource,
  overrides: Partial<AcademyEntity> = {},
): Promise<AcademyEntity> {
  const repository = dataSource.getRepository(AcademyEntity);
  const suffix = unique();
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
 * The application window most specs use: open from 1.4.2027, applications and
 * consultation bookings by the end of 31.5.2027 (Helsinki), selection on 18.6.
 */
export const SPRING_2027 = {
  applicationOpensAt: new Date('2027-04-01T00:00:00+03:00'),
  applicationDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  consultationBookingDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  selectionAnnouncementAt: new Date('2027-06-18T12:00:00+03:00'),
};
