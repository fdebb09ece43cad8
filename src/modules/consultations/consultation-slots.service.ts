import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { AuditService } from '../audit/audit.service.js';
import { hostsConsultationsSql } from '../users/user.sql.js';
import { rethrowConsultationConstraint } from './consultation-constraint-errors.js';
import { BookingStatus } from './consultation-booking.enums.js';
import { ConsultationMailer } from './consultation-mailer.js';
import { RoundPurpose } from './appointment-round.enums.js';
import { AppointmentRoundsService } from './appointment-rounds.service.js';
import { AppointmentRoundEntity } from './entities/appointment-round.entity.js';
import { SlotStatus } from './consultation-slot.enums.js';
import type { PublishConsultationSlotsInput } from './dto/publish-consultation-slots.input.js';
import type { UpdateConsultationSlotInput } from './dto/update-consultation-slot.input.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';
import { assertPlaceGiven, requestedSlots } from './requested-slots.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

export interface SlotFilter {
  academyId: string;
  /** A round of the academy; without it, its CONSULTATION round (today's meaning). */
  roundId?: string | null;
  from?: Date | null;
  to?: Date | null;
  expertId?: string | null;
}

/**
 * The times experts offer. The database refuses two open slots of one expert that
 * overlap; this service only turns that refusal into SLOT_OVERLAP.
 */
