// The outcome report's own fragments. Who is an alumnus organisation is the alumni rule's
// (`isAlumniOrganisationSql` in cohort.sql.ts), written once there.

/**
 * The pilot's outcome report is submitted with permission to publish (the organisation's
 * sharing consent is asked separately, by the public results).
 */
export function publishableOutcomeReportSql(trackedActionExpression: string): string {
  return `EXISTS (SELECT 1 FROM outcome_reports publishable
    WHERE publishable.tracked_action_id = ${trackedActionExpression}
      AND publishable.submitted_at IS NOT NULL AND publishable.permission_to_publish)`;
}
