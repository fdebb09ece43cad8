import { Injectable } from '@nestjs/common';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory } from '../../common/graphql/loaders.js';
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

// The applications feature's per-request loaders on the GraphQL context's `loaders`.
declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** The applying organisation, by organisation id. */
    applicationOrganisation: ReturnType<typeof createApplicationOrganisationLoader>;
    /** Per-criterion outcomes of an application in a language. */
    applicationEligibility: ReturnType<typeof createApplicationEligibilityLoader>;
    /** The deadline that applies to an application (extensions included). */
    applicationDeadline: ReturnType<typeof createApplicationDeadlineLoader>;
    /** Submitted ∧ consultation booked. */
    applicationCompleteness: ReturnType<typeof createApplicationCompletenessLoader>;
    /** An academy's eligibility criteria, by academy id. */
    academyCriteria: ReturnType<typeof createAcademyCriteriaLoader>;
  }
}

/**
 * The applications feature's per-request DataLoaders: every field of `Application` (and
 * `Academy.eligibilityCriteria`) that crosses to other rows asks through one of these.
 */
@Injectable()
@ProvidesLoaders()
export class ApplicationsLoaders implements LoaderFactory {
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
}
