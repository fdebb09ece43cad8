import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { AcademyEntity } from '../academies/entities/academy.entity.js';
import { OrganisationType } from '../organisations/organisation.enums.js';
import type { SetEligibilityCriteriaInput } from './dto/criteria.input.js';
import { ApplicationEntity } from './entities/application.entity.js';
import { ApplicationStatus } from './application.enums.js';
import { EligibilityCriterionEntity } from './entities/eligibility-criterion.entity.js';

export interface Completeness {
  submitted: boolean;
  consultationBooked: boolean;
  complete: boolean;
  missing: string[];
}

/** Reading applications and managing criteria. */
@Injectable()
export class ApplicationQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly memberships: OrganisationMembershipsService,
  ) {}

  criteriaOf(academyId: string): Promise<EligibilityCriterionEntity[]> {
    return this.dataSource
      .getRepository(EligibilityCriterionEntity)
      .find({ where: { academyId }, order: { position: 'ASC' } });
  }

  async setCriteria(
    principal: Principal,
    input: SetEligibilityCriteriaInput,
  ): Promise<EligibilityCriterionEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(AcademyEntity).existsBy({ id: input.academyId })))
        throw notFound();
      const repository = manager.getRepository(EligibilityCriterionEntity);
      const before = await repository.find({
        where: { academyId: input.academyId },
        order: { position: 'ASC' },
      });
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
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'academy.criteria_set',
        entityType: 'academy',
        entityId: input.academyId,
        before: {
          criteria: before.map((criterion) => ({
            kind: criterion.kind,
            severity: criterion.severity,
            label: criterion.label.fi,
          })),
        },
        after: {
          criteria: saved.map((criterion) => ({
            kind: criterion.kind,
            severity: criterion.severity,
            label: criterion.label.fi,
          })),
        },
      });
      return saved;
    });
  }

  /** One application for its organisation's members and for staff; NOT_FOUND for others. */
  async findVisible(principal: Principal, id: string): Promise<ApplicationEntity> {
    const application = await this.dataSource.getRepository(ApplicationEntity).findOneBy({ id });
    if (!application) throw notFound();
    await this.memberships.assertCanRead(principal, application.organisationId);
    return application;
  }

  /** The caller's organisations' applications. */
  mine(principal: Principal): Promise<ApplicationEntity[]> {
    return this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .where(
        'application.organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = :userId)',
        { userId: principal.user.id },
      )
      .orderBy('application.created_at', 'DESC')
      .getMany();
  }

  /** Every application of an academy matching the stored filters, oldest first. */
  list(
    academyId: string,
    filter: { status?: string; organisationType?: string } = {},
  ): Promise<ApplicationEntity[]> {
    return this.dataSource.getRepository(ApplicationEntity).find({
      where: {
        academyId,
        ...(filter.status ? { status: filter.status as ApplicationStatus } : {}),
        ...(filter.organisationType
          ? { organisation: { type: filter.organisationType as OrganisationType } }
          : {}),
      },
      relations: { organisation: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Complete = submitted ∧ a consultation booked (an active booking). */
  async completeness(application: ApplicationEntity): Promise<Completeness> {
    const submitted = application.status === ApplicationStatus.SUBMITTED;
    const consultationBooked = await hasActiveBooking(this.dataSource.manager, application.id);
    const missing = [
      ...(submitted ? [] : ['SUBMISSION']),
      ...(consultationBooked ? [] : ['CONSULTATION']),
    ];
    return { submitted, consultationBooked, complete: submitted && consultationBooked, missing };
  }

  byIds(ids: string[]): Promise<ApplicationEntity[]> {
    return this.dataSource.getRepository(ApplicationEntity).findBy({ id: In(ids) });
  }
}

/** Whether the application has an active consultation booking. */
export async function hasActiveBooking(
  manager: EntityManager,
  applicationId: string,
): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    "SELECT 1 FROM consultation_bookings WHERE application_id = $1 AND status = 'ACTIVE' LIMIT 1",
    [applicationId],
  );
  return rows.length > 0;
}
