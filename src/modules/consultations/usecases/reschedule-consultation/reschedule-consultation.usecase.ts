import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainException, notFound } from '../../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../../common/errors/error-code.js';
import { RoundAudience } from '../../appointment-round.enums.js';
import { AppointmentRoundsService } from '../../appointment-rounds.service.js';
import type { Principal } from '../../../../common/auth/principal.js';
import { AuditService } from '../../../audit/audit.service.js';
import { BookingStatus } from '../../consultation-booking.enums.js';
import { ConsultationBookingsService } from '../../consultation-bookings.service.js';
import { rethrowConsultationConstraint } from '../../consultation-constraint-errors.js';
import { ConsultationDeadlinesService } from '../../consultation-deadlines.service.js';
import { ConsultationMailer } from '../../consultation-mailer.js';
import { ConsultationSlotsService } from '../../consultation-slots.service.js';
import type { RescheduleConsultationInput } from '../../dto/reschedule-consultation.input.js';
import { ConsultationBookingEntity } from '../../entities/consultation-booking.entity.js';
import { ContendedTransactions } from '../../../../database/contended-transactions.js';

/**
 * Moves a booking to another slot: one UPDATE of the same booking, so the old slot is
 * released only if the unique index lets the new one be taken (else SLOT_TAKEN). The
 * booking keeps its id (and its calendar UID); SEQUENCE goes up and new invites go out.
 */
@Injectable()
export class RescheduleConsultationUseCase {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly slots: ConsultationSlotsService,
    private readonly bookings: ConsultationBookingsService,
    private readonly deadlines: ConsultationDeadlinesService,
    private readonly mailer: ConsultationMailer,
    private readonly rounds: AppointmentRoundsService,
  ) {}

  async execute(
    principal: Principal,
    input: RescheduleConsultationInput,
  ): Promise<ConsultationBookingEntity> {
    try {
      return await this.transactions.run(async (manager) => {
        const { booking, application, asStaff } = await this.bookings.lockForChange(
          principal,
          input.bookingId,
          manager,
        );
        if (booking.status !== BookingStatus.ACTIVE) throw notFound();
        if (input.slotId === booking.slotId) return booking;
        const slot = await this.slots.lockBookable(input.slotId, application.academyId, manager);
        // A booking moves within its round (its seat counts there); the database's trigger
        // on consultation_bookings refuses it too.
        if (slot.roundId !== booking.roundId)
          throw new DomainException(ErrorCode.SLOT_IN_OTHER_ROUND);
        const round = await this.rounds.lockShared(booking.roundId, manager);
        if (!asStaff) {
          if (round.audience === RoundAudience.APPLICANTS)
            await this.deadlines.assertBeforeBookingDeadline(application, manager);
          this.rounds.assertOpen(round, asStaff);
          await this.deadlines.assertBeforeCutoff(booking.slotId, application.academyId, manager);
        }
        const previousSlotId = booking.slotId;
        booking.slotId = slot.id;
        booking.sequence += 1;
        const moved = await manager.getRepository(ConsultationBookingEntity).save(booking);
        await this.mailer.rescheduled(manager, booking.id);
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'consultation.rescheduled',
          entityType: 'consultation_booking',
          entityId: booking.id,
          before: { slotId: previousSlotId },
          after: { slotId: slot.id },
        });
        return moved;
      });
    } catch (error) {
      rethrowConsultationConstraint(error);
    }
  }
}
