import type { DataSource } from 'typeorm';
import { ApplicationStatus } from '../../src/modules/applications/application.enums.js';
import { ApplicationEntity } from '../../src/modules/applications/entities/application.entity.js';
import type { OrganisationEntity } from '../../src/modules/organisations/entities/organisation.entity.js';
import {
  ReviewStatus,
  type ReviewRecommendation,
  type SelectionOutcome,
} from '../../src/modules/selection/selection.enums.js';
import { createOrganisation } from './organisations.js';
import type { SignedInUser } from './users.js';

// Selection rows straight in SQL: the board reads what the reviewing and decision tracks
// write, so its specs (and the bench) write those rows themselves, fast and independently.

export interface RubricCriterionRow {
  id: string;
  weight: number;
}

/** An academy's rubric: one criterion per weight, scale 0–5, "not applicable" allowed. */
export async function insertRubric(
  dataSource: DataSource,
  academyId: string,
  weights: readonly number[],
): Promise<RubricCriterionRow[]> {
  const rows: RubricCriterionRow[] = [];
  for (const [index, weight] of weights.entries()) {
    const [row] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO review_criteria (academy_id, position, weight, scale_min, scale_max,
         allows_not_applicable, label_fi, guidance_fi)
       VALUES ($1, $2, $3, 0, 5, true, $4, 'Ohje') RETURNING id`,
      [academyId, index + 1, weight, `Kriteeri ${index + 1}`],
    );
    rows.push({ id: row.id, weight });
  }
  return rows;
}

export interface ReviewRowInput {
  academyId: string;
  applicationId: string;
  reviewer: { id: string };
  status?: ReviewStatus;
  recommendation?: ReviewRecommendation | null;
  /** One score per criterion, in the rubric's order; null = not applicable. */
  scores?: Array<number | null>;
  criteria?: readonly RubricCriterionRow[];
}

/** A review (SUBMITTED unless said) with its scores, straight in SQL. */
export async function insertReview(dataSource: DataSource, input: ReviewRowInput): Promise<string> {
  const status = input.status ?? ReviewStatus.SUBMITTED;
  const [review] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO reviews (academy_id, application_id, reviewer_id, status, recommendation, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      input.academyId,
      input.applicationId,
      input.reviewer.id,
      status,
      input.recommendation ?? null,
      status === ReviewStatus.SUBMITTED ? new Date('2027-06-05T10:00:00Z') : null,
    ],
  );
  for (const [index, score] of (input.scores ?? []).entries()) {
    const criterion = input.criteria?.[index];
    if (!criterion) throw new Error(`no criterion ${index + 1} for the score ${score}`);
    await dataSource.query(
      `INSERT INTO review_scores (review_id, criterion_id, academy_id, score) VALUES ($1, $2, $3, $4)`,
      [review.id, criterion.id, input.academyId, score],
    );
  }
  return review.id;
}

/** A staged decision, straight in selection_decisions. */
export async function insertDecision(
  dataSource: DataSource,
  input: {
    academyId: string;
    applicationId: string;
    outcome: SelectionOutcome;
    reserveRank?: number | null;
    stagedBy: { id: string };
  },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO selection_decisions (application_id, academy_id, outcome, reserve_rank, staged_by_id, staged_at)
     VALUES ($1, $2, $3, $4, $5, now())`,
    [
      input.applicationId,
      input.academyId,
      input.outcome,
      input.reserveRank ?? null,
      input.stagedBy.id,
    ],
  );
}

/**
 * A SUBMITTED application of a new organisation, straight in the database (no mail, no
 * reminders): for boards of many applications.
 */
export async function insertSubmittedApplication(
  dataSource: DataSource,
  academyId: string,
  contact: SignedInUser,
  options: {
    answers?: Record<string, unknown>;
    organisation?: Partial<OrganisationEntity>;
    submittedAt?: Date;
  } = {},
): Promise<{ applicationId: string; organisation: OrganisationEntity }> {
  const organisation = await createOrganisation(dataSource, contact.user, options.organisation);
  const repository = dataSource.getRepository(ApplicationEntity);
  const application = await repository.save(
    repository.create({
      academyId,
      organisationId: organisation.id,
      status: ApplicationStatus.SUBMITTED,
      submittedAt: options.submittedAt ?? new Date('2027-05-20T10:00:00Z'),
      answers: options.answers ?? {},
      updatedById: contact.user.id,
    }),
  );
  return { applicationId: application.id, organisation };
}
