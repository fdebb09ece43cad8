import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import {
  CreateActionPlanActionInput,
  SetDeclaredOnScheduleInput,
  SetTrackedActionStageInput,
  UpdateTrackedActionInput,
} from './dto/tracked-action.input.js';
import { TrackedActionModel } from './models/tracked-action.model.js';
import { TrackedActionsService } from './tracked-actions.service.js';

const EDITORS =
  "A pilot: its organisation's team (others who know it exists: NOT_YOUR_PILOT, anyone else NOT_FOUND). ACTION: admins (experts FORBIDDEN). Answers the whole action.";

/** Tracked actions: pilots and action plans. Rules are in the services. */
@Resolver(() => TrackedActionModel)
export class TrackedActionsResolver {
  constructor(private readonly actions: TrackedActionsService) {}

  @SignedIn()
  @Query(() => TrackedActionModel, {
    description:
      "A tracked action: its organisation's team, experts and admins read a pilot; experts and admins an ACTION. Others: NOT_FOUND.",
  })
  trackedAction(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TrackedActionModel> {
    return this.actions.trackedAction(principal, id);
  }

  @SignedIn()
  @Query(() => TrackedActionModel, {
    description:
      "The organisation's pilot procurement in the academy (created when it confirmed its place). Its team, experts and admins; others NOT_FOUND.",
  })
  pilot(
    @CurrentPrincipal() principal: Principal,
    @Args('academyId', { type: () => ID }) academyId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<TrackedActionModel> {
    return this.actions.pilot(principal, academyId, organisationId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @ListSize(10)
  @Query(() => [TrackedActionModel], {
    description: "The programme's action plan (kind ACTION), oldest first. Experts and admins.",
  })
  actionPlan(
    @CurrentPrincipal() principal: Principal,
    @Args('academyId', { type: () => ID }) academyId: string,
  ): Promise<TrackedActionModel[]> {
    return this.actions.actionPlan(principal, academyId);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => TrackedActionModel, {
    description: "Adds an action to the academy's action plan (admins; audited).",
  })
  createActionPlanAction(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateActionPlanActionInput,
  ): Promise<TrackedActionModel> {
    return this.actions.createAction(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Texts and category. ${EDITORS}` })
  updateTrackedAction(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateTrackedActionInput,
  ): Promise<TrackedActionModel> {
    return this.actions.update(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, {
    description: `Moves the stage (back too), recorded in stageHistory. ${EDITORS}`,
  })
  setTrackedActionStage(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetTrackedActionStageInput,
  ): Promise<TrackedActionModel> {
    return this.actions.setStage(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, {
    description: `Declares the action on schedule or not (Aikataulussa). ${EDITORS}`,
  })
  setDeclaredOnSchedule(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetDeclaredOnScheduleInput,
  ): Promise<TrackedActionModel> {
    return this.actions.setDeclaredOnSchedule(principal, input);
  }
}
