import DataLoader from 'dataloader';
import type { LoaderRequest } from '../../../common/graphql/loaders.js';
import type { SparringOutcomeReadsService } from '../sparring-outcome-reads.service.js';

/**
 * Whether the caller is a member or a team participant of the organisation in the academy,
 * by `organisationKey(academyId, organisationId)`.
 */
export function createReadsOrganisationOutcomesLoader(
  reads: SparringOutcomeReadsService,
  request: LoaderRequest,
): DataLoader<string, boolean> {
  return new DataLoader(async (keys) => {
    const userId = request.principal()?.user.id;
    if (!userId) return keys.map(() => false);
    const pairs = keys.map((key) => {
      const [academyId, organisationId] = key.split(':');
      return { academyId, organisationId };
    });
    const readable = await reads.readableOrganisations(userId, pairs);
    return keys.map((key) => readable.has(key));
  });
}
