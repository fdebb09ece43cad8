import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { CurrentPrincipal, isAdmin, type Principal } from '../../common/auth/principal.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AcademyModel } from '../academies/models/academy.model.js';
import { ApplicationModel } from '../applications/models/application.model.js';
import { PublishSelectionInput } from './dto/publish-selection.input.js';
import { StageDecisionInput } from './dto/stage-decision.input.js';
import { ApplicationDecisionModel } from './models/application-decision.model.js';
import { SelectionDecisionModel } from './models/selection-decision.model.js';
import { SelectionReadinessModel } from './models/selection-readiness.model.js';
import { SelectionReleaseModel } from './models/selection-release.model.js';
import { SelectionDecisionsService } from './selection-decisions.service.js';
import { PublishSelectionUsecase } from './usecases/publish-selection/publish-selection.usecase.js';

const requireAdmin = (principal: Principal | null): void => {
  if (!isAdmin(principal)) throw new DomainException(ErrorCode.FORBIDDEN);
};

@Resolver()
export class SelectionDecisionsResolver {
  constructor(
    private readonly decisions: SelectionDecisionsService,
    private readonly publishing: PublishSelectionUsecase,
  ) {}

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => SelectionDecisionModel, {
    description:
      'Stages (or changes) the decision on a submitted application. Visible to staff only until the selection is published.',
  })
  stageDecision(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: StageDecisionInput,
  ): Promise<SelectionDecisionModel> {
    return this.decisions.stage(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => SelectionReleaseModel, {
    description:
      'Releases every staged decision together: now (at omitted or past) or at the given instant. Refused with SELECTION_NOT_READY or SELECTION_RELEASED.',
  })
  publishSelection(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: PublishSelectionInput,
  ): Promise<SelectionReleaseModel> {
    return this.publishing.publish(principal, input);
  }
}

/** The academy's selection state, for admins (FORBIDDEN for anyone else). */
@Resolver(() => AcademyModel)
export class AcademySelectionResolver {
  constructor(private readonly decisions: SelectionDecisionsService) {}

  @ResolveField(() => [SelectionDecisionModel], {
    description: 'ADMIN: the staged decisions, first staged first.',
  })
  stagedDecisions(
    @Parent() academy: AcademyRecord,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<SelectionDecisionModel[]> {
    requireAdmin(principal);
    return this.decisions.stagedOf(academy.id);
  }

  @ResolveField(() => SelectionReadinessModel, {
    description: 'ADMIN: counts and what stands in the way of publishing.',
  })
  selectionReadiness(
    @Parent() academy: AcademyRecord,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<SelectionReadinessModel> {
    requireAdmin(principal);
    return this.decisions.readinessSummary(academy);
  }

  @ResolveField(() => SelectionReleaseModel, {
    nullable: true,
    description: 'ADMIN: the requested or done release; null before publishSelection.',
  })
  selectionRelease(
    @Parent() academy: AcademyRecord,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<SelectionReleaseModel | null> {
    requireAdmin(principal);
    return this.decisions.releaseOf(academy);
  }
}

/**
 * Application.decision: admins see the staged decision; whoever else may read the
 * application (its organisation's members, experts) sees it only once released — null
 * before, so nothing of a staged decision reaches the organisation or the reviewers.
 */
@Resolver(() => ApplicationModel)
export class ApplicationDecisionResolver {
  @ResolveField(() => ApplicationDecisionModel, {
    nullable: true,
    description:
      'The decision: admins see it staged, everyone else who reads the application after the release.',
  })
  async decision(
    @Parent() application: Pick<ApplicationModel, 'id'>,
    @CurrentPrincipal() principal: Principal | null,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationDecisionModel | null> {
    const decision = await context.loaders.decisionOfApplication.load(application.id);
    if (!decision) return null;
    // Staged decisions are the programme manager's: not even experts (who may belong to, or
    // have a conflict with, the applying organisation) see them before the release.
    return isAdmin(principal) || decision.releasedAt ? decision : null;
  }
}
