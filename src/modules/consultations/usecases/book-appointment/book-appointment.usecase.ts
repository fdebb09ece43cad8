import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../../../common/errors/domain.exception.js';
import { isAdmin, isStaff, type Principal } from '../../../../common/auth/principal.js';
import { ErrorCode } from '../../../../common/errors/error-code.js';
import { ApplicationMailer } from '../../../applications/application-mailer.js';
import { ApplicationRecordsService } from '../../../applications/application-records.service.js';
import { ApplicationStatus } from '../../../applications/application.enums.js';
import { AuditService } from '../../../audit/audit.service.js';
import { OrganisationMembershipsService } from '../../../organisations/organisation-memberships.service.js';
import { RoundPurpose } from '../../appointment-round.enums.js';
import { AppointmentRoundsService } from '../../appointment-rounds.service.js';
import { BookingStatus } from '../../consultation-booking.enums.js';
import { ConsultationBookingsService } from '../../consultation-bookings.service.js';
import { consultationConstraintError } from '../../consultation-constraint-errors.js';
import { ConsultationMailer } from '../../consultation-mailer.js';
import { ConsultationSlotsService } from '../../consultation-slots.service.js';
import type { BookAppointmentInput } from '../../dto/appointment-round.inputs.js';
import type { BookConsultationInput } from '../../dto/book-consultation.input.js';
import { ConsultationBookingEntity } from '../../entities/consultation-booking.entity.js';
import { ContendedTransactions } from '../../../../database/contended-transactions.js';

/**
 * The one booking engine behind `bookConsultation` (an application books) and
 * `bookAppointment` (an organisation books, or the slot's expert schedules for it), for
 * every round, in one transaction: checks, the booking, the invites and reminders, the audit
 * entry. Double booking is impossible by construction: the partial unique indexes (one
 * active booking per slot; one per round, application and seat) pick one winner among
 * racing bookers, and the losers get SLOT_TAKEN or ALREADY_BOOKED.
 */
