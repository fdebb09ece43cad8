import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import type { Locale } from '../../common/i18n/locale.js';
import {
  OutboxMessageEntity,
  OutboxStatus,
  type OutboxAttachment,
} from './entities/outbox-message.entity.js';
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
    return repository.save(
      repository.create({
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
      }),
    );
  }
}
