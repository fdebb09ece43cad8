export enum CriterionKind {
  ORGANISATION_TYPE = 'ORGANISATION_TYPE',
  ATTESTATION = 'ATTESTATION',
  PRIOR_GROUNDWORK = 'PRIOR_GROUNDWORK',
  PILOT_PROCUREMENT = 'PILOT_PROCUREMENT',
  TEAM = 'TEAM',
  RESPONSIBLE_PERSON = 'RESPONSIBLE_PERSON',
  MANAGEMENT_COMMITMENT = 'MANAGEMENT_COMMITMENT',
  CUSTOM_QUESTION = 'CUSTOM_QUESTION',
}

export enum CriterionSeverity {
  /** Not met → the application cannot be submitted. */
  HARD = 'HARD',
  /** Not met → flagged for discussion (NEEDS_REVIEW). */
  SOFT = 'SOFT',
}
