import { SelectionOutcome } from './selection.enums.js';

/** One reason a selection cannot be released yet (SELECTION_NOT_READY's `problems`). */
export type ReadinessProblem =
  | { problem: 'MISSING_DECISION'; applicationId: string }
  | { problem: 'OVER_CAPACITY'; accepted: number; capacity: number }
  | { problem: 'RESERVE_RANKS'; ranks: number[] }
  | { problem: 'DEADLINE_NOT_PASSED'; deadline: Date }
  | { problem: 'CONFIRMATION_DEADLINE_PAST'; deadline: Date };

/** When the release would happen, against the academy's deadlines. */
export interface ReleaseTiming {
  /** The instant of the release: now, or the scheduled `at`. */
  releaseAt: Date;
  /** The academy's application deadline or the latest extension granted, whichever is later. */
  latestApplicationDeadline: Date;
  /** The academy's confirmation deadline; null = 14 days after the release (always after it). */
  confirmationDeadline: Date | null;
}

export interface StagedOutcome {
  applicationId: string;
  outcome: SelectionOutcome;
  reserveRank: number | null;
}

/**
 * What stands between the staged decisions and a release: a submitted application without a
 * decision (one problem each), more accepted than the academy's capacity, and reserve ranks
 * that are not exactly 1…n (the ranks as staged, sorted, so the gap or duplicate shows).
 * Decisions on applications no longer submitted (withdrawn since) are ignored: they are not
 * released. And two of time: a release at or before the last application deadline (the
 * academy's or an extension's) would decide while someone may still apply, and one at or
 * after the confirmation deadline would open offers that are already due. Empty = ready.
 */
export function readinessProblems(
  submittedApplicationIds: readonly string[],
  decisions: readonly StagedOutcome[],
  capacity: number,
  timing: ReleaseTiming,
): ReadinessProblem[] {
  const submitted = new Set(submittedApplicationIds);
  const decided = decisions.filter((decision) => submitted.has(decision.applicationId));
  const decidedIds = new Set(decided.map((decision) => decision.applicationId));
  const problems: ReadinessProblem[] = submittedApplicationIds
    .filter((id) => !decidedIds.has(id))
    .map((applicationId) => ({ problem: 'MISSING_DECISION', applicationId }));
  const accepted = decided.filter((d) => d.outcome === SelectionOutcome.ACCEPTED).length;
  if (accepted > capacity) problems.push({ problem: 'OVER_CAPACITY', accepted, capacity });
  const ranks = decided
    .filter((d) => d.outcome === SelectionOutcome.RESERVE)
    .map((d) => d.reserveRank ?? 0)
    .sort((a, b) => a - b);
  if (ranks.some((rank, index) => rank !== index + 1))
    problems.push({ problem: 'RESERVE_RANKS', ranks });
  const releaseAt = timing.releaseAt.getTime();
  if (releaseAt <= timing.latestApplicationDeadline.getTime())
    problems.push({ problem: 'DEADLINE_NOT_PASSED', deadline: timing.latestApplicationDeadline });
  if (timing.confirmationDeadline && timing.confirmationDeadline.getTime() <= releaseAt)
    problems.push({ problem: 'CONFIRMATION_DEADLINE_PAST', deadline: timing.confirmationDeadline });
  return problems;
}
