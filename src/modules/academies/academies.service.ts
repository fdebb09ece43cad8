import { localizedFromRow } from '../../common/i18n/localized-text.js';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain.exception.js';
import { isStaff, type Principal } from '../../common/auth/principal.js';
import { readRows } from '../../database/read-rows.js';
import { AcademyEntity } from './entities/academy.entity.js';
import type { AcademyEnrolment, AcademyStatus } from './academy.enums.js';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import { UNPUBLISHED_ACADEMY_STATUSES } from './academy.sql.js';
import { AcademySettingsEvents } from './academy-settings-events.js';

/** An academy as seed data: every column but the generated ones. */
export type AcademySeed = Omit<
  AcademyEntity,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'previousEdition'
  | 'previousEditionId'
  | 'eventReminderMinutes'
  | 'enrolment'
  | 'signUpTerms'
> & {
  previousEditionId?: string | null;
  eventReminderMinutes?: number[];
  /** SELECTIVE when left out. */
  enrolment?: AcademyEnrolment;
  signUpTerms?: LocalizedText | null;
};

@Injectable()
export class AcademiesService {
  constructor(
    @InjectRepository(AcademyEntity) private readonly academies: Repository<AcademyEntity>,
    private readonly settingsEvents: AcademySettingsEvents,
  ) {}

  private repository(manager?: EntityManager): Repository<AcademyEntity> {
    return manager ? manager.getRepository(AcademyEntity) : this.academies;
  }

  /** An academy by id, whatever its status, or NOT_FOUND. For other features' services. */
  async require(id: string, manager?: EntityManager): Promise<AcademyEntity> {
    const academy = await this.repository(manager).findOneBy({ id });
    if (!academy) throw notFound();
    return academy;
  }

  /**
   * Locks the academy's row until the caller's transaction ends: `share` for work that must
   * not overlap a change of the academy's rules (submitting a review against the rubric),
   * `update` for the changes themselves (the rubric, the release, handing out places).
   * NOT_FOUND when it does not exist.
   */
  async lock(
    manager: EntityManager,
    id: string,
    mode: 'share' | 'update' = 'update',
  ): Promise<AcademyEntity> {
    const academy = await manager.getRepository(AcademyEntity).findOne({
      where: { id },
      // `update` is FOR NO KEY UPDATE: it orders the changes that take it and excludes `share`,
      // but lets rows that reference the academy be inserted meanwhile (their foreign-key
      // check takes FOR KEY SHARE), so a long release does not stall slot or review inserts
      // and no lock cycle forms with them.
      lock: { mode: mode === 'share' ? 'pessimistic_read' : 'for_no_key_update' },
    });
    if (!academy) throw notFound();
    return academy;
  }

  /**
   * Moves the academy's status `from` → `to` inside the caller's transaction (the selection
   * moves OPEN → SELECTION → RUNNING); a no-op when it is not in `from`. True when it moved.
   */
  async moveStatus(
    manager: EntityManager,
    id: string,
    from: readonly AcademyStatus[],
    to: AcademyStatus,
  ): Promise<boolean> {
    const result = await manager
      .getRepository(AcademyEntity)
      .update({ id, status: In([...from]) }, { status: to });
    const moved = (result.affected ?? 0) > 0;
    if (moved) await this.settingsEvents.statusChanged(manager, id, to);
    return moved;
  }

  /** An academy by id, whatever its status, or null. */
  findById(id: string, manager?: EntityManager): Promise<AcademyEntity | null> {
    return this.repository(manager).findOneBy({ id });
  }

  exists(id: string, manager?: EntityManager): Promise<boolean> {
    return this.repository(manager).existsBy({ id });
  }

