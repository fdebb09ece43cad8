import { ErrorCode } from '../../common/errors/error-code.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { parseZonedField } from '../../common/time/zoned-input.js';
import { AcademySettingsEvents } from './academy-settings-events.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateAcademyInput } from './dto/create-academy.input.js';
import type { UpdateAcademyInput } from './dto/update-academy.input.js';
import { AcademyEntity } from './entities/academy.entity.js';
import { AcademyStatus } from './academy.enums.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

const LIFECYCLE = [
  AcademyStatus.DRAFT,
  AcademyStatus.OPEN,
  AcademyStatus.SELECTION,
  AcademyStatus.RUNNING,
  AcademyStatus.ALUMNI,
];

const DATE_FIELDS = [
  'applicationOpensAt',
  'applicationDeadline',
  'consultationBookingDeadline',
  'selectionAnnouncementAt',
] as const;

const snapshot = (academy: AcademyEntity): Record<string, unknown> => ({
  slug: academy.slug,
  status: academy.status,
  timeZone: academy.timeZone,
  title: academy.title,
  capacity: academy.capacity,
  applicationOpensAt: academy.applicationOpensAt.toISOString(),
  applicationDeadline: academy.applicationDeadline.toISOString(),
  consultationBookingDeadline: academy.consultationBookingDeadline.toISOString(),
  selectionAnnouncementAt: academy.selectionAnnouncementAt.toISOString(),
  confirmationDeadline: academy.confirmationDeadline?.toISOString() ?? null,
  reserveResponseDays: academy.reserveResponseDays,
  eventReminderMinutes: academy.eventReminderMinutes,
  teamSizeLimit: academy.teamSizeLimit,
  publicOutcomes: academy.publicOutcomes,
  enrolment: academy.enrolment,
  signUpTerms: academy.signUpTerms,
});

/** Longest first, so the academy reads them in the order they are sent. */
const reminderMinutes = (minutes: readonly number[]): number[] =>
  [...minutes].sort((a, b) => b - a);

const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string }).code === '23505';

