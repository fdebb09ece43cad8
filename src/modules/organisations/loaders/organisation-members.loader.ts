import DataLoader from 'dataloader';
import { notFound } from '../../../common/errors/domain.exception.js';
import type { LoaderRequest } from '../../../common/graphql/loaders.js';
import type { MembershipEntity } from '../entities/membership.entity.js';
import type { OrganisationsService } from '../organisations.service.js';

/**
 * The members of organisations, by organisation id, with their users: one statement for
 * every organisation of a request. An organisation the caller may not read fails with
 * NOT_FOUND, as `members` does.
 */
export function createOrganisationMembersLoader(
  organisations: OrganisationsService,
  request: LoaderRequest,
): DataLoader<string, MembershipEntity[]> {
  return new DataLoader<string, MembershipEntity[]>(async (organisationIds) => {
    const principal = request.principal();
    // Members is a signed-in field; without a principal there is nothing to read.
    if (!principal) return organisationIds.map(() => notFound());
    const members = await organisations.membersOfMany(principal, organisationIds);
    return organisationIds.map((id) => members.get(id) ?? notFound());
  });
}
