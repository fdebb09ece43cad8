import { InputValidationException } from '../../common/errors/domain.exception.js';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import {
  EventAudience,
  EventKind,
  EventMode,
  EventStatus,
} from '../timeline/timeline-event.enums.js';
import type { TimelineEventSeed } from '../timeline/timeline.service.js';
import { planSeries, type SeriesRule } from './meeting-series.js';

/** What every meeting of a seeded series shares. */
export interface MeetingSeriesTemplate {
  kind?: EventKind;
  title: LocalizedText;
  description?: LocalizedText;
  mode?: EventMode;
  place?: string | null;
  /** Adds `1/5`, `2/5`, … to each title. */
  numbered?: boolean;
}

/**
 * A meeting series as timeline seed rows (the demo's history: no audit, no reminders), with
 * the same wall-clock rule as `planMeetingSeries`; refuses a series that would put a meeting
 * on a local time that does not exist, as the operation does.
 */
export function meetingSeriesSeeds(
  rule: SeriesRule,
  template: MeetingSeriesTemplate,
): TimelineEventSeed[] {
  const { meetings, problems } = planSeries(rule);
  if (problems.length > 0) throw new InputValidationException(problems);
  const numbered = (text: string | null, number: number): string | null =>
    text && template.numbered ? `${text} ${number}/${rule.count}` : text;
  return meetings.map((meeting) => ({
    kind: template.kind ?? EventKind.OTHER,
    title: {
      fi: numbered(template.title.fi, meeting.number) ?? template.title.fi,
      sv: numbered(template.title.sv, meeting.number),
      en: numbered(template.title.en, meeting.number),
    },
    description: template.description ?? { fi: '', sv: null, en: null },
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    mode: template.mode ?? EventMode.IN_PERSON,
    place: template.place ?? null,
    onlineUrl: null,
    audience: EventAudience.COHORT,
    audienceOrganisationId: null,
    status: EventStatus.SCHEDULED,
    sequence: 0,
  }));
}
