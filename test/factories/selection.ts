import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import type { SignedInUser } from './users.js';

export const STAGE_DECISION = `mutation ($input: StageDecisionInput!) {
  stageDecision(input: $input) { applicationId outcome reserveRank note stagedAt }
}`;
export const PUBLISH_SELECTION = `mutation ($input: PublishSelectionInput!) {
  publishSelection(input: $input) { releaseAt { instant local } releasedAt scheduled overdue }
}`;

export type Outcome = 'ACCEPTED' | 'RESERVE' | 'REJECTED';

export interface StagedDecision {
  applicationId: string;
  outcome: Outcome;
  reserveRank?: number | null;
  note?: string | null;
}

/** Stages one decision through the API, as the programme manager (an ADMIN) does. */
export async function stageDecision(
  testApp: TestApp,
  admin: SignedInUser,
  decision: StagedDecision,
): Promise<void> {
  await graphqlOk(testApp, STAGE_DECISION, { input: decision }, admin.headers);
}

/** Stages several decisions, in order (the accepted get their seats in this order). */
export async function stageDecisions(
  testApp: TestApp,
  admin: SignedInUser,
  decisions: readonly StagedDecision[],
): Promise<void> {
  for (const decision of decisions) await stageDecision(testApp, admin, decision);
}

export interface PublishedRelease {
  releaseAt: { instant: string; local: string };
  releasedAt: string | null;
  scheduled: boolean;
  overdue: boolean;
}

/** Publishes the selection through the API: now, or at `at` (academy-local or with offset). */
export async function publishSelection(
  testApp: TestApp,
  admin: SignedInUser,
  academyId: string,
  at?: string,
): Promise<PublishedRelease> {
  const data = await graphqlOk<{ publishSelection: PublishedRelease }>(
    testApp,
    PUBLISH_SELECTION,
    { input: { academyId, ...(at ? { at } : {}) } },
    admin.headers,
  );
  return data.publishSelection;
}
