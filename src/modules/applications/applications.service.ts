import { ErrorCode } from '../../common/errors/error-code.js';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { isAdmin, type Principal } from '../../common/auth/principal.js';
import type { Locale } from '../../common/i18n/locale.js';
import { Clock } from '../../common/time/clock.js';
import { parseZonedField } from '../../common/time/zoned-input.js';
import { AuditService } from '../audit/audit.service.js';
import { AcademyEntity } from '../academies/entities/academy.entity.js';
import { AcademyStatus } from '../academies/academy.enums.js';
import { CohortMemberEntity } from '../cohort/entities/cohort-member.entity.js';
import { OrganisationEntity } from '../organisations/entities/organisation.entity.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import type { ApplicationAnswers } from './application-answers.js';
import { ApplicationEvents } from './application-events.js';
import { ApplicationMailer } from './application-mailer.js';
import { hasActiveBooking } from './application-queries.service.js';
import type {
  ApplicationIdInput,
  GrantDeadlineExtensionInput,
  SaveApplicationDraftInput,
} from './dto/application.input.js';
import { ApplicationEntity } from './entities/application.entity.js';
import { ApplicationStatus } from './application.enums.js';
import { DeadlineExtensionEntity } from './entities/deadline-extension.entity.js';
import { EligibilityCriterionEntity } from './entities/eligibility-criterion.entity.js';
import { evaluate, unmetHard, type CriterionResult } from './eligibility.js';

const SECTIONS = [
  'organisationFacts',
  'groundwork',
  'managementCommitment',
  'pilotProcurement',
  'team',
  'consents',
  'attestations',
  'customAnswers',
] as const satisfies ReadonlyArray<keyof ApplicationAnswers>;

const HIDDEN = [AcademyStatus.DRAFT, AcademyStatus.ARCHIVED];

