import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_LOCALE } from '../../common/i18n/locale.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { formatZoned } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import type { TeamParticipant } from '../cohort/cohort-team.service.js';
import { MailService } from '../mail/mail.service.js';
import { renderAppointmentSummaryMail } from '../mail/templates/appointment-summary.templates.js';
import { UsersService } from '../users/users.service.js';
import type { BookingFacts } from './booking-facts.js';

/**
 * "The summary and agreed actions are available", to each person on the organisation's team
 * (not left) when the summary is first saved, in the transaction that saves it. A person with
 * an account gets their own language; one without, Finnish (the academy's language).
 */
@Injectable()
export class SparringOutcomeMailer {
  constructor(
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async summaryAvailable(
    manager: EntityManager,
    facts: BookingFacts,
    team: readonly TeamParticipant[],
  ): Promise<void> {
    const accounts = await this.users.findByIds(
      team.flatMap((person) => (person.userId ? [person.userId] : [])),
      manager,
    );
    const localeOf = new Map(accounts.map((user) => [user.id, user.locale]));
    const url = `${this.config.publicUrl}/academies/${facts.academySlug}/agreed-actions`;
    await this.mail.enqueueAll(
      manager,
      team.map((person) => {
        const locale = (person.userId && localeOf.get(person.userId)) || DEFAULT_LOCALE;
        return {
          type: 'APPOINTMENT_SUMMARY_AVAILABLE',
          to: { address: person.email, name: person.name },
          locale,
          // One per booking and person, whatever happens: the first save is the only sender.
          dedupeKey: `appointment-summary:${facts.bookingId}:${person.id}`,
          rendered: renderAppointmentSummaryMail(locale, {
            academyTitle: pickLocalized(facts.academyTitle, locale),
            organisationName: facts.organisationName,
            expertName: facts.expert.name ?? facts.expert.email,
            start: formatZoned(facts.startsAt, facts.timeZone, locale),
            url,
          }),
        };
      }),
    );
  }
}
