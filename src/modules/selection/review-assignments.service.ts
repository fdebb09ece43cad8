import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import { GlobalRole } from '../../common/auth/global-role.js';
import type { Principal } from '../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { AppConfig } from '../../config/app-config.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { renderReviewAssignmentMail } from '../mail/templates/review.templates.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { UsersService } from '../users/users.service.js';
import type { AssignReviewerInput } from './dto/assign-reviewer.input.js';
import type { AssignReviewersInput } from './dto/assign-reviewers.input.js';
import type { DeclareConflictOfInterestInput } from './dto/declare-conflict-of-interest.input.js';
import { ConflictOfInterestEntity } from './entities/conflict-of-interest.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import type { ConflictOfInterestModel } from './models/conflict-of-interest.model.js';
import type { ReviewerLoadModel } from './models/reviewer-assignments.model.js';
import { balanceReviewers } from './reviewer-balance.js';
import { ReviewStatus } from './selection.enums.js';

/**
 * Who reviews what: assignments by hand and in bulk (never to a conflicted expert, submitted
 * applications only, one mail per reviewer and run), removal, and declared conflicts.
 */
@Injectable()
export class ReviewAssignmentsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    @InjectRepository(ConflictOfInterestEntity)
    private readonly conflicts: Repository<ConflictOfInterestEntity>,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async assign(principal: Principal, input: AssignReviewerInput): Promise<ReviewEntity> {
    return this.transactions.run(async (manager) => {
      const application = await this.applications.findById(input.applicationId, manager);
      if (!application) throw notFound();
      if (application.status !== ApplicationStatus.SUBMITTED) {
        throw new DomainException(ErrorCode.NOT_SUBMITTED);
      }
      await this.requireExperts(manager, [input.expertId], 'input.expertId');
      // The same order as a bulk run (academy, then the reviewers' advisory locks): the two
      // never wait on each other in a cycle.
      await this.academies.lock(manager, application.academyId, 'share');
      await lockReviewers(manager, [input.expertId]);
      const conflicted = await manager.getRepository(ConflictOfInterestEntity).existsBy({
        userId: input.expertId,
        organisationId: application.organisationId,
      });
      if (conflicted) throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST);
      const repository = manager.getRepository(ReviewEntity);
      const existing = await repository.findOneBy({
        applicationId: application.id,
        reviewerId: input.expertId,
      });
      // Assigning twice changes nothing and mails nobody.
      if (existing) return existing;
      const review = await repository.save(
        repository.create({
          academyId: application.academyId,
          applicationId: application.id,
          reviewerId: input.expertId,
          assignedById: principal.user.id,
          status: ReviewStatus.ASSIGNED,
        }),
      );
      await this.recordAssigned(manager, principal, [review]);
      await this.mailReviewers(manager, application.academyId, [review]);
      return review;
    });
  }

  async assignInBulk(
    principal: Principal,
    input: AssignReviewersInput,
  ): Promise<{ created: ReviewEntity[]; unfilledApplicationIds: string[] }> {
    return this.transactions.run(async (manager) => {
      // One bulk run per academy at a time: each sees the loads the previous one left.
      await this.academies.lock(manager, input.academyId, 'update');
      const expertIds = [...new Set(input.expertIds)];
      await this.requireExperts(manager, expertIds, 'input.expertIds');
      await lockReviewers(manager, expertIds);
      const applications = await this.applications.submittedOf(input.academyId, manager);
      const existing = await manager.getRepository(ReviewEntity).find({
        select: { applicationId: true, reviewerId: true },
        where: { academyId: input.academyId },
      });
      const conflicts = await manager
        .getRepository(ConflictOfInterestEntity)
        .findBy({ userId: In(expertIds) });
      const plan = balanceReviewers({
        applications,
        expertIds,
        existing,
        conflicts,
        perApplication: input.perApplication,
      });
      const repository = manager.getRepository(ReviewEntity);
      const created =
        plan.assignments.length === 0
          ? []
          : await repository.save(
              plan.assignments.map((assignment) =>
                repository.create({
                  ...assignment,
                  academyId: input.academyId,
                  assignedById: principal.user.id,
                  status: ReviewStatus.ASSIGNED,
                }),
              ),
            );
      await this.recordAssigned(manager, principal, created);
      await this.mailReviewers(manager, input.academyId, created);
      return { created, unfilledApplicationIds: plan.unfilledApplicationIds };
    });
  }

  /** Removes an assignment not yet submitted (its draft scores go with it). */
  async unassign(principal: Principal, input: AssignReviewerInput): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(ReviewEntity);
      const review = await repository.findOne({
        where: { applicationId: input.applicationId, reviewerId: input.expertId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!review) throw new DomainException(ErrorCode.NOT_ASSIGNED);
      if (review.status === ReviewStatus.SUBMITTED) {
        throw new DomainException(ErrorCode.REVIEW_SUBMITTED);
      }
      await repository.delete({ id: review.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'review.unassigned',
        entityType: 'review',
        entityId: review.id,
        before: { applicationId: review.applicationId, reviewerId: review.reviewerId },
      });
      return true;
    });
  }

  /**
   * The caller declares a conflict with an organisation: from now on they are never assigned
   * its applications, and their open (not submitted) assignments of it go, in this
   * transaction. A submitted review stays: the programme manager sees it and decides.
   */
  async declareConflict(
    principal: Principal,
    input: DeclareConflictOfInterestInput,
  ): Promise<ConflictOfInterestModel> {
    return this.transactions.run(async (manager) => {
      const organisation = await this.organisations.require(input.organisationId, manager);
      const userId = principal.user.id;
      await lockReviewers(manager, [userId]);
      const repository = manager.getRepository(ConflictOfInterestEntity);
      const reason = input.reason?.trim() || null;
      await repository.upsert({ userId, organisationId: organisation.id, reason }, [
        'userId',
        'organisationId',
      ]);
      const applicationIds = await this.applications.idsOfOrganisation(organisation.id, manager);
      const removed =
        applicationIds.length === 0
          ? []
          : await manager.getRepository(ReviewEntity).find({
              where: {
                reviewerId: userId,
                applicationId: In(applicationIds),
                status: Not(ReviewStatus.SUBMITTED),
              },
            });
      if (removed.length > 0) {
        await manager.getRepository(ReviewEntity).delete(removed.map((review) => review.id));
      }
      await this.audit.record(manager, {
        actorId: userId,
        action: 'conflict_of_interest.declared',
        entityType: 'organisation',
        entityId: organisation.id,
        after: { userId, reason, removedReviewIds: removed.map((review) => review.id) },
      });
      const row = await repository.findOneByOrFail({ userId, organisationId: organisation.id });
      return {
        organisationId: organisation.id,
        organisationName: organisation.name,
        reason: row.reason,
        declaredAt: row.declaredAt,
      };
    });
  }

  async myConflicts(principal: Principal): Promise<ConflictOfInterestModel[]> {
    const rows = await this.conflicts.find({
      where: { userId: principal.user.id },
      order: { declaredAt: 'ASC' },
      take: 500,
    });
    const names = new Map(
      (await this.organisations.findByIds(rows.map((row) => row.organisationId))).map((o) => [
        o.id,
        o.name,
      ]),
    );
    return rows.map((row) => ({
      organisationId: row.organisationId,
      organisationName: names.get(row.organisationId) ?? '',
      reason: row.reason,
      declaredAt: row.declaredAt,
    }));
  }

  /** Assigned and submitted reviews per expert in one academy (the admin's load view). */
  async loads(academyId: string): Promise<ReviewerLoadModel[]> {
    if (!(await this.academies.exists(academyId))) throw notFound();
    const rows = await this.reviews
      .createQueryBuilder('r')
      .select('r.reviewer_id', 'reviewer_id')
      .addSelect('COUNT(*)::int', 'assigned')
      .addSelect('COUNT(*) FILTER (WHERE r.status = :submitted)::int', 'submitted')
      .where('r.academy_id = :academyId', { academyId, submitted: ReviewStatus.SUBMITTED })
      .groupBy('r.reviewer_id')
      .getRawMany<{ reviewer_id: string; assigned: number; submitted: number }>();
    const people = await this.users.findByIds(rows.map((row) => row.reviewer_id));
    const counts = new Map(rows.map((row) => [row.reviewer_id, row]));
    return people.map((person) => ({
      reviewer: { id: person.id, name: person.name, email: person.email },
      assigned: counts.get(person.id)?.assigned ?? 0,
      submitted: counts.get(person.id)?.submitted ?? 0,
    }));
  }

  /** Every id names a person with the EXPERT role, else BAD_USER_INPUT on that field. */
  private async requireExperts(
    manager: EntityManager,
    ids: readonly string[],
    field: string,
  ): Promise<void> {
    const experts = new Set(
      (await this.users.findByIds(ids, manager))
        .filter((user) => user.roles.includes(GlobalRole.EXPERT))
        .map((user) => user.id),
    );
    const problems = ids.flatMap((id, index) => {
      if (experts.has(id)) return [];
      const name = ids.length === 1 && !field.endsWith('s') ? field : `${field}.${index}`;
      return [{ field: name, rule: 'isExpert', detail: `${name} must name an expert` }];
    });
    if (problems.length > 0) throw new InputValidationException(problems);
  }

  private async recordAssigned(
    manager: EntityManager,
    principal: Principal,
    reviews: readonly ReviewEntity[],
  ): Promise<void> {
    for (const review of reviews) {
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'review.assigned',
        entityType: 'review',
        entityId: review.id,
        after: { applicationId: review.applicationId, reviewerId: review.reviewerId },
      });
    }
  }

  /** One mail per reviewer listing the applications assigned to them in this run. */
  private async mailReviewers(
    manager: EntityManager,
    academyId: string,
    created: readonly ReviewEntity[],
  ): Promise<void> {
    if (created.length === 0) return;
    const academy = await this.academies.require(academyId, manager);
    const applications = await this.applications.findByIds(
      [...new Set(created.map((review) => review.applicationId))],
      manager,
    );
    const organisations = new Map(
      (
        await this.organisations.findByIds(
          [...new Set(applications.map((application) => application.organisationId))],
          manager,
        )
      ).map((organisation) => [organisation.id, organisation.name]),
    );
    const organisationOf = new Map(
      applications.map((application) => [
        application.id,
        organisations.get(application.organisationId) ?? '',
      ]),
    );
    const reviewers = await this.users.findByIds(
      [...new Set(created.map((review) => review.reviewerId))],
      manager,
    );
    await this.mail.enqueueAll(
      manager,
      reviewers.map((reviewer) => ({
        type: 'REVIEW_ASSIGNMENT',
        to: { address: reviewer.email, name: reviewer.name },
        locale: reviewer.locale,
        rendered: renderReviewAssignmentMail(reviewer.locale, {
          academyTitle: pickLocalized(academy.title, reviewer.locale),
          organisationNames: created
            .filter((review) => review.reviewerId === reviewer.id)
            .map((review) => organisationOf.get(review.applicationId) ?? '')
            .sort((a, b) => a.localeCompare(b, reviewer.locale)),
          url: `${this.config.publicUrl}/review`,
        }),
      })),
    );
  }
}

/**
 * Serialises assigning a reviewer with their declaring a conflict: without it, an
 * assignment could slip in between the declaration's delete and its commit. A transaction
 * lock per person, taken in id order so two runs never wait on each other in a circle.
 */
async function lockReviewers(manager: EntityManager, userIds: readonly string[]): Promise<void> {
  for (const userId of [...userIds].sort()) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `review-assignment:${userId}`,
    ]);
  }
}
