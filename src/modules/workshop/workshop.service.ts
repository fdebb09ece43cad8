import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal.js';
import type {
  AddEventAssignmentInput,
  MarkAssignmentDoneInput,
  RemoveEventAssignmentInput,
  UnmarkAssignmentDoneInput,
  UpdateEventAssignmentInput,
} from './dto/event-assignment.input.js';
import type {
  AddEventMaterialInput,
  RemoveEventMaterialInput,
  UpdateEventMaterialInput,
} from './dto/event-material.input.js';
import { EventAssignmentsService } from './event-assignments.service.js';
import { EventMaterialsService } from './event-materials.service.js';
import { EventOutcomesService } from './event-outcomes.service.js';
import type {
  AddEventOutcomeInput,
  RemoveEventOutcomeInput,
  UpdateEventOutcomeInput,
} from './dto/event-outcome.input.js';
import { UNPUBLISHED_ACADEMY_STATUSES } from '../academies/academy.sql.js';
import type { WorkshopEventModel } from './models/workshop.model.js';
import { WorkshopAccessService } from './workshop-access.service.js';

/**
 * An event's workshop content as one answer (`workshopEvent`); every change answers the
 * content as the caller now sees it, so a page needs no second request.
 */
@Injectable()
export class WorkshopService {
  constructor(
    private readonly access: WorkshopAccessService,
    private readonly materials: EventMaterialsService,
    private readonly assignments: EventAssignmentsService,
    private readonly outcomes: EventOutcomesService,
  ) {}

  async view(principal: Principal | null, eventId: string): Promise<WorkshopEventModel> {
    const access = await this.access.visible(principal, eventId);
    const { event } = access;
    const base = {
      event,
      academySlug: event.academy!.slug,
      inAudience: access.inAudience,
      canEdit: access.canManage,
    };
    // Outcomes may be public (the academy's choice, and only while it is published).
    const academy = event.academy!;
    const outcomesVisible =
      access.inAudience ||
      (academy.publicOutcomes && !UNPUBLISHED_ACADEMY_STATUSES.includes(academy.status));
    const outcomes = outcomesVisible
      ? ((await this.outcomes.ofEvents([event.id])).get(event.id) ?? [])
      : null;
    // Outside the audience the event shows, its materials and assignments do not.
    if (!access.inAudience) return { ...base, materials: null, assignments: null, outcomes };
    const materials = await this.materials.ofEvents([event.id]);
    return {
      ...base,
      materials: materials.get(event.id) ?? [],
      assignments: await this.assignments.ofEvent(principal, access),
      outcomes,
    };
  }

  async addOutcome(principal: Principal, input: AddEventOutcomeInput): Promise<WorkshopEventModel> {
    const outcome = await this.outcomes.add(principal, input);
    return this.view(principal, outcome.eventId);
  }

  async updateOutcome(
    principal: Principal,
    input: UpdateEventOutcomeInput,
  ): Promise<WorkshopEventModel> {
    const outcome = await this.outcomes.update(principal, input);
    return this.view(principal, outcome.eventId);
  }

  async removeOutcome(
    principal: Principal,
    input: RemoveEventOutcomeInput,
  ): Promise<WorkshopEventModel> {
    const eventId = await this.outcomes.remove(principal, input);
    return this.view(principal, eventId);
  }

  async addMaterial(
    principal: Principal,
    input: AddEventMaterialInput,
  ): Promise<WorkshopEventModel> {
    const material = await this.materials.add(principal, input);
    return this.view(principal, material.eventId);
  }

  async updateMaterial(
    principal: Principal,
    input: UpdateEventMaterialInput,
  ): Promise<WorkshopEventModel> {
    const material = await this.materials.update(principal, input);
    return this.view(principal, material.eventId);
  }

  async removeMaterial(
    principal: Principal,
    input: RemoveEventMaterialInput,
  ): Promise<WorkshopEventModel> {
    const eventId = await this.materials.remove(principal, input);
    return this.view(principal, eventId);
  }

  async addAssignment(
    principal: Principal,
    input: AddEventAssignmentInput,
  ): Promise<WorkshopEventModel> {
    const assignment = await this.assignments.add(principal, input);
    return this.view(principal, assignment.eventId);
  }

  async updateAssignment(
    principal: Principal,
    input: UpdateEventAssignmentInput,
  ): Promise<WorkshopEventModel> {
    const assignment = await this.assignments.update(principal, input);
    return this.view(principal, assignment.eventId);
  }

  async removeAssignment(
    principal: Principal,
    input: RemoveEventAssignmentInput,
  ): Promise<WorkshopEventModel> {
    const eventId = await this.assignments.remove(principal, input);
    return this.view(principal, eventId);
  }

  async markDone(
    principal: Principal,
    input: MarkAssignmentDoneInput,
  ): Promise<WorkshopEventModel> {
    const assignment = await this.assignments.markDone(principal, input);
    return this.view(principal, assignment.eventId);
  }

  async unmarkDone(
    principal: Principal,
    input: UnmarkAssignmentDoneInput,
  ): Promise<WorkshopEventModel> {
    const assignment = await this.assignments.unmarkDone(principal, input);
    return this.view(principal, assignment.eventId);
  }
}