@Injectable()
export class BookAppointmentUseCase {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly audit: AuditService,
    private readonly applications: ApplicationRecordsService,
    private readonly applicationMailer: ApplicationMailer,
    private readonly memberships: OrganisationMembershipsService,
    private readonly rounds: AppointmentRoundsService,
    private readonly slots: ConsultationSlotsService,
    private readonly bookings: ConsultationBookingsService,
    private readonly mailer: ConsultationMailer,
  ) {}

  /** `bookConsultation`: a member of the application's organisation (or an admin) books. */
  forApplication(
    principal: Principal,
    input: BookConsultationInput,
  ): Promise<ConsultationBookingEntity> {
    return this.execute(principal, input.slotId, input.applicationId, false);
  }

  /**
   * `bookAppointment`: a member of the organisation, an admin, or the expert who offers the
   * slot (scheduling a session for the organisation directly) books for the organisation's
   * application to the slot's academy.
   */
  async forOrganisation(
    principal: Principal,
    input: BookAppointmentInput,
  ): Promise<ConsultationBookingEntity> {
    const slot = await this.slots.factsOf(input.slotId);
    if (!slot) throw notFound();
    const authorised =
      isAdmin(principal) ||
      (isStaff(principal) && slot.expertId === principal.user.id) ||
      (await this.memberships.isMember(principal.user.id, input.organisationId));
    if (!authorised) throw notFound();
    const application = await this.applications.findOfOrganisation(
      input.organisationId,
      slot.academyId,
    );
    if (!application) {
      const round = await this.rounds.findById(slot.roundId);
      throw new DomainException(ErrorCode.NOT_IN_ROUND_AUDIENCE, {
        audience: round?.audience ?? '',
      });
    }
    return this.execute(principal, input.slotId, application.id, true);
  }

  private async execute(
    principal: Principal,
    slotId: string,
    applicationId: string,
    authorised: boolean,
  ): Promise<ConsultationBookingEntity> {
    try {
      return await this.transactions.run((manager) =>
        this.book(manager, principal, slotId, applicationId, authorised),
      );
    } catch (error) {
      const refused = consultationConstraintError(error);
      if (!refused) throw error;
      // The same application's double click lost the race to itself (whichever index refused
      // it first, the slot's or the seat's): that booking is this one.
      if (refused.code === ErrorCode.ALREADY_BOOKED || refused.code === ErrorCode.SLOT_TAKEN) {
        const same = await this.bookings.findActive(slotId, applicationId);
        if (same) return same;
      }
      throw refused;
    }
  }

  private async book(
    manager: EntityManager,
    principal: Principal,
    slotId: string,
    applicationId: string,
    authorised: boolean,
  ): Promise<ConsultationBookingEntity> {
    // Share locks on the application, the round and the slot: many bookers may race (the
    // unique indexes pick one), but a withdrawal of the application or the slot, or a change
    // of the round (FOR UPDATE), waits for them, so no booking lands on a withdrawn slot,
    // survives its application's withdrawal or slips past a window being closed.
    const locked = await this.applications.lockShared(applicationId, principal.user.id, manager);
    // Members book for their organisation; admins may book on its behalf (e.g. by phone).
    if (!locked || (!authorised && !isAdmin(principal) && !locked.userIsMember)) throw notFound();
    const { application } = locked;
    if (application.status === ApplicationStatus.WITHDRAWN)
      throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
    const facts = await this.slots.factsOf(slotId, manager);
    if (!facts || facts.academyId !== application.academyId) throw notFound();
    const round = await this.rounds.lockShared(facts.roundId, manager);
    await this.rounds.assertInAudience(principal, round, application, manager);
    this.rounds.assertOpen(
      round,
      isAdmin(principal) || (isStaff(principal) && facts.expertId === principal.user.id),
    );
    const { slot, activeBookingId } = await this.slots.lockBookableFor(
      slotId,
      application,
      manager,
    );
    // A double click: the same booking again is the same booking.
    if (activeBookingId) {
      const same = await this.bookings.findActive(slot.id, application.id, manager);
      if (same) return same;
    }
    // The lowest seat the organisation has free in the round; none: the limit is reached.
    // Two of its bookers racing for one seat: the seat index refuses one (ALREADY_BOOKED).
    const taken = new Set(await this.bookings.seatsTaken(round.id, application.id, manager));
    const seat = Array.from(
      { length: round.bookingsPerOrganisation },
      (_, index) => index + 1,
    ).find((candidate) => !taken.has(candidate));
    if (seat === undefined) {
      // A double click whose twin committed after the slot check: that booking is this one.
      const same = await this.bookings.findActive(slot.id, application.id, manager);
      if (same) return same;
      throw new DomainException(ErrorCode.ALREADY_BOOKED);
    }
    const repository = manager.getRepository(ConsultationBookingEntity);
    const booking = await repository.save(
      repository.create({
        slotId: slot.id,
        roundId: round.id,
        seat,
        applicationId: application.id,
        status: BookingStatus.ACTIVE,
        bookedById: principal.user.id,
        cancelledAt: null,
        cancelReason: null,
        sequence: 0,
      }),
    );
    // Submitted and now consulted: the application is complete, so no more reminders.
    if (
      round.purpose === RoundPurpose.CONSULTATION &&
      application.status === ApplicationStatus.SUBMITTED
    )
      await this.applicationMailer.cancelReminders(manager, application.id);
    await this.mailer.booked(manager, booking.id);
    await this.audit.record(manager, {
      actorId: principal.user.id,
      action: 'consultation.booked',
      entityType: 'consultation_booking',
      entityId: booking.id,
      after: {
        slotId: slot.id,
        applicationId: application.id,
        roundId: round.id,
        purpose: round.purpose,
        seat,
      },
    });
    return booking;
  }
}
