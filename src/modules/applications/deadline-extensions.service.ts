import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { SelectionStatePort } from './selection-state.port.js';
import type { Principal } from '../../common/auth/principal.js';
import { parseZonedField } from '../../common/time/zoned-input.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ApplicationStatus } from './application.enums.js';
import { ApplicationMailer } from './application-mailer.js';
import type { GrantDeadlineExtensionInput } from './dto/grant-deadline-extension.input.js';
import { ApplicationEntity } from './entities/application.entity.js';
import { DeadlineExtensionEntity } from './entities/deadline-extension.entity.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

export type DeadlineKind = 'applicationDeadline' | 'consultationBookingDeadline';

/** The academy's deadline, or the extension's if that is later. */
export function laterDeadline(
  academy: AcademyRecord,
  which: DeadlineKind,
  extensionUntil: Date | undefined,
): Date {
  return extensionUntil && extensionUntil > academy[which] ? extensionUntil : academy[which];
}

/** Per-application extensions of the deadline, granted by an admin (audited). */
@Injectable()
export class DeadlineExtensionsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    @InjectRepository(DeadlineExtensionEntity)
    private readonly extensions: Repository<DeadlineExtensionEntity>,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly mailer: ApplicationMailer,
    private readonly audit: AuditService,
    private readonly selection: SelectionStatePort,
  ) {}

  private repository(manager?: EntityManager): Repository<DeadlineExtensionEntity> {
    return manager ? manager.getRepository(DeadlineExtensionEntity) : this.extensions;
  }

  /**
   * The deadline that applies to this application: the academy's (for applying, or for
   * booking a consultation), or the application's extension if that is later.
   */
  async effectiveDeadline(
    academy: AcademyRecord,
    applicationId: string,
    which: DeadlineKind = 'applicationDeadline',
    manager?: EntityManager,
  ): Promise<Date> {
    const extension = await this.repository(manager).findOneBy({ applicationId });
    return laterDeadline(academy, which, extension?.until);
  }

  /**
   * The last instant anyone may still apply to the academy: its application deadline, or
   * the latest extension granted to one of its applications (withdrawn ones included: the
   * grant stands until an admin changes it).
   */
  async latestDeadlineOf(academy: AcademyRecord, manager?: EntityManager): Promise<Date> {
    const row = await this.repository(manager)
      .createQueryBuilder('e')
      .innerJoin(ApplicationEntity, 'a', 'a.id = e.application_id')
      .select('max(e.until)', 'latest')
      .where('a.academy_id = :academyId', { academyId: academy.id })
      .getRawOne<{ latest: Date | null }>();
    return laterDeadline(academy, 'applicationDeadline', row?.latest ?? undefined);
  }

  /** The extended deadlines of these applications (those that have one), by application id. */
  async extensionsOf(applicationIds: readonly string[]): Promise<Map<string, Date>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await this.extensions.find({
      where: { applicationId: In([...applicationIds]) },
      select: { applicationId: true, until: true },
    });
    return new Map(rows.map((row) => [row.applicationId, row.until]));
  }

  async grant(
    principal: Principal,
    input: GrantDeadlineExtensionInput,
  ): Promise<DeadlineExtensionEntity> {
    return this.transactions.run(async (manager) => {
      const application = await manager
        .getRepository(ApplicationEntity)
        .findOneBy({ id: input.applicationId });
      if (!application) throw notFound();
      const academy = await this.academies.require(application.academyId, manager);
      // After the release an application submitted late could never get a decision.
      if (await this.selection.isReleased(academy.id, manager))
        throw new DomainException(ErrorCode.SELECTION_RELEASED);
      const until = parseZonedField(input.until, academy.timeZone, 'input.until');
      if (until <= academy.applicationDeadline) {
        throw new InputValidationException([
          {
            field: 'input.until',
            rule: 'order',
            detail: 'until must be after the academy deadline',
          },
        ]);
      }
      const repository = this.repository(manager);
      const before = await repository.findOneBy({ applicationId: application.id });
      const extension = await repository.save(
        repository.create({
          applicationId: application.id,
          until,
          reason: input.reason.trim(),
          grantedById: principal.user.id,
        }),
      );
      const organisation = await this.organisations.require(application.organisationId, manager);
      // Reminders follow the new deadline: the old ones are cancelled, new ones scheduled
      // (none for a withdrawn application).
      await this.mailer.cancelReminders(manager, application.id);
      if (application.status !== ApplicationStatus.WITHDRAWN) {
        await this.mailer.scheduleReminders(manager, academy, organisation, application, until);
      }
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'application.extension_granted',
        entityType: 'application',
        entityId: application.id,
        before: before ? { until: before.until.toISOString(), reason: before.reason } : null,
        after: { until: until.toISOString(), reason: extension.reason },
      });
      return extension;
    });
  }
}
