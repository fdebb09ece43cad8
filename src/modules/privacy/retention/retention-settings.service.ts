import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
} from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import {
  RETENTION_KINDS,
  RetentionKind,
  RetentionScope,
  retentionKindDefinition,
} from '../../../common/privacy/retention-kinds.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { RetentionSettingEntity } from '../entities/retention-setting.entity.js';
import type { RetentionSettingModel, UpdateRetentionSettingsInput } from './retention.models.js';

/**
 * Each academy's keeping times (`retention_settings`): per kind, the platform default of
 * `RETENTION_KINDS` unless an admin set the academy's own period, never below the legal
 * minimum the academy gives with it. Platform-wide kinds are not set per academy.
 */
@Injectable()
export class RetentionSettingsService {
  constructor(
    @InjectRepository(RetentionSettingEntity)
    private readonly settings: Repository<RetentionSettingEntity>,
    private readonly academies: AcademiesService,
    private readonly transactions: ContendedTransactions,
    private readonly audit: AuditService,
  ) {}

  /** Every kind with the period in force for the academy (NOT_FOUND for no academy). */
  async of(academyId: string, manager?: EntityManager): Promise<RetentionSettingModel[]> {
    await this.academies.require(academyId, manager);
    const repository = manager ? manager.getRepository(RetentionSettingEntity) : this.settings;
    return toModels(await repository.findBy({ academyId }));
  }

  /**
   * Writes the named kinds' periods and audits the change, in one transaction; any bad entry
   * refuses the whole input and nothing is written.
   */
  async update(
    principal: Principal,
    input: UpdateRetentionSettingsInput,
  ): Promise<RetentionSettingModel[]> {
    validate(input);
    return this.transactions.run(async (manager) => {
      await this.academies.lock(manager, input.academyId);
      const repository = manager.getRepository(RetentionSettingEntity);
      const before = toModels(await repository.findBy({ academyId: input.academyId }));
      await repository.upsert(
        input.settings.map((setting) => ({
          academyId: input.academyId,
          kind: setting.kind,
          months: setting.months,
          legalMinimumMonths: setting.legalMinimumMonths,
          updatedById: principal.user.id,
        })),
        ['academyId', 'kind'],
      );
      const after = toModels(await repository.findBy({ academyId: input.academyId }));
      const changed = new Set(input.settings.map((setting) => setting.kind));
      const periods = (models: RetentionSettingModel[]) =>
        Object.fromEntries(
          models
            .filter((model) => changed.has(model.kind))
            .map((model) => [
              model.kind,
              { months: model.months, legalMinimumMonths: model.legalMinimumMonths },
            ]),
        );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'retention_settings.updated',
        entityType: 'academy',
        entityId: input.academyId,
        before: periods(before),
        after: periods(after),
      });
      return after;
    });
  }
}

function validate(input: UpdateRetentionSettingsInput): void {
  const seen = new Set<RetentionKind>();
  input.settings.forEach((setting, index) => {
    const field = `input.settings.${index}`;
    if (seen.has(setting.kind))
      throw new InputValidationException([
        { field: `${field}.kind`, rule: 'unique', detail: `${setting.kind} is named twice` },
      ]);
    seen.add(setting.kind);
    if (retentionKindDefinition(setting.kind).scope === RetentionScope.PLATFORM)
      throw new DomainException(ErrorCode.RETENTION_NOT_PER_ACADEMY, {
        field: `${field}.kind`,
        kind: setting.kind,
      });
    if (setting.months < setting.legalMinimumMonths)
      throw new DomainException(
        ErrorCode.RETENTION_BELOW_LEGAL_MINIMUM,
        {
          field: `${field}.months`,
          kind: setting.kind,
          legalMinimumMonths: setting.legalMinimumMonths,
        },
        { params: { legalMinimumMonths: setting.legalMinimumMonths } },
      );
  });
}

function toModels(rows: readonly RetentionSettingEntity[]): RetentionSettingModel[] {
  return RETENTION_KINDS.map((definition) => {
    const row =
      definition.scope === RetentionScope.ACADEMY
        ? rows.find((candidate) => candidate.kind === definition.kind)
        : undefined;
    return {
      kind: definition.kind,
      scope: definition.scope,
      after: definition.after,
      defaultMonths: definition.defaultMonths,
      months: row?.months ?? definition.defaultMonths,
      legalMinimumMonths: row?.legalMinimumMonths ?? 0,
      overridden: row !== undefined,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
