import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { assertEndAfterStart, parseZonedField } from '../../common/time/zoned-input.js';
import { AuditService } from '../audit/audit.service.js';
import { ApplicationMailer } from '../applications/application-mailer.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { ApplicationEvents } from '../applications/application-events.js';
import { OrganisationEntity } from '../organisations/entities/organisation.entity.js';
import { AcademyEntity } from '../academies/entities/academy.entity.js';
import { ApplicationEntity } from '../applications/entities/application.entity.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import type {
  BookConsultationInput,
  CancelConsultationInput,
  PublishConsultationSlotsInput,
  RescheduleConsultationInput,
  UpdateConsultationSlotInput,
} from './dto/consultation.input.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { BookingStatus } from './consultation-booking.enums.js';
import { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';
import { SlotMode, SlotStatus } from './consultation-slot.enums.js';
import { ConsultationMailer, type CancellationCause } from './consultation-mailer.js';
import { expandSlotSeries } from './slot-series.js';

/** An in-person slot needs a place. */
function assertPlaceGiven(mode: SlotMode, place: string | null | undefined): void {
  if (mode === SlotMode.IN_PERSON && !place?.trim()) {
    throw new InputValidationException([
      { field: 'input.place', rule: 'isNotEmpty', detail: 'an in-person slot needs a place' },
    ]);
  }
}

const pgError = (error: unknown): { code?: string; constraint?: string } =>
  error as { code?: string; constraint?: string };

/**
 * Consultation slots and bookings. Double booking is impossible by construction: the
 * database holds the exclusion constraint (an expert's slots never overlap) and the
 * partial unique indexes (one active booking per slot and per application); this service
 * only translates their refusals into SLOT_TAKEN, ALREADY_BOOKED or SLOT_OVERLAP.
 */
@Injectable()
export class ConsultationsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly applicationMailer: ApplicationMailer,
    private readonly applications: ApplicationRecordsService,
    private readonly applicationEvents: ApplicationEvents,
    private readonly mailer: ConsultationMailer,
  ) {}

  onModuleInit(): void {
    // A withdrawn application gives its consultation back, so another organisation can book it.
    this.applicationEvents.onWithdrawn((manager, application, actorId) =>
      this.releaseBookingOf(manager, application.id, actorId),
    );
  }

  private async releaseBookingOf(
    manager: EntityManager,
    applicationId: string,
    actorId: string,
  ): Promise<void> {
    const repository = manager.getRepository(ConsultationBookingEntity);
    const booking = await repository.findOne({
      where: { applicationId, status: BookingStatus.ACTIVE },
      lock: { mode: 'pessimistic_write' },
    });
    if (!booking) return;
    await this.markCancelled(manager, booking, null, actorId, 'APPLICATION_WITHDRAWN');
  }

  /** Cancels a locked booking: SEQUENCE up, CANCEL invites out, reminders off, audited. */
  private async markCancelled(
    manager: EntityManager,
    booking: ConsultationBookingEntity,
    reason: string | null,
    actorId: string,
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

  async publish(
    principal: Principal,
    input: PublishConsultationSlotsInput,
  ): Promise<ConsultationSlotEntity[]> {
    const academy = await this.dataSource
      .getRepository(AcademyEntity)
      .findOneBy({ id: input.academyId });
    if (!academy) throw notFound();
    const slots = this.requestedSlots(input, academy);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // One publish per expert at a time: two overlapping batches racing each other's
        // exclusion checks could otherwise deadlock instead of one getting SLOT_OVERLAP.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `consultation-slots:${principal.user.id}`,
        ]);
        const repository = manager.getRepository(ConsultationSlotEntity);
        const saved = await repository.save(
          slots.map((slot) =>
            repository.create({
              academyId: academy.id,
              expertId: principal.user.id,
              ...slot,
              mode: input.mode,
              place: input.place ?? null,
              onlineUrl: input.onlineUrl ?? null,
              status: SlotStatus.OPEN,
            }),
          ),
        );
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'consultation_slots.published',
          entityType: 'academy',
          entityId: academy.id,
          after: { count: saved.length },
        });
        return saved;
      });
    } catch (error) {
      if (pgError(error).constraint === 'ex_consultation_slots_expert_overlap')
        throw new DomainException(ErrorCode.SLOT_OVERLAP);
      throw error;
    }
  }

  /** The slots asked for, single or as a series, each inside the consultation period. */
  private requestedSlots(
    input: PublishConsultationSlotsInput,
    academy: AcademyEntity,
  ): Array<{ startsAt: Date; endsAt: Date }> {
    assertPlaceGiven(input.mode, input.place);
    if (!input.slots === !input.series) {
      throw new InputValidationException([
        { field: 'input.slots', rule: 'exactlyOne', detail: 'give either slots or series' },
      ]);
    }
    // The consultation period: from the opening of applications to the booking deadline.
    const inPeriod = (startsAt: Date): boolean =>
      startsAt >= academy.applicationOpensAt && startsAt <= academy.consultationBookingDeadline;
    if (input.series) {
      const slots = expandSlotSeries(input.series, academy.timeZone);
      const outside = slots.find((slot) => !inPeriod(slot.startsAt));
      if (outside) {
        throw new InputValidationException([
          {
            field:
              outside.startsAt < academy.applicationOpensAt
                ? 'input.series.from'
                : 'input.series.to',
            rule: 'consultationPeriod',
            detail: `${outside.startsAt.toISOString()} is outside the consultation period`,
          },
        ]);
      }
      return slots;
    }
    return input.slots!.map((slot, index) => {
      const field = `input.slots.${index}`;
      const startsAt = parseZonedField(slot.startsAt, academy.timeZone, `${field}.startsAt`);
      const endsAt = parseZonedField(slot.endsAt, academy.timeZone, `${field}.endsAt`);
      assertEndAfterStart(startsAt, endsAt, `${field}.endsAt`);
      if (!inPeriod(startsAt)) {
        throw new InputValidationException([
          {
            field: `${field}.startsAt`,
            rule: 'consultationPeriod',
            detail: 'outside the consultation period',
          },
        ]);
      }
      return { startsAt, endsAt };
    });
  }

  /** A slot locked for a change by its own expert (or an admin); FORBIDDEN for others. */
  private async lockOwnSlot(
    manager: EntityManager,
    principal: Principal,
    slotId: string,
  ): Promise<ConsultationSlotEntity> {
    const slot = await manager
      .getRepository(ConsultationSlotEntity)
      .findOne({ where: { id: slotId }, lock: { mode: 'pessimistic_write' } });
    if (!slot) throw notFound();
    if (slot.expertId !== principal.user.id && !isAdmin(principal))
      throw new DomainException(ErrorCode.FORBIDDEN);
    return slot;
  }

  async withdraw(principal: Principal, slotId: string): Promise<ConsultationSlotEntity> {
    return this.dataSource.transaction(async (manager) => {
      const slot = await this.lockOwnSlot(manager, principal, slotId);
      if (
        await manager
          .getRepository(ConsultationBookingEntity)
          .existsBy({ slotId, status: BookingStatus.ACTIVE })
      ) {
        throw new DomainException(ErrorCode.SLOT_TAKEN);
      }
      slot.status = SlotStatus.WITHDRAWN;
      const saved = await manager.getRepository(ConsultationSlotEntity).save(slot);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'consultation_slot.withdrawn',
        entityType: 'consultation_slot',
        entityId: slot.id,
      });
      return saved;
    });
  }

  /**
   * Changes where a slot happens (mode, place, link); its time stays. A booked slot's
   * people get an updated invite (same UID, SEQUENCE + 1) and their reminder is rewritten.
   */
  async updateSlot(
    principal: Principal,
    input: UpdateConsultationSlotInput,
  ): Promise<ConsultationSlotEntity> {
    return this.dataSource.transaction(async (manager) => {
      const slot = await this.lockOwnSlot(manager, principal, input.slotId);
      this.assertOpenAndAhead(slot);
      const before = { mode: slot.mode, place: slot.place, onlineUrl: slot.onlineUrl };
      if (input.mode !== undefined && input.mode !== null) slot.mode = input.mode;
      if (input.place !== undefined) slot.place = input.place?.trim() || null;
      if (input.onlineUrl !== undefined) slot.onlineUrl = input.onlineUrl || null;
      assertPlaceGiven(slot.mode, slot.place);
      // Nothing changed: no new invite for anyone.
      if (
        slot.mode === before.mode &&
        slot.place === before.place &&
        slot.onlineUrl === before.onlineUrl
      )
        return slot;
      const saved = await manager.getRepository(ConsultationSlotEntity).save(slot);
      const booking = await manager.getRepository(ConsultationBookingEntity).findOne({
        where: { slotId: slot.id, status: BookingStatus.ACTIVE },
        lock: { mode: 'pessimistic_write' },
      });
      if (booking) {
        booking.sequence += 1;
        await manager.getRepository(ConsultationBookingEntity).save(booking);
        await this.mailer.updated(manager, booking.id);
      }
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'consultation_slot.updated',
        entityType: 'consultation_slot',
        entityId: slot.id,
        before,
        after: { mode: slot.mode, place: slot.place, onlineUrl: slot.onlineUrl },
      });
      return saved;
    });
  }

  /** Free slots for applicants of the academy; everything (with bookings) for staff. */
  async slotsOf(
    principal: Principal,
    filter: { academyId: string; from?: Date | null; to?: Date | null; expertId?: string | null },
  ): Promise<ConsultationSlotEntity[]> {
    const { academyId } = filter;
    const staff = isStaff(principal);
    if (!staff) {
      const applies = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM applications a JOIN memberships m ON m.organisation_id = a.organisation_id
         WHERE a.academy_id = $1 AND m.user_id = $2 AND a.status <> 'WITHDRAWN' LIMIT 1`,
        [academyId, principal.user.id],
      );
      if (applies.length === 0) throw notFound();
    }
    const query = this.dataSource
      .getRepository(ConsultationSlotEntity)
      .createQueryBuilder('s')
      .where('s.academy_id = :academyId AND s.status = :open', { academyId, open: SlotStatus.OPEN })
      .orderBy('s.starts_at', 'ASC');
    if (filter.from) query.andWhere('s.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('s.starts_at < :to', { to: filter.to });
    if (filter.expertId) query.andWhere('s.expert_id = :expertId', { expertId: filter.expertId });
    if (!staff) {
      query
        .andWhere(
          "NOT EXISTS (SELECT 1 FROM consultation_bookings b WHERE b.slot_id = s.id AND b.status = 'ACTIVE')",
        )
        .andWhere('s.starts_at > :now', { now: this.clock.now() });
    }
    return query.getMany();
  }

  async book(
    principal: Principal,
    input: BookConsultationInput,
  ): Promise<ConsultationBookingEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Share locks on the application and the slot: many bookers may race (the unique
        // indexes pick one), but a withdrawal of either (FOR UPDATE) waits for them, so no
        // booking lands on a withdrawn slot or survives its application's withdrawal.
        const application = await manager
          .getRepository(ApplicationEntity)
          .findOne({ where: { id: input.applicationId }, lock: { mode: 'pessimistic_read' } });
        // Members book for their organisation; admins may book on its behalf (e.g. by phone).
        if (
          !application ||
          (!isAdmin(principal) &&
            !(await this.memberships.roleIn(principal, application.organisationId, manager)))
        )
          throw notFound();
        if (application.status === ApplicationStatus.WITHDRAWN)
          throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
        if (!isAdmin(principal)) await this.assertBeforeBookingDeadline(manager, application);
        const slot = await this.openSlotOf(manager, input.slotId, application.academyId, true);
        const repository = manager.getRepository(ConsultationBookingEntity);
        // A double click: the same booking again is the same booking.
        const same = await repository.findOneBy({
          slotId: slot.id,
          applicationId: application.id,
          status: BookingStatus.ACTIVE,
        });
        if (same) return same;
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
      const outcome = await this.translateRace(error, input.slotId, input.applicationId);
      if (outcome instanceof ConsultationBookingEntity) return outcome;
      throw outcome;
    }
  }

  /**
   * Moves a booking to another slot: one UPDATE of the same booking, so the old slot is
   * released only if the unique index lets the new one be taken. The booking keeps its id
   * (and its calendar UID); SEQUENCE goes up.
   */
  async reschedule(
    principal: Principal,
    input: RescheduleConsultationInput,
  ): Promise<ConsultationBookingEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(ConsultationBookingEntity);
        const { booking, application, asStaff } = await this.lockBooking(
          manager,
          principal,
          input.bookingId,
        );
        if (booking.status !== BookingStatus.ACTIVE) throw notFound();
        if (input.slotId === booking.slotId) return booking;
        const slot = await this.openSlotOf(manager, input.slotId, application.academyId, true);
        if (!asStaff) {
          await this.assertBeforeBookingDeadline(manager, application);
          await this.assertBeforeCutoff(manager, booking.slotId, application.academyId);
        }
        const previousSlotId = booking.slotId;
        booking.slotId = slot.id;
        booking.sequence += 1;
        const moved = await repository.save(booking);
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
      throw await this.translateRace(error, input.slotId, null);
    }
  }

  async cancel(
    principal: Principal,
    input: CancelConsultationInput,
  ): Promise<ConsultationBookingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { booking, application, asStaff } = await this.lockBooking(
        manager,
        principal,
        input.bookingId,
      );
      if (booking.status === BookingStatus.CANCELLED) return booking;
      if (asStaff && !input.reason?.trim()) {
        throw new InputValidationException([
          { field: 'input.reason', rule: 'isNotEmpty', detail: 'experts and admins give a reason' },
        ]);
      }
      if (!asStaff) await this.assertBeforeCutoff(manager, booking.slotId, application.academyId);
      const saved = await this.markCancelled(
        manager,
        booking,
        input.reason?.trim() || null,
        principal.user.id,
      );
      await this.resumeApplicationReminders(manager, application);
      return saved;
    });
  }

  /** A submitted application without a consultation is incomplete again: reminders resume. */
  private async resumeApplicationReminders(
    manager: EntityManager,
    application: ApplicationEntity,
  ): Promise<void> {
    if (application.status !== ApplicationStatus.SUBMITTED) return;
    const academy = await manager
      .getRepository(AcademyEntity)
      .findOneByOrFail({ id: application.academyId });
    const organisation = await manager
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: application.organisationId });
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
   * A booking locked for a change, with its application and who is changing it: an admin
   * or the expert whose slot it is acts as staff (any time, with a reason); a member of
   * the application's organisation as the applicant (deadline and cut-off apply). Another
   * expert sees the booking but may not change it; for anyone else it does not exist.
   */
  private async lockBooking(
    manager: EntityManager,
    principal: Principal,
    bookingId: string,
  ): Promise<{
    booking: ConsultationBookingEntity;
    application: ApplicationEntity;
    asStaff: boolean;
  }> {
    const booking = await manager
      .getRepository(ConsultationBookingEntity)
      .findOne({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
    if (!booking) throw notFound();
    const application = await manager
      .getRepository(ApplicationEntity)
      .findOneByOrFail({ id: booking.applicationId });
    if (await this.isSlotOwnerOrAdmin(manager, principal, booking.slotId))
      return { booking, application, asStaff: true };
    if (await this.memberships.roleIn(principal, application.organisationId, manager))
      return { booking, application, asStaff: false };
    if (isStaff(principal)) throw new DomainException(ErrorCode.FORBIDDEN);
    throw notFound();
  }

  /** Admins, and the expert who offers the slot. */
  private async isSlotOwnerOrAdmin(
    manager: EntityManager,
    principal: Principal,
    slotId: string,
  ): Promise<boolean> {
    if (isAdmin(principal)) return true;
    if (!isStaff(principal)) return false;
    return manager
      .getRepository(ConsultationSlotEntity)
      .existsBy({ id: slotId, expertId: principal.user.id });
  }

  /**
   * A slot that can be booked for this academy: of that academy (else NOT_FOUND), still
   * open (else SLOT_WITHDRAWN) and not yet started (else SLOT_PAST). `share` takes a FOR
   * SHARE lock for the transaction.
   */
  private async openSlotOf(
    manager: EntityManager,
    slotId: string,
    academyId: string,
    share = false,
  ): Promise<ConsultationSlotEntity> {
    const slot = await manager.getRepository(ConsultationSlotEntity).findOne({
      where: { id: slotId },
      ...(share ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (!slot || slot.academyId !== academyId) throw notFound();
    this.assertOpenAndAhead(slot);
    return slot;
  }

  /** Still offered (else SLOT_WITHDRAWN) and not yet started (else SLOT_PAST). */
  private assertOpenAndAhead(slot: ConsultationSlotEntity): void {
    if (slot.status !== SlotStatus.OPEN) throw new DomainException(ErrorCode.SLOT_WITHDRAWN);
    if (slot.startsAt <= this.clock.now()) throw new DomainException(ErrorCode.SLOT_PAST);
  }

  /** Applicants change a consultation only until the academy's cut-off before it starts. */
  private async assertBeforeCutoff(
    manager: EntityManager,
    slotId: string,
    academyId: string,
  ): Promise<void> {
    const slot = await manager
      .getRepository(ConsultationSlotEntity)
      .findOneByOrFail({ id: slotId });
    const academy = await manager.getRepository(AcademyEntity).findOneByOrFail({ id: academyId });
    const cutoff = new Date(
      slot.startsAt.getTime() - academy.consultationChangeCutoffHours * 3_600_000,
    );
    if (this.clock.now() > cutoff) {
      throw new DomainException(
        ErrorCode.CHANGE_CUTOFF_PASSED,
        {},
        {
          params: {
            hours: academy.consultationChangeCutoffHours,
          },
        },
      );
    }
  }

  /** The expert's notes on a consultation: written by its expert, read by experts and admins. */
  async recordNotes(
    principal: Principal,
    bookingId: string,
    notes: string,
  ): Promise<ConsultationBookingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationBookingEntity);
      const booking = await repository.findOne({
        where: { id: bookingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!booking) throw notFound();
      // The expert who held the consultation writes the notes (or an admin).
      if (!(await this.isSlotOwnerOrAdmin(manager, principal, booking.slotId)))
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
    return this.dataSource
      .getRepository(ConsultationBookingEntity)
      .createQueryBuilder('b')
      .innerJoin(ConsultationSlotEntity, 's', 's.id = b.slot_id')
      .where('b.status = :active', { active: BookingStatus.ACTIVE })
      .andWhere(
        `(b.application_id IN (SELECT a.id FROM applications a JOIN memberships m ON m.organisation_id = a.organisation_id WHERE m.user_id = :userId)
          OR s.expert_id = :userId)`,
        { userId: principal.user.id },
      )
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }

  private async assertBeforeBookingDeadline(
    manager: EntityManager,
    application: ApplicationEntity,
  ): Promise<void> {
    const academy = await manager
      .getRepository(AcademyEntity)
      .findOneByOrFail({ id: application.academyId });
    const deadline = await this.applications.effectiveDeadline(
      academy,
      application.id,
      'consultationBookingDeadline',
      manager,
    );
    if (this.clock.now().getTime() > deadline.getTime()) {
      throw new DomainException(
        ErrorCode.DEADLINE_PASSED,
        { deadline: deadline.toISOString() },
        {
          key: 'BOOKING_DEADLINE_PASSED',
          params: { deadline: { instant: deadline, zone: academy.timeZone } },
        },
      );
    }
  }

  /** The database refused a race: say which rule, never a 500. */
  private async translateRace(
    error: unknown,
    slotId: string,
    applicationId: string | null,
  ): Promise<unknown> {
    const { constraint } = pgError(error);
    if (constraint === 'uq_consultation_bookings_active_slot')
      return new DomainException(ErrorCode.SLOT_TAKEN);
    if (constraint === 'uq_consultation_bookings_active_application') {
      if (applicationId) {
        const same = await this.dataSource
          .getRepository(ConsultationBookingEntity)
          .findOneBy({ slotId, applicationId, status: BookingStatus.ACTIVE });
        if (same) return same;
      }
      return new DomainException(ErrorCode.ALREADY_BOOKED);
    }
    return error;
  }
}
