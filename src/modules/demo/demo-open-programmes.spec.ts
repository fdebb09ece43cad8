import { DateTime } from 'luxon';
import { AcademyEnrolment, AcademyStatus } from '../academies/academy.enums.js';
import {
  CIRCPRO_MEMBERS,
  CIRCPRO_MEMBER_SIGNED_UP_AT,
  CIRCPRO_SIGN_UP_DEADLINE,
  circProAcademy,
  circProActionPlan,
  circProProgrammePage,
  circProTimeline,
} from './demo-circpro.js';
import {
  UUSIMAA_END_DATE,
  uusimaaAcademy,
  uusimaaProgrammePage,
  uusimaaWorkshops,
} from './demo-uusimaa.js';

describe('demo open programmes (seeds 000, 001, 004)', () => {
  it('CircPro: OPEN, alumni, sign-up until 5.11.2018 23:59:59.999 Helsinki time, every member in time', () => {
    const academy = circProAcademy();
    expect(academy).toMatchObject({
      status: AcademyStatus.ALUMNI,
      enrolment: AcademyEnrolment.OPEN,
    });
    expect(CIRCPRO_SIGN_UP_DEADLINE.toISOString()).toBe('2018-11-05T21:59:59.999Z');
    expect(academy.applicationOpensAt < academy.applicationDeadline).toBe(true);
    for (const member of CIRCPRO_MEMBERS) {
      const at = CIRCPRO_MEMBER_SIGNED_UP_AT(member);
      expect(at > academy.applicationOpensAt && at <= CIRCPRO_SIGN_UP_DEADLINE).toBe(true);
    }
  });

  it('CircPro: kick-off, six regional and seven international meetings, each ending after it starts', () => {
    const events = circProTimeline();
    expect(events).toHaveLength(1 + 6 + 7);
    for (const event of events) expect(event.startsAt < event.endsAt).toBe(true);
    expect(circProProgrammePage().partners).toHaveLength(11);
    for (const action of circProActionPlan())
      for (const task of action.tasks) expect(DateTime.fromISO(task.dueDate).isValid).toBe(true);
  });

  it('Uusimaa: ends 30.11.2021 (the seed’s 31.11.2021 does not exist), three workshops with outcomes', () => {
    expect(DateTime.fromISO('2021-11-31').isValid).toBe(false);
    expect(UUSIMAA_END_DATE).toBe('2021-11-30');
    expect(uusimaaAcademy().publicOutcomes).toBe(true);
    expect(uusimaaProgrammePage().partners).toHaveLength(5);
    const workshops = uusimaaWorkshops();
    expect(workshops).toHaveLength(3);
    for (const { event, content } of workshops) {
      expect(content.outcomes).toHaveLength(1);
      expect(event.startsAt.getUTCFullYear()).toBe(2021);
    }
  });
});
