import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, Raw, type EntityManager } from 'typeorm';
import {
  addressesOfSubject,
  PersonalDataRegistry,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { pseudonymousEmail } from '../../common/privacy/personal-text.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { OutboxStatus } from './outbox-message.enums.js';

/**
 * Mail to an erased person (to any of their addresses, PersonalDataSubject.addresses): what has not gone yet is cancelled at once (waiting, parked, and
 * in flight — a send in flight is then not retried, as cancelScheduled does); every message to
 * them, sent or not, keeps its row (type, status, times: the record that mail went) with the
 * address and name pseudonymised and the content removed — a mail to someone greets them by
 * their first name and may carry links that sign them in, which no search would find.
 */
@Injectable()
export class MailErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'mail';
  // Changed by the recipient's address; a mail to a namesake keeps their name.
  readonly identityColumns = [
    { table: 'outbox_messages', column: 'to_address' },
    { table: 'outbox_messages', column: 'to_name' },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
    pseudonym: string,
  ): Promise<Record<string, number>> {
    const outbox = manager.getRepository(OutboxMessageEntity);
    // Every address of theirs (a work address on their own team row gets the team's mail) and
    // the pseudonymous one: the users eraser may already have run, and what other features
    // wrote in this transaction after it (e.g. a former expert's cancelled bookings) is
    // addressed to it.
    const addresses = [...addressesOfSubject(subject), pseudonymousEmail(subject.userId)];
    // In any letter case: the schema-wide scrub leaves this column to this eraser.
    const toThem = Raw((column) => `lower(${column}) IN (:...addresses)`, { addresses });
    const cancelled = await outbox.update(
      {
        toAddress: toThem,
        status: In([OutboxStatus.PENDING, OutboxStatus.PARKED, OutboxStatus.SENDING]),
      },
      { status: OutboxStatus.CANCELLED },
    );
    const pseudonymised = await outbox.update(
      { toAddress: toThem },
      {
        toAddress: pseudonymousEmail(subject.userId),
        toName: pseudonym,
        subject: '',
        textBody: '',
        htmlBody: '',
        attachments: [],
        lastError: null,
      },
    );
    return {
      outbox_messages_cancelled: cancelled.affected ?? 0,
      outbox_messages: pseudonymised.affected ?? 0,
    };
  }
}
