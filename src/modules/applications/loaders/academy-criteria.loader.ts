import DataLoader from 'dataloader';
import type { EligibilityCriteriaService } from '../eligibility-criteria.service.js';
import type { EligibilityCriterionEntity } from '../entities/eligibility-criterion.entity.js';

/** `Academy.eligibilityCriteria`: the criteria of a request's academies, in one query. */
export function createAcademyCriteriaLoader(deps: {
  criteria: EligibilityCriteriaService;
}): DataLoader<string, EligibilityCriterionEntity[]> {
  return new DataLoader(async (academyIds) => {
    const byAcademy = await deps.criteria.criteriaOfAcademies(academyIds);
    return academyIds.map((id) => byAcademy.get(id) ?? []);
  });
}
