import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../../common/i18n/localized-text.js';
import {
  shiftCalendarText,
  shiftLocal,
  type EditionShift,
} from '../../../common/time/edition-shift.js';

/** What a shifted date-time belongs to, for the preview and for NONEXISTENT_LOCAL_TIME. */
export interface EditionItem {
  /** ACADEMY, TIMELINE_EVENT, EVENT_REGISTRATION, APPOINTMENT_ROUND, ELIGIBILITY_CRITERION, … */
  kind: string;
  /** The source row's id (the source academy's for ACADEMY). */
  id: string;
  /** A name a person recognises: the item's title (Finnish; the others where written). */
  label: Pick<LocalizedText, 'fi'> & Partial<Pick<LocalizedText, 'sv' | 'en'>>;
}

/** One date-time of the copy: where it was and where it goes. */
export interface ShiftedTime extends EditionItem {
  /** The field, e.g. `startsAt`, `applicationDeadline`, `parameters.startFrom`. */
  field: string;
  from: Date;
  /** null: the wall-clock time does not exist in the new year (the copy is refused). */
  to: Date | null;
  /** The new wall-clock time in the academy's zone, e.g. `2025-03-30T03:30:00`. */
  local: string;
  /** 29 February moved to 28 February. */
  leapDayMoved: boolean;
}

/**
 * Shifts every date-time of one copy and remembers each (the preview lists them; any that
 * does not exist refuses the whole copy before anything is written).
 */
export class EditionShifter {
  readonly times: ShiftedTime[] = [];
  /** Source row id → its copy's id, as copiers write them (`recordCopy`), e.g. timeline events. */
  private readonly copies = new Map<string, string>();

  constructor(
    readonly zone: string,
    readonly shift: EditionShift,
  ) {}

  /**
   * The instant at the same wall-clock time after the shift. When that time does not exist,
   * answers the source instant (a placeholder never written: the copy is refused).
   */
  instant(item: EditionItem, field: string, value: Date): Date {
    const shifted = shiftLocal(value, this.zone, this.shift);
    const to = shifted.exists ? shifted.instant : null;
    this.times.push({
      ...item,
      field,
      from: value,
      to,
      local: shifted.local,
      leapDayMoved: shifted.leapDayMoved,
    });
    return to ?? value;
  }

  /** `instant` for a nullable value (an open-ended window). */
  optionalInstant(item: EditionItem, field: string, value: Date | null): Date | null {
    return value ? this.instant(item, field, value) : null;
  }

  /** A calendar date or month of a rule (a pilot's timing window): no zone, no gaps. */
  calendarText(value: string): string {
    return shiftCalendarText(value, this.shift);
  }

  /**
   * Remembers that `sourceId` was copied as `targetId`, so a copier registered later (its
   * module imports the writer's) can attach its rows to the copy, e.g. registration settings
   * to the copied timeline events.
   */
  recordCopy(sourceId: string, targetId: string): void {
    this.copies.set(sourceId, targetId);
  }

  /** The copy of `sourceId` written so far (undefined: not copied, or not yet written). */
  copyOf(sourceId: string): string | undefined {
    return this.copies.get(sourceId);
  }

  /** The source ids of `kind` whose date-times this copy shifts (what earlier copiers read). */
  shiftedIds(kind: string): Set<string> {
    return new Set(this.times.filter((time) => time.kind === kind).map((time) => time.id));
  }

  /** The times that do not exist in the new year. */
  nonexistent(): ShiftedTime[] {
    return this.times.filter((time) => time.to === null);
  }
}

/** Writes one module's prepared copy into the new academy; answers what it wrote, by name. */
export type EditionWrite = (
  manager: EntityManager,
  targetAcademyId: string,
) => Promise<Record<string, number>>;

/**
 * One module's part of a next edition: reads the source academy's rows of its own tables,
 * shifts their date-times through the shifter (reading only, so a refusal leaves nothing
 * behind) and answers how to write them into the new academy.
 */
export interface EditionCopier {
  /** For the audit entry and errors: `timeline`, `appointmentRounds`, … */
  readonly name: string;
  prepare(
    manager: EntityManager,
    sourceAcademyId: string,
    shifter: EditionShifter,
  ): Promise<EditionWrite>;
}

/**
 * The port through which modules that own an academy's data take part in
 * `createNextEdition`: each registers its copier when it starts (academies need not know them),
 * and the copy runs them all in its one transaction.
 */
@Injectable()
export class EditionCopiers {
  private readonly copiers: EditionCopier[] = [];

  register(copier: EditionCopier): void {
    this.copiers.push(copier);
  }

  all(): readonly EditionCopier[] {
    return this.copiers;
  }
}
