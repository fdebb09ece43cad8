import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EditionCopiers,
  type EditionCopier,
  type EditionWrite,
} from '../academies/editions/edition-copiers.js';
import { ReviewCriterionEntity } from './entities/review-criterion.entity.js';

/** The next edition's review rubric: the same criteria, weights and scales (no reviews). */
@Injectable()
export class ReviewRubricEditionCopier implements EditionCopier, OnModuleInit {
  readonly name = 'reviewRubric';

  constructor(private readonly copiers: EditionCopiers) {}

  onModuleInit(): void {
    this.copiers.register(this);
  }

  async prepare(manager: EntityManager, sourceAcademyId: string): Promise<EditionWrite> {
    const rubric = await manager
      .getRepository(ReviewCriterionEntity)
      .find({ where: { academyId: sourceAcademyId }, order: { position: 'ASC' } });
    const copies = rubric.map((criterion) => ({
      position: criterion.position,
      label: { ...criterion.label },
      guidance: { ...criterion.guidance },
      weight: criterion.weight,
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
      allowsNotApplicable: criterion.allowsNotApplicable,
    }));
    return async (writer, targetAcademyId) => {
      const repository = writer.getRepository(ReviewCriterionEntity);
      if (copies.length > 0)
        await repository.save(
          copies.map((copy) => repository.create({ ...copy, academyId: targetAcademyId })),
        );
      return { reviewCriteria: copies.length };
    };
  }
}