  /** Academies by id, whatever their status (for loaders). */
  findByIds(ids: readonly string[], manager?: EntityManager): Promise<AcademyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repository(manager).findBy({ id: In([...ids]) });
  }

  /** How many academies exist, whatever their status (the demo seed runs on an empty table). */
  /** Every academy's id, whatever its status (the daily retention run walks them). */
  async allIds(manager?: EntityManager): Promise<string[]> {
    const rows = await this.repository(manager).find({
      select: { id: true },
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  count(manager?: EntityManager): Promise<number> {
    return this.repository(manager).count();
  }

  /** An academy by slug whatever its status (no visibility rule: for seeds and services). */
  findAnyBySlug(slug: string, manager?: EntityManager): Promise<AcademyEntity | null> {
    return this.repository(manager).findOneBy({ slug });
  }

  /** The edition that names this academy as its previous one, if any. */
  findNextEditionOf(academyId: string, manager?: EntityManager): Promise<AcademyEntity | null> {
    return this.repository(manager).findOneBy({ previousEditionId: academyId });
  }

  /**
   * The earlier editions of each academy: its previous edition, that one's previous, and so
   * on back along `previous_edition_id` (one recursive query; every id present, a cycle
   * stops it). For "prior groundwork": alumni of any earlier edition of the same series.
   */
  async earlierEditionsOf(
    academyIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(academyIds.map((id) => [id, new Set<string>()]));
    if (academyIds.length === 0) return result;
    const rows: Array<{ academy_id: string; earlier_id: string }> = await (
      manager ?? this.academies.manager
    ).query(
      `WITH RECURSIVE chain(academy_id, earlier_id, depth) AS (
         SELECT a.id, a.previous_edition_id, 1 FROM academies a
          WHERE a.id = ANY($1::uuid[]) AND a.previous_edition_id IS NOT NULL
         UNION ALL
         SELECT chain.academy_id, p.previous_edition_id, chain.depth + 1
           FROM chain JOIN academies p ON p.id = chain.earlier_id
          WHERE p.previous_edition_id IS NOT NULL AND chain.depth < 100
       )
       SELECT DISTINCT academy_id, earlier_id FROM chain WHERE earlier_id <> academy_id`,
      [academyIds],
    );
    for (const row of rows) result.get(row.academy_id)?.add(row.earlier_id);
    return result;
  }

  /** Inserts a prepared academy (the demo seed); admins create academies through the admin service. */
  insertSeed(seed: AcademySeed, manager: EntityManager): Promise<AcademyEntity> {
    const repository = this.repository(manager);
    return repository.save(repository.create(seed));
  }

  /**
   * Publishes (or keeps private) the academy's recorded event outcomes, for the demo seed
   * when it writes the outcomes; admins change it through the admin service.
   */
  async seedPublicOutcomes(
    academyId: string,
    publicOutcomes: boolean,
    manager: EntityManager,
  ): Promise<void> {
    await this.repository(manager).update(academyId, { publicOutcomes });
  }

  /**
   * Published academies, newest application window first. Admins and experts also see
   * drafts and archived ones.
   */
  list(principal: Principal | null): Promise<AcademyEntity[]> {
    return this.academies.find({
      where: isStaff(principal) ? {} : { status: Not(In(UNPUBLISHED_ACADEMY_STATUSES)) },
      order: { applicationOpensAt: 'DESC', slug: 'ASC' },
    });
  }

  /**
   * An academy by slug; unknown, or unpublished for this caller, is simply absent. This is
   * the public hot path (every timeline view, every calendar download): plain SQL.
   */
  async findBySlug(principal: Principal | null, slug: string): Promise<AcademyEntity | null> {
    const rows = await readRows<AcademyRow>(
      this.academies.manager.connection,
      `SELECT * FROM academies WHERE slug = $1 AND ($2 OR status <> ALL($3::academy_status[])) LIMIT 1`,
      [slug, isStaff(principal), UNPUBLISHED_ACADEMY_STATUSES],
    );
    return rows[0] ? academyFromRow(rows[0]) : null;
  }
}

interface AcademyRow {
  id: string;
  created_at: Date;
  updated_at: Date;
  slug: string;
  theme: string;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  description_fi: string;
  description_sv: string | null;
  description_en: string | null;
  time_zone: string;
  application_opens_at: Date;
  application_deadline: Date;
  consultation_booking_deadline: Date;
  selection_announcement_at: Date;
  capacity: number;
  confirmation_deadline: Date | null;
  reserve_response_days: number;
  event_reminder_minutes: number[];
  team_size_limit: number;
  public_outcomes: boolean;
  consultation_change_cutoff_hours: number;
  status: AcademyStatus;
  enrolment: AcademyEnrolment;
  sign_up_terms: LocalizedText | null;
  previous_edition_id: string | null;
}

function academyFromRow(row: AcademyRow): AcademyEntity {
  return Object.assign(new AcademyEntity(), {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    slug: row.slug,
    theme: row.theme,
    title: localizedFromRow(row, 'title'),
    description: localizedFromRow(row, 'description'),
    timeZone: row.time_zone,
    applicationOpensAt: row.application_opens_at,
    applicationDeadline: row.application_deadline,
    consultationBookingDeadline: row.consultation_booking_deadline,
    selectionAnnouncementAt: row.selection_announcement_at,
    capacity: row.capacity,
    confirmationDeadline: row.confirmation_deadline,
    reserveResponseDays: row.reserve_response_days,
    eventReminderMinutes: row.event_reminder_minutes,
    teamSizeLimit: row.team_size_limit,
    publicOutcomes: row.public_outcomes,
    consultationChangeCutoffHours: row.consultation_change_cutoff_hours,
    status: row.status,
    enrolment: row.enrolment,
    signUpTerms: row.sign_up_terms,
    previousEditionId: row.previous_edition_id,
    previousEdition: null,
  });
}
