import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ZonedDateTimeModel } from '../../common/time/zoned-date-time.model.js';
import { OrganisationModel } from '../organisations/models/organisation.model.js';
import type { ApplicationEntity } from './entities/application.entity.js';
import { ApplicationCompletenessModel } from './models/application-completeness.model.js';
import { ApplicationModel } from './models/application.model.js';
import { CriterionResultModel } from './models/criterion-result.model.js';

/** The fields of `Application` that cross to other rows: each through a per-request loader. */
@Resolver(() => ApplicationModel)
export class ApplicationFieldsResolver {
  @ResolveField(() => [CriterionResultModel], {
    description:
      "Each criterion: MET, NOT_MET or NEEDS_REVIEW, explained in the reader's language.",
  })
  eligibility(
    @Parent() application: ApplicationEntity,
    @Context() context: GraphqlContext,
  ): Promise<CriterionResultModel[]> {
    return context.loaders.applicationEligibility.load({ application, locale: context.locale });
  }

  @ResolveField(() => OrganisationModel, {
    description: 'The applying organisation (readers of the application only).',
  })
  async organisation(
    @Parent() application: ApplicationEntity,
    @Context() context: GraphqlContext,
  ): Promise<OrganisationModel> {
    const organisation = await context.loaders.applicationOrganisation.load(
      application.organisationId,
    );
    // The foreign key makes this impossible; say so rather than answer null.
    if (!organisation) throw new Error(`organisation ${application.organisationId} not found`);
    return organisation;
  }

  @ResolveField(() => ApplicationCompletenessModel)
  completeness(
    @Parent() application: ApplicationEntity,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationCompletenessModel> {
    return context.loaders.applicationCompleteness.load(application);
  }

  @ResolveField(() => ZonedDateTimeModel, {
    description: 'The deadline that applies, including an extension.',
  })
  deadline(
    @Parent() application: ApplicationEntity,
    @Context() context: GraphqlContext,
  ): Promise<ZonedDateTimeModel> {
    return context.loaders.applicationDeadline.load(application);
  }
}
