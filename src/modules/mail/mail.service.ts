import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import type { Locale } from '../../common/i18n/locale.js';
import { OutboxMessageEntity, type OutboxAttachment } from './entities/outbox-message.entity.js';
import { OutboxStatus } from './outbox-message.enums.js';
import { headerSafe, type RenderedMail } from './templates/layout.js';

export interface MailToSend {
  type: string;
  to: { address: string; name?: string | null };
  locale: Locale;
  rendered: RenderedMail;
  attachments?: OutboxAttachment[];
  /** Not before this instant (scheduled reminders); default now. */
  sendAt?: Date;
  dedupeKey?: string;
}

/** Puts rendered messages into the outbox, always inside the caller's transaction. */
@Injectable()
export class MailService {
  constructor(private readonly clock: Clock) {}

  async enqueue(manager: EntityManager, mail: MailToSend): Promise<OutboxMessageEntity> {
    const repository = manager.getRepository(OutboxMessageEntity);
    return repository.save(this.row(repository, mail));
  }

  /**
   * Several messages in one INSERT (e.g. a booking's invites and reminders). A dedupe key
   * already taken fails the whole statement, so give keys only when they are surely new.
   */
  async enqueueAll(manager: EntityManager, mails: readonly MailToSend[]): Promise<void> {
    if (mails.length === 0) return;
    const repository = manager.getRepository(OutboxMessageEntity);
    await repository.insert(mails.map((mail) => this.row(repository, mail)));
  }

  /**
   * Several messages in one INSERT, each skipped when its dedupe key is already taken (by an
   * earlier run of the same job, or another instance's run in flight: the unique index makes
   * the second wait and skip). Every message needs a key.
   */
  async enqueueAllOnce(
    manager: EntityManager,
    mails: ReadonlyArray<MailToSend & { dedupeKey: string }>,
  ): Promise<void> {
    if (mails.length === 0) return;
    const repository = manager.getRepository(OutboxMessageEntity);
    await repository
      .createQueryBuilder()
      .insert()
      .values(mails.map((mail) => this.row(repository, mail)))
      .orIgnore()
      .execute();
  }

  private row(repository: Repository<OutboxMessageEntity>, mail: MailToSend): OutboxMessageEntity {
    return repository.create({
      type: mail.type,
      toAddress: mail.to.address,
      toName: mail.to.name ? headerSafe(mail.to.name) : null,
      locale: mail.locale,
      subject: headerSafe(mail.rendered.subject),
      textBody: mail.rendered.text,
      htmlBody: mail.rendered.html,
      attachments: mail.attachments ?? [],
      status: OutboxStatus.PENDING,
      attempts: 0,
      availableAt: mail.sendAt ?? this.clock.now(),
      lockedUntil: null,
      lastError: null,
      sentAt: null,
      dedupeKey: mail.dedupeKey ?? null,
    });
  }

  /**
   * Cancels scheduled messages whose dedupe key starts with `prefix` (reminders that are no
   * longer wanted): waiting, parked, and in flight — a send in flight that fails is then
   * not retried. Rows are kept for the record; their keys stay taken.
   */
  async cancelScheduled(manager: EntityManager, prefix: string): Promise<void> {
    await manager
      .getRepository(OutboxMessageEntity)
      .createQueryBuilder()
      .update()
      .set({ status: OutboxStatus.CANCELLED })
      .where('dedupe_key LIKE :prefix', { prefix: `${prefix}%` })
      .andWhere({ status: In([OutboxStatus.PENDING, OutboxStatus.PARKED, OutboxStatus.SENDING]) })
      .execute();
  }

  /**
   * Schedules a message once per `dedupeKey`: a key that exists is not added again, and a
   * cancelled one is revived (the same reminder wanted again, e.g. a booking moved back).
   * The message is rendered only when it is really new.
   */
  async enqueueOnce(
    manager: EntityManager,
    dedupeKey: string,
    mail: () => Omit<MailToSend, 'dedupeKey'>,
  ): Promise<void> {
    const repository = manager.getRepository(OutboxMessageEntity);
    const existing = await repository.findOneBy({ dedupeKey });
    if (!existing) {
      await this.enqueue(manager, { ...mail(), dedupeKey });
      return;
    }
    if (existing.status === OutboxStatus.CANCELLED)
      await repository.update({ id: existing.id }, { status: OutboxStatus.PENDING });
  }
}
