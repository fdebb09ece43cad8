import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { ROOT_LOGGER } from '../../../common/logging/logging.module.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../common/i18n/locale.js';
import { localizedFromRow, pickLocalized } from '../../../common/i18n/localized-text.js';
import { Clock } from '../../../common/time/clock.js';
import { AppConfig } from '../../../config/app-config.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { JobChain, type JobChainSlot } from '../../../database/job-chain.js';
import { JobQueue } from '../../../database/job-queue.js';
import { AcademyStatus } from '../../academies/academy.enums.js';
import {
  academyHeadingColumnsSql,
  isPublishedAcademySql,
  joinAcademySql,
} from '../../academies/academy.sql.js';
import { CohortParticipantRole } from '../../cohort/cohort.enums.js';
import { joinCohortParticipantSql } from '../../cohort/cohort.sql.js';
import { CohortTeamService } from '../../cohort/cohort-team.service.js';
import { MailService } from '../../mail/mail.service.js';
import { userLocaleSql } from '../../users/user.sql.js';
import { TrackedActionKind, TrackedActionStage } from '../follow-up.enums.js';
import { localDateOf } from '../schedule.js';
import { CheckInCadence, FollowUpReminderKind } from './check-in.enums.js';
import {
  checkInPeriodOf,
  isCheckInDue,
  nextSweepAt,
  startOfLocalDate,
  type CheckInPeriod,
} from './check-in-period.js';
import { FOLLOW_UP_SETTINGS_DEFAULTS } from './follow-up-settings.service.js';
import { renderCheckInMail, renderTaskDueMail } from './follow-up-reminder.templates.js';

/** One job per hour slot: the sweep that writes the check-in and task-due reminders due. */
export const FOLLOW_UP_REMINDER_QUEUE = 'follow-up-reminders';

export const checkInReminderKey = (trackedActionId: string, period: CheckInPeriod): string =>
  `check-in:${trackedActionId}:${period.start}`;
export const taskDueReminderKey = (taskId: string, dueDate: string): string =>
  `task-due:${taskId}:${dueDate}`;

interface Heading {
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  academy_slug: string;
  time_zone: string;
  pilot_title_fi: string;
  pilot_title_sv: string | null;
  pilot_title_en: string | null;
}

interface CheckInRow extends Heading {
  id: string;
  academy_id: string;
  organisation_id: string;
  cadence: CheckInCadence;
  last_update_at: Date | null;
}

interface TaskRow extends Heading {
  task_id: string;
  task_title: string;
  due_date: string;
  action_id: string;
  owner_id: string;
  owner_name: string;
  owner_email: string;
  owner_locale: string | null;
}

interface Reminder {
  kind: FollowUpReminderKind;
  key: string;
  trackedActionId: string;
  taskId: string | null;
  periodDate: string;
  /** Check-in: the instant the period began (an update since then cancels the reminder). */
  since: Date | null;
  recipient: { id: string; name: string; email: string; locale: Locale };
  render: (locale: Locale) => ReturnType<typeof renderCheckInMail>;
}

const READER_DATE: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { day: 'numeric', month: 'long', year: 'numeric' },
};
const INTL: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const readerDate = (date: string, locale: Locale): string =>
  DateTime.fromISO(date, { zone: 'UTC' })
    .setLocale(INTL[locale])
    .toLocaleString(READER_DATE[locale]);

const localized = (row: Heading, prefix: 'title' | 'pilot_title') => localizedFromRow(row, prefix);

/**
 * Check-in and task-due reminders of pilots (issue 15), written by an hourly sweep job:
 *  - check-in: while the academy is RUNNING and its cadence is not NONE, in the last 7 days of
 *    each period (calendar month or quarter in the academy's zone) the responsible person of a
 *    pilot that is not DONE and has no progress update written since the period began;
 *  - task due: `taskReminderDays` before an open task's due date (and up to the date itself,
 *    so a sweep missed by downtime still reminds) its owner, unless the pilot is DONE.
 * Each reminder first inserts its key into `follow_up_reminders` (unique) in the transaction
 * that writes the mail to the outbox: a retry, a second sweep or another instance inserts
 * nothing and so mails nothing. The conditions are read again under a share lock of the
 * action, so an update, a completion or the move to DONE committed before wins.
 *
 * The sweep is a chain of jobs, one per hour slot (`singletonKey` = the slot), each planning
 * the next before it works; every instance that runs jobs plans the next slot at start, which
 * the key makes one job. A sweep rather than a job per task keeps the plan right whatever
 * changes a task, a pilot or the settings, without hooks in every write path.
 */
