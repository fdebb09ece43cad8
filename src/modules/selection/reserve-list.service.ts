import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { JobQueue } from '../../database/job-queue.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AcademyStatus } from '../academies/academy.enums.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AuditService } from '../audit/audit.service.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { joinApplicationSql } from '../applications/application.sql.js';
import { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import { offerAuditFields } from './offer-audit.js';
import { enqueueOfferLapse } from './offer-lapse.job.js';
import { SelectionOfferMailer } from './selection-offer-mailer.js';
import { OfferStatus, SelectionOutcome } from './selection.enums.js';

const DAY_MS = 24 * 3_600_000;

/**
 * The self-promoting reserve list. Every step runs inside the caller's transaction and under
 * the academy's `update` lock (AcademiesService.lock), so promotions of one academy happen
 * one after another; the database still has the last word: one offer per application ever
 * (no reserve is offered twice) and one open-or-confirmed offer per seat (capacity is never
 * exceeded) are unique constraints on `selection_offers`.
 */
@Injectable()
export class ReserveListService {
  constructor(
    @InjectRepository(SelectionOfferEntity)
    private readonly offers: Repository<SelectionOfferEntity>,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly academies: AcademiesService,
    private readonly mailer: SelectionOfferMailer,
    private readonly clock: Clock,
  ) {}

  /**
   * Offers a freed seat to the best-ranked reserve not offered a place yet, answerable for
   * the academy's `reserveResponseDays` from now, with its own lapse job and offer mail.
   * Null when no reserve is left (the seat stays free). The caller holds the academy's lock.
   */
  async offerFreedSeat(
    manager: EntityManager,
    academy: AcademyRecord,
    seatNo: number,
    actorId: string | null,
  ): Promise<SelectionOfferEntity | null> {
    const [next] = await manager.query<Array<{ application_id: string; reserve_rank: number }>>(
      // A reserve that has since withdrawn its application is passed over. FOR SHARE waits
      // for a withdrawal in progress and re-checks the status after it: a reserve that
      // withdraws at this very moment is passed over too, never offered the seat.
      `SELECT d.application_id, d.reserve_rank FROM selection_decisions d
       ${joinApplicationSql('ap', 'd.application_id')}
       WHERE d.academy_id = $1 AND d.outcome = $2 AND ap.status = $3
         AND NOT EXISTS (SELECT 1 FROM selection_offers o WHERE o.application_id = d.application_id)
       ORDER BY d.reserve_rank LIMIT 1
       FOR SHARE OF ap`,
      [academy.id, SelectionOutcome.RESERVE, ApplicationStatus.SUBMITTED],
    );
    if (!next) return null;
    const repository = manager.getRepository(SelectionOfferEntity);
    // The reserve's own deadline: reserveResponseDays (1…60, a check on academies) from the
    // promotion, whatever the first round's deadline was — a reserve promoted late still
    // gets the full time to ask its council.
    const respondBy = new Date(this.clock.now().getTime() + academy.reserveResponseDays * DAY_MS);
    const offer = await repository.save(
      repository.create({
        academyId: academy.id,
        applicationId: next.application_id,
        seatNo,
        status: OfferStatus.OPEN,
        fromReserve: true,
        respondBy,
      }),
    );
    offer.lapseJobId = await enqueueOfferLapse(this.jobs, manager, offer);
    await repository.update({ id: offer.id }, { lapseJobId: offer.lapseJobId });
    await this.audit.record(manager, {
      actorId,
      action: 'selection_offer.promoted',
      entityType: 'selection_offer',
      entityId: offer.id,
      after: { ...offerAuditFields(offer), reserveRank: next.reserve_rank },
    });
    await this.mailer.offered(manager, offer, academy);
    return offer;
  }

  /**
   * The selection is settled when no offer is open any more (every freed seat was offered on
   * at once, so nothing is left to wait for) and someone confirmed: the academy moves
   * SELECTION → RUNNING, audited. A no-op otherwise, and when it is not in SELECTION.
   */
  async settleIfDone(manager: EntityManager, academyId: string): Promise<void> {
    const [counts] = await manager.query<Array<{ open: number; confirmed: number }>>(
      `SELECT count(*) FILTER (WHERE status = $2)::int AS open,
              count(*) FILTER (WHERE status = $3)::int AS confirmed
       FROM selection_offers WHERE academy_id = $1`,
      [academyId, OfferStatus.OPEN, OfferStatus.CONFIRMED],
    );
    if (counts.open > 0 || counts.confirmed === 0) return;
    await this.moveToRunning(manager, academyId, { confirmed: counts.confirmed });
  }

  /**
   * SELECTION → RUNNING, audited as `academy.running` with `why` beside the new status; a
   * no-op when the academy is not in SELECTION (already running, or moved by the other
   * trigger: the cohort settled or the programme started).
   */
  async moveToRunning(
    manager: EntityManager,
    academyId: string,
    why: Record<string, unknown>,
  ): Promise<void> {
    const moved = await this.academies.moveStatus(
      manager,
      academyId,
      [AcademyStatus.SELECTION],
      AcademyStatus.RUNNING,
    );
    if (!moved) return;
    await this.audit.record(manager, {
      actorId: null,
      action: 'academy.running',
      entityType: 'academy',
      entityId: academyId,
      before: { status: AcademyStatus.SELECTION },
      after: { status: AcademyStatus.RUNNING, ...why },
    });
  }

  /**
   * Each released reserve's place in the queue among the reserves not offered a place yet
   * (1 = offered next), by application id. Absent: not a reserve, offered already, or the
   * selection is not released. One statement.
   */
  async positions(applicationIds: readonly string[]): Promise<Map<string, number>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await this.offers.query<Array<{ application_id: string; position: number }>>(
      `WITH waiting AS (
         SELECT d.application_id, d.academy_id,
                row_number() OVER (PARTITION BY d.academy_id ORDER BY d.reserve_rank)::int AS position
         FROM selection_decisions d
         JOIN selection_releases r ON r.academy_id = d.academy_id AND r.released_at IS NOT NULL
         ${joinApplicationSql('ap', 'd.application_id')}
         WHERE d.outcome = $2 AND ap.status = $3
           AND d.academy_id IN (SELECT academy_id FROM selection_decisions WHERE application_id = ANY($1::uuid[]))
           AND NOT EXISTS (SELECT 1 FROM selection_offers o WHERE o.application_id = d.application_id))
       SELECT application_id, position FROM waiting WHERE application_id = ANY($1::uuid[])`,
      [applicationIds, SelectionOutcome.RESERVE, ApplicationStatus.SUBMITTED],
    );
    return new Map(rows.map((row) => [row.application_id, row.position]));
  }

  /** The offers of these applications (at most one each), by application id. */
  async offersOf(applicationIds: readonly string[]): Promise<Map<string, SelectionOfferEntity>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await this.offers
      .createQueryBuilder('offer')
      .where('offer.application_id = ANY(:ids)', { ids: [...applicationIds] })
      .getMany();
    return new Map(rows.map((offer) => [offer.applicationId, offer]));
  }
}
