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
import type {
  RetentionSettingModel,
  SetRetentionLegalMinimumInput,
  UpdateRetentionSettingsInput,
} from './retention.models.js';

/**
 * Each academy's keeping times (`retention_settings`): per kind, the platform default of
 * `RETENTION_KINDS` unless an admin set the academy's own period, never below the academy's
 * legal minimum, which an admin sets apart with a reason. Platform-wide kinds are not set per
 * academy.
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
   * refuses the whole input and nothing is written. A period is checked against the legal
   * minimum stored for the academy, never against one sent with it: the minimum is set apart
   * (`setLegalMinimum`), so an admin cannot lower both at once.
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
      input.settings.forEach((setting, index) => {
        const { legalMinimumMonths } = before.find((model) => model.kind === setting.kind)!;
        if (setting.months < legalMinimumMonths)
          throw new DomainException(
            ErrorCode.RETENTION_BELOW_LEGAL_MINIMUM,
            { field: `input.settings.${index}.months`, kind: setting.kind, legalMinimumMonths },
            { params: { legalMinimumMonths } },
          );
      });
      // Only the period: the row's legal minimum (if any) stays as it is.
      for (const setting of input.settings)
        await manager.query(
          `INSERT INTO retention_settings (academy_id, kind, months, updated_by_id)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (academy_id, kind) DO UPDATE
             SET months = EXCLUDED.months, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
          [input.academyId, setting.kind, setting.months, principal.user.id],
        );
      const after = toModels(await repository.findBy({ academyId: input.academyId }));
      const changed = new Set(input.settings.map((setting) => setting.kind));
      const periods = (models: RetentionSettingModel[]) =>
        Object.fromEntries(
          models
            .filter((model) => changed.has(model.kind))
            .map((model) => [model.kind, { months: model.months }]),
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

  /**
   * Sets the academy's legal minimum for one kind, audited with the reason. Lowering it is
   * always allowed; raising it above the period in force (the academy's own or the default) is
   * refused: a minimum never shortens or lengthens a period by itself — the admin raises the
   * period first, so every change of what is deleted when is one deliberate, audited step.
   */
  async setLegalMinimum(
    principal: Principal,
    input: SetRetentionLegalMinimumInput,
  ): Promise<RetentionSettingModel[]> {
    const reason = input.reason.trim();
    if (reason.length === 0)
      throw new InputValidationException([
        { field: 'input.reason', rule: 'notBlank', detail: 'the reason is blank' },
      ]);
    if (retentionKindDefinition(input.kind).scope === RetentionScope.PLATFORM)
      throw new DomainException(ErrorCode.RETENTION_NOT_PER_ACADEMY, {
        field: 'input.kind',
        kind: input.kind,
      });
    return this.transactions.run(async (manager) => {
      await this.academies.lock(manager, input.academyId);
      const repository = manager.getRepository(RetentionSettingEntity);
      const before = toModels(await repository.findBy({ academyId: input.academyId })).find(
        (model) => model.kind === input.kind,
      )!;
      if (input.legalMinimumMonths > before.months)
        throw new DomainException(
          ErrorCode.RETENTION_MINIMUM_ABOVE_PERIOD,
          {
            field: 'input.legalMinimumMonths',
            kind: input.kind,
            months: before.months,
          },
          { params: { months: before.months } },
        );
      // A kind without a row keeps following the default: the new row has no months.
      await manager.query(
        `INSERT INTO retention_settings (academy_id, kind, months, legal_minimum_months, updated_by_id)
         VALUES ($1, $2, NULL, $3, $4)
         ON CONFLICT (academy_id, kind) DO UPDATE
           SET legal_minimum_months = EXCLUDED.legal_minimum_months,
               updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
        [input.academyId, input.kind, input.legalMinimumMonths, principal.user.id],
      );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'retention_legal_minimum.set',
        entityType: 'academy',
        entityId: input.academyId,
        before: { kind: input.kind, legalMinimumMonths: before.legalMinimumMonths },
        after: { kind: input.kind, legalMinimumMonths: input.legalMinimumMonths, reason },
      });
      return toModels(await repository.findBy({ academyId: input.academyId }));
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
      // A row may hold only the legal minimum: the period then still follows the default.
      overridden: row !== undefined && row.months !== null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
