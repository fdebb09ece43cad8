import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/domain.exception.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AuditService } from '../audit/audit.service.js';
import type {
  AddEventOutcomeInput,
  RemoveEventOutcomeInput,
  UpdateEventOutcomeInput,
} from './dto/event-outcome.input.js';
import { EventOutcomeEntity } from './entities/event-outcome.entity.js';
import { WorkshopAccessService } from './workshop-access.service.js';

const EMPTY_TEXT = { fi: '', sv: null, en: null };

const snapshot = (outcome: EventOutcomeEntity): Record<string, unknown> => ({
  eventId: outcome.eventId,
  title: outcome.title,
  body: outcome.body,
  links: outcome.links,
  position: outcome.position,
});

/**
 * An event's recorded outcomes: admins and hosting experts edit them; the audience reads them,
 * and anyone does where the academy has made outcomes public.
 */
@Injectable()
export class EventOutcomesService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(EventOutcomeEntity)
    private readonly outcomes: Repository<EventOutcomeEntity>,
    private readonly access: WorkshopAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Outcomes per event id, in their order (the caller has checked who may see them). */
  async ofEvents(eventIds: readonly string[]): Promise<Map<string, EventOutcomeEntity[]>> {
    const byEvent = new Map<string, EventOutcomeEntity[]>(eventIds.map((id) => [id, []]));
    if (eventIds.length === 0) return byEvent;
    const rows = await this.outcomes.find({
      where: { eventId: In([...eventIds]) },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    for (const row of rows) byEvent.get(row.eventId)?.push(row);
    return byEvent;
  }

  add(principal: Principal, input: AddEventOutcomeInput): Promise<EventOutcomeEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.manage(principal, input.eventId, manager);
      const repository = manager.getRepository(EventOutcomeEntity);
      const last = await repository.findOne({
        where: { eventId: input.eventId },
        order: { position: 'DESC' },
        select: { id: true, position: true },
      });
      const outcome = await repository.save(
        repository.create({
          eventId: input.eventId,
          title: toLocalizedText(input.title),
          body: input.body ? toLocalizedText(input.body) : EMPTY_TEXT,
          links: input.links ?? [],
          position: (last?.position ?? -1) + 1,
        }),
      );
      await this.record(manager, principal, 'event_outcome.added', outcome, null);
      return outcome;
    });
  }

  update(principal: Principal, input: UpdateEventOutcomeInput): Promise<EventOutcomeEntity> {
    return this.transactions.run(async (manager) => {
      const outcome = await this.requireManaged(principal, input.outcomeId, manager);
      const before = snapshot(outcome);
      if (input.title) outcome.title = toLocalizedText(input.title);
      if (input.body) outcome.body = toLocalizedText(input.body);
      if (input.links) outcome.links = input.links;
      const saved = await manager.getRepository(EventOutcomeEntity).save(outcome);
      await this.record(manager, principal, 'event_outcome.updated', saved, before);
      return saved;
    });
  }

  remove(principal: Principal, input: RemoveEventOutcomeInput): Promise<string> {
    return this.transactions.run(async (manager) => {
      const outcome = await this.requireManaged(principal, input.outcomeId, manager);
      const before = snapshot(outcome);
      await manager.getRepository(EventOutcomeEntity).delete({ id: outcome.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'event_outcome.removed',
        entityType: 'event_outcome',
        entityId: outcome.id,
        before,
        after: null,
      });
      return outcome.eventId;
    });
  }

  private async requireManaged(
    principal: Principal,
    outcomeId: string,
    manager: EntityManager,
  ): Promise<EventOutcomeEntity> {
    const outcome = await manager
      .getRepository(EventOutcomeEntity)
      .findOne({ where: { id: outcomeId }, lock: { mode: 'pessimistic_write' } });
    if (!outcome) throw notFound();
    await this.access.manage(principal, outcome.eventId, manager);
    return outcome;
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    outcome: EventOutcomeEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action,
      entityType: 'event_outcome',
      entityId: outcome.id,
      before,
      after: snapshot(outcome),
    });
  }
}
