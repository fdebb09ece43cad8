import { Injectable, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import {
  addressesOfSubject,
  PersonalDataRegistry,
  type ExportedRecords,
  type ExportFile,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { AppConfig } from '../../config/app-config.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { mailOptionsOf, messageIdDomain } from './mail-transport.js';
import { OutboxStatus } from './outbox-message.enums.js';

/**
 * A person's export: the mails sent to any of their addresses (PersonalDataSubject.addresses:
 * the sign-in one, a work address on their own team row) — a list (`mails.json`: type, subject,
 * when) and each mail as it was sent, a `mail/<sent>-<id>.eml` file that mail programs open
 * (composed by the same code that sent it). Pending, cancelled or parked mail is not there:
 * it never reached them.
 */
@Injectable()
export class MailDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'mail';
  private readonly composer: Transporter;
  private readonly domain: string;

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly config: AppConfig,
  ) {
    this.composer = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      newline: 'windows',
    });
    this.domain = messageIdDomain(config.publicUrl, config.mail.from);
  }

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const mails = await this.sentTo(manager, subject);
    return {
      mails: mails.map((mail) => ({
        id: mail.id,
        type: mail.type,
        toAddress: mail.toAddress,
        toName: mail.toName,
        subject: mail.subject,
        locale: mail.locale,
        sentAt: mail.sentAt,
        file: emlPath(mail),
      })),
    };
  }

  async exportFiles(manager: EntityManager, subject: PersonalDataSubject): Promise<ExportFile[]> {
    const files: ExportFile[] = [];
    for (const mail of await this.sentTo(manager, subject)) {
      const info = (await this.composer.sendMail(
        mailOptionsOf(mail, this.config.mail.from, this.domain),
      )) as { message: Buffer };
      files.push({ path: emlPath(mail), content: info.message.toString('utf8') });
    }
    return files;
  }

  private sentTo(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<OutboxMessageEntity[]> {
    return manager
      .getRepository(OutboxMessageEntity)
      .createQueryBuilder('m')
      .where('lower(m.to_address) IN (:...addresses)', {
        addresses: addressesOfSubject(subject).map((address) => address.toLowerCase()),
      })
      .andWhere('m.status = :status', { status: OutboxStatus.SENT })
      .orderBy('m.sent_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }
}

function emlPath(mail: OutboxMessageEntity): string {
  const stamp = (mail.sentAt ?? mail.createdAt).toISOString().replace(/[:.]/g, '-');
  return `mail/${stamp}-${mail.id}.eml`;
}
