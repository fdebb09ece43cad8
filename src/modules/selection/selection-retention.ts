import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry, type RetentionTask } from '../../common/privacy/personal-data.js';
import { RetentionKind } from '../../common/privacy/retention-kinds.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { SelectionOutcome } from './selection.enums.js';

/**
 * Retention of the selection's records (issue 17), counted from the release of the academy's
 * decisions (`selection_releases.released_at`; nothing is due before a release):
 *  - REJECTED_APPLICATIONS: the answers of the applications whose decision is REJECTED are
 *    emptied (through the applications feature); the application, its decision and its
 *    reviews' scores stay, so the selection's record stays whole;
 *  - REVIEWS: reviewers' written reasoning (`reviews.comment`) is removed; recommendation and
 *    scores stay.
 */
@Injectable()
export class SelectionRetention implements RetentionTask, OnModuleInit {
  readonly name = 'selection';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly applications: ApplicationRecordsService,
  ) {}

  onModuleInit(): void {
    this.registry.registerRetention(this);
  }

  async apply(
    manager: EntityManager,
    academyId: string,
    cutOffOf: (kind: string) => Date | undefined,
  ): Promise<Record<string, number>> {
    const [release] = await manager.query<Array<{ released_at: Date }>>(
      `SELECT released_at FROM selection_releases WHERE academy_id = $1 AND released_at IS NOT NULL`,
      [academyId],
    );
    const counts: Record<string, number> = {};
    if (!release) return counts;
    const isDue = (kind: RetentionKind) => {
      const cutOff = cutOffOf(kind);
      return cutOff !== undefined && release.released_at <= cutOff;
    };
    if (isDue(RetentionKind.REJECTED_APPLICATIONS)) {
      const rejected = await manager.query<Array<{ application_id: string }>>(
        `SELECT application_id FROM selection_decisions WHERE academy_id = $1 AND outcome = $2`,
        [academyId, SelectionOutcome.REJECTED],
      );
      counts[RetentionKind.REJECTED_APPLICATIONS] = await this.applications.redactAnswers(
        manager,
        rejected.map((row) => row.application_id),
      );
    }
    if (isDue(RetentionKind.REVIEWS)) {
      // TypeORM answers an UPDATE or DELETE with [rows, affectedCount].
      const [, cleared] = await manager.query<[unknown[], number]>(
        `UPDATE reviews SET comment = NULL, updated_at = now()
         WHERE academy_id = $1 AND comment IS NOT NULL RETURNING id`,
        [academyId],
      );
      counts[RetentionKind.REVIEWS] = cleared;
    }
    return counts;
  }
}
