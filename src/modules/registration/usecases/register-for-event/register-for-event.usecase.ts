import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../../common/errors/error-code.js';
import { Clock } from '../../../../common/time/clock.js';
import { AppConfig } from '../../../../config/app-config.js';
import { ContendedTransactions } from '../../../../database/contended-transactions.js';
import { AuditService } from '../../../audit/audit.service.js';
import { EventStatus } from '../../../timeline/timeline-event.enums.js';
import { TimelineService } from '../../../timeline/timeline.service.js';
import { EventRegistrationSettingsEntity } from '../../entities/event-registration-settings.entity.js';
import { EventRegistrationEntity } from '../../entities/event-registration.entity.js';
import {
  type BatchOutcome,
  EVENT_QUEUE_WAIT_MS,
  EventSeatQueue,
  retryWhileBusy,
} from '../../event-seat-queue.js';
import { rethrowRegistrationConstraint } from '../../registration-constraint-errors.js';
import type { MyEventRegistrationModel } from '../../models/event-registration.model.js';
import { RegistrationStatus } from '../../registration.enums.js';

/** What a registered person's answer needs, known in the batch (no read per person after). */
export interface RegisteredInBatch {
  mine: MyEventRegistrationModel;
  capacity: number;
  closesAt: Date;
  /** After the whole batch. */
  registeredCount: number;
  waitlistedCount: number;
}

const refused = (code: ErrorCode.NOT_IN_AUDIENCE | ErrorCode.ALREADY_REGISTERED) => ({
  ok: false as const,
  error: new DomainException(code),
});

/**
 * A person registers for an event: a seat while one is free, else the end of the waitlist.
 *
 * Everyone who asks while the event's earlier seat change runs joins one batch
 * (`EventSeatQueue.batch`), and the batch is one transaction of a fixed handful of
 * statements whatever its size: the event FOR SHARE, its settings row FOR UPDATE (the lock
 * that orders seat changes across instances), the audience of all of them, the event's last
 * arrival, taken seats and their live registrations, one multi-row INSERT and one for the
 * audit entries. Arrivals and seats are handed out in memory, in the order the requests came,
 * under that lock — the unique indexes on `event_registrations` remain the guarantee. One
 * person's refusal (not in the audience, already registered — also twice in the same batch)
 * is theirs alone; a refusal about the event (gone, cancelled, closed, takes none) is
 * everyone's.
 */
@Injectable()
export class RegisterForEvent {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly queue: EventSeatQueue,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  execute(eventId: string, userId: string): Promise<RegisteredInBatch> {
    return this.queue
      .batch(eventId, userId, (userIds: readonly string[]) => this.registerAll(eventId, userIds))
      .catch(rethrowRegistrationConstraint);
  }

  private registerAll(
    eventId: string,
    userIds: readonly string[],
  ): Promise<Array<BatchOutcome<RegisteredInBatch>>> {
    // The queue lets one transaction per instance wait on the event's lock: the ordinary
    // lock timeout, not the contended one (see RegistrationService). A batch that found no
    // connection in time wrote nothing and runs again, within the queue's bound.
    return retryWhileBusy(
      () =>
        this.transactions.run((manager) => this.insertAll(manager, eventId, userIds), {
          lockTimeoutMs: this.config.database.lockTimeoutMs,
        }),
      performance.now() + EVENT_QUEUE_WAIT_MS,
    );
  }

  private async insertAll(
    manager: EntityManager,
    eventId: string,
    userIds: readonly string[],
  ): Promise<Array<BatchOutcome<RegisteredInBatch>>> {
    const event = await this.timeline.forParticipant(eventId, userIds[0], manager, true);
    if (!event) throw notFound();
    const settings = await manager.findOne(EventRegistrationSettingsEntity, {
      where: { eventId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!settings) throw new DomainException(ErrorCode.REGISTRATION_NOT_OFFERED);
    if (event.status === EventStatus.CANCELLED)
      throw new DomainException(ErrorCode.EVENT_CANCELLED);
    if (this.clock.now() >= settings.closesAt)
      throw new DomainException(ErrorCode.REGISTRATION_CLOSED, {
        closesAt: settings.closesAt.toISOString(),
      });
    const audience = await this.timeline.audienceAmong(eventId, userIds, manager);
    const [state] = await manager.query<
      Array<{ last_arrival: number; waitlisted: number; seats: number[]; live_users: string[] }>
    >(
      `SELECT coalesce(max(arrival), 0)::int AS last_arrival,
              (count(*) FILTER (WHERE status = $5))::int AS waitlisted,
              coalesce(array_agg(seat_no) FILTER (WHERE status = $2), '{}')::int[] AS seats,
              coalesce(array_agg(user_id::text) FILTER (WHERE status <> $3 AND user_id = ANY($4::uuid[])), '{}')::text[] AS live_users
       FROM event_registrations WHERE event_id = $1`,
      [
        eventId,
        RegistrationStatus.REGISTERED,
        RegistrationStatus.CANCELLED,
        userIds,
        RegistrationStatus.WAITLISTED,
      ],
    );
    const taken = new Set(state.seats);
    const free = Array.from({ length: settings.capacity }, (_, index) => index + 1).filter(
      (seat) => !taken.has(seat),
    );
    const live = new Set(state.live_users);
    const repository = manager.getRepository(EventRegistrationEntity);
    let arrival = state.last_arrival;
    const rows: EventRegistrationEntity[] = [];
    const accepted: number[] = [];
    const outcomes = userIds.map((userId, index): BatchOutcome<RegisteredInBatch> => {
      if (!audience.has(userId)) return refused(ErrorCode.NOT_IN_AUDIENCE);
      if (live.has(userId)) return refused(ErrorCode.ALREADY_REGISTERED);
      live.add(userId);
      arrival += 1;
      const seatNo = free.shift() ?? null;
      rows.push(
        repository.create({
          eventId,
          userId,
          arrival,
          status: seatNo === null ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED,
          seatNo,
          promotedAt: null,
          cancelledAt: null,
        }),
      );
      accepted.push(index);
      return { ok: false, error: new Error('pending') }; // replaced below once saved
    });
    if (rows.length === 0) return outcomes;
    const saved = await repository.save(rows);
    const seatedNow = saved.filter((row) => row.seatNo !== null).length;
    const registeredCount = state.seats.length + seatedNow;
    const waitlistedCount = state.waitlisted + saved.length - seatedNow;
    let waitlistPosition = state.waitlisted;
    saved.forEach((row, position) => {
      if (row.seatNo === null) waitlistPosition += 1;
      outcomes[accepted[position]] = {
        ok: true,
        value: {
          mine: {
            id: row.id,
            status: row.status,
            seatNo: row.seatNo,
            waitlistPosition: row.seatNo === null ? waitlistPosition : null,
            registeredAt: row.createdAt,
            promotedAt: null,
          },
          capacity: settings.capacity,
          closesAt: settings.closesAt,
          registeredCount,
          waitlistedCount,
        },
      };
    });
    await this.audit.recordAll(
      manager,
      saved.map((registration) => ({
        actorId: registration.userId,
        action:
          registration.seatNo === null
            ? 'event_registration.waitlisted'
            : 'event_registration.registered',
        entityType: 'event_registration',
        entityId: registration.id,
        after: {
          eventId,
          userId: registration.userId,
          status: registration.status,
          seatNo: registration.seatNo,
          arrival: registration.arrival,
        },
      })),
    );
    return outcomes;
  }
}
