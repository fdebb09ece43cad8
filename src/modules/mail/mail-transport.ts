import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { AppConfig } from '../../config/app-config.js';
import { ROOT_LOGGER } from '../../common/logging/logging.module.js';
import type { OutboxMessageEntity } from './entities/outbox-message.entity.js';

export class PermanentMailError extends Error {}

const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\])$/;
/** A fully qualified host name: dotted labels, not an IP address. */
const isFullDomain = (host: string): boolean =>
  /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) && !IP_LITERAL.test(host);

/**
 * The right-hand side of our Message-IDs (RFC 5322 §3.6.4 wants it unique, and spam
 * filters want a full domain): PUBLIC_URL's host, else MAIL_FROM's domain, else a name
 * under `.invalid` that says where it came from.
 */
export function messageIdDomain(publicUrl: string, mailFrom: string): string {
  let host = '';
  try {
    host = new URL(publicUrl).hostname.toLowerCase();
  } catch {
    // not a URL: try MAIL_FROM
  }
  if (isFullDomain(host)) return host;
  const fromDomain = /@([^\s>]+)>?\s*$/.exec(mailFrom)?.[1]?.toLowerCase() ?? '';
  if (isFullDomain(fromDomain)) return fromDomain;
  return 'akatemia.invalid';
}

/**
 * Delivers one rendered message: through SMTP_URL when set, else as an .eml file under
 * DATA_DIR/mail/ (the embedded default), whose path is logged so a developer can open it.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;
  private readonly mailDirectory: string;
  private readonly messageIdDomain: string;

  constructor(
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.mailDirectory = path.join(config.dataDir, 'mail');
    this.messageIdDomain = messageIdDomain(config.publicUrl, config.mail.from);
    if (!config.mail.smtpUrl && config.isProduction) {
      logger.warn(
        { mailDirectory: this.mailDirectory },
        'No SMTP_URL in production: e-mail is written to files, not sent',
      );
    }
    this.transporter = config.mail.smtpUrl
      ? nodemailer.createTransport(
          {
            url: config.mail.smtpUrl,
            // nodemailer waits up to 2 minutes to connect and 10 minutes for a silent socket:
            // one hanging relay would hold every message (and shutdown) that long.
            connectionTimeout: config.mail.connectionTimeoutMs,
            greetingTimeout: config.mail.greetingTimeoutMs,
            socketTimeout: config.mail.socketTimeoutMs,
          },
          { from: config.mail.from },
        )
      : // CRLF, as RFC 5322 writes mail: mail programs read the .eml file as it is.
        nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  /**
   * Sends one message within MAIL_SEND_TIMEOUT_MS (a relay that answers slowly but never
   * falls silent long enough for the socket timeout is cut off too). `signal` aborts it
   * sooner (shutdown). A timed-out or aborted send is a transient failure: retried later.
   */
  async send(message: OutboxMessageEntity, signal?: AbortSignal): Promise<void> {
    const deadline = AbortSignal.timeout(this.config.mail.sendTimeoutMs);
    try {
      const info = (await this.transporter.sendMail({
        signal: signal ? AbortSignal.any([deadline, signal]) : deadline,
        ...mailOptionsOf(message, this.config.mail.from, this.messageIdDomain),
      })) as { message?: Buffer };
      if (!this.config.mail.smtpUrl && info.message) await this.writeEml(message, info.message);
    } catch (error) {
      if (deadline.aborted && !signal?.aborted) {
        throw new Error(`Mail not delivered within ${this.config.mail.sendTimeoutMs} ms`, {
          cause: error,
        });
      }
      const responseCode = (error as { responseCode?: number }).responseCode;
      // 5xx from the relay means "never" (bad address, rejected content): no point retrying.
      if (typeof responseCode === 'number' && responseCode >= 500) {
        throw new PermanentMailError(`SMTP ${responseCode}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  private async writeEml(message: OutboxMessageEntity, raw: Buffer): Promise<void> {
    await mkdir(this.mailDirectory, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(
      this.mailDirectory,
      `${stamp}-${message.type.toLowerCase()}-${message.id}.eml`,
    );
    // Written under a temporary name in the same folder and renamed when complete: a write
    // that fails (disk full) leaves no empty or cut-off .eml that looks like a mail.
    const partial = path.join(this.mailDirectory, `.${path.basename(file)}.partial`);
    try {
      await writeFile(partial, raw, { mode: 0o600 });
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true }).catch(() => undefined);
      throw error;
    }
    this.logger.info(
      { file, type: message.type, messageId: message.id },
      'Mail written to a file (no SMTP_URL set)',
    );
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}

/**
 * nodemailer's options for one outbox message: the same for sending and for the copy a data
 * export writes as an .eml file (MailDataExport).
 */
export function mailOptionsOf(
  message: OutboxMessageEntity,
  from: string,
  domain: string,
): SendMailOptions {
  const calendar = message.attachments.find((attachment) => attachment.calendarMethod);
  return {
    from,
    // nodemailer encodes names and addresses itself; nothing is concatenated into a header.
    to: message.toName ? { name: message.toName, address: message.toAddress } : message.toAddress,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody,
    messageId: `<${message.id}@${domain}>`,
    ...(message.sentAt ? { date: message.sentAt } : {}),
    // The invitation once, as the inline text/calendar alternative that mail programs
    // act on (nodemailer's icalEvent would add an application/ics copy, shown twice).
    alternatives: calendar
      ? [
          {
            contentType: `text/calendar; charset=utf-8; method=${calendar.calendarMethod}`,
            content: calendar.content,
          },
        ]
      : undefined,
    attachments: message.attachments
      .filter((attachment) => !attachment.calendarMethod)
      .map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content,
        encoding: attachment.encoding,
      })),
  };
}
