import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of a consequential change: who did what to which record, when. */
@Entity({ name: 'audit_entries' })
@Index('ix_audit_entries_entity', ['entityType', 'entityId'])
@Index('ix_audit_entries_created_at_id', ['createdAt', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for the system itself (bootstrap, CLI, scheduled jobs). */
  @Column('uuid', { nullable: true })
  actorId: string | null;

  /** e.g. `organisation.created`, `role.granted`, `member.added`. */
  @Column('varchar', { length: 80 })
  action: string;

  @Column('varchar', { length: 60 })
  entityType: string;

  @Column('uuid', { nullable: true })
  entityId: string | null;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
