import type { EntityManager } from 'typeorm';
import type { Locale } from '../../common/i18n/locale.js';
import {
  localizedFromRow,
  pickLocalized,
  type LocalizedText,
} from '../../common/i18n/localized-text.js';
import { formatZonedRange } from '../../common/time/zoned-time.js';
import { remoteLocation, type CalendarItem } from '../../common/ical/calendar-builder.js';
import { academyHeadingColumnsSql, joinAcademySql } from '../academies/academy.sql.js';
import { joinApplicationSql } from '../applications/application.sql.js';
import { joinOrganisationSql, organisationColumnsSql } from '../organisations/organisation.sql.js';
import { joinUserSql, personColumnsSql } from '../users/user.sql.js';
import { BookingStatus } from './consultation-booking.enums.js';
import { isPersonalConsultationSql } from './consultation-booking.sql.js';
import { SlotMode, type SlotStatus } from './consultation-slot.enums.js';
import { RoundPurpose } from './appointment-round.enums.js';

/** A booking with everything a mail, an invite or a feed says about it. */
export interface ConsultationView {
  bookingId: string;
  applicationId: string;
  /** The round's purpose: consultation, sparring or follow-up. */
  purpose: RoundPurpose;
  roundId: string;
  slotId: string;
  slotStatus: SlotStatus;
  academyId: string;
  bookedById: string;
  status: BookingStatus;
  sequence: number;
  updatedAt: Date;
  cancelReason: string | null;
  startsAt: Date;
  endsAt: Date;
  mode: SlotMode;
  place: string | null;
  onlineUrl: string | null;
  academyTitle: LocalizedText;
  academySlug: string;
  timeZone: string;
  organisationId: string;
  organisationName: string;
  expert: { id: string; name: string | null; email: string; locale: Locale };
}

export interface ViewRow {
  booking_id: string;
  application_id: string;
  round_id: string;
  round_purpose: RoundPurpose;
  booked_by_id: string;
  slot_id: string;
  slot_status: SlotStatus;
  academy_id: string;
  status: BookingStatus;
  sequence: number;
  updated_at: Date;
  cancel_reason: string | null;
  starts_at: Date;
  ends_at: Date;
  mode: SlotMode;
  place: string | null;
  online_url: string | null;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  academy_slug: string;
  time_zone: string;
  organisation_id: string;
  organisation_name: string;
  expert_id: string;
  expert_name: string | null;
  expert_email: string;
  expert_locale: Locale;
}

// The other features' tables come in only through their owners' fragments (join and
// columns), never named here.
const VIEW_COLUMNS = `b.id AS booking_id, b.application_id, b.round_id, r.purpose AS round_purpose, b.status, b.sequence, b.updated_at, b.cancel_reason, b.booked_by_id,
         s.id AS slot_id, s.academy_id, s.status AS slot_status,
         s.starts_at, s.ends_at, s.mode, s.place, s.online_url,
         ${academyHeadingColumnsSql('a')},
         ${organisationColumnsSql('o')},
         ${personColumnsSql('x', 'expert')}`;
const VIEW_FROM = `FROM consultation_bookings b
  JOIN consultation_slots s ON s.id = b.slot_id
  JOIN appointment_rounds r ON r.id = b.round_id
  ${joinApplicationSql('ap', 'b.application_id')}
  ${joinAcademySql('a', 'ap.academy_id')}
  ${joinOrganisationSql('o', 'ap.organisation_id')}
  ${joinUserSql('x', 's.expert_id')}`;

/**
 * The one statement behind a ConsultationView, over `b` (bookings), `s` (slots), `r` (rounds), `ap`
 * (applications), `a` (academies), `o` (organisations) and `x` (the expert). A hot path:
 * every booking mail, the per-request details loader and every calendar feed read it, so
 * it stays one join (with the owners' fragments) instead of a round trip per feature.
 * Aliases and column names are stable: the calendar feed adds its own WHERE.
 */
export const CONSULTATION_VIEW_SQL = `SELECT ${VIEW_COLUMNS}
  ${VIEW_FROM}`;

/**
 * A person's consultations (`isPersonalConsultationSql`: active, of one of their
 * organisations or on their own slot) as view rows, for the calendar feed's body.
 */
export function personalConsultationViewSql(userExpression: string): string {
  return `${CONSULTATION_VIEW_SQL}
  WHERE ${isPersonalConsultationSql(userExpression)}`;
}

export function consultationFromRow(row: ViewRow): ConsultationView {
  return {
    bookingId: row.booking_id,
    applicationId: row.application_id,
    roundId: row.round_id,
    purpose: row.round_purpose,
    slotId: row.slot_id,
    slotStatus: row.slot_status,
    academyId: row.academy_id,
    bookedById: row.booked_by_id,
    status: row.status,
    sequence: row.sequence,
    updatedAt: new Date(row.updated_at),
    cancelReason: row.cancel_reason,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    mode: row.mode,
    place: row.place,
    onlineUrl: row.online_url,
    academyTitle: localizedFromRow(row, 'title'),
    academySlug: row.academy_slug,
    timeZone: row.time_zone,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    expert: {
      id: row.expert_id,
      name: row.expert_name,
      email: row.expert_email,
      locale: row.expert_locale,
    },
  };
}

