import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Principal } from '../../../common/auth/principal.js';
import { DomainException } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../common/i18n/locale.js';
import { localizedFromRow, pickLocalized } from '../../../common/i18n/localized-text.js';
import { Clock } from '../../../common/time/clock.js';
import { AppConfig } from '../../../config/app-config.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { JobQueue } from '../../../database/job-queue.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { academyHeadingColumnsSql, joinAcademySql } from '../../academies/academy.sql.js';
import { AuditService } from '../../audit/audit.service.js';
import { CohortParticipantRole } from '../../cohort/cohort.enums.js';
import { CohortTeamService } from '../../cohort/cohort-team.service.js';
import { isAlumniOrganisationSql } from '../../cohort/cohort.sql.js';
import { MailService } from '../../mail/mail.service.js';
import { userLocaleSql } from '../../users/user.sql.js';
import { FollowUpSettingsEntity } from '../entities/follow-up-settings.entity.js';
import { TrackedActionKind } from '../follow-up.enums.js';
import { isRealDate } from '../schedule.js';
import {
  OUTCOME_REPORT_REMINDER_DAYS,
  outcomeReportReminderAt,
} from './outcome-report-deadline.js';
import { renderOutcomeReportReminderMail } from './outcome-report.templates.js';
import type { SetOutcomeReportDeadlineInput } from './outcome-report.model.js';

export const OUTCOME_REPORT_REMINDER_QUEUE = 'outcome-report-reminders';

interface ReminderJob {
  academyId: string;
  /** The deadline the job was planned for: a job of a deadline since moved does nothing. */
  dueOn: string;
  leadDays: number;
}

interface MissingRow {
  id: string;
  organisation_id: string;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  academy_slug: string;
  time_zone: string;
  pilot_title_fi: string;
  pilot_title_sv: string | null;
  pilot_title_en: string | null;
}

const jobKeyPrefix = (academyId: string): string => `outcome-report:${academyId}:`;
const jobKey = (academyId: string, dueOn: string, leadDays: number): string =>
  `${jobKeyPrefix(academyId)}${dueOn}:${leadDays}`;
/** The outbox's dedupe key: one mail per pilot, deadline and lead, whatever runs it. */
export const outcomeReportReminderKey = (
  trackedActionId: string,
  dueOn: string,
  leadDays: number,
): string => `outcome-report:${trackedActionId}:${dueOn}:${leadDays}`;

const INTL: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const READER_DATE: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { day: 'numeric', month: 'long', year: 'numeric' },
};
const readerDate = (date: string, locale: Locale): string =>
  DateTime.fromISO(date, { zone: 'UTC' })
    .setLocale(INTL[locale])
    .toLocaleString(READER_DATE[locale]);

/**
 * The academy's outcome-report deadline and its reminders (issue 16, "reminders until it is
 * in"). Setting the deadline plans one job per lead (`OUTCOME_REPORT_REMINDER_DAYS` before, at
 * 9:00 local time) in the same transaction, cancelling the jobs of an earlier deadline; a lead
 * already past is not planned. The job, run by one instance, mails the responsible person of
 * every alumnus organisation whose report is not submitted; each mail's outbox dedupe key
 * (pilot, deadline, lead) makes a retry or a second run write nothing. The report is checked
 * again under a share lock of the pilot, so a submission committed before wins.
 */
