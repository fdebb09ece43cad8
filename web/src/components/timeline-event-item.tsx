import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { EventMode, EventStatus } from '../gql/graphql';

/** What a timeline list needs of one event (the academy page's and the programme page's). */
export interface TimelineEventSummary {
  id: string;
  title: { text: string };
  start: { instant: string; text: string };
  end: { text: string };
  mode: EventMode;
  place?: string | null;
  status: EventStatus;
}

/**
 * One event of a public timeline: its title, time in the academy's zone, mode and place, and
 * whether it was cancelled; `children` add what the page shows more (description, links).
 * The item's id is the event's, so `#<eventId>` addresses it.
 */
export function TimelineEventItem({
  event,
  children,
}: {
  event: TimelineEventSummary;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const cancelled = event.status === 'CANCELLED';
  return (
    <li id={event.id} className={cancelled ? 'cancelled' : ''}>
      <Heading variant="h3">{event.title.text}</Heading>
      <Paragraph>
        <time dateTime={event.start.instant}>{event.start.text}</time> – {event.end.text} ·{' '}
        {t(`academy.timeline.mode.${event.mode}`)}
        {event.place ? ` · ${event.place}` : ''}
        {cancelled ? ` · ${t('academy.timeline.cancelled')}` : ''}
      </Paragraph>
      {children}
    </li>
  );
}