export async function loadConsultationView(
  manager: EntityManager,
  bookingId: string,
): Promise<ConsultationView> {
  const rows = await manager.query<ViewRow[]>(`${CONSULTATION_VIEW_SQL} WHERE b.id = $1`, [
    bookingId,
  ]);
  if (!rows[0]) throw new Error(`consultation booking ${bookingId} not found`);
  return consultationFromRow(rows[0]);
}

/** A booking as the API shows it: the view, the expert's notes and who booked. */
export interface ConsultationDetails extends ConsultationView {
  /** The expert's notes: resolvers give them to experts and admins only. */
  notes: string | null;
  bookedBy: { id: string; name: string | null; email: string };
}

interface DetailsRow extends ViewRow {
  notes: string | null;
  booker_id: string;
  booker_name: string | null;
  booker_email: string;
}

/** Details of many bookings in one statement (for the per-request loader); unknown ids are left out. */
export async function loadConsultationDetails(
  manager: EntityManager,
  bookingIds: readonly string[],
): Promise<ConsultationDetails[]> {
  const rows = await manager.query<DetailsRow[]>(
    `SELECT ${VIEW_COLUMNS}, b.notes, ${personColumnsSql('bu', 'booker')}
     ${VIEW_FROM}
     ${joinUserSql('bu', 'b.booked_by_id')}
     WHERE b.id = ANY($1::uuid[])`,
    [bookingIds],
  );
  return rows.map((row) => ({
    ...consultationFromRow(row),
    notes: row.notes,
    bookedBy: { id: row.booker_id, name: row.booker_name, email: row.booker_email },
  }));
}

/** What the calendar calls the appointment, by its round's purpose. */
export const APPOINTMENT_TITLE: Record<RoundPurpose, Record<Locale, string>> = {
  [RoundPurpose.CONSULTATION]: { fi: 'Keskusteluaika', sv: 'Samtalstid', en: 'Consultation' },
  [RoundPurpose.SPARRING]: { fi: 'Sparraus', sv: 'Sparrning', en: 'Sparring session' },
  [RoundPurpose.FOLLOW_UP]: {
    fi: 'Seurantatapaaminen',
    sv: 'Uppföljningsmöte',
    en: 'Follow-up meeting',
  },
};
const WITH: Record<Locale, string> = { fi: 'Asiantuntija', sv: 'Expert', en: 'Expert' };

/** Where the consultation happens, in words: the place, or "online" and the link. */
export function placeText(view: ConsultationView, locale: Locale): string | null {
  if (view.place) return view.onlineUrl ? `${view.place} / ${view.onlineUrl}` : view.place;
  if (view.mode === SlotMode.REMOTE) return remoteLocation(view.onlineUrl, locale);
  return null;
}

/**
 * Where `recipientId` follows the consultation up: the expert on their slots page
 * (`/expert/slots`, bookings and notes), the applicants on the application page, which shows
 * the consultation (a sparring session: the academy's sparring page).
 */
export function consultationUrl(
  publicUrl: string,
  view: ConsultationView,
  recipientId: string,
): string {
  if (recipientId === view.expert.id) return `${publicUrl}/expert/slots`;
  // The organisation books and follows its sparring on the academy's sparring page.
  if (view.purpose === RoundPurpose.SPARRING)
    return `${publicUrl}/academies/${view.academySlug}/sparring`;
  return `${publicUrl}/academies/${view.academySlug}/application`;
}

export function consultationSummary(view: ConsultationView, locale: Locale): string {
  return `${APPOINTMENT_TITLE[view.purpose][locale]}: ${pickLocalized(view.academyTitle, locale)} – ${view.organisationName}`;
}

export function consultationWhen(view: ConsultationView, locale: Locale): string {
  return formatZonedRange(view.startsAt, view.endsAt, view.timeZone, locale);
}

/**
 * A consultation as a calendar item. One UID per booking for its whole life: a
 * reschedule keeps the UID and raises SEQUENCE, a cancellation sends the same UID.
 */
export function consultationItem(
  view: ConsultationView,
  locale: Locale,
  url: string,
  people?: { attendees: Array<{ name: string | null; email: string }> },
): CalendarItem {
  const expertName = view.expert.name ?? view.expert.email;
  return {
    uid: `consultation-${view.bookingId}@akatemia`,
    sequence: view.sequence,
    lastModified: view.updatedAt,
    start: view.startsAt,
    end: view.endsAt,
    timeZone: view.timeZone,
    summary: consultationSummary(view, locale),
    description:
      `${WITH[locale]}: ${expertName}${view.onlineUrl ? `\n\n${view.onlineUrl}` : ''}`.trim(),
    location: placeText(view, locale),
    url,
    cancelled: view.status !== BookingStatus.ACTIVE,
    ...(people
      ? {
          organizer: { name: expertName, email: view.expert.email },
          attendees: people.attendees.map((person) => ({
            name: person.name ?? person.email,
            email: person.email,
          })),
        }
      : {}),
  };
}
