import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import type { SignedInUser } from './users.js';

export const SET_REVIEW_RUBRIC = `mutation ($input: SetReviewRubricInput!) {
  setReviewRubric(input: $input) { id position weight scaleMin scaleMax allowsNotApplicable label { fi } }
}`;
export const ASSIGN_REVIEWER = `mutation ($input: AssignReviewerInput!) {
  assignReviewer(input: $input) { id status applicationId reviewerId }
}`;
export const ASSIGN_REVIEWERS = `mutation ($input: AssignReviewersInput!) {
  assignReviewers(input: $input) { created { id applicationId reviewerId } unfilledApplicationIds }
}`;
export const SAVE_REVIEW = `mutation ($input: SaveReviewInput!) {
  saveReview(input: $input) { id status recommendation comment weightedTotal scores { criterionId score } }
}`;
export const SUBMIT_REVIEW = `mutation ($input: ReviewApplicationInput!) {
  submitReview(input: $input) { id status submittedAt weightedTotal }
}`;
export const DECLARE_CONFLICT = `mutation ($input: DeclareConflictOfInterestInput!) {
  declareConflictOfInterest(input: $input) { organisationId organisationName reason }
}`;

/** Three criteria on 0–5 (weights 2, 1, 1); the last one may be answered "not applicable". */
export const SIMPLE_RUBRIC = [
  {
    label: { fi: 'Pohjatyö', en: 'Groundwork' },
    weight: 2,
    scaleMin: 0,
    scaleMax: 5,
    allowsNotApplicable: false,
  },
  {
    label: { fi: 'Sitoutuminen', en: 'Commitment' },
    weight: 1,
    scaleMin: 0,
    scaleMax: 5,
    allowsNotApplicable: false,
  },
  {
    label: { fi: 'Jakaminen', en: 'Sharing' },
    weight: 1,
    scaleMin: 0,
    scaleMax: 5,
    allowsNotApplicable: true,
  },
];

export interface RubricCriterion {
  id: string;
  position: number;
  scaleMin: number;
  scaleMax: number;
}

/** Sets the academy's rubric through the API (as an admin); answers its criteria in order. */
export async function setReviewRubric(
  testApp: TestApp,
  admin: SignedInUser,
  academyId: string,
  criteria: unknown[] = SIMPLE_RUBRIC,
): Promise<RubricCriterion[]> {
  const data = await graphqlOk<{ setReviewRubric: RubricCriterion[] }>(
    testApp,
    SET_REVIEW_RUBRIC,
    { input: { academyId, criteria } },
    admin.headers,
  );
  return data.setReviewRubric;
}

/** Assigns one expert to one submitted application (as an admin); answers the review id. */
export async function assignReviewer(
  testApp: TestApp,
  admin: SignedInUser,
  applicationId: string,
  expert: SignedInUser,
): Promise<string> {
  const data = await graphqlOk<{ assignReviewer: { id: string } }>(
    testApp,
    ASSIGN_REVIEWER,
    { input: { applicationId, expertId: expert.user.id } },
    admin.headers,
  );
  return data.assignReviewer.id;
}

/** Saves a draft as the reviewer: `scores` by criterion in rubric order. */
export async function saveReview(
  testApp: TestApp,
  reviewer: SignedInUser,
  applicationId: string,
  rubric: RubricCriterion[],
  scores: Array<number | null>,
  recommendation: string | null = 'ACCEPT',
): Promise<void> {
  await graphqlOk(
    testApp,
    SAVE_REVIEW,
    {
      input: {
        applicationId,
        scores: scores.map((score, index) => ({ criterionId: rubric[index].id, score })),
        recommendation,
        comment: 'Hyvä pohja.',
      },
    },
    reviewer.headers,
  );
}

/** Saves and submits a complete review. */
export async function submitReview(
  testApp: TestApp,
  reviewer: SignedInUser,
  applicationId: string,
  rubric: RubricCriterion[],
  scores: Array<number | null>,
  recommendation = 'ACCEPT',
): Promise<void> {
  await saveReview(testApp, reviewer, applicationId, rubric, scores, recommendation);
  await graphqlOk(testApp, SUBMIT_REVIEW, { input: { applicationId } }, reviewer.headers);
}
