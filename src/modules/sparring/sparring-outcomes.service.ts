import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortTeamService } from '../cohort/cohort-team.service.js';
import { AgreedActionTasksService } from '../follow-up/agreed-action-tasks.service.js';
import { agreedActionRecord } from './agreed-actions-source.js';
import {
  lockBookingFacts,
  recordsOutcome,
  sessionHeld,
  type BookingFacts,
} from './booking-facts.js';
import type {
  AddAgreedActionInput,
  SaveAppointmentSummaryInput,
  UpdateAgreedActionInput,
} from './dto/sparring-outcome.input.js';
import { AgreedActionEntity } from './entities/agreed-action.entity.js';
import { AppointmentSummaryEntity } from './entities/appointment-summary.entity.js';
import type {
  AgreedActionModel,
  AppointmentSummaryModel,
} from './models/sparring-outcome.model.js';
import { SparringOutcomeMailer } from './sparring-outcome-mailer.js';
import { SparringOutcomeReadsService } from './sparring-outcome-reads.service.js';

/** How many agreed actions one appointment may carry (the lists are read whole). */
export const AGREED_ACTION_LIMIT = 50;

/**
 * Recording an appointment's outcome: the summary and the agreed actions. Only the slot's
 * expert (while an expert) or an admin records, only for an active booking whose session has
 * started; every write holds the booking's lock, is audited in its transaction, and the
 * summary's first save mails the team in it too. An agreed action becomes a task of the
 * organisation's pilot in its transaction (follow-up's `AgreedActionTasksService`); editing it
 * updates the task while open; removing it removes an open task and unlinks a done one.
 */
