import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MoreThan, type EntityManager } from 'typeorm';
import type { Locale } from '../../common/i18n/locale.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { Clock } from '../../common/time/clock.js';
import { formatZonedRangeWithZone } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { JobQueue } from '../../database/job-queue.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AcademySettingsEvents } from '../academies/academy-settings-events.js';
import { isPublishedAcademySql, joinAcademySql } from '../academies/academy.sql.js';
import { MailService } from '../mail/mail.service.js';
import { renderEventReminderMail } from '../mail/templates/event-reminder.templates.js';
import { peopleWhereSql } from '../users/user.sql.js';
import { TimelineEventEntity } from './entities/timeline-event.entity.js';
import { eventAudienceCondition } from './event-visibility.js';
import { EventStatus } from './timeline-event.enums.js';

/** One job per event, reminder offset and start: due when that reminder should go. */
export const EVENT_REMINDER_QUEUE = 'event-reminder';

export interface EventReminderJob {
  eventId: string;
  minutesBefore: number;
  /** The start the reminder was planned for (ISO); a moved event has jobs of its own. */
  startsAt: string;
}

/** The queue's singleton key: one waiting job per event, offset and start. */
export const reminderJobKey = (eventId: string, minutesBefore: number, startsAt: string): string =>
  `${eventId}:${minutesBefore}:${startsAt}`;

/** Sent at most once per person, event, offset and start, whichever instance runs the job. */
export const eventReminderKey = (job: EventReminderJob, userId: string): string =>
  `event-reminder:${job.eventId}:${job.minutesBefore}:${Date.parse(job.startsAt)}:${userId}`;

interface Recipient {
  id: string;
  name: string | null;
  email: string;
  locale: Locale;
}

/**
 * Reminders of timeline events to their audience, by default 2 days and 1 hour before
 * (`academies.event_reminder_minutes`). Planned as durable jobs in the transaction that
 * schedules, moves or re-times an event (or changes the academy's offsets); the job derives
 * the recipients when it runs and writes their mails to the outbox in one transaction. So:
 *  - a moved event's waiting jobs for the old start are cancelled and new ones planned, in the
 *    move's transaction; one a worker had already fetched finds a different start and does
 *    nothing;
 *  - a cancelled event's waiting jobs are cancelled likewise (a fetched one finds it CANCELLED);
 *  - an offset the academy dropped loses its waiting jobs (a fetched one finds it unused);
 *  - someone who left the cohort or the organisation before the job runs gets nothing, and
 *    someone who joined does (the audience is the feed's, read at send time);
 *  - each mail's dedupe key (person, event, offset, start) makes a second run — a retry,
 *    or another instance — write nothing more.
 */
@Injectable()
export class EventReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly settingsEvents: AcademySettingsEvents,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.settingsEvents.onEventRemindersChanged((manager, academyId) =>
      this.planAcademy(manager, academyId),
    );
    await this.jobs.handle<EventReminderJob>(EVENT_REMINDER_QUEUE, (job) => this.send(job.data));
  }

  /**
   * Makes the event's waiting reminder jobs exactly those its current state calls for, in the
   * caller's transaction: one per offset still ahead at its current start while it is
   * SCHEDULED, none once it is cancelled. Jobs planned for an earlier start or an offset the
   * academy no longer uses are cancelled here, so a moved or cancelled event leaves no job
   * behind; a job already waiting for the same start and offset is kept (the queue's
   * singleton key), so calling this after any change is safe. Nothing is planned per person:
   * the job reads the audience when it runs, so someone who leaves needs no cancellation.
   */
  async plan(
    manager: EntityManager,
    event: Pick<TimelineEventEntity, 'id' | 'startsAt' | 'status'>,
    minutesBefore: readonly number[],
  ): Promise<void> {
    const now = this.clock.now().getTime();
    const startsAt = event.startsAt.toISOString();
    const wanted =
      event.status === EventStatus.SCHEDULED
        ? minutesBefore
            .map((minutes) => ({ minutes, sendAt: event.startsAt.getTime() - minutes * 60_000 }))
            .filter(({ sendAt }) => sendAt > now)
            .map(({ minutes, sendAt }) => ({
              minutes,
              sendAt,
              key: reminderJobKey(event.id, minutes, startsAt),
            }))
        : [];
    await this.jobs.cancelWaiting(
      manager,
      EVENT_REMINDER_QUEUE,
      `${event.id}:`,
      wanted.map(({ key }) => key),
    );
    for (const { minutes, sendAt, key } of wanted) {
      await this.jobs.enqueue<EventReminderJob>(
        manager,
        EVENT_REMINDER_QUEUE,
        { eventId: event.id, minutesBefore: minutes, startsAt },
        { startAfter: new Date(sendAt), singletonKey: key },
      );
    }
  }

  /** The academy's offsets changed: every event still to come gets jobs for the new ones. */
  private async planAcademy(manager: EntityManager, academyId: string): Promise<void> {
    const academy = await this.academies.require(academyId, manager);
    const upcoming = await manager.getRepository(TimelineEventEntity).find({
      where: { academyId, status: EventStatus.SCHEDULED, startsAt: MoreThan(this.clock.now()) },
      select: { id: true, startsAt: true, status: true },
    });
    for (const event of upcoming) await this.plan(manager, event, academy.eventReminderMinutes);
  }

  /** The job: writes the reminders still wanted, once (see the class comment). */
  async send(job: EventReminderJob): Promise<void> {
    await this.transactions.run(async (manager) => {
      // Shares the lock a reschedule or cancellation takes for update: the reminder sees
      // the event before or after the change, never half of it.
      const event = await manager.getRepository(TimelineEventEntity).findOne({
        where: { id: job.eventId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!event || event.status !== EventStatus.SCHEDULED) return;
      if (event.startsAt.getTime() !== Date.parse(job.startsAt)) return;
      if (event.startsAt <= this.clock.now()) return;
      const academy = await this.academies.require(event.academyId, manager);
      if (!academy.eventReminderMinutes.includes(job.minutesBefore)) return;
      const recipients = await manager.query<Recipient[]>(
        `SELECT p.id, p.name, p.email, p.locale
         FROM timeline_events e ${joinAcademySql('a', 'e.academy_id')}
         CROSS JOIN LATERAL (${peopleWhereSql(eventAudienceCondition)}) p
         WHERE e.id = $1 AND ${isPublishedAcademySql('a')}
         ORDER BY p.email`,
        [event.id],
      );
      const url = `${this.config.publicUrl}/academies/${academy.slug}#${event.id}`;
      const place = [event.place, event.onlineUrl].filter(Boolean).join(' · ');
      await this.mail.enqueueAllOnce(
        manager,
        recipients.map((person) => ({
          type: 'EVENT_REMINDER',
          to: { address: person.email, name: person.name },
          locale: person.locale,
          rendered: renderEventReminderMail(person.locale, {
            academyTitle: pickLocalized(academy.title, person.locale),
            eventTitle: pickLocalized(event.title, person.locale),
            when: formatZonedRangeWithZone(
              event.startsAt,
              event.endsAt,
              academy.timeZone,
              person.locale,
            ),
            place,
            url,
          }),
          dedupeKey: eventReminderKey(job, person.id),
        })),
      );
    });
  }
}
