import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EditionCopiers,
  type EditionCopier,
  type EditionShifter,
  type EditionWrite,
} from '../academies/editions/edition-copiers.js';
import { EligibilityCriterionEntity } from './entities/eligibility-criterion.entity.js';

/**
 * The next edition's eligibility criteria: the same rules, labels and parameters, with a
 * pilot's timing window (`startFrom`, `startTo`) moved by the edition's shift.
 */
@Injectable()
export class EligibilityCriteriaEditionCopier implements EditionCopier, OnModuleInit {
  readonly name = 'eligibilityCriteria';

  constructor(private readonly copiers: EditionCopiers) {}

  onModuleInit(): void {
    this.copiers.register(this);
  }

  async prepare(
    manager: EntityManager,
    sourceAcademyId: string,
    shifter: EditionShifter,
  ): Promise<EditionWrite> {
    const criteria = await manager
      .getRepository(EligibilityCriterionEntity)
      .find({ where: { academyId: sourceAcademyId }, order: { position: 'ASC' } });
    const copies = criteria.map((criterion) => {
      const parameters = { ...criterion.parameters };
      if (parameters.startFrom) parameters.startFrom = shifter.calendarText(parameters.startFrom);
      if (parameters.startTo) parameters.startTo = shifter.calendarText(parameters.startTo);
      return {
        position: criterion.position,
        kind: criterion.kind,
        severity: criterion.severity,
        label: { ...criterion.label },
        help: { ...criterion.help },
        parameters,
      };
    });
    return async (writer, targetAcademyId) => {
      const repository = writer.getRepository(EligibilityCriterionEntity);
      if (copies.length > 0)
        await repository.save(
          copies.map((copy) => repository.create({ ...copy, academyId: targetAcademyId })),
        );
      return { eligibilityCriteria: copies.length };
    };
  }
}
