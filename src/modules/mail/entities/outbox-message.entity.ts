import { Column, Entity, Index, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { Locale } from '../../../common/i18n/locale.js';
import { OutboxStatus } from '../outbox-message.enums.js';

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text, or base64 when `encoding` is `base64`. */
  content: string;
  encoding?: 'base64';
  /** Calendar invites: sent as the text/calendar alternative with this METHOD. */
  calendarMethod?: 'REQUEST' | 'CANCEL' | 'PUBLISH';
}

/**
 * A rendered e-mail waiting to be sent. Written in the same transaction as the change
 * that causes it; the OutboxWorker claims rows with FOR UPDATE SKIP LOCKED.
 */
@Entity({ name: 'outbox_messages' })
@Index('ix_outbox_messages_due', ['status', 'availableAt'])
@Unique('uq_outbox_messages_dedupe_key', ['dedupeKey'])
export class OutboxMessageEntity extends BaseEntity {
  /** Message type, e.g. `SIGN_IN_LINK`; also the template's name. */
  @Column('varchar', { length: 60 })
  type: string;

  @Column('varchar', { length: 320 })
  toAddress: string;

  @Column('varchar', { length: 200, nullable: true })
  toName: string | null;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale' })
  locale: Locale;

  @Column('text')
  subject: string;

  @Column('text')
  textBody: string;

  @Column('text')
  htmlBody: string;

  @Column('jsonb')
  attachments: OutboxAttachment[];

  @Column({
    type: 'enum',
    enum: OutboxStatus,
    enumName: 'outbox_status',
    default: OutboxStatus.PENDING,
  })
  status: OutboxStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  /** Not sent before this instant: retries back off, reminders wait for their day. */
  @Column('timestamptz')
  availableAt: Date;

  /** While SENDING: the claim expires here, after which another worker may retry. */
  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  /** Makes a scheduled message unique (e.g. one reminder per booking and kind). */
  @Column('varchar', { length: 200, nullable: true })
  dedupeKey: string | null;
}
