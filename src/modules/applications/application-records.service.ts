import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import type { AcademyRecord } from '../academies/academy.types.js';
import { isMemberSql } from '../organisations/membership.sql.js';
import { ApplicationStatus } from './application.enums.js';
import type { Locale } from '../../common/i18n/locale.js';
import { DeadlineExtensionsService, type DeadlineKind } from './deadline-extensions.service.js';
import { overall, type Outcome } from './eligibility.js';
import { EligibilityService } from './eligibility.service.js';
import { EligibilityCriteriaService } from './eligibility-criteria.service.js';
import { answerChoicesOf } from './answer-codes.js';
import type { PilotPlan } from './application.types.js';
import { ApplicationEntity } from './entities/application.entity.js';

/**
 * What other features (consultations, later selection and cohort) may ask about
 * applications. Inside a caller's transaction, pass its manager.
 */
@Injectable()
export class ApplicationRecordsService {
  constructor(
    @InjectRepository(ApplicationEntity)
    private readonly applications: Repository<ApplicationEntity>,
    private readonly deadlines: DeadlineExtensionsService,
    private readonly eligibility: EligibilityService,
    private readonly criteria: EligibilityCriteriaService,
  ) {}

  /**
   * Retention (issue 17): empties the answers of these applications, in the caller's
   * transaction; the rows stay (decisions and reviews point at them). Answers the number
   * emptied now (already empty ones do not count).
   */
  async redactAnswers(manager: EntityManager, applicationIds: readonly string[]): Promise<number> {
    if (applicationIds.length === 0) return 0;
    // TypeORM answers an UPDATE or DELETE with [rows, affectedCount].
    const [, emptied] = await manager.query<[unknown[], number]>(
      `UPDATE applications SET answers = '{}'::jsonb, updated_at = now()
       WHERE id = ANY($1::uuid[]) AND answers <> '{}'::jsonb RETURNING id`,
      [[...applicationIds]],
    );
    return emptied;
  }

  private repository(manager?: EntityManager): Repository<ApplicationEntity> {
    return manager ? manager.getRepository(ApplicationEntity) : this.applications;
  }

  findById(id: string, manager?: EntityManager): Promise<ApplicationEntity | null> {
    return this.repository(manager).findOneBy({ id });
  }

  /**
   * The pilot procurement the organisation described in its application to the academy
   * (title, category, description; blanks as null), or null without an application: what
   * follow-up prefills the organisation's pilot with.
   */
  async pilotPlanOf(
    academyId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<PilotPlan | null> {
    const application = await this.repository(manager).findOne({
      select: { id: true, answers: true },
      where: { academyId, organisationId },
    });
    if (!application) return null;
    const pilot = application.answers.pilotProcurement ?? {};
    const text = (value: string | null | undefined) =>
      typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
    return {
      title: text(pilot.title),
      category: text(pilot.category),
      description: text(pilot.description),
    };
  }

  /** The pilot categories the academy's criteria list (codes, e.g. CONSTRUCTION); may be empty. */
  async pilotCategoriesOf(academyId: string, manager?: EntityManager): Promise<string[]> {
    return answerChoicesOf(await this.criteria.criteriaOf(academyId, manager)).pilotCategories;
  }

  /** Applications by id, for other features' loaders (unknown ids are left out). */
  findByIds(ids: readonly string[], manager?: EntityManager): Promise<ApplicationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repository(manager).findBy({ id: In([...ids]) });
  }

  /** The organisation's application to the academy (at most one, by a unique constraint). */
  async findOfOrganisation(
    organisationId: string,
    academyId: string,
    manager?: EntityManager,
  ): Promise<ApplicationEntity | null> {
    return this.repository(manager).findOneBy({ organisationId, academyId });
  }

  /** Ids of every application the organisation has made, in any academy. */
  async idsOfOrganisation(organisationId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.repository(manager).find({
      select: { id: true },
      where: { organisationId },
    });
    return rows.map((row) => row.id);
  }

  /**
   * The academy's SUBMITTED applications (id and organisation), oldest submission first:
   * what the selection assigns and decides on. Pass the caller's manager inside a transaction.
   */
  async submittedOf(
    academyId: string,
    manager?: EntityManager,
  ): Promise<Array<Pick<ApplicationEntity, 'id' | 'organisationId' | 'submittedAt'>>> {
    return this.repository(manager).find({
      select: { id: true, organisationId: true, submittedAt: true },
      where: { academyId, status: ApplicationStatus.SUBMITTED },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The application under a share lock (FOR SHARE) for the rest of the caller's
   * transaction: many may hold it at once, but a withdrawal (FOR UPDATE) waits for them.
   * In the same statement: whether `userId` is a member of its organisation (the access
   * check of whoever acts on it), so a hot path such as booking pays one round trip.
   */
  async lockShared(
    id: string,
    userId: string,
    manager: EntityManager,
  ): Promise<{ application: ApplicationEntity; userIsMember: boolean } | null> {
    const { entities, raw } = await manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('ap')
      .addSelect(isMemberSql(':userId', 'ap.organisation_id'), 'user_is_member')
      .where('ap.id = :id', { id, userId })
      .setLock('pessimistic_read')
      .getRawAndEntities<{ user_is_member: boolean }>();
    if (!entities[0]) return null;
    return { application: entities[0], userIsMember: raw[0].user_is_member === true };
  }

  /** The academy's submitted applications, whole (one statement), oldest submission first. */
  submittedRecordsOf(academyId: string, manager?: EntityManager): Promise<ApplicationEntity[]> {
    return this.repository(manager).find({
      where: { academyId, status: ApplicationStatus.SUBMITTED },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Overall eligibility (NOT_MET beats NEEDS_REVIEW beats MET) of each application, by id,
   * in a fixed number of statements whatever their number.
   */
  async overallEligibilityOf(
    applications: readonly ApplicationEntity[],
    locale: Locale,
    manager?: EntityManager,
  ): Promise<Map<string, Outcome>> {
    const results = await this.eligibility.evaluateMany(applications, locale, manager);
    return new Map([...results].map(([id, criteria]) => [id, overall(criteria)]));
  }

  /** Whether one of the user's organisations has a draft or submitted application to the academy. */
  async userHasActiveApplication(
    userId: string,
    academyId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    return this.repository(manager)
      .createQueryBuilder('ap')
      .where('ap.academy_id = :academyId', { academyId })
      .andWhere({ status: Not(ApplicationStatus.WITHDRAWN) })
      .andWhere(isMemberSql(':userId', 'ap.organisation_id'), { userId })
      .getExists();
  }

  /**
   * The deadline that applies to this application: the academy's, or a later one granted
   * to it by an extension.
   */
  effectiveDeadline(
    academy: AcademyRecord,
    applicationId: string,
    which: DeadlineKind = 'applicationDeadline',
    manager?: EntityManager,
  ): Promise<Date> {
    return this.deadlines.effectiveDeadline(academy, applicationId, which, manager);
  }

  /**
   * The academy's application deadline or the latest extension granted to one of its
   * applications, whichever is later: until then someone may still apply.
   */
  latestDeadlineOf(academy: AcademyRecord, manager?: EntityManager): Promise<Date> {
    return this.deadlines.latestDeadlineOf(academy, manager);
  }
}
