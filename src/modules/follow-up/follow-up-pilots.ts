import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CohortEvents } from '../cohort/cohort-events.js';
import { AgreedActionTasksService } from './agreed-action-tasks.service.js';
import { TrackedActionsService } from './tracked-actions.service.js';

/**
 * A cohort organisation gets its pilot when it joins the cohort (confirming its offer), in
 * the confirmation's transaction, prefilled from its application and with its earlier
 * sparring agreed actions as tasks. Organisations already in a cohort before follow-up existed
 * got theirs from the migration (`follow-up-pilot-backfill`).
 */
@Injectable()
export class FollowUpPilots implements OnModuleInit {
  constructor(
    private readonly cohortEvents: CohortEvents,
    private readonly actions: TrackedActionsService,
    private readonly agreedActions: AgreedActionTasksService,
  ) {}

  onModuleInit(): void {
    this.cohortEvents.onMemberAdded(async (manager, member) => {
      // A stakeholder signed up to an open programme runs no pilot procurement of its own.
      if (member.via === 'SIGN_UP') return;
      const pilot = await this.actions.createPilot(
        manager,
        member.academyId,
        member.organisationId,
      );
      if (pilot) await this.agreedActions.copyExisting(manager, pilot);
    });
  }
}
