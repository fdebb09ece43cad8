import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A sparring agreed action as follow-up receives it (sparring owns `agreed_actions`). */
export interface AgreedActionRecord {
  id: string;
  academyId: string;
  organisationId: string;
  title: string;
  /** A participant of the organisation's cohort team, or null. */
  ownerParticipantId: string | null;
  /** 'YYYY-MM-DD' in the academy's time zone. */
  dueDate: string;
}

/**
 * What follow-up asks of sparring, filled in by the sparring module at start-up
 * (`AgreedActionsPort.useSource` in its `onModuleInit`), so follow-up never imports sparring:
 * - `withoutTaskOf`: the organisation's agreed actions in the academy that have no task yet
 *   (recorded before its pilot existed), read in the caller's transaction;
 * - `linked`: tells sparring which task each agreed action became (it sets its `task_id`).
 */
export interface AgreedActionsSource {
  withoutTaskOf(
    manager: EntityManager,
    academyId: string,
    organisationId: string,
  ): Promise<AgreedActionRecord[]>;
  linked(
    manager: EntityManager,
    links: ReadonlyArray<{ agreedActionId: string; taskId: string }>,
  ): Promise<void>;
}

/** Holds sparring's source; without one (sparring not deployed) there is nothing to copy. */
@Injectable()
export class AgreedActionsPort {
  private source: AgreedActionsSource | null = null;

  useSource(source: AgreedActionsSource): void {
    this.source = source;
  }

  withoutTaskOf(
    manager: EntityManager,
    academyId: string,
    organisationId: string,
  ): Promise<AgreedActionRecord[]> {
    return this.source
      ? this.source.withoutTaskOf(manager, academyId, organisationId)
      : Promise.resolve([]);
  }

  async linked(
    manager: EntityManager,
    links: ReadonlyArray<{ agreedActionId: string; taskId: string }>,
  ): Promise<void> {
    if (this.source && links.length > 0) await this.source.linked(manager, links);
  }
}
