import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { isStaff, type Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortService } from '../cohort/cohort.service.js';
import { CohortTeamService, type TeamParticipant } from '../cohort/cohort-team.service.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { OrganisationRecord } from '../organisations/organisation.types.js';
import type { TimelineEventRecord } from '../timeline/timeline.types.js';
import { EventAudience, EventStatus } from '../timeline/timeline-event.enums.js';
import { TimelineService } from '../timeline/timeline.service.js';
import type { RecordAttendanceInput } from './dto/record-attendance.input.js';
import { EventAttendanceEntity } from './entities/event-attendance.entity.js';
import type { AttendanceSummaryModel, EventAttendanceModel } from './models/attendance.model.js';

const participantModel = (person: TeamParticipant) => ({
  id: person.id,
  name: person.name,
  email: person.email,
  role: person.role,
  teamRole: person.teamRole,
  hasAccount: person.userId !== null,
});

/**
 * Who attended which event. Staff (admins and experts) record it per event from the people
 * on the teams of the event's audience; an organisation's members and staff read its summary.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(EventAttendanceEntity)
    private readonly attendances: Repository<EventAttendanceEntity>,
    private readonly transactions: ContendedTransactions,
    private readonly timeline: TimelineService,
    private readonly cohort: CohortService,
    private readonly teams: CohortTeamService,
    private readonly organisations: OrganisationsService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly audit: AuditService,
  ) {}

  /** The event's sheet: every person on the teams of its audience, attended or not. Staff only. */
  async sheet(principal: Principal, eventId: string): Promise<EventAttendanceModel> {
    const event = await this.staffEvent(principal, eventId);
    const people = await this.audienceOf(event);
    const attended = new Set(
      (await this.attendances.find({ where: { eventId }, select: { participantId: true } })).map(
        (row) => row.participantId,
      ),
    );
    const organisations = new Map(
      (await this.organisations.findByIds([...new Set(people.map((p) => p.organisationId))])).map(
        (organisation) => [organisation.id, organisation],
      ),
    );
    const rows = people
      .map((person) => ({
        participant: participantModel(person),
        organisation: organisations.get(person.organisationId)!,
        attended: attended.has(person.id),
      }))
      .sort(
        (a, b) =>
          a.organisation.name.localeCompare(b.organisation.name, 'fi') ||
          a.participant.name.localeCompare(b.participant.name, 'fi'),
      );
    return { event, rows, attendedCount: rows.filter((row) => row.attended).length };
  }

  /**
   * Records who attended (the whole list for the audience's current teams; leavers' earlier
   * records stay). NOT_A_PARTICIPANT, nothing written, when an id is not on one of those teams.
   */
  async record(principal: Principal, input: RecordAttendanceInput): Promise<EventAttendanceModel> {
    const event = await this.staffEvent(principal, input.eventId);
    if (event.status === EventStatus.CANCELLED)
      throw new DomainException(ErrorCode.EVENT_CANCELLED);
    const wanted = [...new Set(input.attendedParticipantIds)];
    await this.transactions.run(async (manager) => {
      const people = await this.audienceOf(event, manager);
      const byId = new Map(people.map((person) => [person.id, person]));
      const refused = wanted.filter((id) => !byId.has(id));
      if (refused.length > 0)
        throw new DomainException(ErrorCode.NOT_A_PARTICIPANT, { participantIds: refused });
      const repository = manager.getRepository(EventAttendanceEntity);
      const before = (await repository.find({ where: { eventId: event.id } })).map(
        (row) => row.participantId,
      );
      const absent = people.map((person) => person.id).filter((id) => !wanted.includes(id));
      if (absent.length > 0)
        await repository.delete({ eventId: event.id, participantId: In(absent) });
      if (wanted.length > 0)
        await repository
          .createQueryBuilder()
          .insert()
          .values(
            wanted.map((id) => ({
              eventId: event.id,
              participantId: id,
              academyId: event.academyId,
              organisationId: byId.get(id)!.organisationId,
              recordedById: principal.user.id,
            })),
          )
          .orIgnore()
          .execute();
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'event_attendance.recorded',
        entityType: 'timeline_event',
        entityId: event.id,
        before: { attendedParticipantIds: before.sort() },
        after: { attendedParticipantIds: [...wanted].sort() },
      });
    });
    return this.sheet(principal, input.eventId);
  }

  /**
   * One organisation's attendance in the academy: staff, the organisation's members and the
   * people its team names (not left) without being members.
   */
  async summary(
    principal: Principal,
    academyId: string,
    organisationId: string,
  ): Promise<AttendanceSummaryModel> {
    if (!(await this.teams.isOnTeam(principal.user.id, academyId, organisationId))) {
      await this.memberships.assertCanRead(principal, organisationId);
    }
    const organisation = await this.organisations.require(organisationId);
    const inCohort = (await this.cohort.cohortAcademiesOf([organisationId])).get(organisationId);
    if (!inCohort?.has(academyId)) throw new DomainException(ErrorCode.NOT_IN_COHORT);
    const [summary] = await this.summarise(principal, academyId, [organisation]);
    return summary;
  }

  /**
   * Every cohort organisation's attendance in the academy, by name (staff only): the same
   * figures as `summary`, read in a fixed number of statements whatever the cohort's size.
   */
  async academySummaries(
    principal: Principal,
    academyId: string,
  ): Promise<AttendanceSummaryModel[]> {
    if (!isStaff(principal)) throw new DomainException(ErrorCode.FORBIDDEN);
    const organisationIds = await this.cohort.organisationIdsOf(academyId);
    const organisations = (await this.organisations.findByIds(organisationIds)).sort((a, b) =>
      a.name.localeCompare(b.name, 'fi'),
    );
    return this.summarise(principal, academyId, organisations);
  }

  /**
   * The summaries of the organisations: the events of the academy with attendance recorded
   * that each organisation was expected at (cohort events, and its own sessions), and how
   * often each person of its team (now) was there.
   */
  private async summarise(
    principal: Principal,
    academyId: string,
    organisations: readonly OrganisationRecord[],
  ): Promise<AttendanceSummaryModel[]> {
    if (organisations.length === 0) return [];
    const organisationIds = organisations.map((organisation) => organisation.id);
    const [rows, visible, people] = await Promise.all([
      this.attendances.find({ where: { academyId } }),
      this.timeline.eventsOf(principal, academyId),
      this.teams.activeParticipants(academyId, { organisationIds }),
    ]);
    const recordedEvents = new Set(rows.map((row) => row.eventId));
    const recorded = visible.filter((event) => recordedEvents.has(event.id));
    return organisations.map((organisation) => {
      const events = recorded.filter(
        (event) =>
          event.audience !== EventAudience.ORGANISATION ||
          event.audienceOrganisationId === organisation.id,
      );
      const ours = rows.filter((row) => row.organisationId === organisation.id);
      const countBy = (key: (row: EventAttendanceEntity) => string) => {
        const counts = new Map<string, number>();
        for (const row of ours) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
        return counts;
      };
      const byEvent = countBy((row) => row.eventId);
      const byPerson = countBy((row) => row.participantId);
      return {
        academyId,
        organisation,
        eventsRecorded: events.length,
        eventsAttended: events.filter((event) => byEvent.has(event.id)).length,
        events: events.map((event) => ({ event, attended: byEvent.get(event.id) ?? 0 })),
        participants: people
          .filter((person) => person.organisationId === organisation.id)
          .map((person) => ({
            participant: participantModel(person),
            attended: byPerson.get(person.id) ?? 0,
          })),
      };
    });
  }

  private async staffEvent(principal: Principal, eventId: string): Promise<TimelineEventRecord> {
    if (!isStaff(principal)) throw new DomainException(ErrorCode.FORBIDDEN);
    const event = await this.timeline.findVisible(principal, eventId);
    if (!event) throw notFound();
    return event;
  }

  /** The people on the teams the event is for: its organisation's, or every cohort team's. */
  private audienceOf(
    event: TimelineEventRecord,
    manager?: EntityManager,
  ): Promise<TeamParticipant[]> {
    return this.teams.activeParticipants(
      event.academyId,
      event.audience === EventAudience.ORGANISATION && event.audienceOrganisationId
        ? { organisationIds: [event.audienceOrganisationId] }
        : {},
      manager,
    );
  }
}
