import DataLoader from 'dataloader';
import type { ApplicationDecisionModel } from '../models/application-decision.model.js';
import type { SelectionDecisionsService } from '../selection-decisions.service.js';

/** An application's decision with its release instant (null: none staged), by application id. */
export function createDecisionOfApplicationLoader(
  decisions: SelectionDecisionsService,
): DataLoader<string, ApplicationDecisionModel | null> {
  return new DataLoader(async (applicationIds) => {
    const byApplication = await decisions.decisionsOfApplications(applicationIds);
    return applicationIds.map((id) => byApplication.get(id) ?? null);
  });
}
