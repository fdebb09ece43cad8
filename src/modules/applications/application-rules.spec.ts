import { DomainException, InputValidationException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { assertBeforeDeadline, assertComplete, assertOpened } from './application-rules.js';

const academy = {
  timeZone: 'Europe/Helsinki',
  applicationOpensAt: new Date('2027-04-01T00:00:00+03:00'),
} as AcademyRecord;
// "By 31.5." in Helsinki, stored as its last millisecond.
const deadline = new Date('2027-05-31T23:59:59.999+03:00');

const codeOf = (work: () => void): ErrorCode | null => {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainException) return (error as DomainException).code;
    throw error;
  }
};

describe('application rules', () => {
  it('opens at applicationOpensAt, not a millisecond before', () => {
    expect(codeOf(() => assertOpened(academy, new Date('2027-03-31T23:59:59.999+03:00')))).toBe(
      ErrorCode.NOT_OPEN,
    );
    expect(codeOf(() => assertOpened(academy, new Date('2027-04-01T00:00:00+03:00')))).toBeNull();
  });

  it('counts the deadline’s last millisecond, and refuses the next', () => {
    expect(
      codeOf(() => assertBeforeDeadline(academy, deadline, new Date(deadline.getTime()))),
    ).toBeNull();
    expect(
      codeOf(() => assertBeforeDeadline(academy, deadline, new Date(deadline.getTime() + 1))),
    ).toBe(ErrorCode.DEADLINE_PASSED);
  });

  it('names every missing required field, blank text included', () => {
    let problems: string[] = [];
    try {
      assertComplete({
        pilotProcurement: { title: '  ' },
        team: { responsiblePerson: { name: 'Anna' } },
      });
    } catch (error) {
      if (!(error instanceof InputValidationException)) throw error;
      problems = error.problems.map((problem) => problem.field);
    }
    expect(problems).toEqual([
      'input.pilotProcurement.title',
      'input.team.responsiblePerson.email',
    ]);
    expect(() =>
      assertComplete({
        pilotProcurement: { title: 'Koulu' },
        team: { responsiblePerson: { name: 'Anna', email: 'anna@kunta.fi' } },
      }),
    ).not.toThrow();
  });
});
