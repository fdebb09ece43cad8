import { Injectable } from '@nestjs/common';
import { AcademiesService } from '../academies/academies.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { DeadlineExtensionsService } from './deadline-extensions.service.js';
import { EligibilityCriteriaService } from './eligibility-criteria.service.js';
import { EligibilityService } from './eligibility.service.js';
import { createAcademyCriteriaLoader } from './loaders/academy-criteria.loader.js';
import { createApplicationCompletenessLoader } from './loaders/application-completeness.loader.js';
import { createApplicationDeadlineLoader } from './loaders/application-deadline.loader.js';
import { createApplicationEligibilityLoader } from './loaders/application-eligibility.loader.js';
import { createApplicationOrganisationLoader } from './loaders/application-organisation.loader.js';

export type ApplicationsLoaderSet = ReturnType<ApplicationsLoaders['create']>;

/**
 * The applications feature's per-request DataLoaders: every field of `Application` (and
 * `Academy.eligibilityCriteria`) that crosses to other rows asks through one of these.
 */
@Injectable()
export class ApplicationsLoaders {
  // Keyed by the request's GraphQL context object: created on a request's first ask and
  // dropped with it, so nothing is cached between callers.
  private readonly perRequest = new WeakMap<object, ApplicationsLoaderSet>();

  constructor(
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly queries: ApplicationQueriesService,
    private readonly deadlines: DeadlineExtensionsService,
    private readonly eligibility: EligibilityService,
    private readonly criteria: EligibilityCriteriaService,
  ) {}

  create() {
    return {
      applicationOrganisation: createApplicationOrganisationLoader({
        organisations: this.organisations,
      }),
      applicationEligibility: createApplicationEligibilityLoader({
        eligibility: this.eligibility,
      }),
      applicationDeadline: createApplicationDeadlineLoader({
        academies: this.academies,
        deadlines: this.deadlines,
      }),
      applicationCompleteness: createApplicationCompletenessLoader({ queries: this.queries }),
      academyCriteria: createAcademyCriteriaLoader({ criteria: this.criteria }),
    };
  }

  /** The loaders of the request whose GraphQL context this is. */
  of(context: object): ApplicationsLoaderSet {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }
}
