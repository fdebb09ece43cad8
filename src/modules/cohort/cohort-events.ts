import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An organisation that has just joined an academy's cohort. */
export interface CohortMemberAdded {
  academyId: string;
  organisationId: string;
  /**
   * SELECTION: confirmed an offer (it runs a pilot procurement). SIGN_UP: signed up to an
   * OPEN programme (a stakeholder: no pilot of its own; the programme's action plan is shared).
   * Left out: SELECTION.
   */
  via?: CohortJoinedVia;
}

export type CohortJoinedVia = 'SELECTION' | 'SIGN_UP';

export type CohortMemberAddedHandler = (
  manager: EntityManager,
  member: CohortMemberAdded,
) => Promise<void>;

/**
 * What other modules do when the cohort changes, inside the same transaction (the
 * confirmation and everything it starts commit or roll back together). Modules that build on
 * the cohort (follow-up creates the organisation's pilot) register here at start-up, so
 * neither the cohort nor the selection imports them.
 */
@Injectable()
export class CohortEvents {
  private readonly memberAddedHandlers: CohortMemberAddedHandler[] = [];

  onMemberAdded(handler: CohortMemberAddedHandler): void {
    this.memberAddedHandlers.push(handler);
  }

  async memberAdded(manager: EntityManager, member: CohortMemberAdded): Promise<void> {
    for (const handler of this.memberAddedHandlers) await handler(manager, member);
  }
}
