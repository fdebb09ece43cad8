import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Locale } from '../../common/i18n/locale.js';
import { Clock } from '../../common/time/clock.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { CohortService } from '../cohort/cohort.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { EligibilityCriteriaService } from './eligibility-criteria.service.js';
import type { ApplicationEntity } from './entities/application.entity.js';
import { evaluate, unmetHard, type CriterionInput, type CriterionResult } from './eligibility.js';

/**
 * Evaluates applications against their academy's criteria (the rules live in the pure
 * `eligibility.ts`). Always in batches: criteria once per academy, organisations and cohort
 * history in one query each, whatever the number of applications.
 */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly clock: Clock,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly cohort: CohortService,
    private readonly criteria: EligibilityCriteriaService,
  ) {}

  /** Per-criterion outcomes in the reader's language, by application id. */
  async evaluateMany(
    applications: readonly ApplicationEntity[],
    locale: Locale,
    manager?: EntityManager,
  ): Promise<Map<string, CriterionResult[]>> {
    const academyIds = [...new Set(applications.map((application) => application.academyId))];
    const academies = await this.academies.findByIds(academyIds, manager);
    const criteria = await this.criteria.criteriaOfAcademies(academyIds, manager);
    return this.evaluateIn(academies, criteria, applications, locale, manager);
  }

  /** Refuses with NOT_ELIGIBLE when a HARD criterion is not met (inside the caller's transaction). */
  async assertEligible(
    academy: AcademyRecord,
    application: ApplicationEntity,
    locale: Locale,
    manager: EntityManager,
  ): Promise<void> {
    const criteria = await this.criteria.criteriaOf(academy.id, manager);
    const results = await this.evaluateIn(
      [academy],
      new Map([[academy.id, criteria]]),
      [application],
      locale,
      manager,
    );
    const unmet = unmetHard(criteria, results.get(application.id) ?? []);
    if (unmet.length > 0) {
      throw new DomainException(
        ErrorCode.NOT_ELIGIBLE,
        { unmetCriteria: unmet },
        { params: { count: unmet.length } },
      );
    }
  }

  private async evaluateIn(
    academies: readonly AcademyRecord[],
    criteriaByAcademy: ReadonlyMap<string, CriterionInput[]>,
    applications: readonly ApplicationEntity[],
    locale: Locale,
    manager?: EntityManager,
  ): Promise<Map<string, CriterionResult[]>> {
    const results = new Map<string, CriterionResult[]>();
    if (applications.length === 0) return results;
    const academiesById = new Map(academies.map((academy) => [academy.id, academy]));
    const organisationIds = [...new Set(applications.map((item) => item.organisationId))];
    // One after the other: inside a transaction both would share one connection.
    const organisations = await this.organisations.findByIds(organisationIds, manager);
    const cohortAcademies = await this.cohort.cohortAcademiesOf(organisationIds, manager);
    const earlierEditions = await this.academies.earlierEditionsOf(
      academies.map((academy) => academy.id),
      manager,
    );
    const organisationsById = new Map(organisations.map((item) => [item.id, item]));
    const now = this.clock.now();
    for (const application of applications) {
      const academy = academiesById.get(application.academyId);
      const organisation = organisationsById.get(application.organisationId);
      if (!academy || !organisation) continue;
      // PRIOR_GROUNDWORK: in the cohort of an earlier edition of the same series (back along
      // previous_edition_id), whatever its status then; another series' cohort does not count.
      const earlier = earlierEditions.get(academy.id) ?? new Set<string>();
      const earlierCohort = [...(cohortAcademies.get(organisation.id) ?? [])].some((academyId) =>
        earlier.has(academyId),
      );
      const today = DateTime.fromJSDate(now, { zone: academy.timeZone }).toISODate() ?? '';
      results.set(
        application.id,
        evaluate(
          criteriaByAcademy.get(academy.id) ?? [],
          { organisationType: organisation.type, earlierCohort, answers: application.answers },
          locale,
          today,
        ),
      );
    }
    return results;
  }
}
