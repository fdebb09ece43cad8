import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { isStaff, type Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { Clock } from '../../common/time/clock.js';
import { zoned } from '../../common/time/zoned-date-time.model.js';
import { parseZonedField } from '../../common/time/zoned-input.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortTeamService } from '../cohort/cohort-team.service.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { EventAccess } from '../timeline/timeline.service.js';
import { UsersService } from '../users/users.service.js';
import type {
  AddEventAssignmentInput,
  MarkAssignmentDoneInput,
  RemoveEventAssignmentInput,
  UnmarkAssignmentDoneInput,
  UpdateEventAssignmentInput,
} from './dto/event-assignment.input.js';
import { AssignmentCompletionEntity } from './entities/assignment-completion.entity.js';
import { EventAssignmentEntity } from './entities/event-assignment.entity.js';
import type { AssignmentCompletionModel, EventAssignmentModel } from './models/workshop.model.js';
import { WorkshopAccessService } from './workshop-access.service.js';

const EMPTY_TEXT = { fi: '', sv: null, en: null };

const snapshot = (assignment: EventAssignmentEntity): Record<string, unknown> => ({
  eventId: assignment.eventId,
  title: assignment.title,
  instructions: assignment.instructions,
  dueAt: assignment.dueAt.toISOString(),
});

/**
 * An event's assignments and which organisation has done them. Admins and hosting experts
 * set assignments; someone who acts for an organisation in the event's audience — a member
 * of it, or a person on its named cohort team (who need not be a member) — marks it done for
 * that organisation only; staff see every organisation's status, the others their own.
 */
@Injectable()
export class EventAssignmentsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(EventAssignmentEntity)
    private readonly assignments: Repository<EventAssignmentEntity>,
    private readonly access: WorkshopAccessService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly organisations: OrganisationsService,
    private readonly teams: CohortTeamService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The event's assignments with the statuses the caller may see: every audience
   * organisation for staff and hosts, otherwise the caller's own organisations among them.
   */
  async ofEvent(principal: Principal | null, access: EventAccess): Promise<EventAssignmentModel[]> {
    const assignments = await this.assignments.find({
      where: { eventId: access.event.id },
      order: { dueAt: 'ASC', createdAt: 'ASC' },
    });
    const timeZone = access.event.academy?.timeZone ?? 'Europe/Helsinki';
    let organisationIds = await this.access.audienceOrganisationIds(access);
    if (!(isStaff(principal) || access.canManage)) {
      const mineIds = new Set(
        principal ? await this.organisationsActedFor(principal, access.event.academyId) : [],
      );
      organisationIds = organisationIds.filter((id) => mineIds.has(id));
    }
    const organisations = (await this.organisations.findByIds(organisationIds)).sort((a, b) =>
      a.name.localeCompare(b.name, 'fi'),
    );
    const completions =
      assignments.length > 0 && organisationIds.length > 0
        ? await this.assignments.manager.getRepository(AssignmentCompletionEntity).find({
            where: {
              assignmentId: In(assignments.map((assignment) => assignment.id)),
              organisationId: In(organisationIds),
            },
          })
        : [];
    const doneBy = await this.users.findByIds([
      ...new Set(completions.flatMap((row) => (row.doneById ? [row.doneById] : []))),
    ]);
    const names = new Map(doneBy.map((user) => [user.id, user.name ?? user.email]));
    const byKey = new Map(
      completions.map((row) => [`${row.assignmentId}:${row.organisationId}`, row]),
    );
    return assignments.map((assignment) => ({
      id: assignment.id,
      eventId: assignment.eventId,
      title: assignment.title,
      instructions: assignment.instructions,
      dueAt: assignment.dueAt,
      due: zoned(assignment.dueAt, timeZone),
      completions: organisations.map((organisation): AssignmentCompletionModel => {
        const row = byKey.get(`${assignment.id}:${organisation.id}`);
        return {
          organisationId: organisation.id,
          organisationName: organisation.name,
          done: row !== undefined,
          doneAt: row?.doneAt ?? null,
          doneByName: row?.doneById ? (names.get(row.doneById) ?? null) : null,
          answer: row?.answer ?? null,
          link: row?.link ?? null,
        };
      }),
    }));
  }

  add(principal: Principal, input: AddEventAssignmentInput): Promise<EventAssignmentEntity> {
    return this.transactions.run(async (manager) => {
      const { event } = await this.access.manage(principal, input.eventId, manager);
      const repository = manager.getRepository(EventAssignmentEntity);
      const assignment = await repository.save(
        repository.create({
          eventId: event.id,
          title: toLocalizedText(input.title),
          instructions: input.instructions ? toLocalizedText(input.instructions) : EMPTY_TEXT,
          dueAt: parseZonedField(input.dueAt, event.academy!.timeZone, 'input.dueAt'),
        }),
      );
      await this.record(manager, principal, 'event_assignment.added', assignment, null);
      return assignment;
    });
  }

  update(principal: Principal, input: UpdateEventAssignmentInput): Promise<EventAssignmentEntity> {
    return this.transactions.run(async (manager) => {
      const { assignment, access } = await this.requireManaged(
        principal,
        input.assignmentId,
        manager,
      );
      const before = snapshot(assignment);
      if (input.title) assignment.title = toLocalizedText(input.title);
      if (input.instructions) assignment.instructions = toLocalizedText(input.instructions);
      if (input.dueAt)
        assignment.dueAt = parseZonedField(
          input.dueAt,
          access.event.academy!.timeZone,
          'input.dueAt',
        );
      const saved = await manager.getRepository(EventAssignmentEntity).save(assignment);
      await this.record(manager, principal, 'event_assignment.updated', saved, before);
      return saved;
    });
  }

  /** Removes the assignment and the organisations' marks with it (audited). */
  remove(principal: Principal, input: RemoveEventAssignmentInput): Promise<string> {
    return this.transactions.run(async (manager) => {
      const { assignment } = await this.requireManaged(principal, input.assignmentId, manager);
      const before = snapshot(assignment);
      await manager.getRepository(EventAssignmentEntity).delete({ id: assignment.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'event_assignment.removed',
        entityType: 'event_assignment',
        entityId: assignment.id,
        before,
        after: null,
      });
      return assignment.eventId;
    });
  }

  /**
   * Marks the assignment done for the organisation (again: the answer and link are
   * replaced). Only a member of that organisation, and only for an organisation in the
   * event's audience.
   */
  markDone(principal: Principal, input: MarkAssignmentDoneInput): Promise<EventAssignmentEntity> {
    return this.transactions.run(async (manager) => {
      const assignment = await this.requireForOrganisation(principal, input, manager);
      const repository = manager.getRepository(AssignmentCompletionEntity);
      const before = await repository.findOneBy({
        assignmentId: assignment.id,
        organisationId: input.organisationId,
      });
      const values = {
        assignmentId: assignment.id,
        organisationId: input.organisationId,
        answer: input.answer?.trim() || null,
        link: input.link ?? null,
        doneById: principal.user.id,
        doneAt: this.clock.now(),
      };
      // One row per organisation and assignment, also when two members mark it at once.
      await repository
        .createQueryBuilder()
        .insert()
        .values(values)
        .orUpdate(
          ['answer', 'link', 'done_by_id', 'done_at', 'updated_at'],
          ['assignment_id', 'organisation_id'],
        )
        .execute();
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'assignment.done',
        entityType: 'event_assignment',
        entityId: assignment.id,
        before: before
          ? { organisationId: before.organisationId, answer: before.answer, link: before.link }
          : null,
        after: { organisationId: values.organisationId, answer: values.answer, link: values.link },
      });
      return assignment;
    });
  }

  /** Takes the organisation's mark back (the same rules as marking). */
  unmarkDone(
    principal: Principal,
    input: UnmarkAssignmentDoneInput,
  ): Promise<EventAssignmentEntity> {
    return this.transactions.run(async (manager) => {
      const assignment = await this.requireForOrganisation(principal, input, manager);
      const repository = manager.getRepository(AssignmentCompletionEntity);
      const before = await repository.findOneBy({
        assignmentId: assignment.id,
        organisationId: input.organisationId,
      });
      if (!before) return assignment;
      await repository.delete({ id: before.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'assignment.undone',
        entityType: 'event_assignment',
        entityId: assignment.id,
        before: { organisationId: before.organisationId, answer: before.answer, link: before.link },
        after: null,
      });
      return assignment;
    });
  }

  private async requireForOrganisation(
    principal: Principal,
    input: { assignmentId: string; organisationId: string },
    manager: EntityManager,
  ): Promise<EventAssignmentEntity> {
    const assignment = await manager
      .getRepository(EventAssignmentEntity)
      .findOneBy({ id: input.assignmentId });
    if (!assignment) throw notFound();
    const access = await this.access.audience(principal, assignment.eventId, manager);
    // Staff and people of other organisations never mark an organisation's work; its members
    // and its named team do (a team member who left no longer does).
    const actsFor =
      (await this.memberships.isMember(principal.user.id, input.organisationId, manager)) ||
      (
        await this.teams.teamOrganisationIdsOf(principal.user.id, access.event.academyId, manager)
      ).includes(input.organisationId);
    if (!actsFor) throw new DomainException(ErrorCode.NOT_YOUR_ORGANISATION);
    const audience = await this.access.audienceOrganisationIds(access, manager);
    if (!audience.includes(input.organisationId))
      throw new DomainException(ErrorCode.ORGANISATION_NOT_IN_AUDIENCE);
    return assignment;
  }

  /** The organisations the person acts for in the academy: theirs by membership or by team. */
  private async organisationsActedFor(principal: Principal, academyId: string): Promise<string[]> {
    const [memberships, teams] = await Promise.all([
      this.organisations.myMemberships(principal),
      this.teams.teamOrganisationIdsOf(principal.user.id, academyId),
    ]);
    return [...memberships.map((membership) => membership.organisationId), ...teams];
  }

  private async requireManaged(
    principal: Principal,
    assignmentId: string,
    manager: EntityManager,
  ): Promise<{ assignment: EventAssignmentEntity; access: EventAccess }> {
    const assignment = await manager
      .getRepository(EventAssignmentEntity)
      .findOne({ where: { id: assignmentId }, lock: { mode: 'pessimistic_write' } });
    if (!assignment) throw notFound();
    const access = await this.access.manage(principal, assignment.eventId, manager);
    return { assignment, access };
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    assignment: EventAssignmentEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action,
      entityType: 'event_assignment',
      entityId: assignment.id,
      before,
      after: snapshot(assignment),
    });
  }
}
