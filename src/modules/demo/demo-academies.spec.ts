import { DateTime } from 'luxon';
import { AcademyStatus } from '../academies/academy.enums.js';
import { nextEdition, referenceAcademy2023 } from './demo-academies.js';

describe('demo academies', () => {
  it('gives the 2023 reference academy its real dates, deadline at the end of 31.5. Helsinki time', () => {
    const academy = referenceAcademy2023();
    expect(academy.slug).toBe('kiertotalous-2023');
    expect(academy.status).toBe(AcademyStatus.ALUMNI);
    expect(academy.timeZone).toBe('Europe/Helsinki');
    // Helsinki is UTC+3 in summer: 31.5. 23:59:59.999 local = 20:59:59.999Z.
    expect(academy.applicationDeadline.toISOString()).toBe('2023-05-31T20:59:59.999Z');
    expect(academy.consultationBookingDeadline.toISOString()).toBe('2023-05-31T20:59:59.999Z');
    // Announced before Midsummer (23.6.2023).
    expect(academy.selectionAnnouncementAt < new Date('2023-06-23T00:00:00+03:00')).toBe(true);
    expect(academy.applicationOpensAt < academy.applicationDeadline).toBe(true);
  });

  it.each([
    '2026-11-24T10:00:00Z',
    '2027-03-28T00:30:00Z', // the spring-forward night in Helsinki
    '2027-10-31T01:30:00Z', // the doubled autumn hour
    '2027-12-31T22:30:00Z', // already New Year in Helsinki
  ])('opens the next edition for applications on the seeding day %s', (iso) => {
    const now = new Date(iso);
    const academy = nextEdition(now);
    expect(academy.status).toBe(AcademyStatus.OPEN);
    expect(academy.applicationOpensAt <= now).toBe(true);
    expect(academy.applicationDeadline > now).toBe(true);
    const deadline = DateTime.fromJSDate(academy.applicationDeadline, { zone: 'Europe/Helsinki' });
    expect(deadline.toFormat('HH:mm:ss.SSS')).toBe('23:59:59.999');
    expect(academy.slug).toBe(`kiertotalous-${deadline.year}`);
    expect(academy.slug).not.toBe('kiertotalous-2023');
  });
});
