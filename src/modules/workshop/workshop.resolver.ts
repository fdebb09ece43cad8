import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Public, SignedIn } from '../../common/auth/policy.decorator.js';
import {
  AddEventAssignmentInput,
  MarkAssignmentDoneInput,
  RemoveEventAssignmentInput,
  UnmarkAssignmentDoneInput,
  UpdateEventAssignmentInput,
} from './dto/event-assignment.input.js';
import {
  AddEventMaterialInput,
  RemoveEventMaterialInput,
  UpdateEventMaterialInput,
} from './dto/event-material.input.js';
import {
  AddEventOutcomeInput,
  RemoveEventOutcomeInput,
  UpdateEventOutcomeInput,
} from './dto/event-outcome.input.js';
import { WorkshopEventModel } from './models/workshop.model.js';
import { WorkshopService } from './workshop.service.js';

const EDITORS = 'Admins, and experts who host the event (others: NOT_FOUND).';

/** Workshop content of events: materials, assignments and recorded outcomes. Editing rules are in the services. */
@Resolver(() => WorkshopEventModel)
export class WorkshopResolver {
  constructor(private readonly workshop: WorkshopService) {}

  @Public()
  @Query(() => WorkshopEventModel, {
    description:
      'An event with its workshop content. NOT_FOUND when the caller may not see the event; materials and assignments null outside its audience; outcomes null unless the caller may see them.',
  })
  workshopEvent(
    @CurrentPrincipal() principal: Principal | null,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<WorkshopEventModel> {
    return this.workshop.view(principal, eventId);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  addEventMaterial(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddEventMaterialInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.addMaterial(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  updateEventMaterial(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateEventMaterialInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.updateMaterial(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  removeEventMaterial(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RemoveEventMaterialInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.removeMaterial(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  addEventOutcome(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddEventOutcomeInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.addOutcome(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  updateEventOutcome(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateEventOutcomeInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.updateOutcome(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  removeEventOutcome(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RemoveEventOutcomeInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.removeOutcome(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  addEventAssignment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddEventAssignmentInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.addAssignment(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: EDITORS })
  updateEventAssignment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateEventAssignmentInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.updateAssignment(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, {
    description: `${EDITORS} Removes the organisations' marks too.`,
  })
  removeEventAssignment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RemoveEventAssignmentInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.removeAssignment(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, {
    description:
      "A member of the organisation, or a person on its named cohort team (not one who left), marks an assignment done for it. Another organisation's: NOT_YOUR_ORGANISATION; one outside the event's audience: ORGANISATION_NOT_IN_AUDIENCE.",
  })
  markAssignmentDone(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MarkAssignmentDoneInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.markDone(principal, input);
  }

  @SignedIn()
  @Mutation(() => WorkshopEventModel, { description: 'Takes the mark back (the same rules).' })
  unmarkAssignmentDone(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UnmarkAssignmentDoneInput,
  ): Promise<WorkshopEventModel> {
    return this.workshop.unmarkDone(principal, input);
  }
}
