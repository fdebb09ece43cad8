import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/domain.exception.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AuditService } from '../audit/audit.service.js';
import type {
  AddEventMaterialInput,
  RemoveEventMaterialInput,
  UpdateEventMaterialInput,
} from './dto/event-material.input.js';
import { EventMaterialEntity } from './entities/event-material.entity.js';
import { WorkshopAccessService } from './workshop-access.service.js';

const EMPTY_TEXT = { fi: '', sv: null, en: null };

const snapshot = (material: EventMaterialEntity): Record<string, unknown> => ({
  eventId: material.eventId,
  title: material.title,
  body: material.body,
  url: material.url,
  position: material.position,
});

/** An event's materials: admins and hosting experts edit them; the audience reads them. */
@Injectable()
export class EventMaterialsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(EventMaterialEntity)
    private readonly materials: Repository<EventMaterialEntity>,
    private readonly access: WorkshopAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Materials per event id, in their order (the caller has checked the audience). */
  async ofEvents(eventIds: readonly string[]): Promise<Map<string, EventMaterialEntity[]>> {
    const byEvent = new Map<string, EventMaterialEntity[]>(eventIds.map((id) => [id, []]));
    if (eventIds.length === 0) return byEvent;
    const rows = await this.materials.find({
      where: { eventId: In([...eventIds]) },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    for (const row of rows) byEvent.get(row.eventId)?.push(row);
    return byEvent;
  }

  add(principal: Principal, input: AddEventMaterialInput): Promise<EventMaterialEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.manage(principal, input.eventId, manager);
      const repository = manager.getRepository(EventMaterialEntity);
      const last = await repository.findOne({
        where: { eventId: input.eventId },
        order: { position: 'DESC' },
        select: { id: true, position: true },
      });
      const material = await repository.save(
        repository.create({
          eventId: input.eventId,
          title: toLocalizedText(input.title),
          body: input.body ? toLocalizedText(input.body) : EMPTY_TEXT,
          url: input.url ?? null,
          position: (last?.position ?? -1) + 1,
        }),
      );
      await this.record(manager, principal, 'event_material.added', material, null);
      return material;
    });
  }

  update(principal: Principal, input: UpdateEventMaterialInput): Promise<EventMaterialEntity> {
    return this.transactions.run(async (manager) => {
      const material = await this.requireManaged(principal, input.materialId, manager);
      const before = snapshot(material);
      if (input.title) material.title = toLocalizedText(input.title);
      if (input.body) material.body = toLocalizedText(input.body);
      if (input.url !== undefined) material.url = input.url ?? null;
      const saved = await manager.getRepository(EventMaterialEntity).save(material);
      await this.record(manager, principal, 'event_material.updated', saved, before);
      return saved;
    });
  }

  remove(principal: Principal, input: RemoveEventMaterialInput): Promise<string> {
    return this.transactions.run(async (manager) => {
      const material = await this.requireManaged(principal, input.materialId, manager);
      const before = snapshot(material);
      await manager.getRepository(EventMaterialEntity).delete({ id: material.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'event_material.removed',
        entityType: 'event_material',
        entityId: material.id,
        before,
        after: null,
      });
      return material.eventId;
    });
  }

  private async requireManaged(
    principal: Principal,
    materialId: string,
    manager: EntityManager,
  ): Promise<EventMaterialEntity> {
    const material = await manager
      .getRepository(EventMaterialEntity)
      .findOne({ where: { id: materialId }, lock: { mode: 'pessimistic_write' } });
    if (!material) throw notFound();
    await this.access.manage(principal, material.eventId, manager);
    return material;
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    material: EventMaterialEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action,
      entityType: 'event_material',
      entityId: material.id,
      before,
      after: snapshot(material),
    });
  }
}
