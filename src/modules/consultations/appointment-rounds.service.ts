import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { isAdmin, type Principal } from '../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { zoned } from '../../common/time/zoned-date-time.model.js';
import { parseZonedField } from '../../common/time/zoned-input.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { ApplicationRecord } from '../applications/application.types.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { AuditService } from '../audit/audit.service.js';
import { isAlumniOrganisationSql, isCohortMemberSql } from '../cohort/cohort.sql.js';
import { DEFAULT_AUDIENCE, RoundAudience, RoundPurpose } from './appointment-round.enums.js';
import { ConsultationDeadlinesService } from './consultation-deadlines.service.js';
import type {
  OpenAppointmentRoundInput,
  UpdateAppointmentRoundInput,
} from './dto/appointment-round.inputs.js';
import { AppointmentRoundEntity } from './entities/appointment-round.entity.js';
import type { AppointmentRoundModel } from './models/appointment-round.model.js';

/** The unique index that keeps one CONSULTATION round per academy. */
const CONSULTATION_ROUND_INDEX = 'uq_appointment_rounds_consultation';

/**
 * Appointment rounds: the programme manager opens and changes them; the booking flows ask
 * here for the round of a slot (under a share lock, so a change of the window or the limit
 * waits for bookings in flight), whether it is open, and whether an organisation is in its
 * audience. The academy's CONSULTATION round is made on demand for today's consultation API.
 */
