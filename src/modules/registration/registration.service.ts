import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { zoned } from '../../common/time/zoned-date-time.model.js';
import { parseZonedField } from '../../common/time/zoned-input.js';
import { AppConfig } from '../../config/app-config.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { EventStatus } from '../timeline/timeline-event.enums.js';
import type { EventForParticipant } from '../timeline/timeline.types.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { UsersService } from '../users/users.service.js';
import type { EventRegistrantsArgs } from './dto/event-registrants.args.js';
import type { EventRegistrationInput } from './dto/event-registration.input.js';
import type { SetEventRegistrationInput } from './dto/set-event-registration.input.js';
import { EventRegistrationSettingsEntity } from './entities/event-registration-settings.entity.js';
import { EventRegistrationEntity } from './entities/event-registration.entity.js';
import type {
  EventRegistrantModel,
  EventRegistrationModel,
  MyEventRegistrationModel,
} from './models/event-registration.model.js';
import { EVENT_QUEUE_WAIT_MS, EventSeatQueue, retryWhileBusy } from './event-seat-queue.js';
import { RegisterForEvent } from './usecases/register-for-event/register-for-event.usecase.js';
import { RegistrationMailer } from './registration-mailer.js';
import { RegistrationStatus } from './registration.enums.js';

const fields = (registration: EventRegistrationEntity) => ({
  userId: registration.userId,
  status: registration.status,
  seatNo: registration.seatNo,
  arrival: registration.arrival,
});

