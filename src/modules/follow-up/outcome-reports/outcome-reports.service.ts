import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import { DomainException, notFound } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { pickLocalized } from '../../../common/i18n/localized-text.js';
import { Clock } from '../../../common/time/clock.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { CohortParticipantRole } from '../../cohort/cohort.enums.js';
import { isAlumniOrganisationSql, userInCohortOrganisationSql } from '../../cohort/cohort.sql.js';
import { CohortTeamService } from '../../cohort/cohort-team.service.js';
import { OrganisationsService } from '../../organisations/organisations.service.js';
import { UsersService } from '../../users/users.service.js';
import { CircularMeasureEntity } from '../entities/circular-measure.entity.js';
import { FollowUpSettingsEntity } from '../entities/follow-up-settings.entity.js';
import { OutcomeReportMeasureEntity } from '../entities/outcome-report-measure.entity.js';
import { OutcomeReportMetricEntity } from '../entities/outcome-report-metric.entity.js';
import { OutcomeReportEntity } from '../entities/outcome-report.entity.js';
import { TrackedActionMetricEntity } from '../entities/tracked-action-metric.entity.js';
import { TrackedActionEntity } from '../entities/tracked-action.entity.js';
import { FollowUpAccessService } from '../follow-up-access.service.js';
import { MeasureStatus } from '../follow-up-measures.enums.js';
import { TrackedActionKind } from '../follow-up.enums.js';
import { TrackedActionMeasuresService } from '../measures/tracked-action-measures.service.js';
import { normalizeDecimal } from '../metrics/metric-progress.js';
import { TrackedActionMetricsService } from '../metrics/tracked-action-metrics.service.js';
import { isOutcomeReportOpen, outcomeReportDueAt } from './outcome-report-deadline.js';
import {
  OutcomeReportStatus,
  type OutcomeReportMetricModel,
  type OutcomeReportModel,
  type PublicOutcomeReportModel,
  type SaveOutcomeReportInput,
} from './outcome-report.model.js';

/** "The final value meets the target", in the target's direction (a falling CO₂e target too). */
export function targetMet(baseline: string, target: string, value: string | null): boolean {
  if (value === null) return false;
  const [from, to, final] = [Number(baseline), Number(target), Number(value)];
  return to >= from ? final >= to : final <= to;
}

interface ReportParts {
  report: OutcomeReportEntity | null;
  measures: CircularMeasureEntity[];
  values: Map<string, string>;
}

const snapshot = (
  report: OutcomeReportEntity,
  measureIds: readonly string[],
  values: ReadonlyMap<string, string>,
): Record<string, unknown> => ({
  trackedActionId: report.trackedActionId,
  procured: report.procured,
  criteriaText: report.criteriaText,
  lessons: report.lessons,
  permissionToPublish: report.permissionToPublish,
  measureIds: [...measureIds].sort(),
  finalValues: Object.fromEntries(
    [...values].map(([metricId, value]) => [metricId, normalizeDecimal(value)]),
  ),
  submittedAt: report.submittedAt?.toISOString() ?? null,
});

/**
 * Outcome reports of pilots (issue 16, "Outcome report"):
 * - who: the organisation's responsible person (the team's RESPONSIBLE participant, not left)
 *   saves drafts and submits, once the organisation is an alumnus (`isAlumniOrganisationSql`)
 *   and until the academy's deadline (`follow_up_settings.outcome_report_due_on`, end of that
 *   day in the academy's zone); its team reads it; experts and admins read every report of the
 *   academy side by side; anyone else is told the pilot does not exist;
 * - prefill: before anything is saved the report shows the pilot's follow-up data (title and
 *   description, measures APPLIED, criterion texts, each metric's latest measurement);
 * - every refusal is checked before the first write, under the pilot's row lock (which also
 *   orders a submission against a reminder that checks the report is still missing).
 */
