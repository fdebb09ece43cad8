import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import type { Locale } from '../../../common/i18n/locale.js';
import { editionShiftFor, type EditionShift } from '../../../common/time/edition-shift.js';
import { zoned } from '../../../common/time/zoned-date-time.model.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AuditService } from '../../audit/audit.service.js';
import { AcademyStatus } from '../academy.enums.js';
import { AcademyEntity } from '../entities/academy.entity.js';
import { EditionCopiers, EditionShifter, type EditionWrite } from './edition-copiers.js';
import type {
  CreateNextEditionInput,
  EditionShiftInput,
  NextEditionPreviewInput,
} from './next-edition.inputs.js';
import type { NextEditionPreviewModel } from './next-edition.models.js';

const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string }).code === '23505';

/** The academy's own date-times, in the order a person reads them. */
const ACADEMY_DATES = [
  'applicationOpensAt',
  'applicationDeadline',
  'consultationBookingDeadline',
  'selectionAnnouncementAt',
] as const;

interface PreparedEdition {
  source: AcademyEntity;
  shift: EditionShift;
  shifter: EditionShifter;
  /** The new academy's row, not yet saved. */
  academy: Partial<AcademyEntity>;
  writes: Array<{ name: string; write: EditionWrite }>;
}

/**
 * `createNextEdition`: copies an academy — its texts and settings, and through the modules'
 * copiers its criteria, rubric, measure catalogue, follow-up settings, timeline and
 * appointment rounds — into a new DRAFT academy that names it as its previous edition, every
 * date-time shifted in the academy's zone with its wall-clock time kept. Nothing of the
 * source's people comes along (applications, cohort, bookings, slots, reports). One
 * transaction: a slug in use or a time that does not exist in the new year refuses the whole
 * copy before anything is written.
 */
