import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { DomainException, InputValidationException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { SetReviewRubricInput } from './dto/set-review-rubric.input.js';
import { ReviewCriterionEntity } from './entities/review-criterion.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { ReviewStatus } from './selection.enums.js';

/** One rubric criterion as seed data (a new academy's rubric), in list order. */
export interface ReviewCriterionSeed {
  label: LocalizedText;
  guidance: LocalizedText;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  allowsNotApplicable: boolean;
}

/**
 * Each academy's review rubric: read in order, replaced as a whole by an admin until the
 * first review is submitted (scores given against it must keep their meaning).
 */
@Injectable()
export class ReviewRubricService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(ReviewCriterionEntity)
    private readonly criteria: Repository<ReviewCriterionEntity>,
    private readonly academies: AcademiesService,
    private readonly audit: AuditService,
  ) {}

  private repository(manager?: EntityManager): Repository<ReviewCriterionEntity> {
    return manager ? manager.getRepository(ReviewCriterionEntity) : this.criteria;
  }

  rubricOf(academyId: string, manager?: EntityManager): Promise<ReviewCriterionEntity[]> {
    return this.repository(manager).find({ where: { academyId }, order: { position: 'ASC' } });
  }

  /** The rubrics of several academies in one query, each in order (for the loader). */
  async rubricsOf(academyIds: readonly string[]): Promise<Map<string, ReviewCriterionEntity[]>> {
    const byAcademy = new Map<string, ReviewCriterionEntity[]>(academyIds.map((id) => [id, []]));
    if (academyIds.length === 0) return byAcademy;
    const rows = await this.criteria.find({
      where: { academyId: In([...academyIds]) },
      order: { position: 'ASC' },
    });
    for (const criterion of rows) byAcademy.get(criterion.academyId)?.push(criterion);
    return byAcademy;
  }

  async setReviewRubric(
    principal: Principal,
    input: SetReviewRubricInput,
  ): Promise<ReviewCriterionEntity[]> {
    assertScales(input);
    return this.transactions.run(async (manager) => {
      // FOR UPDATE on the academy: a submission (FOR SHARE) either finished before — and is
      // seen below — or waits until the new rubric is in place.
      await this.academies.lock(manager, input.academyId, 'update');
      const submitted = await manager
        .getRepository(ReviewEntity)
        .existsBy({ academyId: input.academyId, status: ReviewStatus.SUBMITTED });
      if (submitted) throw new DomainException(ErrorCode.RUBRIC_LOCKED);
      const repository = manager.getRepository(ReviewCriterionEntity);
      const before = await this.rubricOf(input.academyId, manager);
      const kept = new Set(before.map((criterion) => criterion.id));
      // Positions are unique per academy: clear the old rows' positions out of the way first.
      if (before.length > 0) {
        await manager.query(
          'UPDATE review_criteria SET position = -position - 1000 WHERE academy_id = $1',
          [input.academyId],
        );
      }
      const saved = await repository.save(
        input.criteria.map((criterion, index) =>
          repository.create({
            ...(criterion.id && kept.has(criterion.id) ? { id: criterion.id } : {}),
            academyId: input.academyId,
            position: index + 1,
            label: toLocalizedText(criterion.label),
            guidance: toLocalizedText(criterion.guidance ?? { fi: '' }),
            weight: criterion.weight,
            scaleMin: criterion.scaleMin,
            scaleMax: criterion.scaleMax,
            allowsNotApplicable: criterion.allowsNotApplicable,
          }),
        ),
      );
      const remaining = new Set(saved.map((criterion) => criterion.id));
      const removed = before.filter((criterion) => !remaining.has(criterion.id));
      // Draft scores of a removed criterion go with it (the foreign key cascades).
      if (removed.length > 0) await repository.delete(removed.map((criterion) => criterion.id));
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'academy.review_rubric_set',
        entityType: 'academy',
        entityId: input.academyId,
        before: { criteria: before.map(summary) },
        after: { criteria: saved.map(summary) },
      });
      return saved;
    });
  }

  /** Writes a prepared rubric for an academy that has none (seeds); false if it has one. */
  async seedIfAbsent(
    academyId: string,
    criteria: readonly ReviewCriterionSeed[],
    manager: EntityManager,
  ): Promise<boolean> {
    const repository = manager.getRepository(ReviewCriterionEntity);
    if (await repository.existsBy({ academyId })) return false;
    await repository.save(
      criteria.map((criterion, index) =>
        repository.create({ ...criterion, academyId, position: index + 1 }),
      ),
    );
    return true;
  }
}

const summary = (criterion: ReviewCriterionEntity) => ({
  label: criterion.label.fi,
  weight: criterion.weight,
  scale: [criterion.scaleMin, criterion.scaleMax],
  allowsNotApplicable: criterion.allowsNotApplicable,
});

/** scaleMin < scaleMax, named per criterion (the database would only say "check failed"). */
function assertScales(input: SetReviewRubricInput): void {
  const problems = input.criteria.flatMap((criterion, index) =>
    criterion.scaleMin < criterion.scaleMax
      ? []
      : [
          {
            field: `input.criteria.${index}.scaleMax`,
            rule: 'greaterThanScaleMin',
            detail: `input.criteria.${index}.scaleMax must be greater than scaleMin`,
          },
        ],
  );
  if (problems.length > 0) throw new InputValidationException(problems);
}
