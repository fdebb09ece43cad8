/** A cohort participant's place in their organisation's team. */
export enum CohortParticipantRole {
  /** The application's responsible person. */
  RESPONSIBLE = 'RESPONSIBLE',
  /** One of the application's named experts (procurement, environment, construction, …). */
  EXPERT = 'EXPERT',
}
