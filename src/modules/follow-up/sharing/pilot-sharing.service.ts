import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { isAdmin, isStaff, type Principal } from '../../../common/auth/principal.js';
import { DomainException, notFound } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { Clock } from '../../../common/time/clock.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { sharesLearningsSql } from '../../applications/application.sql.js';
import { AuditService } from '../../audit/audit.service.js';
import { CohortTeamService } from '../../cohort/cohort-team.service.js';
import { OrganisationsService } from '../../organisations/organisations.service.js';
import { TrackedActionPublicationEntity } from '../entities/tracked-action-publication.entity.js';
import { TrackedActionEntity } from '../entities/tracked-action.entity.js';
import { FollowUpAccessService } from '../follow-up-access.service.js';
import { MeasureStatus } from '../follow-up-measures.enums.js';
import { TrackedActionKind, type TrackedActionStage } from '../follow-up.enums.js';
import { TrackedActionMeasuresService } from '../measures/tracked-action-measures.service.js';
import type { TrackedActionMetricModel } from '../metrics/metric.model.js';
import { TrackedActionMetricsService } from '../metrics/tracked-action-metrics.service.js';
import type { TrackedActionModel } from '../models/tracked-action.model.js';
import { publishableOutcomeReportSql } from '../outcome-reports/outcome-report.sql.js';
import { OutcomeReportsService } from '../outcome-reports/outcome-reports.service.js';
import { TrackedActionsService } from '../tracked-actions.service.js';
import type {
  CohortPilotSummaryModel,
  PilotSharingModel,
  PublicPilotResultModel,
  SharedMetricModel,
} from './sharing.model.js';

interface SharedPilotRow {
  id: string;
  organisation_id: string;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  category: string | null;
  stage: TrackedActionStage;
  published: boolean;
}

const sharedMetric = (metric: TrackedActionMetricModel): SharedMetricModel => ({
  name: metric.name,
  unit: metric.unit,
  baseline: metric.baseline,
  target: metric.target,
  latestValue: metric.latest?.value ?? null,
  latestMeasuredOn: metric.latest?.measuredOn ?? null,
  progress: metric.progress,
});

/**
 * Who sees a pilot beyond its team (issue 15, "Who sees what"):
 * - the **shared summary** (`cohortPilotSummaries`): the cohort's participants and staff see
 *   the pilots of organisations whose application gave the "share learnings" consent;
 * - the **public results** (`publicResults`): anyone sees the pilots that are consented **and**
 *   published by their team or an admin, or whose submitted outcome report gives permission to
 *   publish (the report's non-personal fields join them). Publishing needs the consent (NO_SHARING_CONSENT);
 *   both are checked again on every read, so a consent that is gone hides a published pilot.
 * The consent is read through the applications module's fragment (`sharesLearningsSql`).
 * Each list is read in a fixed number of statements (pilots, organisations, measures, metrics ×2).
 */
