import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { Clock } from '../../common/time/clock.js';
import { formatZoned, formatZonedWithZone } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { MailService } from '../mail/mail.service.js';
import {
  renderApplicationReminder,
  renderApplicationSubmitted,
  type ApplicationMailParams,
} from '../mail/templates/application.templates.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import type { OrganisationRecord } from '../organisations/organisation.types.js';
import type { UserRecord } from '../users/user.types.js';
import type { ApplicationEntity } from './entities/application.entity.js';

const DAY_MS = 86_400_000;

const SUMMARY_LABELS: Record<UserRecord['locale'], [string, string, string, string, string]> = {
  fi: ['Pilottihankinta', 'Luokka', 'Suunniteltu aloitus', 'Vastuuhenkilö', 'Asiantuntijoita'],
  sv: ['Pilotupphandling', 'Kategori', 'Planerad start', 'Ansvarsperson', 'Experter'],
  en: ['Pilot procurement', 'Category', 'Planned start', 'Responsible person', 'Experts'],
};
/** Reminders before the deadline: a week and a day. */
export const REMINDER_STEPS = [
  { key: '7d', before: 7 * DAY_MS },
  { key: '1d', before: DAY_MS },
] as const;

// The deadline is part of the key: a new deadline (an extension) schedules new reminders.
const reminderKey = (
  applicationId: string,
  contactId: string,
  step: string,
  deadline: Date,
): string => `application-reminder:${applicationId}:${contactId}:${step}:${deadline.getTime()}`;

/**
 * Application e-mail, always inside the caller's transaction: the confirmation on submit,
 * and reminders scheduled in the outbox (durable, sent once by whichever instance claims
 * them) and cancelled when the application is complete or withdrawn.
 */
@Injectable()
export class ApplicationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly memberships: OrganisationMembershipsService,
  ) {}

  private params(
    user: UserRecord,
    academy: AcademyRecord,
    organisation: OrganisationRecord,
    application: ApplicationEntity,
    deadline: Date,
  ): ApplicationMailParams {
    const answers = application.answers;
    return {
      academyTitle: pickLocalized(academy.title, user.locale),
      organisationName: organisation.name,
      bookingDeadline: formatZoned(
        academy.consultationBookingDeadline,
        academy.timeZone,
        user.locale,
      ),
      applicationDeadline: formatZoned(deadline, academy.timeZone, user.locale),
      // Subjects stay short; the text says in which zone the time is.
      bookingDeadlineWithZone: formatZonedWithZone(
        academy.consultationBookingDeadline,
        academy.timeZone,
        user.locale,
      ),
      applicationDeadlineWithZone: formatZonedWithZone(deadline, academy.timeZone, user.locale),
      summary: [
        [SUMMARY_LABELS[user.locale][0], answers.pilotProcurement?.title ?? '–'],
        [SUMMARY_LABELS[user.locale][1], answers.pilotProcurement?.category ?? '–'],
        [SUMMARY_LABELS[user.locale][2], answers.pilotProcurement?.plannedStart ?? '–'],
        [SUMMARY_LABELS[user.locale][3], answers.team?.responsiblePerson?.name ?? '–'],
        [SUMMARY_LABELS[user.locale][4], String(answers.team?.experts?.length ?? 0)],
      ],
      url: `${this.config.publicUrl}/academies/${academy.slug}/application`,
    };
  }

  async confirmSubmission(
    manager: EntityManager,
    academy: AcademyRecord,
    organisation: OrganisationRecord,
    application: ApplicationEntity,
    submitter: UserRecord,
  ): Promise<void> {
    const recipients = new Map(
      (await this.memberships.contactsOf(organisation.id, manager)).map((user) => [user.id, user]),
    );
    recipients.set(submitter.id, submitter);
    for (const user of recipients.values()) {
      await this.mail.enqueue(manager, {
        type: 'APPLICATION_SUBMITTED',
        to: { address: user.email, name: user.name },
        locale: user.locale,
        rendered: renderApplicationSubmitted(
          user.locale,
          this.params(user, academy, organisation, application, academy.applicationDeadline),
        ),
      });
    }
  }

  /** Schedules the reminders that are still ahead (idempotent: one per contact and step). */
  async scheduleReminders(
    manager: EntityManager,
    academy: AcademyRecord,
    organisation: OrganisationRecord,
    application: ApplicationEntity,
    deadline: Date,
  ): Promise<void> {
    const now = this.clock.now().getTime();
    for (const user of await this.memberships.contactsOf(organisation.id, manager)) {
      for (const step of REMINDER_STEPS) {
        const sendAt = new Date(deadline.getTime() - step.before);
        if (sendAt.getTime() <= now) continue;
        // The same deadline again (an extension granted twice) revives, never duplicates.
        await this.mail.enqueueOnce(
          manager,
          reminderKey(application.id, user.id, step.key, deadline),
          () => ({
            type: 'APPLICATION_REMINDER',
            to: { address: user.email, name: user.name },
            locale: user.locale,
            rendered: renderApplicationReminder(
              user.locale,
              this.params(user, academy, organisation, application, deadline),
            ),
            sendAt,
          }),
        );
      }
    }
  }

  /** No reminder once complete or withdrawn: pending ones are cancelled, not deleted. */
  async cancelReminders(manager: EntityManager, applicationId: string): Promise<void> {
    await this.mail.cancelScheduled(manager, `application-reminder:${applicationId}:`);
  }
}
