import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { assertEndAfterStart, parseZonedField } from '../../common/time/zoned-input.js';
import { AuditService } from '../audit/audit.service.js';
import { AcademiesService } from '../academies/academies.service.js';
import { joinAcademySql } from '../academies/academy.sql.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { UserRecord } from '../users/user.types.js';
import { UsersService } from '../users/users.service.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import type { CancelEventInput } from './dto/cancel-event.input.js';
import type { RescheduleEventInput } from './dto/reschedule-event.input.js';
import type { ScheduleEventInput } from './dto/schedule-event.input.js';
import type { UpdateEventInput } from './dto/update-event.input.js';
import { TimelineEventEntity } from './entities/timeline-event.entity.js';
import { EventAudience, EventKind, EventStatus } from './timeline-event.enums.js';
import { readRows } from '../../database/read-rows.js';
import { EVENT_COLUMNS, eventFromRow, type EventRow } from './event-rows.js';
import {
  eventConditionFor,
  inEventAudienceSql,
  personalFeedCondition,
} from './event-visibility.js';
import type { EventForParticipant } from './timeline.types.js';
import { localizedFromRow } from '../../common/i18n/localized-text.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { EventReminders } from './event-reminders.js';
import { TimelineEventChanges } from './timeline-event-changes.js';

/** What a caller may do with one event (`TimelineService.accessTo`). */
export interface EventAccess {
  /** With `academy` and `hosts` loaded. */
  event: TimelineEventEntity;
  /** Staff, its hosts, and the people whose calendar it belongs in. */
  inAudience: boolean;
  /** Admins, and experts who host it. */
  canManage: boolean;
}

/** A timeline event as seed data. */
export type TimelineEventSeed = Pick<
  TimelineEventEntity,
  | 'kind'
  | 'title'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'mode'
  | 'place'
  | 'onlineUrl'
  | 'audience'
  | 'status'
  | 'sequence'
> & { audienceOrganisationId: null };

const snapshot = (event: TimelineEventEntity): Record<string, unknown> => ({
  kind: event.kind,
  title: event.title,
  startsAt: event.startsAt.toISOString(),
  endsAt: event.endsAt.toISOString(),
  mode: event.mode,
  place: event.place,
  onlineUrl: event.onlineUrl,
  audience: event.audience,
  audienceOrganisationId: event.audienceOrganisationId,
  status: event.status,
  sequence: event.sequence,
  hostIds: (event.hosts ?? []).map((host) => host.id),
});

