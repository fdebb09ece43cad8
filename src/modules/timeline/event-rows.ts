import { localizedFromRow } from '../../common/i18n/localized-text.js';
import type { TimelineEventEntity } from './entities/timeline-event.entity.js';

/**
 * Read paths (public timeline, calendar feeds) are hot: they run plain SQL and map rows
 * here instead of hydrating entities through the query builder.
 */
export const EVENT_COLUMNS = `e.id, e.academy_id, e.kind, e.title_fi, e.title_sv, e.title_en,
  e.description_fi, e.description_sv, e.description_en, e.starts_at, e.ends_at, e.mode, e.place,
  e.online_url, e.audience, e.audience_organisation_id, e.status, e.sequence, e.created_at, e.updated_at`;

export interface EventRow {
  id: string;
  academy_id: string;
  kind: TimelineEventEntity['kind'];
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  description_fi: string;
  description_sv: string | null;
  description_en: string | null;
  starts_at: Date;
  ends_at: Date;
  mode: TimelineEventEntity['mode'];
  place: string | null;
  online_url: string | null;
  audience: TimelineEventEntity['audience'];
  audience_organisation_id: string | null;
  status: TimelineEventEntity['status'];
  sequence: number;
  created_at: Date;
  updated_at: Date;
}

export function eventFromRow(row: EventRow): TimelineEventEntity {
  return {
    id: row.id,
    academyId: row.academy_id,
    kind: row.kind,
    title: localizedFromRow(row, 'title'),
    description: localizedFromRow(row, 'description'),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    mode: row.mode,
    place: row.place,
    onlineUrl: row.online_url,
    audience: row.audience,
    audienceOrganisationId: row.audience_organisation_id,
    status: row.status,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // Hosts load on demand through the per-request loader (hostNames).
  };
}
