import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { InputValidationException, notFound } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { SetEligibilityCriteriaInput } from './dto/set-eligibility-criteria.input.js';
import {
  CONSENT_NAMES,
  EligibilityCriterionEntity,
} from './entities/eligibility-criterion.entity.js';
import { CriterionKind } from './eligibility-criterion.enums.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

/** Each academy's eligibility criteria: read in order, replaced as a whole by an admin. */
@Injectable()
export class EligibilityCriteriaService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    @InjectRepository(EligibilityCriterionEntity)
    private readonly criteria: Repository<EligibilityCriterionEntity>,
    private readonly academies: AcademiesService,
    private readonly audit: AuditService,
  ) {}

  private repository(manager?: EntityManager): Repository<EligibilityCriterionEntity> {
    return manager ? manager.getRepository(EligibilityCriterionEntity) : this.criteria;
  }

  criteriaOf(academyId: string, manager?: EntityManager): Promise<EligibilityCriterionEntity[]> {
    return this.repository(manager).find({ where: { academyId }, order: { position: 'ASC' } });
  }

  /** The criteria of several academies in one query, each list in order. */
  async criteriaOfAcademies(
    academyIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, EligibilityCriterionEntity[]>> {
    const byAcademy = new Map<string, EligibilityCriterionEntity[]>(
      academyIds.map((academyId) => [academyId, []]),
    );
    if (academyIds.length === 0) return byAcademy;
    const rows = await this.repository(manager).find({
      where: { academyId: In([...academyIds]) },
      order: { position: 'ASC' },
    });
    for (const criterion of rows) byAcademy.get(criterion.academyId)?.push(criterion);
    return byAcademy;
  }

  async setEligibilityCriteria(
    principal: Principal,
    input: SetEligibilityCriteriaInput,
  ): Promise<EligibilityCriterionEntity[]> {
    assertConsentLinks(input);
    return this.transactions.run(async (manager) => {
      if (!(await this.academies.exists(input.academyId, manager))) throw notFound();
      const repository = manager.getRepository(EligibilityCriterionEntity);
      const before = await this.criteriaOf(input.academyId, manager);
      // Criteria named by id keep it, so attestations and custom answers stored under that id
      // still count; the others are new, and those left out are removed.
      const kept = new Set(before.map((criterion) => criterion.id));
      const saved = await repository.save(
        input.criteria.map((criterion, position) =>
          repository.create({
            ...(criterion.id && kept.has(criterion.id) ? { id: criterion.id } : {}),
            academyId: input.academyId,
            position,
            kind: criterion.kind,
            severity: criterion.severity,
            label: toLocalizedText(criterion.label),
            help: toLocalizedText(criterion.help ?? { fi: '' }),
            parameters: criterion.parameters ?? {},
          }),
        ),
      );
      const remaining = new Set(saved.map((criterion) => criterion.id));
      const removed = before
        .filter((criterion) => !remaining.has(criterion.id))
        .map((criterion) => criterion.id);
      if (removed.length > 0) await repository.delete(removed);
      const summary = (criteria: EligibilityCriterionEntity[]) =>
        criteria.map((criterion) => ({
          kind: criterion.kind,
          severity: criterion.severity,
          label: criterion.label.fi,
        }));
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'academy.criteria_set',
        entityType: 'academy',
        entityId: input.academyId,
        before: { criteria: summary(before) },
        after: { criteria: summary(saved) },
      });
      return saved;
    });
  }
}

/** `parameters.consent` names a consent, and only on an ATTESTATION. */
function assertConsentLinks(input: SetEligibilityCriteriaInput): void {
  const problems = input.criteria.flatMap((criterion, index) => {
    const consent = criterion.parameters?.consent;
    if (consent === undefined) return [];
    const field = `input.criteria.${index}.parameters.consent`;
    if (criterion.kind !== CriterionKind.ATTESTATION)
      return [{ field, rule: 'isIn', detail: `${field}: only an ATTESTATION names a consent` }];
    return (CONSENT_NAMES as readonly unknown[]).includes(consent)
      ? []
      : [{ field, rule: 'isIn', detail: `${field} must be one of ${CONSENT_NAMES.join(', ')}` }];
  });
  if (problems.length > 0) throw new InputValidationException(problems);
}