/** What programme managers do with academies: create, edit, publish, archive. */
@Injectable()
export class AcademiesAdminService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settingsEvents: AcademySettingsEvents,
  ) {}

  async create(principal: Principal, input: CreateAcademyInput): Promise<AcademyEntity> {
    const zone = input.timeZone ?? 'Europe/Helsinki';
    const dates = Object.fromEntries(
      DATE_FIELDS.map((field) => [field, parseZonedField(input[field], zone, `input.${field}`)]),
    ) as Record<(typeof DATE_FIELDS)[number], Date>;
    const confirmationDeadline = parseConfirmationDeadline(input.confirmationDeadline, zone);
    assertDateOrder({ ...dates, confirmationDeadline });
    try {
      return await this.transactions.run(async (manager) => {
        const repository = manager.getRepository(AcademyEntity);
        const academy = await repository.save(
          repository.create({
            slug: input.slug,
            theme: input.theme.trim(),
            title: toLocalizedText(input.title),
            description: toLocalizedText(input.description),
            timeZone: zone,
            ...dates,
            confirmationDeadline,
            capacity: input.capacity,
            // The column's default (7) when left out.
            ...(input.reserveResponseDays !== undefined && input.reserveResponseDays !== null
              ? { reserveResponseDays: input.reserveResponseDays }
              : {}),
            ...(input.eventReminderMinutes !== undefined && input.eventReminderMinutes !== null
              ? { eventReminderMinutes: reminderMinutes(input.eventReminderMinutes) }
              : {}),
            ...(input.teamSizeLimit !== undefined && input.teamSizeLimit !== null
              ? { teamSizeLimit: input.teamSizeLimit }
              : {}),
            ...(input.publicOutcomes !== undefined && input.publicOutcomes !== null
              ? { publicOutcomes: input.publicOutcomes }
              : {}),
            ...(input.enrolment ? { enrolment: input.enrolment } : {}),
            signUpTerms: input.signUpTerms ? toLocalizedText(input.signUpTerms) : null,
            status: AcademyStatus.DRAFT,
            previousEditionId: input.previousEditionId ?? null,
          }),
        );
        await this.record(manager, principal, 'academy.created', academy, null);
        return academy;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainException(ErrorCode.SLUG_TAKEN, { field: 'input.slug' });
      throw error;
    }
  }

  async update(principal: Principal, input: UpdateAcademyInput): Promise<AcademyEntity> {
    try {
      return await this.transactions.run(async (manager) => {
        const academy = await this.lockAcademy(manager, input.academyId);
        const before = snapshot(academy);
        const zone = input.timeZone ?? academy.timeZone;
        if (input.slug !== undefined) academy.slug = input.slug;
        if (input.theme !== undefined) academy.theme = input.theme.trim();
        if (input.title) academy.title = toLocalizedText(input.title);
        if (input.description) academy.description = toLocalizedText(input.description);
        if (input.capacity !== undefined) academy.capacity = input.capacity;
        academy.timeZone = zone;
        for (const field of DATE_FIELDS) {
          const value = input[field];
          if (value !== undefined) academy[field] = parseZonedField(value, zone, `input.${field}`);
        }
        // null clears the deadline (14 days after the release); undefined leaves it.
        if (input.confirmationDeadline !== undefined)
          academy.confirmationDeadline = parseConfirmationDeadline(
            input.confirmationDeadline,
            zone,
          );
        if (input.reserveResponseDays !== undefined && input.reserveResponseDays !== null)
          academy.reserveResponseDays = input.reserveResponseDays;
        const remindersChanged =
          input.eventReminderMinutes !== undefined &&
          input.eventReminderMinutes !== null &&
          reminderMinutes(input.eventReminderMinutes).join() !==
            academy.eventReminderMinutes.join();
        if (remindersChanged)
          academy.eventReminderMinutes = reminderMinutes(input.eventReminderMinutes ?? []);
        if (input.teamSizeLimit !== undefined && input.teamSizeLimit !== null)
          academy.teamSizeLimit = input.teamSizeLimit;
        if (input.publicOutcomes !== undefined && input.publicOutcomes !== null)
          academy.publicOutcomes = input.publicOutcomes;
        if (input.enrolment && input.enrolment !== academy.enrolment) {
          // Applications or sign-ups may exist once published: the way in stays as it was.
          if (academy.status !== AcademyStatus.DRAFT)
            throw new DomainException(ErrorCode.ENROLMENT_LOCKED, { field: 'input.enrolment' });
          academy.enrolment = input.enrolment;
        }
        // null removes the terms; undefined leaves them.
        if (input.signUpTerms !== undefined)
          academy.signUpTerms = input.signUpTerms ? toLocalizedText(input.signUpTerms) : null;
        assertDateOrder(academy);
        const statusChanged = input.status !== undefined && input.status !== academy.status;
        if (input.status !== undefined && input.status !== academy.status) {
          assertForward(academy.status, input.status);
          // Only a running programme ends (as endProgramme): never straight to ALUMNI.
          if (input.status === AcademyStatus.ALUMNI && academy.status !== AcademyStatus.RUNNING)
            throw new DomainException(ErrorCode.PROGRAMME_NOT_RUNNING, { status: academy.status });
          academy.status = input.status;
        }
        await manager.getRepository(AcademyEntity).save(academy);
        await this.record(manager, principal, 'academy.updated', academy, before);
        // The timeline's reminders follow the new offsets, in this transaction.
        if (remindersChanged) await this.settingsEvents.eventRemindersChanged(manager, academy.id);
        if (statusChanged)
          await this.settingsEvents.statusChanged(manager, academy.id, academy.status);
        return academy;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainException(ErrorCode.SLUG_TAKEN, { field: 'input.slug' });
      throw error;
    }
  }

  /** DRAFT → OPEN: the academy and its cohort-wide timeline become public. */
  publish(principal: Principal, academyId: string): Promise<AcademyEntity> {
    return this.changeStatus(principal, academyId, (academy) => {
      if (academy.status !== AcademyStatus.DRAFT)
        throw new DomainException(ErrorCode.INVALID_STATUS_CHANGE);
      return AcademyStatus.OPEN;
    });
  }

  /** Hides the academy from public lists; nothing is deleted. */
  archive(principal: Principal, academyId: string): Promise<AcademyEntity> {
    return this.changeStatus(principal, academyId, () => AcademyStatus.ARCHIVED);
  }

  private changeStatus(
    principal: Principal,
    academyId: string,
    next: (academy: AcademyEntity) => AcademyStatus,
  ): Promise<AcademyEntity> {
    return this.transactions.run(async (manager) => {
      const academy = await this.lockAcademy(manager, academyId);
      const before = snapshot(academy);
      academy.status = next(academy);
      await manager.getRepository(AcademyEntity).save(academy);
      await this.settingsEvents.statusChanged(manager, academy.id, academy.status);
      await this.record(
        manager,
        principal,
        `academy.${academy.status.toLowerCase()}`,
        academy,
        before,
      );
      return academy;
    });
  }

  private async lockAcademy(manager: EntityManager, id: string): Promise<AcademyEntity> {
    const academy = await manager
      .getRepository(AcademyEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!academy) throw notFound();
    return academy;
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    academy: AcademyEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action,
      entityType: 'academy',
      entityId: academy.id,
      before,
      after: snapshot(academy),
    });
  }
}

function parseConfirmationDeadline(value: string | null | undefined, zone: string): Date | null {
  return value ? parseZonedField(value, zone, 'input.confirmationDeadline') : null;
}

function assertDateOrder(
  dates: Record<(typeof DATE_FIELDS)[number], Date> & { confirmationDeadline: Date | null },
): void {
  const problems: Array<{ field: string; rule: string; detail: string }> = [];
  if (dates.applicationDeadline <= dates.applicationOpensAt) {
    problems.push({
      field: 'input.applicationDeadline',
      rule: 'order',
      detail: 'applicationDeadline must be after applicationOpensAt',
    });
  }
  if (dates.consultationBookingDeadline <= dates.applicationOpensAt) {
    problems.push({
      field: 'input.consultationBookingDeadline',
      rule: 'order',
      detail: 'consultationBookingDeadline must be after applicationOpensAt',
    });
  }
  if (dates.selectionAnnouncementAt < dates.applicationDeadline) {
    problems.push({
      field: 'input.selectionAnnouncementAt',
      rule: 'order',
      detail: 'selectionAnnouncementAt must not be before applicationDeadline',
    });
  }
  // Offers open at the release (on or after the announcement): a deadline before it would
  // have them lapse as they open.
  if (dates.confirmationDeadline && dates.confirmationDeadline <= dates.selectionAnnouncementAt) {
    problems.push({
      field: 'input.confirmationDeadline',
      rule: 'order',
      detail: 'confirmationDeadline must be after selectionAnnouncementAt',
    });
  }
  if (problems.length > 0) throw new InputValidationException(problems);
}

function assertForward(from: AcademyStatus, to: AcademyStatus): void {
  const fromIndex = LIFECYCLE.indexOf(from);
  const toIndex = LIFECYCLE.indexOf(to);
  if (fromIndex < 0 || toIndex <= fromIndex)
    throw new DomainException(ErrorCode.INVALID_STATUS_CHANGE);
}
