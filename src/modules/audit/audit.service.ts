import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, Repository } from 'typeorm';
import { InputValidationException } from '../../common/errors/domain.exception.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditEntryEntity[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

// The cursor names the last entry seen; its timestamp is read back from the database so
// the comparison keeps PostgreSQL's microseconds (a JavaScript Date would round them).
const encodeCursor = (entry: AuditEntryEntity): string =>
  Buffer.from(entry.id).toString('base64url');

function decodeCursor(cursor: string): string | null {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? id : null;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
  ) {}

  /** The service outside Nest, for command-line tools that audit their changes. */
  static over(dataSource: DataSource): AuditService {
    return new AuditService(dataSource.getRepository(AuditEntryEntity));
  }

  /** Appends an entry inside the caller's transaction, so it exists exactly when the change does. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const repository = manager.getRepository(AuditEntryEntity);
    await repository.save(
      repository.create({
        actorId: record.actorId,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId,
        before: record.before ?? null,
        after: record.after ?? null,
      }),
    );
  }

  /**
   * Replaces the values of `keys` with null in the before/after copies of the given entries
   * (by action, entity type and ids), inside the caller's transaction: when a feature's
   * retention clears a record's text, the audit trail must not keep it. Other keys and
   * entries stay as they are. Answers how many entries changed.
   */
  async redactFields(
    manager: EntityManager,
    target: {
      entityType: string;
      entityIds: readonly string[];
      actions: readonly string[];
      keys: readonly string[];
    },
  ): Promise<number> {
    if (target.entityIds.length === 0 || target.keys.length === 0) return 0;
    // `?|` finds a copy holding any of the keys; `||` overwrites just those present with null.
    const nulled = (column: string) =>
      `CASE WHEN ${column} ?| $4::text[] THEN ${column} || (SELECT jsonb_object_agg(key, 'null'::jsonb)
         FROM unnest($4::text[]) AS key WHERE ${column} ? key) ELSE ${column} END`;
    const [, changed] = await manager.query<[unknown[], number]>(
      `UPDATE audit_entries SET before = ${nulled('before')}, after = ${nulled('after')}
       WHERE entity_type = $1 AND entity_id = ANY($2::uuid[]) AND action = ANY($3::text[])
         AND (before ?| $4::text[] OR after ?| $4::text[]) RETURNING id`,
      [target.entityType, target.entityIds, target.actions, target.keys],
    );
    return changed;
  }

  /** Several entries in one INSERT, inside the caller's transaction (a batch of registrations). */
  async recordAll(manager: EntityManager, records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const repository = manager.getRepository(AuditEntryEntity);
    // save() of new entities writes them in one multi-row INSERT.
    await repository.save(
      records.map((record) =>
        repository.create({
          actorId: record.actorId,
          action: record.action,
          entityType: record.entityType,
          entityId: record.entityId,
          before: record.before ?? null,
          after: record.after ?? null,
        }),
      ),
    );
  }

  /** Newest first, keyset-paginated so pages stay stable while entries are appended. */
  async page(
    limit: number,
    after: string | undefined,
    filter: { entityType?: string; entityId?: string },
  ): Promise<AuditPage> {
    const query = this.entries
      .createQueryBuilder('entry')
      .orderBy('entry.createdAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(limit + 1);
    if (filter.entityType) query.andWhere('entry.entityType = :entityType', filter);
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', filter);
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor) {
      throw new InputValidationException([
        { field: 'after', rule: 'other', detail: 'after is not a cursor from this list' },
      ]);
    }
    if (cursor) {
      query.andWhere(
        '(entry.createdAt, entry.id) < (SELECT cursor.created_at, cursor.id FROM audit_entries cursor WHERE cursor.id = :cursor)',
        { cursor },
      );
    }
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null,
    };
  }
}
