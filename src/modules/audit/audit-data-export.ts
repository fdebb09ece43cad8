import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

/**
 * A person's export: the audit entries where they are the actor (`audit-entries.json`): what
 * they did, to which record, when, and which fields changed. Not the before/after values:
 * they copy whole records, often another person's (an application, a decision); the person's
 * own records come through the feature that owns them.
 */
@Injectable()
export class AuditDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'audit';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const entries = await manager.getRepository(AuditEntryEntity).find({
      where: { actorId: subject.userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      'audit-entries': entries.map((entry) => ({
        id: entry.id,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        changedFields: changedFields(entry.before, entry.after),
        createdAt: entry.createdAt,
      })),
    };
  }
}

/** The names of the fields whose values differ between before and after, sorted. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
    .sort();
}
