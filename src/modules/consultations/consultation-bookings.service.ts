import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { isStaff, type Principal } from '../../common/auth/principal.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { AcademiesService } from '../academies/academies.service.js';
import { ApplicationEvents } from '../applications/application-events.js';
import { ApplicationMailer } from '../applications/application-mailer.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import type { ApplicationRecord } from '../applications/application.types.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { RoleEvents } from '../users/role-events.js';
import type { UserRecord } from '../users/user.types.js';
import { isPersonalConsultationSql } from './consultation-booking.sql.js';
import { BookingStatus } from './consultation-booking.enums.js';
import { ConsultationDeadlinesService } from './consultation-deadlines.service.js';
import { ConsultationMailer, type CancellationCause } from './consultation-mailer.js';
import { ConsultationSlotsService } from './consultation-slots.service.js';
import { loadConsultationDetails, type ConsultationDetails } from './consultation-view.js';
import type { CancelConsultationInput } from './dto/cancel-consultation.input.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';
import { SlotStatus } from './consultation-slot.enums.js';
import { RoundPurpose } from './appointment-round.enums.js';
import { AppointmentRoundEntity } from './entities/appointment-round.entity.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

/** A booking locked for a change, its application, and whether the caller acts as staff. */
export interface LockedBooking {
  booking: ConsultationBookingEntity;
  application: ApplicationRecord;
  asStaff: boolean;
}

/**
 * Consultation bookings once made: cancellation, the expert's notes, who sees which, and
 * the facts other features ask for. Booking and rescheduling are use cases
 * (`usecases/`). The database allows one active booking per slot and per application.
 */
