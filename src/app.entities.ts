import { AcademyEntity } from './modules/academies/entities/academy.entity.js';
import { CohortMemberEntity } from './modules/cohort/entities/cohort-member.entity.js';
import { ApplicationEntity } from './modules/applications/entities/application.entity.js';
import { DeadlineExtensionEntity } from './modules/applications/entities/deadline-extension.entity.js';
import { EligibilityCriterionEntity } from './modules/applications/entities/eligibility-criterion.entity.js';
import { CalendarFeedEntity } from './modules/calendar/entities/calendar-feed.entity.js';
import { DataExportEntity } from './modules/privacy/export/entities/data-export.entity.js';
import { AppointmentRoundEntity } from './modules/consultations/entities/appointment-round.entity.js';
import { ConsultationBookingEntity } from './modules/consultations/entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from './modules/consultations/entities/consultation-slot.entity.js';
import { TimelineEventEntity } from './modules/timeline/entities/timeline-event.entity.js';
import { AuditEntryEntity } from './modules/audit/entities/audit-entry.entity.js';
import { OneTimeTokenEntity } from './modules/auth/entities/one-time-token.entity.js';
import { RateLimitCounterEntity } from './modules/rate-limits/entities/rate-limit-counter.entity.js';
import { SessionEntity } from './modules/auth/entities/session.entity.js';
import { OutboxMessageEntity } from './modules/mail/entities/outbox-message.entity.js';
import { InvitationEntity } from './modules/organisations/entities/invitation.entity.js';
import { MembershipEntity } from './modules/organisations/entities/membership.entity.js';
import { OrganisationEntity } from './modules/organisations/entities/organisation.entity.js';
import { UserEntity } from './modules/users/entities/user.entity.js';
import { CohortParticipantEntity } from './modules/cohort/entities/cohort-participant.entity.js';
import { EventAttendanceEntity } from './modules/attendance/entities/event-attendance.entity.js';
import { ConflictOfInterestEntity } from './modules/selection/entities/conflict-of-interest.entity.js';
import { ReviewCriterionEntity } from './modules/selection/entities/review-criterion.entity.js';
import { ReviewScoreEntity } from './modules/selection/entities/review-score.entity.js';
import { ReviewEntity } from './modules/selection/entities/review.entity.js';
import { SelectionDecisionEntity } from './modules/selection/entities/selection-decision.entity.js';
import { SelectionOfferEntity } from './modules/selection/entities/selection-offer.entity.js';
import { SelectionReleaseEntity } from './modules/selection/entities/selection-release.entity.js';
import { EventMaterialEntity } from './modules/workshop/entities/event-material.entity.js';
import { EventOutcomeEntity } from './modules/workshop/entities/event-outcome.entity.js';
import { EventAssignmentEntity } from './modules/workshop/entities/event-assignment.entity.js';
import { AssignmentCompletionEntity } from './modules/workshop/entities/assignment-completion.entity.js';
import { SeedRunEntity } from './database/seed-run.entity.js';
import { EventRegistrationSettingsEntity } from './modules/registration/entities/event-registration-settings.entity.js';
import { EventRegistrationEntity } from './modules/registration/entities/event-registration.entity.js';
import { SignUpEntity } from './modules/enrolment/entities/sign-up.entity.js';
import { AgreedActionEntity } from './modules/sparring/entities/agreed-action.entity.js';
import { AppointmentSummaryEntity } from './modules/sparring/entities/appointment-summary.entity.js';
import { TrackedActionMilestoneEntity } from './modules/follow-up/entities/tracked-action-milestone.entity.js';
import { TrackedActionStageChangeEntity } from './modules/follow-up/entities/tracked-action-stage-change.entity.js';
import { TrackedActionTaskEntity } from './modules/follow-up/entities/tracked-action-task.entity.js';
import { CircularMeasureEntity } from './modules/follow-up/entities/circular-measure.entity.js';
import { MetricMeasurementEntity } from './modules/follow-up/entities/metric-measurement.entity.js';
import { ProgressUpdateEntity } from './modules/follow-up/entities/progress-update.entity.js';
import { TrackedActionMeasureEntity } from './modules/follow-up/entities/tracked-action-measure.entity.js';
import { TrackedActionMetricEntity } from './modules/follow-up/entities/tracked-action-metric.entity.js';
import { UpdateCommentEntity } from './modules/follow-up/entities/update-comment.entity.js';
import { FollowUpSettingsEntity } from './modules/follow-up/entities/follow-up-settings.entity.js';
import { RetentionRunEntity } from './modules/privacy/entities/retention-run.entity.js';
import { RetentionSettingEntity } from './modules/privacy/entities/retention-setting.entity.js';
import { FollowUpReminderEntity } from './modules/follow-up/entities/follow-up-reminder.entity.js';
import { TrackedActionEntity } from './modules/follow-up/entities/tracked-action.entity.js';
import { OutcomeReportMeasureEntity } from './modules/follow-up/entities/outcome-report-measure.entity.js';
import { OutcomeReportMetricEntity } from './modules/follow-up/entities/outcome-report-metric.entity.js';
import { OutcomeReportEntity } from './modules/follow-up/entities/outcome-report.entity.js';
import { TrackedActionPublicationEntity } from './modules/follow-up/entities/tracked-action-publication.entity.js';

/**
 * Every entity, listed once, for the app, the migration CLI and the drift check. Each feature
 * owns its own; this composition root (beside app.module.ts) is the one place that lists them
 * all, so `src/database` stays free of features and is handed the list.
 */
import { ProgrammeProfileEntity } from './modules/programme/entities/programme-profile.entity.js';
import { ProgrammePartnerEntity } from './modules/programme/entities/programme-partner.entity.js';
import { ProgrammeFundingSourceEntity } from './modules/programme/entities/programme-funding-source.entity.js';
export const ENTITIES = [
  AcademyEntity,
  SeedRunEntity,
  UserEntity,
  OneTimeTokenEntity,
  SessionEntity,
  RateLimitCounterEntity,
  OrganisationEntity,
  MembershipEntity,
  InvitationEntity,
  AuditEntryEntity,
  OutboxMessageEntity,
  CohortMemberEntity,
  TimelineEventEntity,
  CalendarFeedEntity,
  DataExportEntity,
  EligibilityCriterionEntity,
  ApplicationEntity,
  DeadlineExtensionEntity,
  AppointmentRoundEntity,
  ConsultationSlotEntity,
  ConsultationBookingEntity,
  CohortParticipantEntity,
  EventAttendanceEntity,
  ReviewCriterionEntity,
  ConflictOfInterestEntity,
  ReviewEntity,
  ReviewScoreEntity,
  SelectionDecisionEntity,
  SelectionReleaseEntity,
  EventMaterialEntity,
  EventOutcomeEntity,
  EventAssignmentEntity,
  AssignmentCompletionEntity,
  SelectionOfferEntity,
  EventRegistrationSettingsEntity,
  EventRegistrationEntity,
  AppointmentSummaryEntity,
  AgreedActionEntity,
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
  RetentionSettingEntity,
  RetentionRunEntity,
  FollowUpReminderEntity,
  TrackedActionPublicationEntity,
  ProgrammeProfileEntity,
  ProgrammePartnerEntity,
  ProgrammeFundingSourceEntity,
  SignUpEntity,
  OutcomeReportEntity,
  OutcomeReportMeasureEntity,
  OutcomeReportMetricEntity,
];
