import DataLoader from 'dataloader';
import type { Completeness } from '../application-completeness.js';
import type { ApplicationQueriesService } from '../application-queries.service.js';
import type { ApplicationEntity } from '../entities/application.entity.js';

/** `Application.completeness`: one question about bookings for a request's applications. */
export function createApplicationCompletenessLoader(deps: {
  queries: ApplicationQueriesService;
}): DataLoader<ApplicationEntity, Completeness, string> {
  return new DataLoader(
    async (applications) => {
      const completeness = await deps.queries.completenessOf(applications);
      return applications.map(
        (application) =>
          completeness.get(application.id) ?? new Error(`application ${application.id} missing`),
      );
    },
    { cacheKeyFn: (application) => application.id },
  );
}