@Injectable()
export class PilotSharingService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(TrackedActionEntity)
    private readonly actions: Repository<TrackedActionEntity>,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly team: CohortTeamService,
    private readonly access: FollowUpAccessService,
    private readonly trackedActions: TrackedActionsService,
    private readonly measures: TrackedActionMeasuresService,
    private readonly metrics: TrackedActionMetricsService,
    private readonly outcomeReports: OutcomeReportsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The shared summary: cohort participants and staff; anyone else FORBIDDEN. */
  async cohortPilotSummaries(
    principal: Principal,
    academyId: string,
  ): Promise<CohortPilotSummaryModel[]> {
    if (!isStaff(principal) && !(await this.team.isParticipant(principal.user.id, academyId)))
      throw new DomainException(ErrorCode.FORBIDDEN);
    const rows = await this.sharedPilots(academyId, false);
    const [names, measures, metrics] = await this.details(rows);
    return rows.map((row) => ({
      trackedActionId: row.id,
      organisationName: names.get(row.organisation_id) ?? '',
      title: this.title(row),
      category: row.category,
      stage: row.stage,
      published: row.published,
      measures: (measures.get(row.id) ?? []).map((use) => ({
        key: use.measure!.key,
        label: use.measure!.label,
        status: use.status,
        criterionText: use.criterionText,
      })),
      metrics: (metrics.get(row.id) ?? []).map(sharedMetric),
    }));
  }

  /** The public results of a published academy (no sign-in); an unknown slug NOT_FOUND. */
  async publicResults(academySlug: string): Promise<PublicPilotResultModel[]> {
    const academy = await this.academies.findBySlug(null, academySlug);
    if (!academy) throw notFound();
    const rows = await this.sharedPilots(academy.id, true);
    const [names, measures, metrics] = await this.details(rows);
    const reports = await this.outcomeReports.publicReportsOf(rows.map((row) => row.id));
    return rows.map((row) => ({
      organisationName: names.get(row.organisation_id) ?? '',
      title: this.title(row),
      stage: row.stage,
      measuresApplied: (measures.get(row.id) ?? [])
        .filter((use) => use.status === MeasureStatus.APPLIED)
        .map((use) => ({ key: use.measure!.key, label: use.measure!.label })),
      metrics: (metrics.get(row.id) ?? []).map(sharedMetric),
      outcomeReport: reports.get(row.id) ?? null,
    }));
  }

  /** A pilot's consent and publication (`TrackedAction.sharing`). */
  async sharingOf(
    action: Pick<TrackedActionEntity, 'id' | 'academyId' | 'kind' | 'organisationId'>,
    manager?: EntityManager,
  ): Promise<PilotSharingModel> {
    if (action.kind !== TrackedActionKind.PILOT_PROCUREMENT)
      return { consent: false, published: false, publishedAt: null };
    const [row] = await (manager ?? this.actions.manager).query<
      Array<{ consent: boolean; published_at: Date | null }>
    >(
      `SELECT ${sharesLearningsSql('$1', '$2')} AS consent,
        (SELECT published_at FROM tracked_action_publications WHERE tracked_action_id = $3) AS published_at`,
      [action.academyId, action.organisationId, action.id],
    );
    return {
      consent: row.consent,
      published: row.published_at !== null,
      publishedAt: row.published_at,
    };
  }

  /**
   * Publishes a pilot on the public results page, or takes it off. Its team or an admin;
   * refused with NO_SHARING_CONSENT (nothing written) when the organisation did not consent,
   * or for an action of the action plan. Audited in the same transaction.
   */
  setPublished(
    principal: Principal,
    trackedActionId: string,
    published: boolean,
  ): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = isAdmin(principal)
        ? await manager
            .getRepository(TrackedActionEntity)
            .findOne({ where: { id: trackedActionId }, lock: { mode: 'pessimistic_write' } })
        : await this.access.lockForEdit(principal, trackedActionId, manager);
      if (!action) throw notFound();
      if (action.kind !== TrackedActionKind.PILOT_PROCUREMENT)
        throw new DomainException(ErrorCode.NO_SHARING_CONSENT);
      const before = await this.sharingOf(action, manager);
      const repository = manager.getRepository(TrackedActionPublicationEntity);
      if (published && !before.published) {
        if (!before.consent) throw new DomainException(ErrorCode.NO_SHARING_CONSENT);
        await repository.insert({ trackedActionId: action.id, publishedAt: this.clock.now() });
      } else if (!published && before.published) {
        await repository.delete({ trackedActionId: action.id });
      }
      if (published !== before.published)
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: published ? 'tracked_action.published' : 'tracked_action.unpublished',
          entityType: 'tracked_action',
          entityId: action.id,
          before: { published: before.published },
          after: { published },
        });
      return this.trackedActions.modelAfterEdit(action, manager);
    });
  }

  private sharedPilots(academyId: string, publishedOnly: boolean): Promise<SharedPilotRow[]> {
    return this.actions.manager.query<SharedPilotRow[]>(
      `SELECT ta.id, ta.organisation_id, ta.title_fi, ta.title_sv, ta.title_en, ta.category,
          ta.stage, (p.tracked_action_id IS NOT NULL) AS published
        FROM tracked_actions ta
        LEFT JOIN tracked_action_publications p ON p.tracked_action_id = ta.id
        WHERE ta.academy_id = $1 AND ta.kind = $2
          AND ${sharesLearningsSql('ta.academy_id', 'ta.organisation_id')}
          AND ($3 = false OR p.tracked_action_id IS NOT NULL
            OR ${publishableOutcomeReportSql('ta.id')})
        ORDER BY ta.created_at, ta.id`,
      [academyId, TrackedActionKind.PILOT_PROCUREMENT, publishedOnly],
    );
  }

  private async details(rows: SharedPilotRow[]) {
    const ids = rows.map((row) => row.id);
    const organisations = await this.organisations.findByIds([
      ...new Set(rows.map((row) => row.organisation_id)),
    ]);
    return [
      new Map(organisations.map((organisation) => [organisation.id, organisation.name])),
      await this.measures.ofActions(ids),
      await this.metrics.ofActions(ids),
    ] as const;
  }

  private title(row: SharedPilotRow): LocalizedText {
    return { fi: row.title_fi, sv: row.title_sv, en: row.title_en };
  }
}
