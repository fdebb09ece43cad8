/** A submitted application as the bulk assignment sees it. */
export interface ApplicationToReview {
  id: string;
  organisationId: string;
}

export interface ReviewerBalanceInput {
  /** In the order they should be served (oldest submission first). */
  applications: readonly ApplicationToReview[];
  /** The experts to spread the work over, in the programme manager's order (ties go first). */
  expertIds: readonly string[];
  /** Reviews that already exist in the academy (any status). */
  existing: ReadonlyArray<{ applicationId: string; reviewerId: string }>;
  /** Declared conflicts: the user never reviews that organisation. */
  conflicts: ReadonlyArray<{ userId: string; organisationId: string }>;
  perApplication: number;
}

export interface ReviewerBalance {
  assignments: Array<{ applicationId: string; reviewerId: string }>;
  /** Applications that still have fewer than `perApplication` reviewers. */
  unfilledApplicationIds: string[];
}

/**
 * Brings each application up to `perApplication` reviewers. Each seat goes to the eligible
 * expert (no conflict with the organisation, not already on the application) with the least
 * work in the academy so far — existing reviews count — so the load ends up as even as the
 * conflicts allow. Applications with the fewest eligible experts are served first, so a
 * scarce expert is not used up elsewhere before the one application only they can review.
 * Pure: the service loads the facts and writes the result.
 */
export function balanceReviewers(input: ReviewerBalanceInput): ReviewerBalance {
  const experts = [...new Set(input.expertIds)];
  const order = new Map(experts.map((id, index) => [id, index]));
  const load = new Map(experts.map((id) => [id, 0]));
  const onApplication = new Map<string, Set<string>>();
  for (const { applicationId, reviewerId } of input.existing) {
    if (load.has(reviewerId)) load.set(reviewerId, (load.get(reviewerId) ?? 0) + 1);
    const reviewers = onApplication.get(applicationId) ?? new Set<string>();
    reviewers.add(reviewerId);
    onApplication.set(applicationId, reviewers);
  }
  const conflicted = new Set(input.conflicts.map((c) => `${c.userId}:${c.organisationId}`));
  const eligible = (application: ApplicationToReview): string[] =>
    experts.filter(
      (expert) =>
        !conflicted.has(`${expert}:${application.organisationId}`) &&
        !onApplication.get(application.id)?.has(expert),
    );
  const queue = input.applications
    .map((application, index) => ({ application, index, choices: eligible(application).length }))
    .sort((a, b) => a.choices - b.choices || a.index - b.index);

  const assignments: ReviewerBalance['assignments'] = [];
  const unfilled: string[] = [];
  for (const { application } of queue) {
    const have = onApplication.get(application.id)?.size ?? 0;
    const need = Math.max(0, input.perApplication - have);
    const chosen = eligible(application)
      .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || order.get(a)! - order.get(b)!)
      .slice(0, need);
    for (const reviewerId of chosen) {
      assignments.push({ applicationId: application.id, reviewerId });
      load.set(reviewerId, (load.get(reviewerId) ?? 0) + 1);
    }
    if (have + chosen.length < input.perApplication) unfilled.push(application.id);
  }
  return { assignments, unfilledApplicationIds: unfilled };
}
