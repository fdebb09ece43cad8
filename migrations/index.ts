// Written by `npm run migration:generate`: every migration, oldest first.
import { CreateAcademies1795479893577 } from './1795479893577-create-academies.js';
import { IdentityOrganisationsMailAudit1795481238424 } from './1795481238424-identity-organisations-mail-audit.js';
import { TimelineCalendar1795482323603 } from './1795482323603-timeline-calendar.js';
import { Applications1795484400203 } from './1795484400203-applications.js';
import { Consultations1795486598836 } from './1795486598836-consultations.js';
import { ConsultationCutoff1795487248630 } from './1795487248630-consultation-cutoff.js';
import { JobQueue1796149901000 } from './1796149901000-job-queue.js';
import { Selection1796152186432 } from './1796152186432-selection.js';
import { SelectionIndexes1796155611352 } from './1796155611352-selection-indexes.js';
import { EventRegistrations1796157738312 } from './1796157738312-event-registrations.js';
import { WorkshopMaterialsAssignments1796157740017 } from './1796157740017-workshop-materials-assignments.js';
import { TeamAndAttendance1796157793675 } from './1796157793675-team-and-attendance.js';
import { EventReminders1796157862346 } from './1796157862346-event-reminders.js';
import { EventOutcomes1796160082599 } from './1796160082599-event-outcomes.js';
import { FollowUpCore1796162856578 } from './1796162856578-follow-up-core.js';
import { AppointmentRounds1796162856675 } from './1796162856675-appointment-rounds.js';
import { FollowUpPilotBackfill1796162956578 } from './1796162956578-follow-up-pilot-backfill.js';
import { SparringOutcomes1796163077316 } from './1796163077316-sparring-outcomes.js';
import { FollowUpMeasuresMetrics1796163786176 } from './1796163786176-follow-up-measures-metrics.js';
import { AgreedActionTasks1796167848484 } from './1796167848484-agreed-action-tasks.js';
import { FollowUpCheckIns1796167889479 } from './1796167889479-follow-up-check-ins.js';
import { FollowUpPublications1796167973424 } from './1796167973424-follow-up-publications.js';
import { OpenEnrolmentOrganisationTypes1796174331645 } from './1796174331645-open-enrolment-organisation-types.js';
import { ProgrammePage1796174378613 } from './1796174378613-programme-page.js';
import { OutcomeReports1796174531988 } from './1796174531988-outcome-reports.js';
import { Retention1796184713037 } from './1796184713037-retention.js';
import { DataExports1796184761388 } from './1796184761388-data-exports.js';
import { UserErasure1796184861075 } from './1796184861075-user-erasure.js';
import { RetentionMonthsFollowDefault1796188044610 } from './1796188044610-retention-months-follow-default.js';
import { DataExportSizeBigint1796188062298 } from './1796188062298-data-export-size-bigint.js';

export const MIGRATIONS = [
  CreateAcademies1795479893577,
  IdentityOrganisationsMailAudit1795481238424,
  TimelineCalendar1795482323603,
  Applications1795484400203,
  Consultations1795486598836,
  ConsultationCutoff1795487248630,
  JobQueue1796149901000,
  Selection1796152186432,
  SelectionIndexes1796155611352,
  EventRegistrations1796157738312,
  WorkshopMaterialsAssignments1796157740017,
  TeamAndAttendance1796157793675,
  EventReminders1796157862346,
  EventOutcomes1796160082599,
  FollowUpCore1796162856578,
  AppointmentRounds1796162856675,
  FollowUpPilotBackfill1796162956578,
  SparringOutcomes1796163077316,
  FollowUpMeasuresMetrics1796163786176,
  AgreedActionTasks1796167848484,
  FollowUpCheckIns1796167889479,
  FollowUpPublications1796167973424,
  OpenEnrolmentOrganisationTypes1796174331645,
  ProgrammePage1796174378613,
  OutcomeReports1796174531988,
  Retention1796184713037,
  DataExports1796184761388,
  UserErasure1796184861075,
  RetentionMonthsFollowDefault1796188044610,
  DataExportSizeBigint1796188062298,
];
