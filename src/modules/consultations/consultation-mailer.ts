import { Injectable } from '@nestjs/common';
import { ICalCalendarMethod } from 'ical-generator';
import type { EntityManager } from 'typeorm';
import type { Locale } from '../../common/i18n/locale.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { Clock } from '../../common/time/clock.js';
import { zoneName } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import { buildCalendar } from '../../common/ical/calendar-builder.js';
import { MailService, type MailToSend } from '../mail/mail.service.js';
import { RoundPurpose } from './appointment-round.enums.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import {
  renderConsultationMail,
  type ConsultationMailKind,
} from '../mail/templates/consultation.templates.js';
import {
  consultationItem,
  consultationSummary,
  consultationUrl,
  consultationWhen,
  loadConsultationView,
  placeText,
  type ConsultationView,
} from './consultation-view.js';

/** Why the system (not a person) cancelled a consultation; said in each reader's language. */
export type CancellationCause = 'APPLICATION_WITHDRAWN' | 'EXPERT_UNAVAILABLE';
const CAUSE_TEXT: Record<CancellationCause, Record<Locale, string>> = {
  APPLICATION_WITHDRAWN: {
    fi: 'hakemus on peruttu',
    sv: 'ansökan har återkallats',
    en: 'the application was withdrawn',
  },
  EXPERT_UNAVAILABLE: {
    fi: 'asiantuntija ei ole enää käytettävissä; varatkaa uusi aika toiselta asiantuntijalta',
    sv: 'experten är inte längre tillgänglig; boka en ny tid hos en annan expert',
    en: 'the expert is no longer available; please book another time with another expert',
  },
};

/** The reminder goes this long before the start. */
export const CONSULTATION_REMINDER_BEFORE_MS = 24 * 3_600_000;

interface Person {
  id: string;
  name: string | null;
  email: string;
  locale: Locale;
}

const reminderPrefix = (bookingId: string): string => `consultation-reminder:${bookingId}:`;

/**
 * Consultation mail, always inside the caller's transaction (nothing is sent for a change
 * that rolls back): confirmations with a calendar invite (METHOD:REQUEST, one UID per
 * booking, the expert as organiser and the organisation's people as attendees), the same
 * UID with a higher SEQUENCE on a reschedule, METHOD:CANCEL on a cancellation, and the
 * reminder 24 h before as a scheduled outbox row that moves or goes with the booking.
 * The expert, the organiser, gets the same notices without an invite (iTIP sends the
 * organiser none); times in the text name the academy's zone.
 */
