import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { Public, SignedIn } from '../../../common/auth/policy.decorator.js';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { TrackedActionModel } from '../models/tracked-action.model.js';
import { PilotSharingService } from './pilot-sharing.service.js';
import {
  CohortPilotSummaryModel,
  PilotSharingModel,
  PublicPilotResultModel,
} from './sharing.model.js';

/** The shared summary, the public results and the publish switch. Rules are in the service. */
@Resolver(() => TrackedActionModel)
export class PilotSharingResolver {
  constructor(private readonly pilots: PilotSharingService) {}

  @SignedIn()
  @ListSize(50)
  @Query(() => [CohortPilotSummaryModel], {
    description:
      'The shared summary: the pilots of the cohort organisations that gave the "share learnings" consent in their application. Cohort participants, experts and admins; others FORBIDDEN.',
  })
  cohortPilotSummaries(
    @CurrentPrincipal() principal: Principal,
    @Args('academyId', { type: () => ID }) academyId: string,
  ): Promise<CohortPilotSummaryModel[]> {
    return this.pilots.cohortPilotSummaries(principal, academyId);
  }

  @Public()
  @ListSize(50)
  @Query(() => [PublicPilotResultModel], {
    description:
      "The academy's public results (no sign-in): pilots whose organisation consented and whose team published them. Unknown or unpublished academy: NOT_FOUND.",
  })
  publicResults(@Args('academySlug') academySlug: string): Promise<PublicPilotResultModel[]> {
    return this.pilots.publicResults(academySlug);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, {
    description:
      'Publishes a pilot on the public results page (or takes it off). Its team or an admin; NO_SHARING_CONSENT when its organisation did not consent (nothing written).',
  })
  setPilotPublished(
    @CurrentPrincipal() principal: Principal,
    @Args('trackedActionId', { type: () => ID }) trackedActionId: string,
    @Args('published') published: boolean,
  ): Promise<TrackedActionModel> {
    return this.pilots.setPublished(principal, trackedActionId, published);
  }

  @ResolveField(() => PilotSharingModel, {
    description: 'Consent and publication of a pilot (an ACTION: both false).',
  })
  sharing(@Parent() action: TrackedActionModel): Promise<PilotSharingModel> {
    return this.pilots.sharingOf(action);
  }
}