@Injectable()
export class SparringOutcomesService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly teams: CohortTeamService,
    private readonly audit: AuditService,
    private readonly mailer: SparringOutcomeMailer,
    private readonly reads: SparringOutcomeReadsService,
    private readonly clock: Clock,
    private readonly tasks: AgreedActionTasksService,
  ) {}

  async saveSummary(
    principal: Principal,
    input: SaveAppointmentSummaryInput,
  ): Promise<AppointmentSummaryModel> {
    const summary = input.summary.trim();
    if (!summary) throw blank('input.summary');
    return this.transactions.run(async (manager) => {
      const facts = await this.lockForRecording(principal, input.bookingId, manager);
      const repository = manager.getRepository(AppointmentSummaryEntity);
      // Insert-or-nothing: of two first saves racing, the second waits on the first's row
      // and then updates it, so exactly one of them is "first" and mails.
      const inserted = await repository
        .createQueryBuilder()
        .insert()
        .values({ bookingId: facts.bookingId, summary, recordedById: principal.user.id })
        .orIgnore()
        .returning(['booking_id'])
        .execute();
      const first = (inserted.raw as unknown[]).length > 0;
      const before = first
        ? null
        : await repository.findOneByOrFail({ bookingId: facts.bookingId });
      if (before) {
        await repository.update(
          { bookingId: facts.bookingId },
          { summary, recordedById: principal.user.id },
        );
      }
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: first ? 'appointment_summary.recorded' : 'appointment_summary.updated',
        entityType: 'consultation_booking',
        entityId: facts.bookingId,
        before: before ? { summary: before.summary } : null,
        after: { summary },
      });
      if (first) {
        const team = await this.teams.activeParticipants(
          facts.academyId,
          { organisationIds: [facts.organisationId] },
          manager,
        );
        await this.mailer.summaryAvailable(manager, facts, team);
      }
      const saved = await repository.findOneByOrFail({ bookingId: facts.bookingId });
      return {
        bookingId: saved.bookingId,
        summary: saved.summary,
        recordedById: saved.recordedById,
        createdAt: saved.createdAt,
        updatedAt: saved.updatedAt,
      };
    });
  }

  async addAction(principal: Principal, input: AddAgreedActionInput): Promise<AgreedActionModel> {
    const title = input.title.trim();
    if (!title) throw blank('input.title');
    const id = await this.transactions.run(async (manager) => {
      const facts = await this.lockForRecording(principal, input.bookingId, manager);
      const repository = manager.getRepository(AgreedActionEntity);
      // Counted under the booking's lock, so two adds cannot pass the limit together.
      if ((await repository.countBy({ bookingId: facts.bookingId })) >= AGREED_ACTION_LIMIT)
        throw new DomainException(
          ErrorCode.AGREED_ACTIONS_FULL,
          { limit: AGREED_ACTION_LIMIT },
          { params: { limit: AGREED_ACTION_LIMIT } },
        );
      await this.assertOnTeam(facts, input.ownerParticipantId, manager);
      const action = await repository.save(
        repository.create({
          bookingId: facts.bookingId,
          academyId: facts.academyId,
          organisationId: facts.organisationId,
          title,
          ownerParticipantId: input.ownerParticipantId,
          dueDate: input.dueDate,
          createdById: principal.user.id,
          taskId: null,
        }),
      );
      // The organisation's pilot gets it as a task now (or when the pilot is created).
      const taskId = await this.tasks.record(manager, agreedActionRecord(action));
      if (taskId) await repository.update({ id: action.id }, { taskId });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'agreed_action.added',
        entityType: 'agreed_action',
        entityId: action.id,
        after: snapshot(action),
      });
      return action.id;
    });
    return this.reads.requireAction(id);
  }

  async updateAction(
    principal: Principal,
    input: UpdateAgreedActionInput,
  ): Promise<AgreedActionModel> {
    const title = input.title?.trim();
    if (title === '') throw blank('input.title');
    await this.transactions.run(async (manager) => {
      const { action, facts } = await this.lockAction(principal, input.id, manager);
      const before = snapshot(action);
      if (input.ownerParticipantId && input.ownerParticipantId !== action.ownerParticipantId) {
        await this.assertOnTeam(facts, input.ownerParticipantId, manager);
        action.ownerParticipantId = input.ownerParticipantId;
      }
      if (title) action.title = title;
      if (input.dueDate) action.dueDate = input.dueDate;
      const after = snapshot(action);
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await manager.getRepository(AgreedActionEntity).save(action);
      await this.tasks.changed(manager, agreedActionRecord(action));
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'agreed_action.updated',
        entityType: 'agreed_action',
        entityId: action.id,
        before,
        after,
      });
    });
    return this.reads.requireAction(input.id);
  }

  async removeAction(principal: Principal, id: string): Promise<AgreedActionModel> {
    const removed = await this.reads.requireAction(id);
    await this.transactions.run(async (manager) => {
      const { action } = await this.lockAction(principal, id, manager);
      // An open task goes with it; a done one stays in the pilot's history, unlinked.
      await this.tasks.removed(manager, action.id);
      await manager.getRepository(AgreedActionEntity).delete({ id: action.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'agreed_action.removed',
        entityType: 'agreed_action',
        entityId: action.id,
        before: snapshot(action),
      });
    });
    return removed;
  }

  /**
   * The booking locked for recording: NOT_FOUND (no such booking), FORBIDDEN (not its
   * slot's expert nor an admin), SESSION_NOT_HELD (cancelled, or not started yet).
   */
  private async lockForRecording(
    principal: Principal,
    bookingId: string,
    manager: EntityManager,
  ): Promise<BookingFacts> {
    const facts = await lockBookingFacts(manager, bookingId);
    if (!facts) throw notFound();
    if (!recordsOutcome(principal, facts)) throw new DomainException(ErrorCode.FORBIDDEN);
    if (!sessionHeld(facts, this.clock.now()))
      throw new DomainException(ErrorCode.SESSION_NOT_HELD, {
        startsAt: facts.startsAt.toISOString(),
      });
    return facts;
  }

  /** The action and its booking, both locked (booking first, as every write here). */
  private async lockAction(
    principal: Principal,
    id: string,
    manager: EntityManager,
  ): Promise<{ action: AgreedActionEntity; facts: BookingFacts }> {
    const repository = manager.getRepository(AgreedActionEntity);
    const found = await repository.findOneBy({ id });
    if (!found) throw notFound();
    const facts = await this.lockForRecording(principal, found.bookingId, manager);
    const action = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!action) throw notFound();
    return { action, facts };
  }

  /** ACTION_OWNER_NOT_IN_TEAM unless the person is on the booking organisation's team now. */
  private async assertOnTeam(
    facts: BookingFacts,
    participantId: string,
    manager: EntityManager,
  ): Promise<void> {
    const [person] = await this.teams.activeParticipants(
      facts.academyId,
      { ids: [participantId], organisationIds: [facts.organisationId] },
      manager,
    );
    if (!person)
      throw new DomainException(ErrorCode.ACTION_OWNER_NOT_IN_TEAM, {
        field: 'input.ownerParticipantId',
      });
  }
}

const blank = (field: string): InputValidationException =>
  new InputValidationException([{ field, rule: 'isNotEmpty', detail: `${field} is blank` }]);

const snapshot = (action: AgreedActionEntity) => ({
  bookingId: action.bookingId,
  title: action.title,
  ownerParticipantId: action.ownerParticipantId,
  dueDate: action.dueDate,
});
