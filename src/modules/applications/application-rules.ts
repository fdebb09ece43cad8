import { ErrorCode } from '../../common/errors/error-code.js';
import { DomainException, InputValidationException } from '../../common/errors/domain.exception.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import type { ApplicationAnswers } from './application-answers.js';

// The checks saving and submitting share. Pure: the caller passes the server's `now`.

/** Full validation at submission: the sections every application needs. */
export function assertComplete(answers: ApplicationAnswers): void {
  const missing: Array<[string, unknown]> = [
    ['input.pilotProcurement.title', answers.pilotProcurement?.title],
    ['input.team.responsiblePerson.name', answers.team?.responsiblePerson?.name],
    ['input.team.responsiblePerson.email', answers.team?.responsiblePerson?.email],
  ];
  const problems = missing
    .filter(
      ([, value]) =>
        value === undefined || value === null || (typeof value === 'string' && value.trim() === ''),
    )
    .map(([field]) => ({ field, rule: 'isNotEmpty', detail: `${field} is required to submit` }));
  if (problems.length > 0) throw new InputValidationException(problems);
}

export function assertOpened(academy: AcademyRecord, now: Date): void {
  if (now < academy.applicationOpensAt) {
    throw new DomainException(
      ErrorCode.NOT_OPEN,
      {},
      { params: { opens: { instant: academy.applicationOpensAt, zone: academy.timeZone } } },
    );
  }
}

export function assertBeforeDeadline(academy: AcademyRecord, deadline: Date, now: Date): void {
  // "By 31.5." is stored as 23:59:59.999 local: that instant still counts, the next does not.
  if (now.getTime() > deadline.getTime()) {
    throw new DomainException(
      ErrorCode.DEADLINE_PASSED,
      { deadline: deadline.toISOString() },
      { params: { deadline: { instant: deadline, zone: academy.timeZone } } },
    );
  }
}