/**
 * The application lifecycle: drafts saved at any time after the window opens (partial data
 * is kept, only malformed values refused), submission against the deadline and the HARD
 * criteria, edits while submitted until the deadline, withdrawal, and per-application
 * extensions. The server's clock decides.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mailer: ApplicationMailer,
    private readonly memberships: OrganisationMembershipsService,
    private readonly events: ApplicationEvents,
  ) {}

  async saveDraft(
    principal: Principal,
    input: SaveApplicationDraftInput,
    locale: Locale = principal.user.locale,
  ): Promise<ApplicationEntity> {
    await this.assertMember(principal, input.organisationId);
    const academy = await this.publishedAcademy(input.academyId);
    this.assertOpened(academy);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ApplicationEntity);
      // The first save creates the application; two at once still make only one (the
      // unique constraint settles it, the loser continues as an update).
      const created = await repository
        .createQueryBuilder()
        .insert()
        .values({
          academyId: academy.id,
          organisationId: input.organisationId,
          answers: {},
          status: ApplicationStatus.DRAFT,
          updatedById: principal.user.id,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const isNew = (created.raw as unknown[]).length > 0;
      const application = await repository.findOneOrFail({
        where: { academyId: academy.id, organisationId: input.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !isNew &&
        input.expectedVersion !== undefined &&
        input.expectedVersion !== application.version
      ) {
        throw new DomainException(ErrorCode.CONFLICT, { currentVersion: application.version });
      }
      if (application.status === ApplicationStatus.WITHDRAWN)
        throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
      if (application.status === ApplicationStatus.SUBMITTED) {
        await this.assertBeforeDeadline(manager, academy, application.id);
      }
      const answers: ApplicationAnswers = { ...application.answers };
      for (const section of SECTIONS) {
        const value = input[section];
        if (value !== undefined)
          (answers as Record<string, unknown>)[section] = JSON.parse(
            JSON.stringify(value),
          ) as unknown;
      }
      application.answers = answers;
      application.updatedById = principal.user.id;
      if (application.status === ApplicationStatus.SUBMITTED) {
        // Still submitted after the edit: it must stay complete and pass every HARD criterion.
        this.assertComplete(application.answers);
        await this.assertEligible(manager, academy, application, locale);
      }
      const saved = await repository.save(application);
      if (isNew) {
        const organisation = await manager
          .getRepository(OrganisationEntity)
          .findOneByOrFail({ id: input.organisationId });
        await this.mailer.scheduleReminders(
          manager,
          academy,
          organisation,
          saved,
          academy.applicationDeadline,
        );
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'application.created',
          entityType: 'application',
          entityId: saved.id,
          after: { academyId: academy.id, organisationId: input.organisationId },
        });
      }
      return saved;
    });
  }

  async submit(
    principal: Principal,
    input: ApplicationIdInput,
    locale: Locale = principal.user.locale,
  ): Promise<ApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockForMember(manager, principal, input.applicationId);
      if (input.expectedVersion !== undefined && input.expectedVersion !== application.version) {
        throw new DomainException(ErrorCode.CONFLICT, { currentVersion: application.version });
      }
      if (application.status === ApplicationStatus.WITHDRAWN)
        throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
      const academy = await manager
        .getRepository(AcademyEntity)
        .findOneByOrFail({ id: application.academyId });
      this.assertOpened(academy);
      await this.assertBeforeDeadline(manager, academy, application.id);
      this.assertComplete(application.answers);
      await this.assertEligible(manager, academy, application, locale);
      const wasSubmitted = application.status === ApplicationStatus.SUBMITTED;
      application.status = ApplicationStatus.SUBMITTED;
      application.submittedAt = application.submittedAt ?? this.clock.now();
      application.updatedById = principal.user.id;
      const saved = await manager.getRepository(ApplicationEntity).save(application);
      // Submitted with a consultation already booked: complete, so no more reminders.
      if (await hasActiveBooking(manager, saved.id))
        await this.mailer.cancelReminders(manager, saved.id);
      if (!wasSubmitted) {
        const organisation = await manager
          .getRepository(OrganisationEntity)
          .findOneByOrFail({ id: application.organisationId });
        await this.mailer.confirmSubmission(manager, academy, organisation, saved, principal.user);
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'application.submitted',
          entityType: 'application',
          entityId: saved.id,
          after: { status: saved.status, submittedAt: saved.submittedAt?.toISOString() },
        });
      }
      return saved;
    });
  }

  async withdraw(principal: Principal, input: ApplicationIdInput): Promise<ApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockForMember(manager, principal, input.applicationId);
      if (application.status === ApplicationStatus.WITHDRAWN) return application;
      const before = { status: application.status };
      application.status = ApplicationStatus.WITHDRAWN;
      application.withdrawnAt = this.clock.now();
      application.updatedById = principal.user.id;
      const saved = await manager.getRepository(ApplicationEntity).save(application);
      await this.mailer.cancelReminders(manager, application.id);
      await this.events.withdrawn(manager, saved, principal.user.id);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'application.withdrawn',
        entityType: 'application',
        entityId: saved.id,
        before,
        after: { status: saved.status },
      });
      return saved;
    });
  }

  async grantExtension(
    principal: Principal,
    input: GrantDeadlineExtensionInput,
  ): Promise<DeadlineExtensionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager
        .getRepository(ApplicationEntity)
        .findOneBy({ id: input.applicationId });
      if (!application) throw notFound();
      const academy = await manager
        .getRepository(AcademyEntity)
        .findOneByOrFail({ id: application.academyId });
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
      const repository = manager.getRepository(DeadlineExtensionEntity);
      const before = await repository.findOneBy({ applicationId: application.id });
      const extension = await repository.save(
        repository.create({
          applicationId: application.id,
          until,
          reason: input.reason.trim(),
          grantedById: principal.user.id,
        }),
      );
      const organisation = await manager
        .getRepository(OrganisationEntity)
        .findOneByOrFail({ id: application.organisationId });
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

  /**
   * The deadline that applies to this application: the academy's (for applying, or for
   * booking a consultation), or the application's extension if that is later.
   */
  async effectiveDeadline(
    manager: EntityManager,
    academy: AcademyEntity,
    applicationId: string,
    which: 'applicationDeadline' | 'consultationBookingDeadline' = 'applicationDeadline',
  ): Promise<Date> {
    const extension = await manager
      .getRepository(DeadlineExtensionEntity)
      .findOneBy({ applicationId });
    return extension && extension.until > academy[which] ? extension.until : academy[which];
  }

  /** Per-criterion outcomes in the reader's language. */
  async eligibilityOf(
    manager: EntityManager,
    academy: AcademyEntity,
    application: ApplicationEntity,
    locale: Locale,
  ): Promise<CriterionResult[]> {
    const criteria = await manager
      .getRepository(EligibilityCriterionEntity)
      .find({ where: { academyId: academy.id }, order: { position: 'ASC' } });
    const organisation = await manager
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: application.organisationId });
    const earlierCohort = await manager
      .getRepository(CohortMemberEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId AND c.academy_id <> :academyId', {
        organisationId: organisation.id,
        academyId: academy.id,
      })
      .getExists();
    const today =
      DateTime.fromJSDate(this.clock.now(), { zone: academy.timeZone }).toISODate() ?? '';
    return evaluate(
      criteria,
      { organisationType: organisation.type, earlierCohort, answers: application.answers },
      locale,
      today,
    );
  }

  private async assertEligible(
    manager: EntityManager,
    academy: AcademyEntity,
    application: ApplicationEntity,
    locale: Locale,
  ): Promise<void> {
    const criteria = await manager
      .getRepository(EligibilityCriterionEntity)
      .find({ where: { academyId: academy.id }, order: { position: 'ASC' } });
    const results = await this.eligibilityOf(manager, academy, application, locale);
    const unmet = unmetHard(criteria, results);
    if (unmet.length > 0) {
      throw new DomainException(
        ErrorCode.NOT_ELIGIBLE,
        { unmetCriteria: unmet },
        { params: { count: unmet.length } },
      );
    }
  }

  /** Full validation at submission: the sections every application needs. */
  private assertComplete(answers: ApplicationAnswers): void {
    const missing: Array<[string, unknown]> = [
      ['input.pilotProcurement.title', answers.pilotProcurement?.title],
      ['input.team.responsiblePerson.name', answers.team?.responsiblePerson?.name],
      ['input.team.responsiblePerson.email', answers.team?.responsiblePerson?.email],
    ];
    const problems = missing
      .filter(
        ([, value]) =>
          value === undefined ||
          value === null ||
          (typeof value === 'string' && value.trim() === ''),
      )
      .map(([field]) => ({ field, rule: 'isNotEmpty', detail: `${field} is required to submit` }));
    if (problems.length > 0) throw new InputValidationException(problems);
  }

  private assertOpened(academy: AcademyEntity): void {
    if (this.clock.now() < academy.applicationOpensAt) {
      throw new DomainException(
        ErrorCode.NOT_OPEN,
        {},
        {
          params: {
            opens: { instant: academy.applicationOpensAt, zone: academy.timeZone },
          },
        },
      );
    }
  }

  private async assertBeforeDeadline(
    manager: EntityManager,
    academy: AcademyEntity,
    applicationId: string,
  ): Promise<void> {
    const deadline = await this.effectiveDeadline(manager, academy, applicationId);
    // "By 31.5." is stored as 23:59:59.999 local: that instant still counts, the next does not.
    if (this.clock.now().getTime() > deadline.getTime()) {
      throw new DomainException(
        ErrorCode.DEADLINE_PASSED,
        { deadline: deadline.toISOString() },
        { params: { deadline: { instant: deadline, zone: academy.timeZone } } },
      );
    }
  }

  private async publishedAcademy(academyId: string): Promise<AcademyEntity> {
    const academy = await this.dataSource.getRepository(AcademyEntity).findOneBy({ id: academyId });
    if (!academy || HIDDEN.includes(academy.status)) throw notFound();
    return academy;
  }

  /** Only the organisation's own members write its application; others do not see it. */
  private async assertMember(principal: Principal, organisationId: string): Promise<void> {
    if (!(await this.memberships.roleIn(principal, organisationId))) throw notFound();
  }

  private async lockForMember(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<ApplicationEntity> {
    const application = await manager
      .getRepository(ApplicationEntity)
      .findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw notFound();
    const member =
      (await this.memberships.roleIn(principal, application.organisationId, manager)) !== null;
    if (!member && !isAdmin(principal)) throw notFound();
    if (!member) throw new DomainException(ErrorCode.FORBIDDEN);
    return application;
  }
}
