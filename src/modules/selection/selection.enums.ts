/** Where one reviewer's review of one application stands. */
export enum ReviewStatus {
  /** Assigned, nothing saved yet. */
  ASSIGNED = 'ASSIGNED',
  /** Saved, still editable; its scores are the reviewer's own. */
  DRAFT = 'DRAFT',
  /** Locked; from now on the reviewer sees the other reviewers' scores. */
  SUBMITTED = 'SUBMITTED',
}

/** What a reviewer recommends. */
export enum ReviewRecommendation {
  ACCEPT = 'ACCEPT',
  RESERVE = 'RESERVE',
  REJECT = 'REJECT',
}

/** The programme manager's decision on an application (staged, then released together). */
export enum SelectionOutcome {
  ACCEPTED = 'ACCEPTED',
  RESERVE = 'RESERVE',
  REJECTED = 'REJECTED',
}

/** A place in the cohort offered to an organisation (accepted at release, or a promoted reserve). */
export enum OfferStatus {
  /** Waiting for the organisation to confirm or decline by `respondBy`. */
  OPEN = 'OPEN',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  /** Not answered by `respondBy`: the seat went to the next reserve. */
  LAPSED = 'LAPSED',
}

/** The aggregate the selection board ranks by. */
export enum BoardRanking {
  MEAN = 'MEAN',
  MEDIAN = 'MEDIAN',
}