/**
 * Registration for events with limited seats. Every change of one event's seats first waits
 * its turn in this instance's per-event queue (`EventSeatQueue`, no connection held), then
 * runs in one transaction holding the event's `event_registration_settings` row FOR UPDATE,
 * so registrations take arrival numbers and seats one after another across instances; the
 * constraints on `event_registrations` (one live registration per person, one registration
 * per seat) are the guarantee. A cancellation that frees a seat promotes the first waitlisted
 * person in the same transaction, audited, with their mail in the outbox.
 *
 * Because the queue lets at most one transaction per instance wait on an event's lock, those
 * transactions wait with the ordinary lock timeout (DATABASE_LOCK_TIMEOUT_MS), not the short
 * contended one: a rush is absorbed in arrival order instead of refused with
 * SERVICE_UNAVAILABLE.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(EventRegistrationEntity)
    private readonly registrations: Repository<EventRegistrationEntity>,
    private readonly timeline: TimelineService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly mailer: RegistrationMailer,
    private readonly clock: Clock,
    private readonly queue: EventSeatQueue,
    private readonly config: AppConfig,
    private readonly registerForEvent: RegisterForEvent,
  ) {}

  /** The event's seat changes, one at a time: queued in this instance, then under its lock. */
  private seatChange<T>(eventId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.queue.run(eventId, () =>
      retryWhileBusy(
        () => this.transactions.run(work, { lockTimeoutMs: this.config.database.lockTimeoutMs }),
        performance.now() + EVENT_QUEUE_WAIT_MS,
      ),
    );
  }

  /** The event's registration as the caller sees it; null when the event takes none. */
  async registrationOf(
    principal: Principal,
    eventId: string,
  ): Promise<EventRegistrationModel | null> {
    const event = await this.timeline.findVisible(principal, eventId);
    if (!event) throw notFound();
    const manager = this.registrations.manager;
    const settings = await manager.findOneBy(EventRegistrationSettingsEntity, { eventId });
    if (!settings) return null;
    const target = await this.timeline.forParticipant(eventId, principal.user.id, manager);
    const [counts] = await manager.query<Array<{ registered: number; waitlisted: number }>>(
      `SELECT count(*) FILTER (WHERE status = $2)::int AS registered,
              count(*) FILTER (WHERE status = $3)::int AS waitlisted
       FROM event_registrations WHERE event_id = $1`,
      [eventId, RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED],
    );
    const now = this.clock.now();
    return {
      eventId,
      event,
      capacity: settings.capacity,
      closesAt: zoned(settings.closesAt, event.academy?.timeZone ?? 'Europe/Helsinki'),
      isOpen: now < settings.closesAt && event.status === EventStatus.SCHEDULED,
      registeredCount: counts.registered,
      waitlistedCount: counts.waitlisted,
      seatsLeft: Math.max(0, settings.capacity - counts.registered),
      inAudience: target?.inAudience ?? false,
      myRegistration: await this.mine(manager, eventId, principal.user.id),
    };
  }

  /** Staff: everyone on the event's list, registered first (by seat), then the waitlist. */
  async registrantsOf(
    principal: Principal,
    args: EventRegistrantsArgs,
  ): Promise<EventRegistrantModel[]> {
    const event = await this.timeline.findVisible(principal, args.eventId);
    if (!event || !isStaff(principal)) throw notFound();
    const rows = await this.registrations.manager.query<
      Array<{
        id: string;
        user_id: string;
        status: RegistrationStatus;
        seat_no: number | null;
        arrival: number;
        created_at: Date;
        promoted_at: Date | null;
        waitlist_position: number | null;
      }>
    >(
      `SELECT r.id, r.user_id, r.status, r.seat_no, r.arrival, r.created_at, r.promoted_at,
              CASE WHEN r.status = $2 THEN row_number() OVER (PARTITION BY r.status ORDER BY r.arrival) END::int AS waitlist_position
       FROM event_registrations r
       WHERE r.event_id = $1 AND r.status <> $3
       ORDER BY r.status = $2, r.seat_no, r.arrival
       LIMIT $4 OFFSET $5`,
      [
        args.eventId,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.CANCELLED,
        args.limit,
        args.offset,
      ],
    );
    const people = new Map(
      (await this.users.findByIds(rows.map((row) => row.user_id))).map((user) => [user.id, user]),
    );
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      name: people.get(row.user_id)?.name ?? null,
      email: people.get(row.user_id)?.email ?? '',
      status: row.status,
      seatNo: row.seat_no,
      waitlistPosition: row.waitlist_position,
      arrival: row.arrival,
      registeredAt: row.created_at,
      promotedAt: row.promoted_at,
    }));
  }

  /**
   * Admins (any event) and the event's hosts set its capacity and closing time. Raising the
   * capacity promotes waitlisted people into the new seats at once; lowering it below the
   * number registered is refused (nobody loses a seat they hold).
   */
  async configure(
    principal: Principal,
    input: SetEventRegistrationInput,
  ): Promise<EventRegistrationModel | null> {
    await this.seatChange(input.eventId, async (manager) => {
      const event = await this.timeline.forParticipant(
        input.eventId,
        principal.user.id,
        manager,
        true,
      );
      if (!event || (!isAdmin(principal) && !event.isHost)) throw notFound();
      if (event.status === EventStatus.CANCELLED)
        throw new DomainException(ErrorCode.EVENT_CANCELLED);
      const closesAt = parseZonedField(input.closesAt, event.academyTimeZone, 'input.closesAt');
      if (closesAt > event.startsAt)
        throw new InputValidationException([
          {
            field: 'input.closesAt',
            rule: 'maxDate',
            detail: 'registration must close at the latest when the event starts',
          },
        ]);
      const repository = manager.getRepository(EventRegistrationSettingsEntity);
      await repository
        .createQueryBuilder()
        .insert()
        .values({ eventId: event.id, capacity: input.capacity, closesAt })
        .orIgnore()
        .execute();
      const settings = await this.lock(manager, event.id);
      const before = { capacity: settings.capacity, closesAt: settings.closesAt.toISOString() };
      const registered = await this.registeredCount(manager, event.id);
      if (input.capacity < registered)
        throw new InputValidationException([
          {
            field: 'input.capacity',
            rule: 'min',
            detail: `${registered} people hold seats; the capacity cannot go below that`,
          },
        ]);
      await repository.update({ eventId: event.id }, { capacity: input.capacity, closesAt });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'event_registration.configured',
        entityType: 'timeline_event',
        entityId: event.id,
        before,
        after: { capacity: input.capacity, closesAt: closesAt.toISOString() },
      });
      await this.promote(manager, event, input.capacity, principal.user.id);
    });
    return this.registrationOf(principal, input.eventId);
  }

  /**
   * The caller registers: a seat while there is one, else the end of the waitlist. Refused
   * for an event without registration, a cancelled one, after closing, outside the audience,
   * and a second time.
   */
  async register(
    principal: Principal,
    input: EventRegistrationInput,
  ): Promise<EventRegistrationModel | null> {
    const registered = await this.registerForEvent.execute(input.eventId, principal.user.id);
    // The answer from what the batch knew, plus the event: one read, not six — a batch of a
    // hundred answering at once must not queue for the pool (S7).
    const event = await this.timeline.findVisible(principal, input.eventId);
    if (!event) return this.registrationOf(principal, input.eventId);
    return {
      eventId: input.eventId,
      event,
      capacity: registered.capacity,
      closesAt: zoned(registered.closesAt, event.academy?.timeZone ?? 'Europe/Helsinki'),
      isOpen: this.clock.now() < registered.closesAt && event.status === EventStatus.SCHEDULED,
      registeredCount: registered.registeredCount,
      waitlistedCount: registered.waitlistedCount,
      seatsLeft: Math.max(0, registered.capacity - registered.registeredCount),
      inAudience: true,
      myRegistration: registered.mine,
    };
  }

  /**
   * The caller cancels their registration (until the event starts). A freed seat goes to the
   * first waitlisted person at once, exactly once: the event's lock orders the cancellations
   * and the seat's unique index refuses a second holder.
   */
  async cancel(
    principal: Principal,
    input: EventRegistrationInput,
  ): Promise<EventRegistrationModel | null> {
    const userId = principal.user.id;
    await this.seatChange(input.eventId, async (manager) => {
      const event = await this.timeline.forParticipant(input.eventId, userId, manager, true);
      if (!event) throw notFound();
      const settings = await this.lock(manager, event.id);
      if (this.clock.now() >= event.startsAt)
        throw new DomainException(ErrorCode.REGISTRATION_CLOSED, {
          closesAt: event.startsAt.toISOString(),
        });
      const repository = manager.getRepository(EventRegistrationEntity);
      const registration = await repository.findOne({
        where: [
          { eventId: event.id, userId, status: RegistrationStatus.REGISTERED },
          { eventId: event.id, userId, status: RegistrationStatus.WAITLISTED },
        ],
      });
      if (!registration) throw new DomainException(ErrorCode.NOT_REGISTERED);
      const before = fields(registration);
      await repository.update(
        { id: registration.id },
        { status: RegistrationStatus.CANCELLED, seatNo: null, cancelledAt: this.clock.now() },
      );
      await this.audit.record(manager, {
        actorId: userId,
        action: 'event_registration.cancelled',
        entityType: 'event_registration',
        entityId: registration.id,
        before,
        after: { ...before, status: RegistrationStatus.CANCELLED, seatNo: null },
      });
      if (
        registration.status === RegistrationStatus.REGISTERED &&
        event.status === EventStatus.SCHEDULED
      )
        await this.promote(manager, event, settings.capacity, userId);
    });
    return this.registrationOf(principal, input.eventId);
  }

  /**
   * Fills free seats from the waitlist, first arrived first, each promotion audited and
   * mailed. The caller holds the event's lock.
   */
  private async promote(
    manager: EntityManager,
    event: EventForParticipant,
    capacity: number,
    actorId: string,
  ): Promise<void> {
    const repository = manager.getRepository(EventRegistrationEntity);
    const promoted: string[] = [];
    for (;;) {
      const seatNo = await this.freeSeat(manager, event.id, capacity);
      if (seatNo === null) break;
      const next = await repository.findOne({
        where: { eventId: event.id, status: RegistrationStatus.WAITLISTED },
        order: { arrival: 'ASC' },
      });
      if (!next) break;
      const before = fields(next);
      next.status = RegistrationStatus.REGISTERED;
      next.seatNo = seatNo;
      next.promotedAt = this.clock.now();
      await repository.update(
        { id: next.id, status: RegistrationStatus.WAITLISTED },
        { status: next.status, seatNo, promotedAt: next.promotedAt },
      );
      await this.audit.record(manager, {
        actorId,
        action: 'event_registration.promoted',
        entityType: 'event_registration',
        entityId: next.id,
        before,
        after: fields(next),
      });
      promoted.push(next.userId);
    }
    await this.mailer.promoted(manager, event, promoted);
  }

  private async lock(
    manager: EntityManager,
    eventId: string,
  ): Promise<EventRegistrationSettingsEntity> {
    const settings = await manager.findOne(EventRegistrationSettingsEntity, {
      where: { eventId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!settings) throw new DomainException(ErrorCode.REGISTRATION_NOT_OFFERED);
    return settings;
  }

  private async registeredCount(manager: EntityManager, eventId: string): Promise<number> {
    return manager.countBy(EventRegistrationEntity, {
      eventId,
      status: RegistrationStatus.REGISTERED,
    });
  }

  /** The lowest seat 1…capacity nobody holds; null when all are taken. */
  private async freeSeat(
    manager: EntityManager,
    eventId: string,
    capacity: number,
  ): Promise<number | null> {
    const [row] = await manager.query<Array<{ seat: number }>>(
      `SELECT s::int AS seat FROM generate_series(1, $2::int) s
       WHERE NOT EXISTS (SELECT 1 FROM event_registrations r
         WHERE r.event_id = $1 AND r.status = $3 AND r.seat_no = s)
       ORDER BY s LIMIT 1`,
      [eventId, capacity, RegistrationStatus.REGISTERED],
    );
    return row?.seat ?? null;
  }

  private async mine(
    manager: EntityManager,
    eventId: string,
    userId: string,
  ): Promise<MyEventRegistrationModel | null> {
    const [row] = await manager.query<
      Array<{
        id: string;
        status: RegistrationStatus;
        seat_no: number | null;
        created_at: Date;
        promoted_at: Date | null;
        waitlist_position: number | null;
      }>
    >(
      `SELECT r.id, r.status, r.seat_no, r.created_at, r.promoted_at,
              CASE WHEN r.status = $3 THEN (SELECT count(*)::int FROM event_registrations w
                WHERE w.event_id = r.event_id AND w.status = $3 AND w.arrival <= r.arrival) END AS waitlist_position
       FROM event_registrations r
       WHERE r.event_id = $1 AND r.user_id = $2 AND r.status <> $4`,
      [eventId, userId, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED],
    );
    if (!row) return null;
    return {
      id: row.id,
      status: row.status,
      seatNo: row.seat_no,
      waitlistPosition: row.waitlist_position,
      registeredAt: row.created_at,
      promotedAt: row.promoted_at,
    };
  }
}