@Injectable()
export class ConsultationSlotsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    @InjectRepository(ConsultationSlotEntity)
    private readonly slots: Repository<ConsultationSlotEntity>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
    private readonly mailer: ConsultationMailer,
    private readonly rounds: AppointmentRoundsService,
  ) {}

  /**
   * Publishes single slots or a series, all or none, into the given round of the academy, or
   * (no round) into the academy's CONSULTATION round, made on demand.
   */
  async publish(
    principal: Principal,
    input: PublishConsultationSlotsInput,
  ): Promise<ConsultationSlotEntity[]> {
    const academy = await this.academies.require(input.academyId);
    const slots = await this.requested(input, academy);
    try {
      return await this.transactions.run(async (manager) => {
        const roundId =
          input.roundId ?? (await this.rounds.consultationRoundOf(academy.id, manager)).id;
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
              roundId,
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
          after: { count: saved.length, roundId },
        });
        return saved;
      });
    } catch (error) {
      rethrowConsultationConstraint(error);
    }
  }

  /**
   * What `publish` would create from the same input, writing nothing: the same expansion and
   * the same refusals (so a preview and a publish never differ), and for each slot whether it
   * overlaps one of the expert's open slots (the publish would get SLOT_OVERLAP).
   */
  async preview(
    principal: Principal,
    input: PublishConsultationSlotsInput,
  ): Promise<Array<{ startsAt: Date; endsAt: Date; overlapsOwnSlot: boolean }>> {
    const academy = await this.academies.require(input.academyId);
    const slots = await this.requested(input, academy);
    const first = Math.min(...slots.map((slot) => slot.startsAt.getTime()));
    const last = Math.max(...slots.map((slot) => slot.endsAt.getTime()));
    // Open slots of this expert in any academy: the exclusion constraint spans them all.
    const own = await this.slots
      .createQueryBuilder('s')
      .where('s.expert_id = :expertId AND s.status = :open', {
        expertId: principal.user.id,
        open: SlotStatus.OPEN,
      })
      .andWhere('s.starts_at < :last AND s.ends_at > :first', {
        first: new Date(first),
        last: new Date(last),
      })
      .getMany();
    return slots.map((slot) => ({
      ...slot,
      overlapsOwnSlot: own.some(
        (other) => other.startsAt < slot.endsAt && other.endsAt > slot.startsAt,
      ),
    }));
  }

  /** The slots of a publish (or preview) into its round: consultations keep to their period. */
  private async requested(
    input: PublishConsultationSlotsInput,
    academy: AcademyRecord,
  ): Promise<Array<{ startsAt: Date; endsAt: Date }>> {
    const round = input.roundId
      ? await this.rounds.requireOfAcademy(input.roundId, academy.id)
      : null;
    return requestedSlots(input, academy, !round || round.purpose === RoundPurpose.CONSULTATION);
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

  /** Takes a free slot off offer; a booked one stays (SLOT_TAKEN) until the booking goes. */
  async withdraw(principal: Principal, slotId: string): Promise<ConsultationSlotEntity> {
    return this.transactions.run(async (manager) => {
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
  async update(
    principal: Principal,
    input: UpdateConsultationSlotInput,
  ): Promise<ConsultationSlotEntity> {
    return this.transactions.run(async (manager) => {
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
  async slotsOf(principal: Principal, filter: SlotFilter): Promise<ConsultationSlotEntity[]> {
    const { academyId } = filter;
    const staff = isStaff(principal);
    if (!staff && !(await this.applications.userHasActiveApplication(principal.user.id, academyId)))
      throw notFound();
    if (filter.roundId) await this.rounds.requireOfAcademy(filter.roundId, academyId);
    const query = this.slots
      .createQueryBuilder('s')
      .where('s.academy_id = :academyId AND s.status = :open', { academyId, open: SlotStatus.OPEN })
      .orderBy('s.starts_at', 'ASC');
    if (filter.roundId) query.andWhere('s.round_id = :roundId', { roundId: filter.roundId });
    else
      query.andWhere(
        `s.round_id IN (SELECT r.id FROM appointment_rounds r WHERE r.academy_id = :academyId AND r.purpose = :consultation)`,
        { consultation: RoundPurpose.CONSULTATION },
      );
    if (filter.from) query.andWhere('s.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('s.starts_at < :to', { to: filter.to });
    if (filter.expertId) query.andWhere('s.expert_id = :expertId', { expertId: filter.expertId });
    if (!staff) {
      query
        // A former expert's slots are not offered, even before they are withdrawn.
        .andWhere(hostsConsultationsSql('s.expert_id'))
        .andWhere(
          'NOT EXISTS (SELECT 1 FROM consultation_bookings b WHERE b.slot_id = s.id AND b.status = :active)',
          { active: BookingStatus.ACTIVE },
        )
        .andWhere('s.starts_at > :now', { now: this.clock.now() });
    }
    return query.getMany();
  }

  /** A slot's academy, round and expert (they never change), or null. */
  async factsOf(
    slotId: string,
    manager?: EntityManager,
  ): Promise<{ academyId: string; roundId: string; expertId: string } | null> {
    const slot = await (manager?.getRepository(ConsultationSlotEntity) ?? this.slots).findOne({
      select: { id: true, academyId: true, roundId: true, expertId: true },
      where: { id: slotId },
    });
    return slot
      ? { academyId: slot.academyId, roundId: slot.roundId, expertId: slot.expertId }
      : null;
  }

  /** Free future slots of a round (`onlyFree`; always for non-staff), or all its open slots. */
  async slotsOfRound(
    principal: Principal,
    round: AppointmentRoundEntity,
    requestedOnlyFree: boolean,
  ): Promise<ConsultationSlotEntity[]> {
    // Staff see every open slot; organisations' people (of an organisation that applied to
    // the academy, cohort organisations included) only the free ones.
    const staff = isStaff(principal);
    if (
      !staff &&
      !(await this.applications.userHasActiveApplication(principal.user.id, round.academyId))
    )
      throw notFound();
    const onlyFree = requestedOnlyFree || !staff;
    const query = this.slots
      .createQueryBuilder('s')
      .where('s.round_id = :roundId AND s.status = :open', {
        roundId: round.id,
        open: SlotStatus.OPEN,
      })
      .orderBy('s.starts_at', 'ASC');
    if (onlyFree)
      query
        .andWhere(hostsConsultationsSql('s.expert_id'))
        .andWhere(
          'NOT EXISTS (SELECT 1 FROM consultation_bookings b WHERE b.slot_id = s.id AND b.status = :active)',
          { active: BookingStatus.ACTIVE },
        )
        .andWhere('s.starts_at > :now', { now: this.clock.now() });
    return query.getMany();
  }

  /**
   * A slot that can be booked for this academy: of that academy (else NOT_FOUND), still
   * open (else SLOT_WITHDRAWN) and not yet started (else SLOT_PAST), under a share lock
   * (FOR SHARE) for the rest of the caller's transaction: a withdrawal waits for it.
   */
  async lockBookable(
    slotId: string,
    academyId: string,
    manager: EntityManager,
  ): Promise<ConsultationSlotEntity> {
    const slot = await manager
      .getRepository(ConsultationSlotEntity)
      .findOne({ where: { id: slotId }, lock: { mode: 'pessimistic_read' } });
    if (!slot || slot.academyId !== academyId) throw notFound();
    this.assertOpenAndAhead(slot);
    // Its expert must still hold a role that hosts consultations (read now, under the lock).
    const [{ hosts }] = await manager.query<Array<{ hosts: boolean }>>(
      `SELECT ${hostsConsultationsSql('$1')} AS hosts`,
      [slot.expertId],
    );
    if (!hosts) throw new DomainException(ErrorCode.SLOT_WITHDRAWN);
    return slot;
  }

  /**
   * `lockBookable` for a booking of this application (the same refusals, the expert's role
   * included), and in the same statement the id of
   * the application's active booking of this slot, if any (a double click's twin): the hot
   * booking path pays one round trip for both.
   */
  async lockBookableFor(
    slotId: string,
    application: { id: string; academyId: string },
    manager: EntityManager,
  ): Promise<{ slot: ConsultationSlotEntity; activeBookingId: string | null }> {
    const { entities, raw } = await manager
      .getRepository(ConsultationSlotEntity)
      .createQueryBuilder('s')
      .addSelect(
        '(SELECT b.id FROM consultation_bookings b WHERE b.slot_id = s.id AND b.application_id = :applicationId AND b.status = :active)',
        'active_booking_id',
      )
      // Its expert must still hold a role that hosts consultations (read now, under the lock).
      .addSelect(hostsConsultationsSql('s.expert_id'), 'expert_hosts')
      .where('s.id = :slotId', {
        slotId,
        applicationId: application.id,
        active: BookingStatus.ACTIVE,
      })
      .setLock('pessimistic_read')
      .getRawAndEntities<{ active_booking_id: string | null; expert_hosts: boolean }>();
    const slot = entities[0];
    if (!slot || slot.academyId !== application.academyId) throw notFound();
    this.assertOpenAndAhead(slot);
    if (!raw[0].expert_hosts) throw new DomainException(ErrorCode.SLOT_WITHDRAWN);
    return { slot, activeBookingId: raw[0].active_booking_id ?? null };
  }

  /** Still offered (else SLOT_WITHDRAWN) and not yet started (else SLOT_PAST). */
  private assertOpenAndAhead(slot: ConsultationSlotEntity): void {
    if (slot.status !== SlotStatus.OPEN) throw new DomainException(ErrorCode.SLOT_WITHDRAWN);
    if (slot.startsAt <= this.clock.now()) throw new DomainException(ErrorCode.SLOT_PAST);
  }

  /** Admins, and the expert who offers the slot. */
  async isOwnerOrAdmin(
    principal: Principal,
    slotId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    if (isAdmin(principal)) return true;
    if (!isStaff(principal)) return false;
    return (manager?.getRepository(ConsultationSlotEntity) ?? this.slots).existsBy({
      id: slotId,
      expertId: principal.user.id,
    });
  }
}