/**
 * The academy's timeline. Admins manage every event; experts manage the events they host.
 * Every change raises `sequence` so calendar apps replace their copy; cancelling keeps
 * the event, as CANCELLED.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(TimelineEventEntity)
    private readonly events: Repository<TimelineEventEntity>,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly reminders: EventReminders,
    private readonly changes: TimelineEventChanges,
  ) {}

  /** The events of one academy the caller may see, in time order. */
  async eventsOf(principal: Principal | null, academyId: string): Promise<TimelineEventEntity[]> {
    // The public hot path (academy pages, calendar downloads).
    const rows = await this.visibleEventRows(
      principal,
      'e.academy_id = $1',
      academyId,
      'timeline-events',
    );
    return rows.map(eventFromRow);
  }

  /**
   * The events of several academies the caller may see, in time order, in one statement
   * (the Academy.events loader): events per academy id, every id present.
   */
  async eventsOfAcademies(
    principal: Principal | null,
    academyIds: readonly string[],
  ): Promise<Map<string, TimelineEventEntity[]>> {
    const byAcademy = new Map<string, TimelineEventEntity[]>(academyIds.map((id) => [id, []]));
    if (academyIds.length === 0) return byAcademy;
    const rows = await this.visibleEventRows(
      principal,
      'e.academy_id = ANY($1::uuid[])',
      academyIds,
      'timeline-events-of-academies',
    );
    for (const row of rows) byAcademy.get(row.academy_id)?.push(eventFromRow(row));
    return byAcademy;
  }

  /**
   * Plain SQL, prepared once per connection under `name` (staff get their own statement:
   * their condition differs). `academyCondition` reads `$1`; the viewer is `$2`.
   */
  private visibleEventRows(
    principal: Principal | null,
    academyCondition: string,
    academies: string | readonly string[],
    name: string,
  ): Promise<EventRow[]> {
    return readRows<EventRow>(
      this.events.manager.connection,
      `SELECT ${EVENT_COLUMNS} FROM timeline_events e ${joinAcademySql('a', 'e.academy_id')}
       WHERE ${academyCondition} AND ${eventConditionFor(principal, '$2')}
       ORDER BY e.starts_at, e.id`,
      [academies, principal?.user.id ?? null],
      isStaff(principal) ? `${name}-staff` : name,
    );
  }

  /** Host ids per event, for the hosts loader. */
  async hostIdsOf(eventIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await readRows<{ event_id: string; user_id: string }>(
      this.events.manager.connection,
      'SELECT event_id, user_id FROM timeline_event_hosts WHERE event_id = ANY($1::uuid[])',
      [eventIds],
    );
    const byEvent = new Map<string, string[]>();
    for (const row of rows)
      byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), row.user_id]);
    return byEvent;
  }

  /** One event if the caller may see it; otherwise null (a 404, whether or not it exists). */
  async findVisible(
    principal: Principal | null,
    eventId: string,
  ): Promise<TimelineEventEntity | null> {
    return this.events
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.academy', 'a')
      .where('e.id = :eventId', { eventId })
      .andWhere(eventConditionFor(principal, ':viewer'), { viewer: principal?.user.id ?? null })
      .getOne();
  }

  /**
   * What the caller may do with one event, for features that hang content off events
   * (workshop materials, assignments): null when they may not see it (a 404 either way);
   * `inAudience` for staff, its hosts and the people whose calendar it belongs in
   * (`personalFeedCondition`); `canManage` as for changing the event itself: admins, and
   * experts who host it. Pass the caller's manager inside a transaction.
   */
  async accessTo(
    principal: Principal | null,
    eventId: string,
    manager?: EntityManager,
  ): Promise<EventAccess | null> {
    const repository = manager ? manager.getRepository(TimelineEventEntity) : this.events;
    const viewer = principal?.user.id ?? null;
    const event = await repository
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.academy', 'a')
      .leftJoinAndSelect('e.hosts', 'host')
      .where('e.id = :eventId', { eventId })
      .andWhere(eventConditionFor(principal, ':viewer'), { viewer })
      .getOne();
    if (!event) return null;
    const hosts = event.hosts ?? [];
    const isHost = viewer !== null && hosts.some((host) => host.id === viewer);
    let inAudience = isStaff(principal) || isHost;
    if (!inAudience && viewer !== null) {
      const [row] = await repository.query<Array<{ in_audience: boolean }>>(
        `SELECT EXISTS (SELECT 1 FROM timeline_events e ${joinAcademySql('a', 'e.academy_id')}
           WHERE e.id = $1 AND ${personalFeedCondition('$2')}) AS in_audience`,
        [eventId, viewer],
      );
      inAudience = row?.in_audience === true;
    }
    return { event, inAudience, canManage: isAdmin(principal) || (isStaff(principal) && isHost) };
  }

  /**
   * One event as a person meets it: its academy, start, status, and whether the person is in
   * its audience or hosts it; null when it does not exist. With `lock`, the event row is held
   * FOR SHARE, so it is not cancelled or moved until the caller's transaction ends.
   */
  async forParticipant(
    eventId: string,
    userId: string,
    manager: EntityManager,
    lock = false,
  ): Promise<EventForParticipant | null> {
    const [row] = await manager.query<Array<Record<string, unknown>>>(
      `SELECT e.id, e.academy_id, e.starts_at, e.status, e.title_fi, e.title_sv, e.title_en,
              a.slug AS academy_slug, a.time_zone AS academy_time_zone,
              a.title_fi AS academy_title_fi, a.title_sv AS academy_title_sv, a.title_en AS academy_title_en,
              ${inEventAudienceSql('$2')} AS in_audience,
              EXISTS (SELECT 1 FROM timeline_event_hosts h WHERE h.event_id = e.id AND h.user_id = $2) AS is_host
       FROM timeline_events e ${joinAcademySql('a', 'e.academy_id')}
       WHERE e.id = $1${lock ? ' FOR SHARE OF e' : ''}`,
      [eventId, userId],
    );
    if (!row) return null;
    return {
      id: row.id as string,
      academyId: row.academy_id as string,
      academySlug: row.academy_slug as string,
      academyTimeZone: row.academy_time_zone as string,
      academyTitle: localizedFromRow(row, 'academy_title'),
      title: localizedFromRow(row, 'title'),
      startsAt: row.starts_at as Date,
      status: row.status as EventStatus,
      inAudience: row.in_audience as boolean,
      isHost: row.is_host as boolean,
    };
  }

  /**
   * Which of `userIds` are in the event's audience (inEventAudienceSql), in one statement:
   * registration checks a whole batch of people at once.
   */
  async audienceAmong(
    eventId: string,
    userIds: readonly string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const rows = await manager.query<Array<{ user_id: string }>>(
      `SELECT u.id AS user_id FROM unnest($2::uuid[]) AS u(id)
       WHERE EXISTS (SELECT 1 FROM timeline_events e WHERE e.id = $1 AND ${inEventAudienceSql('u.id')})`,
      [eventId, userIds],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /**
   * When the academy's programme starts: the earliest scheduled (not cancelled) event for the
   * whole cohort, e.g. the kick-off; null when it has none.
   */
  async programmeStartOf(academyId: string, manager?: EntityManager): Promise<Date | null> {
    const repository = manager ? manager.getRepository(TimelineEventEntity) : this.events;
    const first = await repository.findOne({
      where: { academyId, audience: EventAudience.COHORT, status: EventStatus.SCHEDULED },
      order: { startsAt: 'ASC' },
      select: { id: true, startsAt: true },
    });
    return first?.startsAt ?? null;
  }

  /**
   * The programme's closing date: the end of the academy's last scheduled cohort-wide CLOSING
   * event (null without one). When it has passed, the academy ends (RUNNING → ALUMNI).
   */
  async programmeEndOf(academyId: string, manager?: EntityManager): Promise<Date | null> {
    const repository = manager ? manager.getRepository(TimelineEventEntity) : this.events;
    const last = await repository.findOne({
      where: {
        academyId,
        kind: EventKind.CLOSING,
        audience: EventAudience.COHORT,
        status: EventStatus.SCHEDULED,
      },
      order: { endsAt: 'DESC' },
      select: { id: true, endsAt: true },
    });
    return last?.endsAt ?? null;
  }

  /** Every event of the academy, whatever its audience or status, in time order (the demo seed). */
  allOf(academyId: string, manager: EntityManager): Promise<TimelineEventEntity[]> {
    return manager
      .getRepository(TimelineEventEntity)
      .find({ where: { academyId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Writes a prepared timeline for an academy that has none (the demo seed); false, and
   * nothing written, when it already has events.
   */
  async seedIfAbsent(
    academyId: string,
    events: readonly TimelineEventSeed[],
    manager: EntityManager,
  ): Promise<boolean> {
    const repository = manager.getRepository(TimelineEventEntity);
    if (await repository.existsBy({ academyId })) return false;
    await repository.save(events.map((event) => repository.create({ ...event, academyId })));
    return true;
  }

  async schedule(principal: Principal, input: ScheduleEventInput): Promise<TimelineEventEntity> {
    return this.transactions.run((manager) => this.scheduleIn(manager, principal, input));
  }

  /**
   * Schedules one event inside the caller's transaction, with the same rules, audit and
   * reminders as `schedule` (a meeting series plans all its meetings in one transaction).
   */
  async scheduleIn(
    manager: EntityManager,
    principal: Principal,
    input: ScheduleEventInput,
  ): Promise<TimelineEventEntity> {
    const academy = await this.academies.require(input.academyId, manager);
    const startsAt = parseZonedField(input.startsAt, academy.timeZone, 'input.startsAt');
    const endsAt = parseZonedField(input.endsAt, academy.timeZone, 'input.endsAt');
    assertEndAfterStart(startsAt, endsAt, 'input.endsAt');
    const hostIds = input.hostIds ?? [];
    // An expert schedules only sessions they host themselves.
    if (!isAdmin(principal) && !hostIds.includes(principal.user.id)) {
      throw new DomainException(ErrorCode.FORBIDDEN);
    }
    await this.assertAudience(manager, input.audience, input.audienceOrganisationId ?? null);
    const repository = manager.getRepository(TimelineEventEntity);
    const event = await repository.save(
      repository.create({
        academyId: academy.id,
        kind: input.kind,
        title: toLocalizedText(input.title),
        description: toLocalizedText(input.description ?? { fi: '' }),
        startsAt,
        endsAt,
        mode: input.mode,
        place: input.place?.trim() || null,
        onlineUrl: input.onlineUrl ?? null,
        audience: input.audience,
        audienceOrganisationId:
          input.audience === EventAudience.ORGANISATION
            ? (input.audienceOrganisationId ?? null)
            : null,
        status: EventStatus.SCHEDULED,
        sequence: 0,
        hosts: await this.hosts(manager, hostIds),
      }),
    );
    await this.record(manager, principal, 'event.scheduled', event, null);
    await this.reminders.plan(manager, event, academy.eventReminderMinutes);
    await this.changes.changed(manager, event);
    event.academy = academy;
    return event;
  }

  update(principal: Principal, input: UpdateEventInput): Promise<TimelineEventEntity> {
    return this.change(principal, input.eventId, 'event.updated', async (manager, event) => {
      if (input.title) event.title = toLocalizedText(input.title);
      if (input.description) event.description = toLocalizedText(input.description);
      if (input.mode) event.mode = input.mode;
      if (input.place !== undefined) event.place = input.place?.trim() || null;
      if (input.onlineUrl !== undefined) event.onlineUrl = input.onlineUrl ?? null;
      if (input.hostIds) event.hosts = await this.hosts(manager, input.hostIds);
    });
  }

  reschedule(principal: Principal, input: RescheduleEventInput): Promise<TimelineEventEntity> {
    return this.change(principal, input.eventId, 'event.rescheduled', async (manager, event) => {
      const academy = await this.academies.require(event.academyId, manager);
      const startsAt = parseZonedField(input.startsAt, academy.timeZone, 'input.startsAt');
      const endsAt = parseZonedField(input.endsAt, academy.timeZone, 'input.endsAt');
      assertEndAfterStart(startsAt, endsAt, 'input.endsAt');
      event.startsAt = startsAt;
      event.endsAt = endsAt;
    });
  }

  cancel(principal: Principal, input: CancelEventInput): Promise<TimelineEventEntity> {
    return this.change(
      principal,
      input.eventId,
      'event.cancelled',
      (_manager, event) => {
        event.status = EventStatus.CANCELLED;
        return Promise.resolve();
      },
      // A second cancel is refused (EVENT_CANCELLED) before this: the handlers run once.
      (manager, event) => this.changes.cancelled(manager, event.id, principal.user.id),
    );
  }

  private change(
    principal: Principal,
    eventId: string,
    action: string,
    apply: (manager: EntityManager, event: TimelineEventEntity) => Promise<void>,
    afterSave?: (manager: EntityManager, event: TimelineEventEntity) => Promise<void>,
  ): Promise<TimelineEventEntity> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(TimelineEventEntity);
      const locked = await repository.findOne({
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked) throw notFound();
      const event = await repository.findOneOrFail({
        where: { id: eventId },
        relations: { hosts: true, academy: true },
      });
      if (
        !isAdmin(principal) &&
        !(event.hosts ?? []).some((host) => host.id === principal.user.id)
      ) {
        // Experts who do not host it are told it does not exist for them.
        throw notFound();
      }
      if (event.status === EventStatus.CANCELLED)
        throw new DomainException(ErrorCode.EVENT_CANCELLED);
      const before = snapshot(event);
      await apply(manager, event);
      event.sequence += 1;
      const saved = await repository.save(event);
      await this.record(manager, principal, action, saved, before);
      if (afterSave) await afterSave(manager, saved);
      await this.changes.changed(manager, saved);
      // A moved event's waiting reminders for the old start are cancelled and new ones planned;
      // a cancelled one's are cancelled; other changes keep the waiting jobs as they are.
      const academy = event.academy ?? (await this.academies.require(event.academyId, manager));
      await this.reminders.plan(manager, saved, academy.eventReminderMinutes);
      return saved;
    });
  }

  private async assertAudience(
    manager: EntityManager,
    audience: EventAudience,
    organisationId: string | null,
  ): Promise<void> {
    if (audience !== EventAudience.ORGANISATION) return;
    if (!organisationId || !(await this.organisations.exists(organisationId, manager))) {
      throw new InputValidationException([
        {
          field: 'input.audienceOrganisationId',
          rule: 'isNotEmpty',
          detail: 'an ORGANISATION event needs an existing organisation',
        },
      ]);
    }
  }

  private async hosts(manager: EntityManager, hostIds: string[]): Promise<UserRecord[]> {
    if (hostIds.length === 0) return [];
    const hosts = await this.users.findByIds(hostIds, manager);
    const staff = hosts.filter(
      (host) => host.roles.includes(GlobalRole.EXPERT) || host.roles.includes(GlobalRole.ADMIN),
    );
    if (staff.length !== new Set(hostIds).size) {
      throw new InputValidationException([
        {
          field: 'input.hostIds',
          rule: 'other',
          detail: 'every host must be an expert or an admin',
        },
      ]);
    }
    return staff;
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    event: TimelineEventEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action,
      entityType: 'timeline_event',
      entityId: event.id,
      before,
      after: snapshot(event),
    });
  }
}
