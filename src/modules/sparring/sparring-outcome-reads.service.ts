import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/domain.exception.js';
import { Clock } from '../../common/time/clock.js';
import { userOnCohortTeamSql, joinCohortParticipantSql } from '../cohort/cohort.sql.js';
import { CohortTeamService } from '../cohort/cohort-team.service.js';
import { ConsultationBookingsService } from '../consultations/consultation-bookings.service.js';
import { isMemberSql } from '../organisations/membership.sql.js';
import { recordsOutcome, sessionHeld } from './booking-facts.js';
import { AgreedActionEntity } from './entities/agreed-action.entity.js';
import { AppointmentSummaryEntity } from './entities/appointment-summary.entity.js';
import type {
  AgreedActionModel,
  AppointmentOutcomeModel,
  AppointmentSummaryModel,
} from './models/sparring-outcome.model.js';

/** An agreed action as stored, with its owner's name; the session start comes from the booking. */
export type AgreedActionRow = Omit<AgreedActionModel, 'sessionStartsAt'>;

interface ActionSqlRow {
  id: string;
  booking_id: string;
  title: string;
  due_date: string;
  created_at: Date;
  updated_at: Date;
  owner_participant_id: string;
  owner_name: string;
  owner_left: boolean;
}

/** An organisation in an academy, as the key of "may the caller read its outcomes?". */
export const organisationKey = (academyId: string, organisationId: string): string =>
  `${academyId}:${organisationId}`;

/**
 * Who reads an appointment's outcome: the slot's expert, admins, the organisation's members and
 * the people on its cohort team (not left). Everything here is batched for the loaders.
 */
@Injectable()
export class SparringOutcomeReadsService {
  constructor(
    @InjectRepository(AppointmentSummaryEntity)
    private readonly summaries: Repository<AppointmentSummaryEntity>,
    @InjectRepository(AgreedActionEntity)
    private readonly actions: Repository<AgreedActionEntity>,
    private readonly bookings: ConsultationBookingsService,
    private readonly teams: CohortTeamService,
    private readonly clock: Clock,
  ) {}

  /** The summaries of these bookings, in one statement. */
  async summariesOf(bookingIds: readonly string[]): Promise<AppointmentSummaryModel[]> {
    if (bookingIds.length === 0) return [];
    const rows = await this.summaries.findBy({ bookingId: In([...bookingIds]) });
    return rows.map(({ bookingId, summary, recordedById, createdAt, updatedAt }) => ({
      bookingId,
      summary,
      recordedById,
      createdAt,
      updatedAt,
    }));
  }

  /** The agreed actions of these bookings with their owners, in one statement, by due date. */
  actionsOfBookings(bookingIds: readonly string[]): Promise<AgreedActionRow[]> {
    return this.actionRows('aa.booking_id = ANY($1::uuid[])', [bookingIds]);
  }

