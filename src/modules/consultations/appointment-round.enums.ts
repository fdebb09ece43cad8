/** What a round's appointments are for; the mail, the invite and the feed name it. */
export enum RoundPurpose {
  CONSULTATION = 'CONSULTATION',
  SPARRING = 'SPARRING',
  FOLLOW_UP = 'FOLLOW_UP',
}

/** Which organisations may book in a round. */
export enum RoundAudience {
  /** Organisations with an application to the academy (today's consultation rules). */
  APPLICANTS = 'APPLICANTS',
  /** Organisations in the academy's cohort. */
  COHORT = 'COHORT',
  /** Cohort organisations once the academy has become ALUMNI. */
  ALUMNI = 'ALUMNI',
}

/** The audience a purpose gets unless the programme manager says otherwise. */
export const DEFAULT_AUDIENCE: Record<RoundPurpose, RoundAudience> = {
  [RoundPurpose.CONSULTATION]: RoundAudience.APPLICANTS,
  [RoundPurpose.SPARRING]: RoundAudience.COHORT,
  [RoundPurpose.FOLLOW_UP]: RoundAudience.ALUMNI,
};

/** The most bookings one organisation may hold in one round. */
export const MAX_BOOKINGS_PER_ORGANISATION = 10;