@Injectable()
export class AppointmentRoundsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(AppointmentRoundEntity)
    private readonly rounds: Repository<AppointmentRoundEntity>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly academies: AcademiesService,
    private readonly deadlines: ConsultationDeadlinesService,
  ) {}

  /** The academy's CONSULTATION round, created if it has none yet (race-safe: one wins). */
  async consultationRoundOf(
    academyId: string,
    manager: EntityManager,
  ): Promise<AppointmentRoundEntity> {
    await manager.query(
      `INSERT INTO appointment_rounds (academy_id, purpose, audience) VALUES ($1, $2, $3)
       ON CONFLICT (academy_id) WHERE purpose = '${RoundPurpose.CONSULTATION}' DO NOTHING`,
      [academyId, RoundPurpose.CONSULTATION, RoundAudience.APPLICANTS],
    );
    return manager
      .getRepository(AppointmentRoundEntity)
      .findOneByOrFail({ academyId, purpose: RoundPurpose.CONSULTATION });
  }

  /** A round of this academy (else NOT_FOUND). */
  async requireOfAcademy(
    roundId: string,
    academyId: string,
    manager?: EntityManager,
  ): Promise<AppointmentRoundEntity> {
    const round = await (manager?.getRepository(AppointmentRoundEntity) ?? this.rounds).findOneBy({
      id: roundId,
    });
    if (!round || round.academyId !== academyId) throw notFound();
    return round;
  }

  /** The round under a share lock (FOR SHARE) for the caller's transaction. */
  lockShared(roundId: string, manager: EntityManager): Promise<AppointmentRoundEntity> {
    return manager
      .getRepository(AppointmentRoundEntity)
      .findOneOrFail({ where: { id: roundId }, lock: { mode: 'pessimistic_read' } });
  }

  findById(roundId: string): Promise<AppointmentRoundEntity | null> {
    return this.rounds.findOneBy({ id: roundId });
  }

  /** The academy's rounds, oldest first. */
  async roundsOf(academyId: string): Promise<AppointmentRoundEntity[]> {
    await this.academies.require(academyId);
    return this.rounds.find({ where: { academyId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  isOpen(round: AppointmentRoundEntity, now = this.clock.now()): boolean {
    return (!round.opensAt || round.opensAt <= now) && (!round.closesAt || now < round.closesAt);
  }

  /**
   * Organisations book (or move a booking) inside the window; staff acting on their own slot
   * and admins (`asStaff`) are not bound by it, as they are not by deadlines.
   */
  assertOpen(round: AppointmentRoundEntity, asStaff: boolean): void {
    if (asStaff || this.isOpen(round)) return;
    throw new DomainException(ErrorCode.ROUND_CLOSED, {
      opensAt: round.opensAt?.toISOString() ?? null,
      closesAt: round.closesAt?.toISOString() ?? null,
    });
  }

  /**
   * The application's organisation may book in the round: APPLICANTS — today's consultation
   * rules (not withdrawn; the booking deadline, which admins pass); COHORT — the organisation
   * is in the academy's cohort; ALUMNI — the organisation is an alumni organisation
   * (`isAlumniOrganisationSql`: in the cohort, and the academy has become ALUMNI).
   */
  async assertInAudience(
    principal: Principal,
    round: AppointmentRoundEntity,
    application: ApplicationRecord,
    manager: EntityManager,
  ): Promise<void> {
    if (application.status === ApplicationStatus.WITHDRAWN)
      throw new DomainException(ErrorCode.APPLICATION_WITHDRAWN);
    if (round.audience === RoundAudience.APPLICANTS) {
      if (!isAdmin(principal))
        await this.deadlines.assertBeforeBookingDeadline(application, manager);
      return;
    }
    // ALUMNI: the alumni rule, written once (cohort.sql.ts); COHORT: the cohort's membership.
    const inAudienceSql =
      round.audience === RoundAudience.ALUMNI
        ? isAlumniOrganisationSql('$1::uuid', '$2::uuid')
        : isCohortMemberSql('$1::uuid', '$2::uuid');
    const [{ inAudience }] = await manager.query<Array<{ inAudience: boolean }>>(
      `SELECT ${inAudienceSql} AS "inAudience"`,
      [round.academyId, application.organisationId],
    );
    if (!inAudience)
      throw new DomainException(ErrorCode.NOT_IN_ROUND_AUDIENCE, { audience: round.audience });
  }

  async open(
    principal: Principal,
    input: OpenAppointmentRoundInput,
  ): Promise<AppointmentRoundEntity> {
    const academy = await this.academies.require(input.academyId);
    const window = this.window(input, academy.timeZone, { opensAt: null, closesAt: null });
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(AppointmentRoundEntity);
      let round: AppointmentRoundEntity;
      try {
        round = await repository.save(
          repository.create({
            academyId: academy.id,
            purpose: input.purpose,
            audience: input.audience ?? DEFAULT_AUDIENCE[input.purpose],
            titleFi: input.titleFi?.trim() || null,
            titleSv: input.titleSv?.trim() || null,
            titleEn: input.titleEn?.trim() || null,
            ...window,
            bookingsPerOrganisation: input.bookingsPerOrganisation ?? 1,
          }),
        );
      } catch (error) {
        if ((error as { constraint?: string }).constraint === CONSULTATION_ROUND_INDEX)
          throw new DomainException(ErrorCode.CONSULTATION_ROUND_EXISTS);
        throw error;
      }
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'appointment_round.opened',
        entityType: 'appointment_round',
        entityId: round.id,
        after: this.snapshot(round),
      });
      return round;
    });
  }

  async update(
    principal: Principal,
    input: UpdateAppointmentRoundInput,
  ): Promise<AppointmentRoundEntity> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(AppointmentRoundEntity);
      // FOR UPDATE: bookings in flight (FOR SHARE) finish under the old window and limit.
      const round = await repository.findOne({
        where: { id: input.roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round) throw notFound();
      const academy = await this.academies.require(round.academyId, manager);
      const before = this.snapshot(round);
      Object.assign(round, this.window(input, academy.timeZone, round));
      if (input.audience) round.audience = input.audience;
      if (input.bookingsPerOrganisation)
        round.bookingsPerOrganisation = input.bookingsPerOrganisation;
      for (const key of ['titleFi', 'titleSv', 'titleEn'] as const)
        if (input[key] !== undefined) round[key] = input[key]?.trim() || null;
      const saved = await repository.save(round);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'appointment_round.updated',
        entityType: 'appointment_round',
        entityId: round.id,
        before,
        after: this.snapshot(saved),
      });
      return saved;
    });
  }

  /** The window after the input (fields left out keep `current`); closes after it opens. */
  private window(
    input: { opensAt?: string | null; closesAt?: string | null },
    zone: string,
    current: { opensAt: Date | null; closesAt: Date | null },
  ): { opensAt: Date | null; closesAt: Date | null } {
    const read = (value: string | null | undefined, field: 'opensAt' | 'closesAt') =>
      value === undefined
        ? current[field]
        : value === null || value.trim() === ''
          ? null
          : parseZonedField(value, zone, `input.${field}`);
    const opensAt = read(input.opensAt, 'opensAt');
    const closesAt = read(input.closesAt, 'closesAt');
    if (opensAt && closesAt && closesAt <= opensAt)
      throw new InputValidationException([
        {
          field: 'input.closesAt',
          rule: 'closesAfterOpens',
          detail: 'input.closesAt must be after opensAt',
        },
      ]);
    return { opensAt, closesAt };
  }

  private snapshot(round: AppointmentRoundEntity): Record<string, unknown> {
    return {
      purpose: round.purpose,
      audience: round.audience,
      opensAt: round.opensAt?.toISOString() ?? null,
      closesAt: round.closesAt?.toISOString() ?? null,
      bookingsPerOrganisation: round.bookingsPerOrganisation,
    };
  }

  /** The round as the API shows it. */
  toModel(round: AppointmentRoundEntity, timeZone: string): AppointmentRoundModel {
    return {
      id: round.id,
      academyId: round.academyId,
      purpose: round.purpose,
      audience: round.audience,
      titleFi: round.titleFi,
      titleSv: round.titleSv,
      titleEn: round.titleEn,
      opensAt: round.opensAt ? zoned(round.opensAt, timeZone) : null,
      closesAt: round.closesAt ? zoned(round.closesAt, timeZone) : null,
      bookingsPerOrganisation: round.bookingsPerOrganisation,
      isOpen: this.isOpen(round),
      createdAt: round.createdAt,
    };
  }
}
