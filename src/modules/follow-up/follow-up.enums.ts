/** What a tracked action follows: one organisation's pilot, or one action of a programme's plan. */
export enum TrackedActionKind {
  /** The pilot procurement of one cohort organisation (one per academy and organisation). */
  PILOT_PROCUREMENT = 'PILOT_PROCUREMENT',
  /** An action of the programme's action plan, owned by the programme (no organisation). */
  ACTION = 'ACTION',
}

/** Where the action is: Ei aloitettu / Suunnittelu / Toteutus / Valmis. Moves may go back. */
export enum TrackedActionStage {
  NOT_STARTED = 'NOT_STARTED',
  PLANNING = 'PLANNING',
  IMPLEMENTATION = 'IMPLEMENTATION',
  DONE = 'DONE',
}

/** The usual milestones of a pilot procurement, or CUSTOM with a title of its own. */
export enum MilestoneKind {
  MARKET_DIALOGUE = 'MARKET_DIALOGUE',
  TENDER_PUBLISHED = 'TENDER_PUBLISHED',
  CONTRACT_SIGNED = 'CONTRACT_SIGNED',
  CUSTOM = 'CUSTOM',
}
