import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/domain.exception.js';
import { CohortService } from '../cohort/cohort.service.js';
import { EventAudience } from '../timeline/timeline-event.enums.js';
import { TimelineService, type EventAccess } from '../timeline/timeline.service.js';

/**
 * Who may read and edit an event's workshop content, asked of the timeline (which owns
 * events and their audiences) and the cohort (which owns who is in it).
 */
@Injectable()
export class WorkshopAccessService {
  constructor(
    private readonly timeline: TimelineService,
    private readonly cohort: CohortService,
  ) {}

  /** The event if the caller may see it, else NOT_FOUND. */
  async visible(
    principal: Principal | null,
    eventId: string,
    manager?: EntityManager,
  ): Promise<EventAccess> {
    const access = await this.timeline.accessTo(principal, eventId, manager);
    if (!access) throw notFound();
    return access;
  }

  /** For reading materials and assignments: outside the audience it does not exist. */
  async audience(
    principal: Principal | null,
    eventId: string,
    manager?: EntityManager,
  ): Promise<EventAccess> {
    const access = await this.visible(principal, eventId, manager);
    if (!access.inAudience) throw notFound();
    return access;
  }

  /** For editing: admins and hosting experts; anyone else is told it does not exist. */
  async manage(
    principal: Principal,
    eventId: string,
    manager: EntityManager,
  ): Promise<EventAccess> {
    const access = await this.visible(principal, eventId, manager);
    if (!access.canManage) throw notFound();
    return access;
  }

  /**
   * The organisations whose assignments the event expects: the academy's cohort for cohort
   * and alumni events, the one organisation for its own session.
   */
  async audienceOrganisationIds(access: EventAccess, manager?: EntityManager): Promise<string[]> {
    const { event } = access;
    if (event.audience === EventAudience.ORGANISATION)
      return event.audienceOrganisationId ? [event.audienceOrganisationId] : [];
    return this.cohort.organisationIdsOf(event.academyId, manager);
  }
}
