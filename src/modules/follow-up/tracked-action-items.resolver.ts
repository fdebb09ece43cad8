import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import {
  AddMilestoneInput,
  AddTaskInput,
  MilestoneIdInput,
  TaskIdInput,
  UpdateMilestoneInput,
  UpdateTaskInput,
} from './dto/tracked-action-item.input.js';
import { TrackedActionModel } from './models/tracked-action.model.js';
import { TrackedActionItemsService } from './tracked-action-items.service.js';

const EDITORS =
  "A pilot's team; admins for ACTION (see updateTrackedAction). Audited; answers the whole action.";

/** Milestones and tasks of tracked actions. */
@Resolver(() => TrackedActionModel)
export class TrackedActionItemsResolver {
  constructor(private readonly items: TrackedActionItemsService) {}

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Adds a milestone. ${EDITORS}` })
  addTrackedActionMilestone(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddMilestoneInput,
  ): Promise<TrackedActionModel> {
    return this.items.addMilestone(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Changes a milestone. ${EDITORS}` })
  updateTrackedActionMilestone(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateMilestoneInput,
  ): Promise<TrackedActionModel> {
    return this.items.updateMilestone(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Marks a milestone reached. ${EDITORS}` })
  completeTrackedActionMilestone(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MilestoneIdInput,
  ): Promise<TrackedActionModel> {
    return this.items.completeMilestone(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Marks a milestone open again. ${EDITORS}` })
  reopenTrackedActionMilestone(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MilestoneIdInput,
  ): Promise<TrackedActionModel> {
    return this.items.reopenMilestone(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Removes a milestone. ${EDITORS}` })
  removeTrackedActionMilestone(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MilestoneIdInput,
  ): Promise<TrackedActionModel> {
    return this.items.removeMilestone(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Adds a task. ${EDITORS}` })
  addTrackedActionTask(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddTaskInput,
  ): Promise<TrackedActionModel> {
    return this.items.addTask(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Changes a task. ${EDITORS}` })
  updateTrackedActionTask(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateTaskInput,
  ): Promise<TrackedActionModel> {
    return this.items.updateTask(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Marks a task done. ${EDITORS}` })
  completeTrackedActionTask(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TaskIdInput,
  ): Promise<TrackedActionModel> {
    return this.items.completeTask(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Marks a task open again. ${EDITORS}` })
  reopenTrackedActionTask(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TaskIdInput,
  ): Promise<TrackedActionModel> {
    return this.items.reopenTask(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: `Removes a task. ${EDITORS}` })
  removeTrackedActionTask(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TaskIdInput,
  ): Promise<TrackedActionModel> {
    return this.items.removeTask(principal, input);
  }
}