@Injectable()
export class CreateNextEditionUseCase {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    private readonly copiers: EditionCopiers,
    private readonly audit: AuditService,
  ) {}

  /** What the copy would shift where, without writing anything. */
  async preview(input: NextEditionPreviewInput, locale: Locale): Promise<NextEditionPreviewModel> {
    const prepared = await this.prepare(this.dataSource.manager, input.academyId, input.shiftTo);
    const zone = prepared.source.timeZone;
    const times = [...prepared.shifter.times].sort(
      (a, b) => a.from.getTime() - b.from.getTime() || a.field.localeCompare(b.field),
    );
    return {
      years: prepared.shift.years ?? null,
      days: prepared.shift.days ?? null,
      times: times.map((time) => ({
        ...time,
        label: time.label[locale] ?? time.label.fi,
        from: zoned(time.from, zone),
        to: time.to ? zoned(time.to, zone) : null,
      })),
      nonexistentCount: prepared.shifter.nonexistent().length,
    };
  }

  async create(principal: Principal, input: CreateNextEditionInput): Promise<AcademyEntity> {
    try {
      return await this.transactions.run((manager) => this.copy(manager, principal.user.id, input));
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainException(ErrorCode.SLUG_TAKEN, { field: 'input.slug' });
      throw error;
    }
  }

  /**
   * The copy inside the caller's transaction, audited as `actorId` (null: the system) — for
   * seeds that make a next edition as part of their own work (the demo). Copiers register
   * when their modules start, so call it after start-up (`onApplicationBootstrap` or later).
   */
  async copy(
    manager: EntityManager,
    actorId: string | null,
    input: CreateNextEditionInput,
  ): Promise<AcademyEntity> {
    // The source is read under a share lock: its rules do not change while it is copied.
    const prepared = await this.prepare(manager, input.academyId, input.shiftTo, true);
    const nonexistent = prepared.shifter.nonexistent();
    if (nonexistent.length > 0) {
      throw new DomainException(
        ErrorCode.NONEXISTENT_LOCAL_TIME,
        {
          items: nonexistent.map(({ kind, id, label, field, local }) => ({
            kind,
            id,
            label: label.fi,
            field,
            local,
          })),
        },
        { params: { count: nonexistent.length } },
      );
    }
    const repository = manager.getRepository(AcademyEntity);
    if (await repository.existsBy({ slug: input.slug }))
      throw new DomainException(ErrorCode.SLUG_TAKEN, { field: 'input.slug' });
    const academy = await repository.save(
      repository.create({ ...prepared.academy, slug: input.slug }),
    );
    const copied: Record<string, number> = {};
    for (const { write } of prepared.writes)
      Object.assign(copied, await write(manager, academy.id));
    await this.audit.record(manager, {
      actorId,
      action: 'academy.edition_created',
      entityType: 'academy',
      entityId: academy.id,
      before: null,
      after: {
        slug: academy.slug,
        status: academy.status,
        previousEditionId: prepared.source.id,
        previousEditionSlug: prepared.source.slug,
        shift: prepared.shift,
        applicationDeadline: academy.applicationDeadline.toISOString(),
        copied,
      },
    });
    return academy;
  }

  private async prepare(
    manager: EntityManager,
    academyId: string,
    shiftTo: EditionShiftInput,
    lock = false,
  ): Promise<PreparedEdition> {
    const source = await manager.getRepository(AcademyEntity).findOne({
      where: { id: academyId },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (!source) throw notFound();
    const shift = shiftOf(source, shiftTo);
    const shifter = new EditionShifter(source.timeZone, shift);
    const item = { kind: 'ACADEMY', id: source.id, label: source.title };
    const dates = Object.fromEntries(
      ACADEMY_DATES.map((field) => [field, shifter.instant(item, field, source[field])]),
    ) as Record<(typeof ACADEMY_DATES)[number], Date>;
    const academy: Partial<AcademyEntity> = {
      theme: source.theme,
      title: { ...source.title },
      description: { ...source.description },
      timeZone: source.timeZone,
      ...dates,
      confirmationDeadline: shifter.optionalInstant(
        item,
        'confirmationDeadline',
        source.confirmationDeadline,
      ),
      capacity: source.capacity,
      eventReminderMinutes: [...source.eventReminderMinutes],
      reserveResponseDays: source.reserveResponseDays,
      teamSizeLimit: source.teamSizeLimit,
      publicOutcomes: source.publicOutcomes,
      consultationChangeCutoffHours: source.consultationChangeCutoffHours,
      enrolment: source.enrolment,
      signUpTerms: source.signUpTerms ? { ...source.signUpTerms } : null,
      status: AcademyStatus.DRAFT,
      previousEditionId: source.id,
    };
    const writes: PreparedEdition['writes'] = [];
    // One after the other: inside a transaction they share one connection.
    for (const copier of this.copiers.all()) {
      writes.push({ name: copier.name, write: await copier.prepare(manager, source.id, shifter) });
    }
    return { source, shift, shifter, academy, writes };
  }
}

/** Exactly one of `year` and `applicationDeadlineDate`, moving forward. */
function shiftOf(source: AcademyEntity, shiftTo: EditionShiftInput): EditionShift {
  const hasYear = shiftTo.year !== undefined && shiftTo.year !== null;
  const hasDate =
    shiftTo.applicationDeadlineDate !== undefined && shiftTo.applicationDeadlineDate !== null;
  if (hasYear === hasDate) {
    throw new InputValidationException([
      {
        field: 'input.shiftTo',
        rule: 'exactlyOne',
        detail: 'give exactly one of shiftTo.year and shiftTo.applicationDeadlineDate',
      },
    ]);
  }
  const shift = editionShiftFor(source.applicationDeadline, source.timeZone, shiftTo);
  if ((shift.years ?? shift.days ?? 0) <= 0) {
    throw new InputValidationException([
      {
        field: hasYear ? 'input.shiftTo.year' : 'input.shiftTo.applicationDeadlineDate',
        rule: 'afterSource',
        detail: "the next edition must come after the source's application deadline",
      },
    ]);
  }
  return shift;
}
