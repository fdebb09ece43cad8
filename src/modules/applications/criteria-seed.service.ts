import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import {
  EligibilityCriterionEntity,
  type CriterionParameters,
} from './entities/eligibility-criterion.entity.js';
import type { CriterionKind, CriterionSeverity } from './eligibility-criterion.enums.js';

export type { CriterionParameters };

/** One criterion as seed data, in list order. */
export interface CriterionSeed {
  kind: CriterionKind;
  severity: CriterionSeverity;
  label: LocalizedText;
  help: LocalizedText;
  parameters: CriterionParameters;
}

/**
 * Writes a prepared criteria set for an academy that has none (the demo seed). Added for
 * issue 10 so the demo feature stops writing `eligibility_criteria` itself.
 */
@Injectable()
export class CriteriaSeedService {
  /** Inserts the criteria, positions in list order; false (nothing written) if it has some. */
  async seedIfAbsent(
    academyId: string,
    criteria: readonly CriterionSeed[],
    manager: EntityManager,
  ): Promise<boolean> {
    const repository = manager.getRepository(EligibilityCriterionEntity);
    if (await repository.existsBy({ academyId })) return false;
    await repository.save(
      criteria.map((criterion, position) =>
        repository.create({ ...criterion, position, academyId }),
      ),
    );
    return true;
  }
}
