import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { FollowUpSettingsEntity } from '../entities/follow-up-settings.entity.js';
import { CheckInCadence } from './check-in.enums.js';
import type {
  FollowUpSettingsModel,
  SetFollowUpSettingsInput,
} from './follow-up-settings.model.js';

/** What an academy without a settings row uses. */
export const FOLLOW_UP_SETTINGS_DEFAULTS = {
  checkInCadence: CheckInCadence.MONTHLY,
  taskReminderDays: 3,
} as const;

/** An academy's check-in cadence and task-reminder lead (`follow_up_settings`). */
@Injectable()
export class FollowUpSettingsService {
  constructor(
    @InjectRepository(FollowUpSettingsEntity)
    private readonly settings: Repository<FollowUpSettingsEntity>,
    private readonly academies: AcademiesService,
    private readonly transactions: ContendedTransactions,
    private readonly audit: AuditService,
  ) {}

  /** The academy's settings, the defaults when it has none (NOT_FOUND for no academy). */
  async of(academyId: string): Promise<FollowUpSettingsModel> {
    await this.academies.require(academyId);
    const row = await this.settings.findOneBy({ academyId });
    return toModel(academyId, row);
  }

  /** Writes the academy's settings and audits the change, in one transaction. */
  async set(principal: Principal, input: SetFollowUpSettingsInput): Promise<FollowUpSettingsModel> {
    return this.transactions.run(async (manager) => {
      await this.academies.lock(manager, input.academyId);
      const repository = manager.getRepository(FollowUpSettingsEntity);
      const before = toModel(
        input.academyId,
        await repository.findOneBy({ academyId: input.academyId }),
      );
      await repository.upsert(
        {
          academyId: input.academyId,
          checkInCadence: input.checkInCadence,
          taskReminderDays: input.taskReminderDays,
        },
        ['academyId'],
      );
      const after = toModel(input.academyId, {
        checkInCadence: input.checkInCadence,
        taskReminderDays: input.taskReminderDays,
        outcomeReportDueOn: before.outcomeReportDueOn,
      });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'follow_up_settings.updated',
        entityType: 'academy',
        entityId: input.academyId,
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }
}

function toModel(
  academyId: string,
  row: Pick<
    FollowUpSettingsEntity,
    'checkInCadence' | 'taskReminderDays' | 'outcomeReportDueOn'
  > | null,
): FollowUpSettingsModel {
  return {
    academyId,
    checkInCadence: row?.checkInCadence ?? FOLLOW_UP_SETTINGS_DEFAULTS.checkInCadence,
    taskReminderDays: row?.taskReminderDays ?? FOLLOW_UP_SETTINGS_DEFAULTS.taskReminderDays,
    outcomeReportDueOn: row?.outcomeReportDueOn ?? null,
  };
}