@Injectable()
export class ConsultationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly memberships: OrganisationMembershipsService,
  ) {}

  booked(manager: EntityManager, bookingId: string): Promise<void> {
    return this.notify(manager, bookingId, 'BOOKED');
  }

  rescheduled(manager: EntityManager, bookingId: string): Promise<void> {
    return this.notify(manager, bookingId, 'RESCHEDULED');
  }

  /** Same time, new place or link. */
  updated(manager: EntityManager, bookingId: string): Promise<void> {
    return this.notify(manager, bookingId, 'UPDATED');
  }

  cancelled(manager: EntityManager, bookingId: string, cause?: CancellationCause): Promise<void> {
    return this.notify(manager, bookingId, 'CANCELLED', cause);
  }

  /**
   * The organisation's contacts and whoever booked (if still a member), by e-mail, then
   * the expert. One lean read of the organisation's people, in the caller's transaction.
   */
  private async people(
    manager: EntityManager,
    view: ConsultationView,
  ): Promise<{ applicants: Person[]; expert: Person }> {
    const applicants = (
      await this.memberships.contactsAndMember(view.organisationId, view.bookedById, manager)
    ).sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
    return { applicants, expert: view.expert };
  }

  /** The expert's link goes to their slots page, the applicants' to the application. */
  private url(view: ConsultationView, person: Person): string {
    return consultationUrl(this.config.publicUrl, view, person.id);
  }

  private async notify(
    manager: EntityManager,
    bookingId: string,
    kind: Exclude<ConsultationMailKind, 'REMINDER'>,
    cause?: CancellationCause,
  ): Promise<void> {
    const view = await loadConsultationView(manager, bookingId);
    const { applicants, expert } = await this.people(manager, view);
    const method = kind === 'CANCELLED' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
    const recipients = [...applicants.filter((person) => person.id !== expert.id), expert];
    const invites = recipients.map((person): MailToSend => {
      // The expert organises the consultation: iTIP sends the organiser no REQUEST or
      // CANCEL of their own event (calendar apps would file it as an invitation from
      // themselves), so they get the notice alone; their feed carries the booking.
      const invite =
        person.id === expert.id
          ? null
          : buildCalendar({
              name: consultationSummary(view, person.locale),
              locale: person.locale,
              method,
              generatedAt: this.clock.now(),
              items: [
                consultationItem(view, person.locale, this.url(view, person), {
                  attendees: applicants,
                }),
              ],
            });
      return {
        type: `CONSULTATION_${kind}`,
        to: { address: person.email, name: person.name },
        locale: person.locale,
        rendered: renderConsultationMail(kind, person.locale, {
          ...this.params(view, person, cause),
          withInvite: invite !== null,
        }),
        attachments: invite
          ? [
              {
                filename: 'invite.ics',
                contentType: `text/calendar; charset=utf-8; method=${method}`,
                content: invite,
                calendarMethod: method,
              },
            ]
          : [],
      };
    });
    const reminders = kind === 'CANCELLED' ? [] : this.reminders(view, recipients);
    if (kind === 'BOOKED') {
      // A booking made in this transaction has no reminders yet (their keys carry its new
      // id): nothing to cancel or look up, so invites and reminders go in as one INSERT.
      await this.mail.enqueueAll(manager, [
        ...invites,
        ...reminders.map(({ dedupeKey, mail }) => ({ ...mail(), dedupeKey })),
      ]);
      return;
    }
    await this.mail.enqueueAll(manager, invites);
    await this.cancelReminders(manager, bookingId);
    for (const { dedupeKey, mail } of reminders)
      await this.mail.enqueueOnce(manager, dedupeKey, mail);
  }

  private params(view: ConsultationView, person: Person, cause?: CancellationCause) {
    const locale = person.locale;
    return {
      academyTitle: pickLocalized(view.academyTitle, locale),
      organisationName: view.organisationName,
      expertName: view.expert.name ?? view.expert.email,
      when: consultationWhen(view, locale),
      zoneName: zoneName(view.timeZone, locale),
      place: placeText(view, locale),
      reason: cause ? CAUSE_TEXT[cause][locale] : view.cancelReason,
      url: this.url(view, person),
      // Consultations keep their own words; other rounds' mails name the purpose.
      ...(view.purpose === RoundPurpose.CONSULTATION ? {} : { appointment: view.purpose }),
    };
  }

  /**
   * One reminder per person, due 24 h before the start; none when the consultation is less
   * than 24 h away. Keyed by the booking's sequence: every change writes a fresh reminder
   * with the current time and place (the previous ones are cancelled just before).
   */
  private reminders(
    view: ConsultationView,
    recipients: Person[],
  ): Array<{ dedupeKey: string; mail: () => Omit<MailToSend, 'dedupeKey'> }> {
    const sendAt = new Date(view.startsAt.getTime() - CONSULTATION_REMINDER_BEFORE_MS);
    if (sendAt <= this.clock.now()) return [];
    return recipients.map((person) => ({
      dedupeKey: `${reminderPrefix(view.bookingId)}${person.id}:${view.sequence}`,
      mail: () => ({
        type: 'CONSULTATION_REMINDER',
        to: { address: person.email, name: person.name },
        locale: person.locale,
        rendered: renderConsultationMail('REMINDER', person.locale, {
          ...this.params(view, person),
          withInvite: false,
        }),
        sendAt,
      }),
    }));
  }

  /** The booking's reminders that are still to go are cancelled (kept for the record). */
  private async cancelReminders(manager: EntityManager, bookingId: string): Promise<void> {
    await this.mail.cancelScheduled(manager, reminderPrefix(bookingId));
  }
}
