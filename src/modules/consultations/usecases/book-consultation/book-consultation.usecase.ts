import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainException, notFound } from '../../../../common/errors/domain.exception.js';
import { isAdmin, type Principal } from '../../../../common/auth/principal.js';
import { ErrorCode } from '../../../../common/errors/error-code.js';
import { ApplicationMailer } from '../../../applications/application-mailer.js';
import { ApplicationRecordsService } from '../../../applications/application-records.service.js';
import { ApplicationStatus } from '../../../applications/application.enums.js';
import { AuditService } from '../../../audit/audit.service.js';
import { BookingStatus } from '../../consultation-booking.enums.js';
import { ConsultationBookingsService } from '../../consultation-bookings.service.js';
import { consultationConstraintError } from '../../consultation-constraint-errors.js';
import { ConsultationDeadlinesService } from '../../consultation-deadlines.service.js';
import { ConsultationMailer } from '../../consultation-mailer.js';
import { ConsultationSlotsService } from '../../consultation-slots.service.js';
import type { BookConsultationInput } from '../../dto/book-consultation.input.js';
import { ConsultationBookingEntity } from '../../entities/consultation-booking.entity.js';
import { ContendedTransactions } from '../../../../database/contended-transactions.js';

/**
 * An organisation books a consultation for its application, in one transaction: checks,
 * the booking, the invites and reminders, the audit entry. Double booking is impossible by
 * construction: the partial unique indexes pick one winner among racing bookers, and the
 * losers get SLOT_TAKEN or ALREADY_BOOKED.
 */
@Injectable()
export class BookConsultationUseCase {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly applications: ApplicationRecordsService,
    private readonly applicationMailer: ApplicationMailer,
    private readonly slots: ConsultationSlotsService,
    private readonly bookings: ConsultationBookingsService,
    private readonly deadlines: ConsultationDeadlinesService,
    private readonly mailer: ConsultationMailer,
  ) {}

  async execute(
    principal: Principal,
    input: BookConsultationInput,
  ): Promise<ConsultationBookingEntity> {
    try {
      return await this.transactions.run(async (manager) => {
        // Share locks on the application and the slot: many bookers may race (the unique
        // indexes pick one), but a withdrawal of either (FOR UPDATE) waits for them, so no
        // booking lands on a withdrawn slot or survives its application's withdrawal.
        const locked = await this.applications.lockShared(
          input.applicationId,
          principal.user.id,
          manager,
        );
        // Members book for their organisation; admins may book on its behalf (e.g. by phone).
        if (!locked || (!isAdmin(principal) && !locked.userIsMember)) throw notFound();
        const { application } = locked;
        if (application.status === ApplicationStatus.WITHDRAWN)
          throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
        if (!isAdmin(principal))
          await this.deadlines.assertBeforeBookingDeadline(application, manager);
        const { slot, activeBookingId } = await this.slots.lockBookableFor(
          input.slotId,
          application,
          manager,
        );
        // A double click: the same booking again is the same booking.
        if (activeBookingId) {
          const same = await this.bookings.findActive(slot.id, application.id, manager);
          if (same) return same;
        }
        const repository = manager.getRepository(ConsultationBookingEntity);
        const booking = await repository.save(
          repository.create({
            slotId: slot.id,
            applicationId: application.id,
            status: BookingStatus.ACTIVE,
            bookedById: principal.user.id,
            cancelledAt: null,
            cancelReason: null,
            sequence: 0,
          }),
        );
        // Submitted and now booked: the application is complete, so no more reminders.
        if (application.status === ApplicationStatus.SUBMITTED)
          await this.applicationMailer.cancelReminders(manager, application.id);
        await this.mailer.booked(manager, booking.id);
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'consultation.booked',
          entityType: 'consultation_booking',
          entityId: booking.id,
          after: { slotId: slot.id, applicationId: application.id },
        });
        return booking;
      });
    } catch (error) {
      const refused = consultationConstraintError(error);
      if (!refused) throw error;
      // The same application's double click lost the race to itself: that booking is this one.
      if (refused.code === ErrorCode.ALREADY_BOOKED) {
        const same = await this.bookings.findActive(input.slotId, input.applicationId);
        if (same) return same;
      }
      throw refused;
    }
  }
}