@Injectable()
export class FollowUpReminders
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly chain: JobChain;

  constructor(
    private readonly jobs: JobQueue,
    private readonly transactions: ContendedTransactions,
    private readonly team: CohortTeamService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.chain = new JobChain({
      jobs,
      transactions,
      clock,
      logger,
      queue: FOLLOW_UP_REMINDER_QUEUE,
      keyPrefix: 'sweep',
      nextAt: nextSweepAt,
      description: 'the follow-up reminder sweep',
    });
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<JobChainSlot>(FOLLOW_UP_REMINDER_QUEUE, async (job) => {
      await this.chain.planNext(new Date(job.data.at));
      await this.sweep();
    });
  }

  /** Where jobs run, plans the next slot once the queue has started. */
  onApplicationBootstrap(): void {
    if (this.config.jobs.enabled) this.chain.planWhenStarted();
  }

  beforeApplicationShutdown(): void {
    this.chain.stop();
  }

  /** Writes every reminder due now that was not written yet (see the class comment). */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const reminders = [...(await this.checkIns(now)), ...(await this.tasksDue(now))];
    let sent = 0;
    for (const reminder of reminders) if (await this.send(reminder, now)) sent++;
    return sent;
  }

  private async checkIns(now: Date): Promise<Reminder[]> {
    const rows = await this.transactions.run((manager) =>
      manager.query<CheckInRow[]>(
        `SELECT ta.id, ta.academy_id, ta.organisation_id,
           ta.title_fi AS pilot_title_fi, ta.title_sv AS pilot_title_sv, ta.title_en AS pilot_title_en,
           ${academyHeadingColumnsSql('a')},
           COALESCE(s.check_in_cadence::text, $1) AS cadence,
           (SELECT max(pu.written_at) FROM progress_updates pu
            WHERE pu.tracked_action_id = ta.id) AS last_update_at
         FROM tracked_actions ta ${joinAcademySql('a', 'ta.academy_id')}
         LEFT JOIN follow_up_settings s ON s.academy_id = ta.academy_id
         WHERE ta.kind = $2 AND ta.stage <> $3 AND a.status = $4`,
        [
          FOLLOW_UP_SETTINGS_DEFAULTS.checkInCadence,
          TrackedActionKind.PILOT_PROCUREMENT,
          TrackedActionStage.DONE,
          AcademyStatus.RUNNING,
        ],
      ),
    );
    const due = rows.flatMap((row) => {
      const today = localDateOf(now, row.time_zone);
      const period = checkInPeriodOf(today, row.cadence);
      if (!period || !isCheckInDue(today, period)) return [];
      const since = startOfLocalDate(period.start, row.time_zone);
      if (row.last_update_at && row.last_update_at >= since) return [];
      return [{ row, period }];
    });
    if (due.length === 0) return [];
    const responsible = new Map<string, Reminder['recipient']>();
    for (const academyId of new Set(due.map(({ row }) => row.academy_id))) {
      const people = await this.team.activeParticipants(academyId, {
        organisationIds: due
          .filter(({ row }) => row.academy_id === academyId)
          .map(({ row }) => row.organisation_id),
      });
      for (const person of people.filter((p) => p.role === CohortParticipantRole.RESPONSIBLE)) {
        responsible.set(`${academyId}:${person.organisationId}`, {
          id: person.id,
          name: person.name,
          email: person.email,
          locale: await this.localeOf(person.userId),
        });
      }
    }
    return due.flatMap(({ row, period }) => {
      const recipient = responsible.get(`${row.academy_id}:${row.organisation_id}`);
      if (!recipient) return [];
      return [
        {
          kind: FollowUpReminderKind.CHECK_IN,
          key: checkInReminderKey(row.id, period),
          trackedActionId: row.id,
          taskId: null,
          periodDate: period.start,
          since: startOfLocalDate(period.start, row.time_zone),
          recipient,
          render: (locale: Locale) =>
            renderCheckInMail(locale, {
              academyTitle: pickLocalized(localized(row, 'title'), locale),
              pilotTitle: pickLocalized(localized(row, 'pilot_title'), locale),
              periodEnd: readerDate(period.end, locale),
              url: this.pilotUrl(row),
            }),
        },
      ];
    });
  }

  private async tasksDue(now: Date): Promise<Reminder[]> {
    const rows = await this.transactions.run((manager) =>
      manager.query<TaskRow[]>(
        `SELECT t.id AS task_id, t.title AS task_title, t.due_date::text AS due_date,
           ta.id AS action_id,
           ta.title_fi AS pilot_title_fi, ta.title_sv AS pilot_title_sv, ta.title_en AS pilot_title_en,
           ${academyHeadingColumnsSql('a')},
           o.id AS owner_id, o.name AS owner_name, o.email AS owner_email,
           ${userLocaleSql('o.user_id')} AS owner_locale
         FROM tracked_action_tasks t
         JOIN tracked_actions ta ON ta.id = t.tracked_action_id
         ${joinAcademySql('a', 'ta.academy_id')}
         ${joinCohortParticipantSql('o', 't.owner_participant_id')}
         LEFT JOIN follow_up_settings s ON s.academy_id = ta.academy_id
         WHERE t.done_at IS NULL AND ta.stage <> $2 AND o.left_at IS NULL
           AND ${isPublishedAcademySql('a')}
           AND t.due_date >= ($1::timestamptz AT TIME ZONE a.time_zone)::date
           AND t.due_date <= ($1::timestamptz AT TIME ZONE a.time_zone)::date
             + COALESCE(s.task_reminder_days, $3)
           AND NOT EXISTS (SELECT 1 FROM follow_up_reminders r
             WHERE r.reminder_key = 'task-due:' || t.id || ':' || t.due_date::text)`,
        [now, TrackedActionStage.DONE, FOLLOW_UP_SETTINGS_DEFAULTS.taskReminderDays],
      ),
    );
    return rows.map((row) => ({
      kind: FollowUpReminderKind.TASK_DUE,
      key: taskDueReminderKey(row.task_id, row.due_date),
      trackedActionId: row.action_id,
      taskId: row.task_id,
      periodDate: row.due_date,
      since: null,
      recipient: {
        id: row.owner_id,
        name: row.owner_name,
        email: row.owner_email,
        locale: isLocale(row.owner_locale) ? row.owner_locale : DEFAULT_LOCALE,
      },
      render: (locale: Locale) =>
        renderTaskDueMail(locale, {
          academyTitle: pickLocalized(localized(row, 'title'), locale),
          pilotTitle: pickLocalized(localized(row, 'pilot_title'), locale),
          taskTitle: row.task_title,
          dueDate: readerDate(row.due_date, locale),
          url: this.pilotUrl(row),
        }),
    }));
  }

  /**
   * One reminder in one transaction: the action read again under a share lock (an edit holds
   * FOR UPDATE), the conditions checked again, the key inserted, then the mail. True when sent.
   */
  private async send(reminder: Reminder, now: Date): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      if (!(await this.stillWanted(manager, reminder, now))) return false;
      const inserted = await manager.query<Array<{ id: string }>>(
        `INSERT INTO follow_up_reminders
           (kind, reminder_key, tracked_action_id, task_id, recipient_participant_id, period_date)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT uq_follow_up_reminders_key DO NOTHING
         RETURNING id`,
        [
          reminder.kind,
          reminder.key,
          reminder.trackedActionId,
          reminder.taskId,
          reminder.recipient.id,
          reminder.periodDate,
        ],
      );
      if (inserted.length === 0) return false;
      const { locale } = reminder.recipient;
      await this.mail.enqueueAllOnce(manager, [
        {
          type:
            reminder.kind === FollowUpReminderKind.CHECK_IN
              ? 'FOLLOW_UP_CHECK_IN'
              : 'FOLLOW_UP_TASK_DUE',
          to: { address: reminder.recipient.email, name: reminder.recipient.name },
          locale,
          rendered: reminder.render(locale),
          dedupeKey: `follow-up:${reminder.key}`,
        },
      ]);
      return true;
    });
  }

  private async stillWanted(
    manager: EntityManager,
    reminder: Reminder,
    now: Date,
  ): Promise<boolean> {
    const [action] = await manager.query<Array<{ stage: TrackedActionStage }>>(
      `SELECT stage FROM tracked_actions WHERE id = $1 FOR SHARE`,
      [reminder.trackedActionId],
    );
    if (!action || action.stage === TrackedActionStage.DONE) return false;
    if (reminder.kind === FollowUpReminderKind.TASK_DUE) {
      const [task] = await manager.query<Array<{ open: boolean }>>(
        `SELECT (done_at IS NULL AND due_date = $2::date) AS open
         FROM tracked_action_tasks WHERE id = $1`,
        [reminder.taskId, reminder.periodDate],
      );
      return task?.open ?? false;
    }
    const [update] = await manager.query<Array<{ written: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM progress_updates WHERE tracked_action_id = $1
         AND written_at >= $2 AND written_at <= $3) AS written`,
      [reminder.trackedActionId, reminder.since, now],
    );
    return !update?.written;
  }

  private async localeOf(userId: string | null): Promise<Locale> {
    if (!userId) return DEFAULT_LOCALE;
    const [row] = await this.transactions.run((manager) =>
      manager.query<Array<{ locale: string | null }>>(
        `SELECT ${userLocaleSql('$1::uuid')} AS locale`,
        [userId],
      ),
    );
    return isLocale(row?.locale) ? row.locale : DEFAULT_LOCALE;
  }

  private pilotUrl(row: Heading): string {
    return `${this.config.publicUrl}/academies/${row.academy_slug}/pilot`;
  }
}