  /**
   * Of these organisations (academy and organisation, `organisationKey`), the ones whose
   * outcomes the user reads as a member or a team participant; one statement.
   */
  async readableOrganisations(
    userId: string,
    pairs: ReadonlyArray<{ academyId: string; organisationId: string }>,
  ): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await this.summaries.query<Array<{ academy_id: string; organisation_id: string }>>(
      `SELECT k.academy_id, k.organisation_id
       FROM unnest($2::uuid[], $3::uuid[]) AS k(academy_id, organisation_id)
       WHERE ${isMemberSql('$1', 'k.organisation_id')}
          OR ${userOnCohortTeamSql('$1', 'k.academy_id', 'k.organisation_id')}`,
      [userId, pairs.map((pair) => pair.academyId), pairs.map((pair) => pair.organisationId)],
    );
    return new Set(rows.map((row) => organisationKey(row.academy_id, row.organisation_id)));
  }

  /** One appointment's outcome for the caller; NOT_FOUND for anyone who may not read it. */
  async outcome(principal: Principal, bookingId: string): Promise<AppointmentOutcomeModel> {
    const [facts] = await this.bookings.detailsOf([bookingId]);
    if (!facts) throw notFound();
    const canEdit = recordsOutcome(principal, facts);
    if (!canEdit && !(await this.readsOrganisation(principal, facts))) throw notFound();
    const [[summary], actions, team] = await Promise.all([
      this.summariesOf([bookingId]),
      this.actionsOfBookings([bookingId]),
      canEdit
        ? this.teams.activeParticipants(facts.academyId, {
            organisationIds: [facts.organisationId],
          })
        : Promise.resolve([]),
    ]);
    return {
      bookingId,
      academyId: facts.academyId,
      organisationId: facts.organisationId,
      organisationName: facts.organisationName,
      sessionStartsAt: facts.startsAt,
      timeZone: facts.timeZone,
      sessionHeld: sessionHeld(facts, this.clock.now()),
      canEdit,
      summary: summary ?? null,
      agreedActions: actions.map((action) => ({ ...action, sessionStartsAt: facts.startsAt })),
      team: team.map((person) => ({ participantId: person.id, name: person.name, hasLeft: false })),
    };
  }

  /**
   * An organisation's agreed actions in the academy, across its bookings, by due date: all of
   * them for admins, its members and its team; an expert who is neither sees those of their
   * own slots; anyone else none.
   */
  async organisationActions(
    principal: Principal,
    academyId: string,
    organisationId: string,
  ): Promise<AgreedActionModel[]> {
    const wholeOrganisation =
      isAdmin(principal) ||
      (await this.readsOrganisation(principal, { academyId, organisationId }));
    if (!wholeOrganisation && !isStaff(principal)) return [];
    const rows = await this.actionRows('aa.academy_id = $1 AND aa.organisation_id = $2', [
      academyId,
      organisationId,
    ]);
    const details = new Map(
      (await this.bookings.detailsOf([...new Set(rows.map((row) => row.bookingId))])).map(
        (detail) => [detail.bookingId, detail],
      ),
    );
    return rows.flatMap((row) => {
      const booking = details.get(row.bookingId);
      if (!booking || (!wholeOrganisation && !recordsOutcome(principal, booking))) return [];
      return [{ ...row, sessionStartsAt: booking.startsAt }];
    });
  }

  /** One action as the API shows it (after a write). */
  async requireAction(id: string): Promise<AgreedActionModel> {
    const [row] = await this.actionRows('aa.id = $1', [id]);
    if (!row) throw notFound();
    const [booking] = await this.bookings.detailsOf([row.bookingId]);
    if (!booking) throw notFound();
    return { ...row, sessionStartsAt: booking.startsAt };
  }

  private async readsOrganisation(
    principal: Principal | null,
    organisation: { academyId: string; organisationId: string },
  ): Promise<boolean> {
    if (!principal) return false;
    const readable = await this.readableOrganisations(principal.user.id, [organisation]);
    return readable.has(organisationKey(organisation.academyId, organisation.organisationId));
  }

  private async actionRows(condition: string, parameters: unknown[]): Promise<AgreedActionRow[]> {
    // `due_date::text`: node-postgres would read a date as local midnight.
    const rows = await this.actions.query<ActionSqlRow[]>(
      `SELECT aa.id, aa.booking_id, aa.title, aa.due_date::text AS due_date, aa.created_at,
              aa.updated_at, aa.owner_participant_id, p.name AS owner_name,
              p.left_at IS NOT NULL AS owner_left
       FROM agreed_actions aa ${joinCohortParticipantSql('p', 'aa.owner_participant_id')}
       WHERE ${condition}
       ORDER BY aa.due_date, aa.created_at, aa.id`,
      parameters,
    );
    return rows.map((row) => ({
      id: row.id,
      bookingId: row.booking_id,
      title: row.title,
      dueDate: row.due_date,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
      owner: {
        participantId: row.owner_participant_id,
        name: row.owner_name,
        hasLeft: row.owner_left,
      },
    }));
  }
}
