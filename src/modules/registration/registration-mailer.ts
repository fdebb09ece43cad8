import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { formatZoned } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { renderRegistrationMail } from '../mail/templates/registration.templates.js';
import type { EventForParticipant } from '../timeline/timeline.types.js';
import { UsersService } from '../users/users.service.js';

/** Registration mail, in the transaction of the change: a waitlisted person got a seat. */
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
    if (userIds.length === 0) return;
    const people = await this.users.findByIds(userIds, manager);
    await this.mail.enqueueAll(
      manager,
      people.map((person) => ({
        type: 'EVENT_REGISTRATION_PROMOTED',
        to: { address: person.email, name: person.name },
        locale: person.locale,
        rendered: renderRegistrationMail('PROMOTED', person.locale, {
          eventTitle: pickLocalized(event.title, person.locale),
          academyTitle: pickLocalized(event.academyTitle, person.locale),
          start: formatZoned(event.startsAt, event.academyTimeZone, person.locale),
          url: `${this.config.publicUrl}/academies/${event.academySlug}/events/${event.id}/registration`,
        }),
      })),
    );
  }
}
