import { localIso } from '../../common/time/zoned-time.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import type { OrganisationRecord } from '../organisations/organisation.types.js';
import type { ApplicationEntity } from './entities/application.entity.js';
import { Outcome, overall, type CriterionResult } from './eligibility.js';
import { csvLine, type CsvDelimiter } from './csv-cell.js';

export const APPLICATIONS_CSV_HEADER = [
  'organisation',
  'business_id',
  'organisation_type',
  'status',
  'submitted_at',
  'eligibility',
  'not_met',
  'needs_review',
  'complete',
  'responsible_person',
  'responsible_email',
  'pilot_title',
  'pilot_category',
  'pilot_planned_start',
  'experts',
];

/** One application's line of the organisers' CSV, in the header's order. */
export function applicationCsvLine(
  academy: AcademyRecord,
  application: ApplicationEntity,
  organisation: OrganisationRecord | undefined,
  results: CriterionResult[],
  complete: boolean,
  delimiter: CsvDelimiter = ',',
): string {
  const answers = application.answers;
  return csvLine(
    [
      organisation?.name,
      organisation?.businessId,
      organisation?.type,
      application.status,
      application.submittedAt ? localIso(application.submittedAt, academy.timeZone) : '',
      overall(results),
      results.filter((result) => result.outcome === Outcome.NOT_MET).length,
      results.filter((result) => result.outcome === Outcome.NEEDS_REVIEW).length,
      complete ? 'yes' : 'no',
      answers.team?.responsiblePerson?.name,
      answers.team?.responsiblePerson?.email,
      answers.pilotProcurement?.title,
      answers.pilotProcurement?.category,
      answers.pilotProcurement?.plannedStart,
      answers.team?.experts?.length ?? 0,
    ],
    delimiter,
  );
}
