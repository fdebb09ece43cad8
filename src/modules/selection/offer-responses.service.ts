import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { JobQueue } from '../../database/job-queue.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import type { ApplicationRecord } from '../applications/application.types.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { ApplicationEvents } from '../applications/application-events.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortParticipantRole } from '../cohort/cohort.enums.js';
import { CohortService, type NewCohortParticipant } from '../cohort/cohort.service.js';
import { MembershipRole } from '../organisations/membership.enums.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { UsersService } from '../users/users.service.js';
import type { ConfirmParticipationInput } from './dto/confirm-participation.input.js';
import type { DeclineParticipationInput } from './dto/decline-participation.input.js';
import { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import type { SelectionOfferModel } from './models/selection-offer.model.js';
import { offerAuditFields } from './offer-audit.js';
import { OFFER_LAPSE_QUEUE } from './offer-lapse.job.js';
import { offerModel } from './offer-view.js';
import { ReserveListService } from './reserve-list.service.js';
import { SelectionOfferMailer } from './selection-offer-mailer.js';
import { OfferStatus } from './selection.enums.js';

/** The decline reason recorded when the organisation withdrew its application instead. */
export const WITHDRAWN_REASON = 'APPLICATION_WITHDRAWN';

interface LockedOffer {
  offer: SelectionOfferEntity;
  academy: AcademyRecord;
  application: ApplicationRecord;
}

/**
 * The organisation's answer to its offer: a CONTACT confirms (the organisation joins the
 * cohort with its named team) or declines (the seat goes to the next reserve at once).
 * Everything happens in one transaction under the academy's lock, audited, with the mail in
 * the outbox; a refusal writes nothing.
 */
@Injectable()
export class OfferResponsesService implements OnModuleInit {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly users: UsersService,
    private readonly cohort: CohortService,
    private readonly applicationEvents: ApplicationEvents,
    private readonly reserveList: ReserveListService,
    private readonly mailer: SelectionOfferMailer,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  confirm(principal: Principal, input: ConfirmParticipationInput): Promise<SelectionOfferModel> {
    return this.transactions.run(async (manager) => {
      const { offer, academy, application } = await this.lockOpenOffer(
        manager,
        principal,
        input.applicationId,
      );
      const before = offerAuditFields(offer);
      await this.answer(manager, principal, offer, OfferStatus.CONFIRMED, null);
      const participants = await this.teamOf(manager, application);
      await this.cohort.addMember(manager, academy.id, application.organisationId, participants);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'selection_offer.confirmed',
        entityType: 'selection_offer',
        entityId: offer.id,
        before,
        after: {
          ...offerAuditFields(offer),
          organisationId: application.organisationId,
          participants: participants.map((person) => person.email),
        },
      });
      await this.mailer.confirmed(manager, offer, academy);
      await this.reserveList.settleIfDone(manager, academy.id);
      return offerModel(offer, academy.timeZone);
    });
  }

  onModuleInit(): void {
    // Withdrawing the application gives up its open offer: the seat goes to the next reserve.
    this.applicationEvents.onWithdrawn((manager, application, actorId) =>
      this.giveUpOnWithdrawal(manager, application, actorId),
    );
  }

  /**
   * The withdrawal's transaction (the application row is locked): an OPEN offer of the
   * application is declined for the reason APPLICATION_WITHDRAWN, audited, and its seat
   * offered to the best-ranked reserve still in the running. A confirmed place stays (leaving
   * the cohort is a later step), and a reserve that withdraws is passed over by the promotion.
   */
  private async giveUpOnWithdrawal(
    manager: EntityManager,
    application: ApplicationRecord,
    actorId: string,
  ): Promise<void> {
    const repository = manager.getRepository(SelectionOfferEntity);
    const found = await repository.findOne({
      where: { applicationId: application.id, status: OfferStatus.OPEN },
      select: { id: true, academyId: true },
    });
    if (!found) return;
    const academy = await this.academies.lock(manager, found.academyId, 'update');
    const offer = await repository.findOneOrFail({
      where: { id: found.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (offer.status !== OfferStatus.OPEN) return;
    const before = offerAuditFields(offer);
    offer.status = OfferStatus.DECLINED;
    offer.respondedAt = this.clock.now();
    offer.respondedById = actorId;
    offer.declineReason = WITHDRAWN_REASON;
    await repository.update(
      { id: offer.id },
      {
        status: offer.status,
        respondedAt: offer.respondedAt,
        respondedById: actorId,
        declineReason: WITHDRAWN_REASON,
      },
    );
    if (offer.lapseJobId) await this.jobs.cancel(OFFER_LAPSE_QUEUE, offer.lapseJobId, manager);
    await this.audit.record(manager, {
      actorId,
      action: 'selection_offer.declined',
      entityType: 'selection_offer',
      entityId: offer.id,
      before,
      after: offerAuditFields(offer),
    });
    await this.reserveList.offerFreedSeat(manager, academy, offer.seatNo, actorId);
    await this.reserveList.settleIfDone(manager, academy.id);
  }

  decline(principal: Principal, input: DeclineParticipationInput): Promise<SelectionOfferModel> {
    return this.transactions.run(async (manager) => {
      const { offer, academy } = await this.lockOpenOffer(manager, principal, input.applicationId);
      const before = offerAuditFields(offer);
      const reason = input.reason?.trim() || null;
      await this.answer(manager, principal, offer, OfferStatus.DECLINED, reason);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'selection_offer.declined',
        entityType: 'selection_offer',
        entityId: offer.id,
        before,
        after: offerAuditFields(offer),
      });
      await this.mailer.declined(manager, offer, academy);
      // The seat is free from this statement on: the next reserve gets it in this transaction.
      await this.reserveList.offerFreedSeat(manager, academy, offer.seatNo, principal.user.id);
      await this.reserveList.settleIfDone(manager, academy.id);
      return offerModel(offer, academy.timeZone);
    });
  }

  /**
   * The caller's organisation's open offer, locked: the academy (`update`, serialising every
   * change of its offers) and then the offer row. Refusals, in this order: NOT_FOUND (no such
   * application, or not the caller's organisation), FORBIDDEN (a MEMBER: contacts answer for
   * the organisation), NO_OFFER, CONFIRMATION_DEADLINE_PASSED (also once lapsed),
   * OFFER_ANSWERED.
   */
  private async lockOpenOffer(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<LockedOffer> {
    const application = await this.applications.findById(applicationId, manager);
    if (!application) throw notFound();
    const role = await this.memberships.roleIn(principal, application.organisationId, manager);
    if (role === null) throw notFound();
    if (role !== MembershipRole.CONTACT) throw new DomainException(ErrorCode.FORBIDDEN);
    if (application.status === ApplicationStatus.WITHDRAWN)
      throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
    const repository = manager.getRepository(SelectionOfferEntity);
    const found = await repository.findOne({
      where: { applicationId },
      select: { id: true, academyId: true },
    });
    if (!found) throw new DomainException(ErrorCode.NO_OFFER);
    const academy = await this.academies.lock(manager, found.academyId, 'update');
    const offer = await repository.findOneOrFail({
      where: { id: found.id },
      lock: { mode: 'pessimistic_write' },
    });
    const overdue =
      offer.status === OfferStatus.LAPSED ||
      (offer.status === OfferStatus.OPEN && offer.respondBy <= this.clock.now());
    if (overdue)
      throw new DomainException(ErrorCode.CONFIRMATION_DEADLINE_PASSED, {
        deadline: offer.respondBy.toISOString(),
      });
    if (offer.status !== OfferStatus.OPEN) throw new DomainException(ErrorCode.OFFER_ANSWERED);
    return { offer, academy, application };
  }

  private async answer(
    manager: EntityManager,
    principal: Principal,
    offer: SelectionOfferEntity,
    status: OfferStatus.CONFIRMED | OfferStatus.DECLINED,
    declineReason: string | null,
  ): Promise<void> {
    offer.status = status;
    offer.respondedAt = this.clock.now();
    offer.respondedById = principal.user.id;
    offer.declineReason = declineReason;
    await manager.getRepository(SelectionOfferEntity).update(
      { id: offer.id },
      {
        status,
        respondedAt: offer.respondedAt,
        respondedById: offer.respondedById,
        declineReason,
      },
    );
    // Answered: the lapse job has nothing left to do (and would find the guard done anyway).
    if (offer.lapseJobId) await this.jobs.cancel(OFFER_LAPSE_QUEUE, offer.lapseJobId, manager);
  }

  /**
   * The application's named team: the responsible person and the experts, by e-mail (one
   * entry per address, the first role wins), linked to their accounts where one exists.
   */
  private async teamOf(
    manager: EntityManager,
    application: ApplicationRecord,
  ): Promise<NewCohortParticipant[]> {
    const team = application.answers.team;
    const named = [
      ...(team?.responsiblePerson
        ? [{ ...team.responsiblePerson, role: CohortParticipantRole.RESPONSIBLE, teamRole: null }]
        : []),
      ...(team?.experts ?? []).map((expert) => ({
        name: expert.name,
        email: expert.email,
        role: CohortParticipantRole.EXPERT,
        teamRole: expert.role ?? null,
      })),
    ];
    const participants = new Map<string, NewCohortParticipant>();
    for (const person of named) {
      const email = person.email?.trim().toLowerCase();
      if (!email || participants.has(email)) continue;
      const user = await this.users.findByEmail(email, manager);
      participants.set(email, {
        userId: user?.id ?? null,
        name: person.name?.trim() || email,
        email,
        role: person.role,
        teamRole: person.teamRole,
      });
    }
    return [...participants.values()];
  }
}
