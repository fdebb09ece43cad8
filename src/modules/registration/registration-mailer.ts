import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { formatZoned } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import {
  renderRegistrationMail,
  type RegistrationMailKind,
} from '../mail/templates/registration.templates.js';
import type { EventForParticipant } from '../timeline/timeline.types.js';
import { UsersService } from '../users/users.service.js';
import { RegistrationStatus } from './registration.enums.js';

/** The outbox's `type` of each mail (docs/auth-and-mail.md lists them). */
const MAIL_TYPES: Record<RegistrationMailKind, string> = {
  PROMOTED: 'EVENT_REGISTRATION_PROMOTED',
  EVENT_CANCELLED_REGISTERED: 'EVENT_REGISTRATION_EVENT_CANCELLED',
  EVENT_CANCELLED_WAITLISTED: 'EVENT_REGISTRATION_EVENT_CANCELLED',
};

/**
 * Registration mail, in the transaction of the change: a waitlisted person got a seat; the
 * event was cancelled (to everyone holding a seat or waiting for one).
 */
@Injectable()
export class RegistrationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async promoted(
    manager: EntityManager,
    event: EventForParticipant,
    userIds: readonly string[],
  ): Promise<void> {
    await this.send(
      manager,
      event,
      userIds.map((userId) => ({ userId, kind: 'PROMOTED' as const })),
    );
  }

  /** The event was cancelled: one mail per live registration, seat holders and waitlisted alike. */
  async eventCancelled(
    manager: EntityManager,
    event: EventForParticipant,
    registrations: ReadonlyArray<{ userId: string; status: RegistrationStatus }>,
  ): Promise<void> {
    await this.send(
      manager,
      event,
      registrations.map(({ userId, status }) => ({
        userId,
        kind:
          status === RegistrationStatus.WAITLISTED
            ? ('EVENT_CANCELLED_WAITLISTED' as const)
            : ('EVENT_CANCELLED_REGISTERED' as const),
      })),
    );
  }

  private async send(
    manager: EntityManager,
    event: EventForParticipant,
    recipients: ReadonlyArray<{ userId: string; kind: RegistrationMailKind }>,
  ): Promise<void> {
    if (recipients.length === 0) return;
    const kinds = new Map(recipients.map(({ userId, kind }) => [userId, kind]));
    const people = await this.users.findByIds([...kinds.keys()], manager);
    const eventUrl = `${this.config.publicUrl}/academies/${event.academySlug}/events/${event.id}`;
    await this.mail.enqueueAll(
      manager,
      people.map((person) => {
        const kind = kinds.get(person.id)!;
        return {
          type: MAIL_TYPES[kind],
          to: { address: person.email, name: person.name },
          locale: person.locale,
          rendered: renderRegistrationMail(kind, person.locale, {
            eventTitle: pickLocalized(event.title, person.locale),
            academyTitle: pickLocalized(event.academyTitle, person.locale),
            start: formatZoned(event.startsAt, event.academyTimeZone, person.locale),
            url: kind === 'PROMOTED' ? `${eventUrl}/registration` : eventUrl,
          }),
        };
      }),
    );
  }
}
