import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { applicationsOfOrganisationSql } from '../applications/application.sql.js';

type Row = Record<string, unknown>;

/**
 * The selection feature's part of a data export (docs/privacy.md). A person's export has what
 * they wrote or did: the reviews they were assigned with their scores and reasoning, the
 * reviews they assigned (application and time, not the reviewer), the
 * conflicts of interest they declared, the offers they answered for their organisation, the
 * decisions they staged (with their note) and the releases they scheduled. The organisation's
 * export has what the organisation was told: its decisions once the academy's selection is
 * released (outcome and reserve rank; never the staff's note, who staged it, nor anything of
 * the reviews: reviewers' names and reasoning are not shown to applicants) and its offers.
 */
@Injectable()
export class SelectionDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'selection';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const reviews = await manager.query<Row[]>(
      `SELECT r.id, r.academy_id, r.application_id, r.status, r.recommendation, r.comment,
          r.submitted_at, r.created_at, r.updated_at,
          COALESCE((SELECT jsonb_agg(jsonb_build_object('criterion_id', s.criterion_id, 'score', s.score)
              ORDER BY s.criterion_id)
            FROM review_scores s WHERE s.review_id = r.id), '[]'::jsonb) AS scores
        FROM reviews r WHERE r.reviewer_id = $1 ORDER BY r.created_at, r.id`,
      [subject.userId],
    );
    // Admins: the reviews they assigned (which application, when), not who reviews it.
    const assignments = await manager.query<Row[]>(
      `SELECT id AS review_id, academy_id, application_id, created_at AS assigned_at FROM reviews
        WHERE assigned_by_id = $1 ORDER BY created_at, id`,
      [subject.userId],
    );
    const conflicts = await manager.query<Row[]>(
      `SELECT organisation_id, reason, declared_at FROM conflicts_of_interest
        WHERE user_id = $1 ORDER BY declared_at, organisation_id`,
      [subject.userId],
    );
    const offerResponses = await manager.query<Row[]>(
      `SELECT id, academy_id, application_id, seat_no, status, responded_at, decline_reason
        FROM selection_offers WHERE responded_by_id = $1 ORDER BY responded_at, id`,
      [subject.userId],
    );
    const stagedDecisions = await manager.query<Row[]>(
      `SELECT application_id, academy_id, outcome, reserve_rank, note, staged_at
        FROM selection_decisions WHERE staged_by_id = $1 ORDER BY staged_at, application_id`,
      [subject.userId],
    );
    const releases = await manager.query<Row[]>(
      `SELECT academy_id, release_at, requested_at, released_at FROM selection_releases
        WHERE requested_by_id = $1 ORDER BY requested_at, academy_id`,
      [subject.userId],
    );
    return {
      reviews,
      'review-assignments-made': assignments,
      'conflicts-of-interest': conflicts,
      'selection-offer-responses': offerResponses,
      'selection-decisions-staged': stagedDecisions,
      'selection-releases-requested': releases,
    };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const decisions = await manager.query<Row[]>(
      `SELECT d.application_id, d.academy_id, d.outcome, d.reserve_rank, r.released_at
        FROM selection_decisions d
        JOIN selection_releases r ON r.academy_id = d.academy_id AND r.released_at IS NOT NULL
        WHERE d.application_id IN ${applicationsOfOrganisationSql('$1')}
        ORDER BY r.released_at, d.application_id`,
      [organisationId],
    );
    const offers = await manager.query<Row[]>(
      `SELECT id, academy_id, application_id, seat_no, status, from_reserve, respond_by,
          responded_at, decline_reason, created_at
        FROM selection_offers WHERE application_id IN ${applicationsOfOrganisationSql('$1')}
        ORDER BY created_at, id`,
      [organisationId],
    );
    return { 'selection-decisions': decisions, 'selection-offers': offers };
  }
}
