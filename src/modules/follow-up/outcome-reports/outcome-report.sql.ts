import { AcademyStatus } from '../../academies/academy.enums.js';
import { academyInStatusSql } from '../../academies/academy.sql.js';
import { isCohortMemberSql } from '../../cohort/cohort.sql.js';

// Who is an alumnus organisation of an academy, written once: the outcome report's rules
// (who may write one, whose pilots get reminders) all ask this. A stand-in until the alumni
// transition (issue 16, track A6) lands its own fragment — swap it in here only.

/**
 * The organisation is an alumnus of the academy: the academy has moved to ALUMNI and the
 * organisation is in its cohort. Arguments are SQL expressions (a column or a parameter).
 */
export function isAlumnusOrganisationSql(
  academyExpression: string,
  organisationExpression: string,
): string {
  return `(${academyInStatusSql(academyExpression, AcademyStatus.ALUMNI)}
    AND ${isCohortMemberSql(academyExpression, organisationExpression)})`;
}

/**
 * The pilot's outcome report is submitted with permission to publish (the organisation's
 * sharing consent is asked separately, by the public results).
 */
export function publishableOutcomeReportSql(trackedActionExpression: string): string {
  return `EXISTS (SELECT 1 FROM outcome_reports publishable
    WHERE publishable.tracked_action_id = ${trackedActionExpression}
      AND publishable.submitted_at IS NOT NULL AND publishable.permission_to_publish)`;
}
