import DataLoader from 'dataloader';
import type { OrganisationRecord } from '../../organisations/organisation.types.js';
import type { OrganisationsService } from '../../organisations/organisations.service.js';

/** `Application.organisation`: the applying organisations of a request, in one query. */
export function createApplicationOrganisationLoader(deps: {
  organisations: OrganisationsService;
}): DataLoader<string, OrganisationRecord | null> {
  return new DataLoader(async (organisationIds) => {
    const byId = new Map(
      (await deps.organisations.findByIds(organisationIds)).map((item) => [item.id, item]),
    );
    return organisationIds.map((id) => byId.get(id) ?? null);
  });
}