@Injectable()
export class ConsultationBookingsService implements OnModuleInit {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    @InjectRepository(ConsultationBookingEntity)
    private readonly bookings: Repository<ConsultationBookingEntity>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly applications: ApplicationRecordsService,
    private readonly applicationMailer: ApplicationMailer,
    private readonly applicationEvents: ApplicationEvents,
    private readonly slots: ConsultationSlotsService,
    private readonly deadlines: ConsultationDeadlinesService,
    private readonly mailer: ConsultationMailer,
    private readonly roleEvents: RoleEvents,
  ) {}

  onModuleInit(): void {
    // A withdrawn application gives its consultation back, so another organisation can book it.
    this.applicationEvents.onWithdrawn((manager, application, actorId) =>
      this.releaseBookingOf(manager, application.id, actorId),
    );
    // A former expert's open future slots are withdrawn with the revocation.
    this.roleEvents.onRevoked((manager, user, _role, actorId) =>
      this.withdrawSlotsOfFormerExpert(manager, user, actorId),
    );
  }

  /**
   * When someone no longer holds a role that hosts consultations (EXPERT or ADMIN), their
   * open slots that have not started are withdrawn; a booked one's booking is cancelled
   * first (CANCEL invites and mail to the organisation's people, the booker and the expert,
   * saying the expert is no longer available), and the application's reminders resume.
   * Runs in the revocation's transaction. Past slots and their bookings stay as history.
   */
  private async withdrawSlotsOfFormerExpert(
    manager: EntityManager,
    user: UserRecord,
    actorId: string | null,
  ): Promise<void> {
    if (user.roles.some((role) => role === GlobalRole.EXPERT || role === GlobalRole.ADMIN)) return;
    const slots = await manager
      .getRepository(ConsultationSlotEntity)
      .createQueryBuilder('s')
      .where('s.expert_id = :expertId AND s.status = :open AND s.starts_at > :now', {
        expertId: user.id,
        open: SlotStatus.OPEN,
        now: this.clock.now(),
      })
      .orderBy('s.id')
      .setLock('pessimistic_write')
      .getMany();
    for (const slot of slots) {
      const booking = await manager.getRepository(ConsultationBookingEntity).findOne({
        where: { slotId: slot.id, status: BookingStatus.ACTIVE },
        lock: { mode: 'pessimistic_write' },
      });
      if (booking) {
        await this.markCancelled(manager, booking, null, actorId, 'EXPERT_UNAVAILABLE');
        const application = await this.applications.findById(booking.applicationId, manager);
        if (application) await this.resumeApplicationReminders(manager, application, booking);
      }
      await manager
        .getRepository(ConsultationSlotEntity)
        .update({ id: slot.id }, { status: SlotStatus.WITHDRAWN });
      await this.audit.record(manager, {
        actorId,
        action: 'consultation_slot.withdrawn',
        entityType: 'consultation_slot',
        entityId: slot.id,
        after: { reason: 'EXPERT_ROLE_REVOKED', bookingCancelled: booking?.id ?? null },
      });
    }
  }

  private async releaseBookingOf(
    manager: EntityManager,
    applicationId: string,
    actorId: string,
  ): Promise<void> {
    // Every round's: a withdrawn application holds no appointment.
    const bookings = await manager.getRepository(ConsultationBookingEntity).find({
      where: { applicationId, status: BookingStatus.ACTIVE },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const booking of bookings)
      await this.markCancelled(manager, booking, null, actorId, 'APPLICATION_WITHDRAWN');
  }

  /** Cancels a locked booking: SEQUENCE up, CANCEL invites out, reminders off, audited. */
  private async markCancelled(
    manager: EntityManager,
    booking: ConsultationBookingEntity,
    reason: string | null,
    actorId: string | null,
    cause?: CancellationCause,
  ): Promise<ConsultationBookingEntity> {
    booking.status = BookingStatus.CANCELLED;
    booking.cancelledAt = this.clock.now();
    booking.cancelReason = reason;
    booking.sequence += 1;
    const saved = await manager.getRepository(ConsultationBookingEntity).save(booking);
    await this.mailer.cancelled(manager, booking.id, cause);
    await this.audit.record(manager, {
      actorId,
      action: 'consultation.cancelled',
      entityType: 'consultation_booking',
      entityId: booking.id,
      after: { reason, cause: cause ?? null },
    });
    return saved;
  }

  async cancel(
    principal: Principal,
    input: CancelConsultationInput,
  ): Promise<ConsultationBookingEntity> {
    return this.transactions.run(async (manager) => {
      const { booking, application, asStaff } = await this.lockForChange(
        principal,
        input.bookingId,
        manager,
      );
      if (booking.status === BookingStatus.CANCELLED) return booking;
      if (asStaff && !input.reason?.trim()) {
        throw new InputValidationException([
          { field: 'input.reason', rule: 'isNotEmpty', detail: 'experts and admins give a reason' },
        ]);
      }
      if (!asStaff)
        await this.deadlines.assertBeforeCutoff(booking.slotId, application.academyId, manager);
      const saved = await this.markCancelled(
        manager,
        booking,
        input.reason?.trim() || null,
        principal.user.id,
      );
      await this.resumeApplicationReminders(manager, application, booking);
      return saved;
    });
  }

  /**
   * A submitted application without a consultation is incomplete again: reminders resume.
   * Only a consultation counts for completeness; other rounds' appointments do not.
   */
  private async resumeApplicationReminders(
    manager: EntityManager,
    application: ApplicationRecord,
    booking: ConsultationBookingEntity,
  ): Promise<void> {
    if (application.status !== ApplicationStatus.SUBMITTED) return;
    const round = await manager
      .getRepository(AppointmentRoundEntity)
      .findOneBy({ id: booking.roundId });
    if (round?.purpose !== RoundPurpose.CONSULTATION) return;
    const academy = await this.academies.require(application.academyId, manager);
    const organisation = await this.organisations.require(application.organisationId, manager);
    const deadline = await this.applications.effectiveDeadline(
      academy,
      application.id,
      'applicationDeadline',
      manager,
    );
    await this.applicationMailer.scheduleReminders(
      manager,
      academy,
      organisation,
      application,
      deadline,
    );
  }

  /**
   * A booking locked (FOR UPDATE) for a change, with its application and who is changing
   * it: an admin or the expert whose slot it is acts as staff (any time, with a reason); a
   * member of the application's organisation as the applicant (deadline and cut-off
   * apply). Another expert sees the booking but may not change it; for anyone else it
   * does not exist.
   */
  async lockForChange(
    principal: Principal,
    bookingId: string,
    manager: EntityManager,
  ): Promise<LockedBooking> {
    const booking = await manager
      .getRepository(ConsultationBookingEntity)
      .findOne({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
    if (!booking) throw notFound();
    const application = await this.applications.findById(booking.applicationId, manager);
    // The foreign key keeps a booking's application: its absence is a broken database.
    if (!application) throw new Error(`application ${booking.applicationId} of a booking missing`);
    if (await this.slots.isOwnerOrAdmin(principal, booking.slotId, manager))
      return { booking, application, asStaff: true };
    if (await this.memberships.isMember(principal.user.id, application.organisationId, manager))
      return { booking, application, asStaff: false };
    if (isStaff(principal)) throw new DomainException(ErrorCode.FORBIDDEN);
    throw notFound();
  }

  /** The expert's notes on a consultation: written by its expert, read by experts and admins. */
  async recordNotes(
    principal: Principal,
    bookingId: string,
    notes: string,
  ): Promise<ConsultationBookingEntity> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(ConsultationBookingEntity);
      const booking = await repository.findOne({
        where: { id: bookingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!booking) throw notFound();
      // The expert who held the consultation writes the notes (or an admin).
      if (!(await this.slots.isOwnerOrAdmin(principal, booking.slotId, manager)))
        throw new DomainException(ErrorCode.FORBIDDEN);
      await repository.update({ id: booking.id }, { notes: notes.trim() || null });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'consultation.notes_recorded',
        entityType: 'consultation_booking',
        entityId: booking.id,
      });
      return Object.assign(booking, { notes: notes.trim() || null });
    });
  }

  /** Bookings of the caller's organisations' applications, and (experts) on their own slots. */
  mine(principal: Principal): Promise<ConsultationBookingEntity[]> {
    return this.bookings
      .createQueryBuilder('b')
      .innerJoin(ConsultationSlotEntity, 's', 's.id = b.slot_id')
      .where(isPersonalConsultationSql(':userId'), { userId: principal.user.id })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }

  /**
   * The organisation's active bookings in a round, soonest first: its members and staff
   * see them; for anyone else the organisation's bookings do not exist.
   */
  async ofOrganisationInRound(
    principal: Principal,
    round: AppointmentRoundEntity,
    organisationId: string,
  ): Promise<ConsultationBookingEntity[]> {
    await this.memberships.assertCanRead(principal, organisationId);
    const application = await this.applications.findOfOrganisation(organisationId, round.academyId);
    if (!application) return [];
    return this.bookings
      .createQueryBuilder('b')
      .innerJoin(ConsultationSlotEntity, 's', 's.id = b.slot_id')
      .where('b.round_id = :roundId AND b.application_id = :applicationId AND b.status = :active', {
        roundId: round.id,
        applicationId: application.id,
        active: BookingStatus.ACTIVE,
      })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }

  /** The active booking of this slot and application, if any (a double click's twin). */
  findActive(
    slotId: string,
    applicationId: string,
    manager?: EntityManager,
  ): Promise<ConsultationBookingEntity | null> {
    return (manager?.getRepository(ConsultationBookingEntity) ?? this.bookings).findOneBy({
      slotId,
      applicationId,
      status: BookingStatus.ACTIVE,
    });
  }

  /**
   * The active consultations of these applications: bookings in CONSULTATION rounds (at
   * most one each: one consultation round per academy, one seat unless raised).
   */
  async activeBookingsOfApplications(
    applicationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<ConsultationBookingEntity[]> {
    if (applicationIds.length === 0) return [];
    return (manager?.getRepository(ConsultationBookingEntity) ?? this.bookings)
      .createQueryBuilder('b')
      .innerJoin(AppointmentRoundEntity, 'r', 'r.id = b.round_id')
      .where('b.application_id IN (:...ids) AND b.status = :active AND r.purpose = :consultation', {
        ids: [...applicationIds],
        active: BookingStatus.ACTIVE,
        consultation: RoundPurpose.CONSULTATION,
      })
      .orderBy('b.seat', 'ASC')
      .getMany();
  }

  /** The seats the application holds (active bookings) in the round. */
  async seatsTaken(
    roundId: string,
    applicationId: string,
    manager: EntityManager,
  ): Promise<number[]> {
    const rows = await manager.getRepository(ConsultationBookingEntity).find({
      select: { id: true, seat: true },
      where: { roundId, applicationId, status: BookingStatus.ACTIVE },
    });
    return rows.map((row) => row.seat);
  }

  /** The active bookings of these slots (at most one each, by the unique index). */
  activeBookingsOfSlots(slotIds: readonly string[]): Promise<ConsultationBookingEntity[]> {
    return this.activeBookingsBy('slotId', slotIds);
  }

  private activeBookingsBy(
    key: 'slotId',
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<ConsultationBookingEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager?.getRepository(ConsultationBookingEntity) ?? this.bookings).findBy({
      [key]: In([...ids]),
      status: BookingStatus.ACTIVE,
    });
  }

  /** Slot, academy, organisation, expert, booker and notes of many bookings, in one statement. */
  detailsOf(bookingIds: readonly string[]): Promise<ConsultationDetails[]> {
    return loadConsultationDetails(this.dataSource.manager, bookingIds);
  }
}