@Injectable()
export class OutcomeReportsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(TrackedActionEntity)
    private readonly actions: Repository<TrackedActionEntity>,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly team: CohortTeamService,
    private readonly access: FollowUpAccessService,
    private readonly measures: TrackedActionMeasuresService,
    private readonly metrics: TrackedActionMetricsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The organisation's report (prefilled when not started). Its team, experts, admins. */
  async ofPilot(
    principal: Principal,
    academyId: string,
    organisationId: string,
  ): Promise<OutcomeReportModel> {
    const action = await this.actions.findOneBy({
      academyId,
      organisationId,
      kind: TrackedActionKind.PILOT_PROCUREMENT,
    });
    if (!action) throw notFound();
    await this.access.assertCanRead(principal, action);
    const academy = await this.academies.require(academyId);
    const [model] = await this.models(principal, academy, [action]);
    return model;
  }

  /**
   * The reports of the caller's own organisations in the academy: those on whose team they are
   * (a named participant, like the responsible person, or a member not removed from it).
   */
  async mine(principal: Principal, academyId: string): Promise<OutcomeReportModel[]> {
    const academy = await this.academies.require(academyId);
    const rows = await this.actions.manager.query<Array<{ id: string }>>(
      `SELECT ta.id FROM tracked_actions ta
       WHERE ta.academy_id = $1 AND ta.kind = $2
         AND ${userInCohortOrganisationSql('$3::uuid', 'ta.academy_id', 'ta.organisation_id')}`,
      [academyId, TrackedActionKind.PILOT_PROCUREMENT, principal.user.id],
    );
    if (rows.length === 0) return [];
    const actions = await this.actions.find({
      where: { id: In(rows.map((row) => row.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.models(principal, academy, actions);
  }

  /** Every pilot's report of the academy, side by side (experts and admins: the resolver). */
  async ofAcademy(principal: Principal, academyId: string): Promise<OutcomeReportModel[]> {
    const academy = await this.academies.require(academyId);
    const actions = await this.actions.find({
      where: { academyId, kind: TrackedActionKind.PILOT_PROCUREMENT },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.models(principal, academy, actions);
  }

  save(principal: Principal, input: SaveOutcomeReportInput): Promise<OutcomeReportModel> {
    return this.write(principal, input, false);
  }

  submit(principal: Principal, input: SaveOutcomeReportInput): Promise<OutcomeReportModel> {
    return this.write(principal, input, true);
  }

  /** The academy's deadline, null when none is set. */
  async dueOnOf(academyId: string, manager?: EntityManager): Promise<string | null> {
    const row = await (manager ?? this.actions.manager)
      .getRepository(FollowUpSettingsEntity)
      .findOne({ where: { academyId }, select: { academyId: true, outcomeReportDueOn: true } });
    return row?.outcomeReportDueOn ?? null;
  }

  /**
   * The public part of the submitted reports that may be published (permission given; the
   * caller checks the organisation's consent): three statements for any number of pilots.
   */
  async publicReportsOf(
    actionIds: readonly string[],
  ): Promise<Map<string, PublicOutcomeReportModel>> {
    const result = new Map<string, PublicOutcomeReportModel>();
    if (actionIds.length === 0) return result;
    const reports = (
      await this.actions.manager.getRepository(OutcomeReportEntity).findBy({
        trackedActionId: In([...actionIds]),
        permissionToPublish: true,
      })
    ).filter((report) => report.submittedAt !== null);
    const parts = await this.partsOf(reports);
    const metrics = await this.metrics.ofActions(reports.map((report) => report.trackedActionId));
    for (const report of reports) {
      const { measures, values } = parts.get(report.trackedActionId)!;
      result.set(report.trackedActionId, {
        procured: report.procured,
        criteriaText: report.criteriaText,
        lessons: report.lessons,
        measuresUsed: measures.map((measure) => ({ key: measure.key, label: measure.label })),
        finalMetrics: (metrics.get(report.trackedActionId) ?? []).map((metric) => {
          const value = values.get(metric.id);
          const finalValue = value === undefined ? null : normalizeDecimal(value);
          return {
            name: metric.name,
            unit: metric.unit,
            baseline: metric.baseline,
            target: metric.target,
            finalValue,
            targetMet: targetMet(metric.baseline, metric.target, finalValue),
          };
        }),
      });
    }
    return result;
  }

  private async write(
    principal: Principal,
    input: SaveOutcomeReportInput,
    submit: boolean,
  ): Promise<OutcomeReportModel> {
    const action = await this.transactions.run(async (manager) => {
      const pilot = await this.lockAsResponsible(principal, input.trackedActionId, manager);
      const academy = await this.academies.require(pilot.academyId, manager);
      if (!(await this.isAlumnus(pilot, manager))) throw new DomainException(ErrorCode.NOT_ALUMNUS);
      const dueOn = await this.dueOnOf(pilot.academyId, manager);
      if (!isOutcomeReportOpen(dueOn, academy.timeZone, this.clock.now()))
        throw new DomainException(ErrorCode.OUTCOME_REPORT_CLOSED, {
          dueAt: outcomeReportDueAt(dueOn!, academy.timeZone).toISOString(),
        });
      const repository = manager.getRepository(OutcomeReportEntity);
      const existing = await repository.findOneBy({ trackedActionId: pilot.id });
      if (existing?.submittedAt) throw new DomainException(ErrorCode.OUTCOME_REPORT_SUBMITTED);
      const measureIds = await this.checkedMeasures(pilot, input.measureIds, manager);
      const values = await this.checkedValues(pilot, input, manager);
      const procured = input.procured.trim();
      const lessons = input.lessons.trim();
      if (submit) {
        const missing = [
          ...(procured ? [] : ['input.procured']),
          ...(lessons ? [] : ['input.lessons']),
        ];
        if (missing.length > 0)
          throw new DomainException(ErrorCode.OUTCOME_REPORT_INCOMPLETE, { fields: missing });
      }
      let before: Record<string, unknown> | null = null;
      if (existing) {
        const part = (await this.partsOf([existing], manager)).get(pilot.id)!;
        before = snapshot(
          existing,
          part.measures.map((measure) => measure.id),
          part.values,
        );
      }
      const row =
        existing ?? repository.create({ academyId: pilot.academyId, trackedActionId: pilot.id });
      row.procured = procured;
      row.criteriaText = input.criteriaText.trim();
      row.lessons = lessons;
      row.permissionToPublish = input.permissionToPublish;
      row.updatedBy = principal.user.id;
      if (submit) {
        row.submittedAt = this.clock.now();
        row.submittedBy = principal.user.id;
      }
      const saved = await repository.save(row);
      await manager.getRepository(OutcomeReportMeasureEntity).delete({ outcomeReportId: saved.id });
      if (measureIds.length > 0)
        await manager.getRepository(OutcomeReportMeasureEntity).insert(
          measureIds.map((measureId) => ({
            outcomeReportId: saved.id,
            measureId,
            academyId: pilot.academyId,
          })),
        );
      await manager.getRepository(OutcomeReportMetricEntity).delete({ outcomeReportId: saved.id });
      if (values.size > 0)
        await manager.getRepository(OutcomeReportMetricEntity).insert(
          [...values].map(([metricId, finalValue]) => ({
            outcomeReportId: saved.id,
            metricId,
            trackedActionId: pilot.id,
            finalValue,
          })),
        );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: submit ? 'outcome_report.submitted' : 'outcome_report.saved',
        entityType: 'outcome_report',
        entityId: saved.id,
        before,
        after: snapshot(saved, measureIds, values),
      });
      return pilot;
    });
    const academy = await this.academies.require(action.academyId);
    const [model] = await this.models(principal, academy, [action]);
    return model;
  }

  /**
   * Locks the pilot and checks the caller is its organisation's responsible person:
   * NOT_FOUND for whoever may not know it exists, NOT_YOUR_PILOT for staff and the cohort's
   * other organisations, NOT_RESPONSIBLE_PERSON for the rest of its own team.
   */
  private async lockAsResponsible(
    principal: Principal,
    trackedActionId: string,
    manager: EntityManager,
  ): Promise<TrackedActionEntity> {
    const action = await this.access.lockForEdit(principal, trackedActionId, manager);
    if (action.kind !== TrackedActionKind.PILOT_PROCUREMENT) throw notFound();
    const responsible = await this.responsibleOf(
      action.academyId,
      [action.organisationId!],
      manager,
    );
    if (!isThePerson(principal, responsible.get(action.organisationId!)))
      throw new DomainException(ErrorCode.NOT_RESPONSIBLE_PERSON);
    return action;
  }

  /** Each organisation's responsible person (e-mail and user id), from the cohort's teams. */
  private async responsibleOf(
    academyId: string,
    organisationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, { email: string; userId: string | null }>> {
    if (organisationIds.length === 0) return new Map();
    const people = await this.team.activeParticipants(academyId, { organisationIds }, manager);
    return new Map(
      people
        .filter((person) => person.role === CohortParticipantRole.RESPONSIBLE)
        .map((person) => [person.organisationId, { email: person.email, userId: person.userId }]),
    );
  }

  private async isAlumnus(action: TrackedActionEntity, manager?: EntityManager): Promise<boolean> {
    const alumni = await this.alumniOf(action.academyId, [action.organisationId!], manager);
    return alumni.has(action.organisationId!);
  }

  /** Which of the organisations are alumni of the academy: one statement. */
  private async alumniOf(
    academyId: string,
    organisationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    if (organisationIds.length === 0) return new Set();
    const rows = await (manager ?? this.actions.manager).query<Array<{ id: string }>>(
      `SELECT o.id FROM unnest($2::uuid[]) AS o(id)
       WHERE ${isAlumniOrganisationSql('$1::uuid', 'o.id')}`,
      [academyId, [...organisationIds]],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The measure ids once each; one outside the academy's catalogue: MEASURE_NOT_IN_CATALOGUE. */
  private async checkedMeasures(
    action: TrackedActionEntity,
    measureIds: readonly string[],
    manager: EntityManager,
  ): Promise<string[]> {
    const unique = [...new Set(measureIds)];
    if (unique.length === 0) return [];
    const known = new Set(
      (
        await manager
          .getRepository(CircularMeasureEntity)
          .find({ where: { academyId: action.academyId, id: In(unique) }, select: { id: true } })
      ).map((measure) => measure.id),
    );
    const unknown = measureIds.findIndex((id) => !known.has(id));
    if (unknown >= 0)
      throw new DomainException(ErrorCode.MEASURE_NOT_IN_CATALOGUE, {
        field: `input.measureIds.${unknown}`,
      });
    return unique;
  }

  /** Final values by metric (the last given wins); a metric not the pilot's: METRIC_NOT_IN_ACTION. */
  private async checkedValues(
    action: TrackedActionEntity,
    input: SaveOutcomeReportInput,
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    const metricIds = new Set(
      (
        await manager
          .getRepository(TrackedActionMetricEntity)
          .find({ where: { trackedActionId: action.id }, select: { id: true } })
      ).map((metric) => metric.id),
    );
    const values = new Map<string, string>();
    input.finalValues.forEach((value, index) => {
      if (!metricIds.has(value.metricId))
        throw new DomainException(ErrorCode.METRIC_NOT_IN_ACTION, {
          field: `input.finalValues.${index}.metricId`,
        });
      values.set(value.metricId, value.value);
    });
    return values;
  }

  /** The measures and final values of reports, by pilot: two statements. */
  private async partsOf(
    reports: readonly OutcomeReportEntity[],
    manager?: EntityManager,
  ): Promise<Map<string, ReportParts>> {
    const byReport = new Map<string, ReportParts>(
      reports.map((report) => [report.id, { report, measures: [], values: new Map() }]),
    );
    if (reports.length > 0) {
      const ids = reports.map((report) => report.id);
      const source = manager ?? this.actions.manager;
      const measures = await source.getRepository(OutcomeReportMeasureEntity).find({
        where: { outcomeReportId: In(ids) },
        relations: { measure: true },
        order: { measure: { position: 'ASC', key: 'ASC' } },
      });
      for (const row of measures) byReport.get(row.outcomeReportId)?.measures.push(row.measure!);
      const values = await source
        .getRepository(OutcomeReportMetricEntity)
        .findBy({ outcomeReportId: In(ids) });
      for (const row of values)
        byReport.get(row.outcomeReportId)?.values.set(row.metricId, row.finalValue);
    }
    return new Map([...byReport.values()].map((part) => [part.report!.trackedActionId, part]));
  }

  /** The reports of pilots of one academy as the caller sees them: a fixed number of statements. */
  private async models(
    principal: Principal,
    academy: { id: string; timeZone: string },
    actions: readonly TrackedActionEntity[],
  ): Promise<OutcomeReportModel[]> {
    if (actions.length === 0) return [];
    const ids = actions.map((action) => action.id);
    const organisationIds = actions.map((action) => action.organisationId!);
    const reports = await this.actions.manager
      .getRepository(OutcomeReportEntity)
      .findBy({ trackedActionId: In(ids) });
    const parts = await this.partsOf(reports);
    const [pilotMeasures, pilotMetrics, organisations, dueOn, alumni, responsible, submitters] =
      await Promise.all([
        this.measures.ofActions(ids),
        this.metrics.ofActions(ids),
        this.organisations.findByIds(organisationIds),
        this.dueOnOf(academy.id),
        this.alumniOf(academy.id, organisationIds),
        this.responsibleOf(academy.id, organisationIds),
        this.users.findByIds(
          reports.flatMap((report) => (report.submittedBy ? [report.submittedBy] : [])),
        ),
      ]);
    const names = new Map(
      organisations.map((organisation) => [organisation.id, organisation.name]),
    );
    const submitterNames = new Map(submitters.map((user) => [user.id, user.name ?? user.email]));
    const open = isOutcomeReportOpen(dueOn, academy.timeZone, this.clock.now());
    const locale = principal.user.locale;
    return actions.map((action): OutcomeReportModel => {
      const part = parts.get(action.id);
      const report = part?.report ?? null;
      const status = !report
        ? OutcomeReportStatus.NOT_STARTED
        : report.submittedAt
          ? OutcomeReportStatus.SUBMITTED
          : OutcomeReportStatus.DRAFT;
      const uses = pilotMeasures.get(action.id) ?? [];
      const finalMetrics = (pilotMetrics.get(action.id) ?? []).map(
        (metric): OutcomeReportMetricModel => {
          const saved = part?.values.get(metric.id);
          const finalValue =
            saved !== undefined
              ? normalizeDecimal(saved)
              : status === OutcomeReportStatus.SUBMITTED
                ? null
                : (metric.latest?.value ?? null);
          return {
            metricId: metric.id,
            name: metric.name,
            unit: metric.unit,
            baseline: metric.baseline,
            target: metric.target,
            finalValue,
            targetMet: targetMet(metric.baseline, metric.target, finalValue),
          };
        },
      );
      const description = pickLocalized(action.description, locale).trim();
      return {
        trackedActionId: action.id,
        academyId: action.academyId,
        organisationId: action.organisationId!,
        organisationName: names.get(action.organisationId!) ?? '',
        pilotTitle: action.title,
        status,
        dueOn,
        dueAt: dueOn ? outcomeReportDueAt(dueOn, academy.timeZone) : null,
        canEdit:
          open &&
          status !== OutcomeReportStatus.SUBMITTED &&
          alumni.has(action.organisationId!) &&
          isThePerson(principal, responsible.get(action.organisationId!)),
        procured: report
          ? report.procured
          : [pickLocalized(action.title, locale), description].filter(Boolean).join('\n\n'),
        measuresUsed: report
          ? part!.measures
          : uses.filter((use) => use.status === MeasureStatus.APPLIED).map((use) => use.measure!),
        criteriaText: report
          ? report.criteriaText
          : uses.flatMap((use) => (use.criterionText ? [use.criterionText] : [])).join('\n'),
        finalMetrics,
        lessons: report?.lessons ?? '',
        permissionToPublish: report?.permissionToPublish ?? false,
        updatedAt: report?.updatedAt ?? null,
        submittedAt: report?.submittedAt ?? null,
        submittedBy: report?.submittedBy ? (submitterNames.get(report.submittedBy) ?? null) : null,
      };
    });
  }
}

function isThePerson(
  principal: Principal,
  person: { email: string; userId: string | null } | undefined,
): boolean {
  if (!person) return false;
  return (
    person.userId === principal.user.id ||
    person.email.toLowerCase() === principal.user.email.toLowerCase()
  );
}
