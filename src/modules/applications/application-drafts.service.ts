import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode } from '../../common/errors/error-code.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import type { Locale } from '../../common/i18n/locale.js';
import { Clock } from '../../common/time/clock.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AcademyEnrolment } from '../academies/academy.enums.js';
import { UNPUBLISHED_ACADEMY_STATUSES } from '../academies/academy.sql.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ApplicationAccessService } from './application-access.service.js';
import type { ApplicationAnswers } from './application-answers.js';
import { normaliseAnswerCodes, vocabularyOf } from './answer-codes.js';
import { ApplicationStatus } from './application.enums.js';
import { ApplicationEvents } from './application-events.js';
import { ApplicationMailer } from './application-mailer.js';
import { assertBeforeDeadline, assertComplete, assertOpened } from './application-rules.js';
import { DeadlineExtensionsService } from './deadline-extensions.service.js';
import type { ApplicationIdInput } from './dto/application-id.input.js';
import type { SaveApplicationDraftInput } from './dto/save-application-draft.input.js';
import { EligibilityCriteriaService } from './eligibility-criteria.service.js';
import { EligibilityService } from './eligibility.service.js';
import { ApplicationEntity } from './entities/application.entity.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

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

/**
 * Drafts: saved at any time after the window opens (partial data is kept, only malformed
 * values refused), edited while submitted until the deadline, and withdrawn. Submission is
 * its own use case (`usecases/submit-application`). The server's clock decides.
 */
@Injectable()
export class ApplicationDraftsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mailer: ApplicationMailer,
    private readonly events: ApplicationEvents,
    private readonly access: ApplicationAccessService,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly deadlines: DeadlineExtensionsService,
    private readonly eligibility: EligibilityService,
    private readonly criteria: EligibilityCriteriaService,
  ) {}

  async saveDraft(
    principal: Principal,
    input: SaveApplicationDraftInput,
    locale: Locale = principal.user.locale,
  ): Promise<ApplicationEntity> {
    await this.access.assertMember(principal, input.organisationId);
    const academy = await this.publishedAcademy(input.academyId);
    assertOpened(academy, this.clock.now());
    return this.transactions.run(async (manager) => {
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
      // expectedVersion 0 ("create only") on an existing application is CONFLICT too:
      // versions start at 1.
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
        const deadline = await this.deadlines.effectiveDeadline(
          academy,
          application.id,
          'applicationDeadline',
          manager,
        );
        assertBeforeDeadline(academy, deadline, this.clock.now());
      }
      const given: ApplicationAnswers = {};
      for (const section of SECTIONS) {
        const value = input[section];
        if (value !== undefined)
          (given as Record<string, unknown>)[section] = JSON.parse(
            JSON.stringify(value),
          ) as unknown;
      }
      if (given.pilotProcurement || given.team) {
        // Category and roles spelled as the academy's criteria list them; typos refused.
        const vocabulary = vocabularyOf(await this.criteria.criteriaOf(academy.id, manager));
        const problems = normaliseAnswerCodes(given, vocabulary);
        if (problems.length > 0) throw new InputValidationException(problems);
      }
      const answers: ApplicationAnswers = { ...application.answers, ...given };
      application.answers = answers;
      application.updatedById = principal.user.id;
      if (application.status === ApplicationStatus.SUBMITTED) {
        // Still submitted after the edit: it must stay complete and pass every HARD criterion.
        assertComplete(application.answers);
        await this.eligibility.assertEligible(academy, application, locale, manager);
      }
      const saved = await repository.save(application);
      if (isNew) {
        const organisation = await this.organisations.require(input.organisationId, manager);
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

  async withdraw(principal: Principal, input: ApplicationIdInput): Promise<ApplicationEntity> {
    return this.transactions.run(async (manager) => {
      const application = await this.access.lockForMember(manager, principal, input.applicationId);
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

  private async publishedAcademy(academyId: string): Promise<AcademyRecord> {
    const academy = await this.academies.findById(academyId);
    if (!academy || UNPUBLISHED_ACADEMY_STATUSES.includes(academy.status)) throw notFound();
    // An open programme takes sign-ups (`signUp`), never applications.
    if (academy.enrolment === AcademyEnrolment.OPEN)
      throw new DomainException(ErrorCode.ENROLMENT_IS_OPEN);
    return academy;
  }
}
