import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { UsersModule } from '../users/users.module.js';
import { AgreedActionTasksService } from './agreed-action-tasks.service.js';
import { CircularMeasureEntity } from './entities/circular-measure.entity.js';
import { MetricMeasurementEntity } from './entities/metric-measurement.entity.js';
import { ProgressUpdateEntity } from './entities/progress-update.entity.js';
import { TrackedActionMeasureEntity } from './entities/tracked-action-measure.entity.js';
import { TrackedActionMetricEntity } from './entities/tracked-action-metric.entity.js';
import { UpdateCommentEntity } from './entities/update-comment.entity.js';
import { FollowUpReminderEntity } from './entities/follow-up-reminder.entity.js';
import { FollowUpSettingsEntity } from './entities/follow-up-settings.entity.js';
import { FollowUpReminders } from './check-ins/follow-up-reminders.js';
import { FollowUpSettingsResolver } from './check-ins/follow-up-settings.resolver.js';
import { FollowUpSettingsService } from './check-ins/follow-up-settings.service.js';
import { CohortProgressController } from './dashboard/cohort-progress.controller.js';
import { CohortProgressResolver } from './dashboard/cohort-progress.resolver.js';
import { CohortProgressService } from './dashboard/cohort-progress.service.js';
import { OutcomeReportMeasureEntity } from './entities/outcome-report-measure.entity.js';
import { OutcomeReportMetricEntity } from './entities/outcome-report-metric.entity.js';
import { OutcomeReportEntity } from './entities/outcome-report.entity.js';
import { OutcomeReportReminders } from './outcome-reports/outcome-report-reminders.js';
import { OutcomeReportsResolver } from './outcome-reports/outcome-reports.resolver.js';
import { OutcomeReportSeedService } from './outcome-reports/outcome-report-seed.service.js';
import { OutcomeReportsService } from './outcome-reports/outcome-reports.service.js';
import { TrackedActionPublicationEntity } from './entities/tracked-action-publication.entity.js';
import { PilotSharingResolver } from './sharing/pilot-sharing.resolver.js';
import { PilotSharingService } from './sharing/pilot-sharing.service.js';
import { FollowUpProgressLoaders } from './follow-up-progress.loaders.js';
import { CircularMeasuresService } from './measures/circular-measures.service.js';
import { MeasuresResolver } from './measures/measures.resolver.js';
import { TrackedActionMeasuresService } from './measures/tracked-action-measures.service.js';
import { MetricsResolver } from './metrics/metrics.resolver.js';
import { TrackedActionMetricsService } from './metrics/tracked-action-metrics.service.js';
import { TrackedActionProgressResolver } from './tracked-action-progress.resolver.js';
import { ProgressUpdatesResolver } from './updates/progress-updates.resolver.js';
import { ProgressUpdatesService } from './updates/progress-updates.service.js';
import { AgreedActionsPort } from './agreed-actions.port.js';
import { TrackedActionMilestoneEntity } from './entities/tracked-action-milestone.entity.js';
import { TrackedActionStageChangeEntity } from './entities/tracked-action-stage-change.entity.js';
import { TrackedActionTaskEntity } from './entities/tracked-action-task.entity.js';
import { TrackedActionEntity } from './entities/tracked-action.entity.js';
import { FollowUpAccessService } from './follow-up-access.service.js';
import { FollowUpPilots } from './follow-up-pilots.js';
import { FollowUpSeedService } from './follow-up-seed.service.js';
import { TrackedActionItemsResolver } from './tracked-action-items.resolver.js';
import { TrackedActionItemsService } from './tracked-action-items.service.js';
import { TrackedActionViewService } from './tracked-action-view.service.js';
import { TrackedActionsResolver } from './tracked-actions.resolver.js';
import { TrackedActionsService } from './tracked-actions.service.js';

/**
 * Owns the follow-up of pilots and action plans: `tracked_actions`,
 * `tracked_action_stage_changes`, `tracked_action_milestones` and `tracked_action_tasks`.
 * Exports `AgreedActionsPort` and `AgreedActionTasksService` for sparring, and
 * `FollowUpSeedService` for the demo seed.
 */
import { FollowUpEditionCopier } from './follow-up-edition-copier.js';
import { FollowUpDataExport } from './follow-up-data-export.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      TrackedActionEntity,
      TrackedActionStageChangeEntity,
      TrackedActionMilestoneEntity,
      TrackedActionTaskEntity,
      CircularMeasureEntity,
      TrackedActionMeasureEntity,
      TrackedActionMetricEntity,
      MetricMeasurementEntity,
      ProgressUpdateEntity,
      UpdateCommentEntity,
      FollowUpSettingsEntity,
      FollowUpReminderEntity,
      TrackedActionPublicationEntity,
      OutcomeReportEntity,
      OutcomeReportMeasureEntity,
      OutcomeReportMetricEntity,
    ]),
    AcademiesModule,
    ApplicationsModule,
    AuditModule,
    CohortModule,
    MailModule,
    OrganisationsModule,
    UsersModule,
  ],
  providers: [
    FollowUpDataExport,
    FollowUpEditionCopier,
    FollowUpAccessService,
    TrackedActionViewService,
    TrackedActionsService,
    TrackedActionItemsService,
    AgreedActionsPort,
    AgreedActionTasksService,
    FollowUpPilots,
    TrackedActionsResolver,
    TrackedActionItemsResolver,
    // Measures, metrics and progress updates (their own files, under measures/, metrics/, updates/).
    CircularMeasuresService,
    TrackedActionMeasuresService,
    TrackedActionMetricsService,
    ProgressUpdatesService,
    FollowUpProgressLoaders,
    MeasuresResolver,
    MetricsResolver,
    ProgressUpdatesResolver,
    TrackedActionProgressResolver,
    // Check-ins, task reminders and the cohort dashboard (check-ins/, dashboard/).
    FollowUpSettingsService,
    FollowUpSettingsResolver,
    FollowUpReminders,
    CohortProgressService,
    CohortProgressResolver,
    // Sharing beyond the team: shared summary, public results, publish switch (sharing/).
    PilotSharingService,
    PilotSharingResolver,
    // The demo seed's follow-up history (written in the seed's transaction).
    FollowUpSeedService,
    // Outcome reports of alumni pilots, their deadline and reminders (outcome-reports/).
    OutcomeReportsService,
    OutcomeReportSeedService,
    OutcomeReportReminders,
    OutcomeReportsResolver,
  ],
  controllers: [CohortProgressController],
  exports: [
    AgreedActionsPort,
    AgreedActionTasksService,
    TrackedActionsService,
    CircularMeasuresService,
    FollowUpSeedService,
    OutcomeReportSeedService,
  ],
})
export class FollowUpModule {}