@Injectable()
export class OutcomeReportReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly team: CohortTeamService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<ReminderJob>(OUTCOME_REPORT_REMINDER_QUEUE, async (job) => {
      await this.remind(job.data);
    });
  }

  /** Sets (or, with null, removes) the deadline; audited; its reminders planned in the same transaction. */
  async setDeadline(
    principal: Principal,
    input: SetOutcomeReportDeadlineInput,
  ): Promise<string | null> {
    const dueOn = input.dueOn?.trim() || null;
    if (dueOn !== null && !isRealDate(dueOn))
      throw new DomainException(ErrorCode.INVALID_DATE, { field: 'input.dueOn' });
    return this.transactions.run(async (manager) => {
      const academy = await this.academies.lock(manager, input.academyId);
      const repository = manager.getRepository(FollowUpSettingsEntity);
      const before =
        (await repository.findOneBy({ academyId: input.academyId }))?.outcomeReportDueOn ?? null;
      await repository.upsert({ academyId: input.academyId, outcomeReportDueOn: dueOn }, [
        'academyId',
      ]);
      const keep: string[] = [];
      if (dueOn !== null) {
        const now = this.clock.now();
        for (const leadDays of OUTCOME_REPORT_REMINDER_DAYS) {
          const at = outcomeReportReminderAt(dueOn, leadDays, academy.timeZone);
          if (at <= now) continue;
          const key = jobKey(academy.id, dueOn, leadDays);
          keep.push(key);
          await this.jobs.enqueue<ReminderJob>(
            manager,
            OUTCOME_REPORT_REMINDER_QUEUE,
            { academyId: academy.id, dueOn, leadDays },
            { startAfter: at, singletonKey: key },
          );
        }
      }
      await this.jobs.cancelWaiting(
        manager,
        OUTCOME_REPORT_REMINDER_QUEUE,
        jobKeyPrefix(academy.id),
        keep,
      );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'outcome_report_deadline.set',
        entityType: 'academy',
        entityId: academy.id,
        before: { outcomeReportDueOn: before },
        after: { outcomeReportDueOn: dueOn },
      });
      return dueOn;
    });
  }

  /** One reminder round: every alumnus pilot of the academy without a submitted report. */
  async remind(job: ReminderJob): Promise<number> {
    const rows = await this.transactions.run(async (manager) => {
      const [settings] = await manager.query<Array<{ due_on: string | null }>>(
        `SELECT outcome_report_due_on::text AS due_on FROM follow_up_settings WHERE academy_id = $1`,
        [job.academyId],
      );
      // The deadline moved or was removed since this job was planned.
      if (settings?.due_on !== job.dueOn) return [];
      return manager.query<MissingRow[]>(
        `SELECT ta.id, ta.organisation_id,
           ta.title_fi AS pilot_title_fi, ta.title_sv AS pilot_title_sv, ta.title_en AS pilot_title_en,
           ${academyHeadingColumnsSql('a')}
         FROM tracked_actions ta ${joinAcademySql('a', 'ta.academy_id')}
         WHERE ta.academy_id = $1 AND ta.kind = $2
           AND ${isAlumniOrganisationSql('ta.academy_id', 'ta.organisation_id')}
           AND NOT EXISTS (SELECT 1 FROM outcome_reports r
             WHERE r.tracked_action_id = ta.id AND r.submitted_at IS NOT NULL)
         ORDER BY ta.created_at, ta.id`,
        [job.academyId, TrackedActionKind.PILOT_PROCUREMENT],
      );
    });
    if (rows.length === 0) return 0;
    const people = await this.team.activeParticipants(job.academyId, {
      organisationIds: rows.map((row) => row.organisation_id),
    });
    let sent = 0;
    for (const row of rows) {
      const person = people.find(
        (p) =>
          p.organisationId === row.organisation_id && p.role === CohortParticipantRole.RESPONSIBLE,
      );
      if (!person) continue;
      const written = await this.transactions.run(async (manager) => {
        const [state] = await manager.query<Array<{ submitted: boolean; locale: string | null }>>(
          `SELECT EXISTS (SELECT 1 FROM outcome_reports r
             WHERE r.tracked_action_id = ta.id AND r.submitted_at IS NOT NULL) AS submitted,
             ${person.userId ? userLocaleSql('$2::uuid') : 'NULL::text'} AS locale
           FROM tracked_actions ta WHERE ta.id = $1 FOR SHARE OF ta`,
          person.userId ? [row.id, person.userId] : [row.id],
        );
        if (!state || state.submitted) return false;
        const locale: Locale = isLocale(state.locale) ? state.locale : DEFAULT_LOCALE;
        await this.mail.enqueueAllOnce(manager, [
          {
            type: 'OUTCOME_REPORT_REMINDER',
            to: { address: person.email, name: person.name },
            locale,
            rendered: renderOutcomeReportReminderMail(locale, {
              academyTitle: pickLocalized(localizedFromRow(row, 'title'), locale),
              pilotTitle: pickLocalized(localizedFromRow(row, 'pilot_title'), locale),
              dueDate: readerDate(job.dueOn, locale),
              url: `${this.config.publicUrl}/academies/${row.academy_slug}/outcome-report`,
            }),
            dedupeKey: outcomeReportReminderKey(row.id, job.dueOn, job.leadDays),
          },
        ]);
        return true;
      });
      if (written) sent++;
    }
    return sent;
  }
}
