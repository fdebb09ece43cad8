import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../common/auth/principal.js';
import { DomainException } from '../../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../../common/errors/error-code.js';
import type { Locale } from '../../../../common/i18n/locale.js';
import { Clock } from '../../../../common/time/clock.js';
import { AcademiesService } from '../../../academies/academies.service.js';
import { AuditService } from '../../../audit/audit.service.js';
import { OrganisationsService } from '../../../organisations/organisations.service.js';
import { ApplicationAccessService } from '../../application-access.service.js';
import { ApplicationStatus } from '../../application.enums.js';
import { ApplicationMailer } from '../../application-mailer.js';
import { assertBeforeDeadline, assertComplete, assertOpened } from '../../application-rules.js';
import { ConsultationBookingPort } from '../../consultation-booking.port.js';
import { DeadlineExtensionsService } from '../../deadline-extensions.service.js';
import type { ApplicationIdInput } from '../../dto/application-id.input.js';
import { EligibilityService } from '../../eligibility.service.js';
import { ApplicationEntity } from '../../entities/application.entity.js';
import { ContendedTransactions } from '../../../../database/contended-transactions.js';

/**
 * Submits an application, in one transaction. Checks in this order (the API guide lists
 * it): CONFLICT, APPLICATION_WITHDRAWN, NOT_OPEN, DEADLINE_PASSED, the required fields,
 * the HARD criteria. The first submission mails a confirmation and is audited.
 */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mailer: ApplicationMailer,
    private readonly access: ApplicationAccessService,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly deadlines: DeadlineExtensionsService,
    private readonly eligibility: EligibilityService,
    private readonly bookings: ConsultationBookingPort,
  ) {}

  async execute(
    principal: Principal,
    input: ApplicationIdInput,
    locale: Locale = principal.user.locale,
  ): Promise<ApplicationEntity> {
    return this.transactions.run(async (manager) => {
      const application = await this.access.lockForMember(manager, principal, input.applicationId);
      if (input.expectedVersion !== undefined && input.expectedVersion !== application.version) {
        throw new DomainException(ErrorCode.CONFLICT, { currentVersion: application.version });
      }
      if (application.status === ApplicationStatus.WITHDRAWN)
        throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
      const academy = await this.academies.require(application.academyId, manager);
      const now = this.clock.now();
      assertOpened(academy, now);
      const deadline = await this.deadlines.effectiveDeadline(
        academy,
        application.id,
        'applicationDeadline',
        manager,
      );
      assertBeforeDeadline(academy, deadline, now);
      assertComplete(application.answers);
      await this.eligibility.assertEligible(academy, application, locale, manager);
      const wasSubmitted = application.status === ApplicationStatus.SUBMITTED;
      application.status = ApplicationStatus.SUBMITTED;
      application.submittedAt = application.submittedAt ?? now;
      application.updatedById = principal.user.id;
      const saved = await manager.getRepository(ApplicationEntity).save(application);
      // Submitted with a consultation already booked: complete, so no more reminders.
      if (await this.bookings.hasActiveBooking(saved.id, manager))
        await this.mailer.cancelReminders(manager, saved.id);
      if (!wasSubmitted) {
        const organisation = await this.organisations.require(application.organisationId, manager);
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
}
