import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface EventReminderMailParams {
  academyTitle: string;
  eventTitle: string;
  /** The event's time span in the academy's zone, the zone named. */
  when: string;
  /** Place, online link, or both; empty when neither is set. */
  place: string;
  url: string;
}

interface Copy {
  subject: string;
  paragraphs: string[];
  placeLine: string;
  button: string;
}

const COPY: Record<Locale, Copy> = {
  fi: {
    subject: 'Muistutus: {event} {when}',
    paragraphs: ['Muistutus akatemian {academy} tilaisuudesta {event}: {when}.'],
    placeLine: 'Paikka: {place}',
    button: 'Avaa akatemian sivu',
  },
  sv: {
    subject: 'Påminnelse: {event} {when}',
    paragraphs: ['En påminnelse om evenemanget {event} i {academy}: {when}.'],
    placeLine: 'Plats: {place}',
    button: 'Öppna akademins sida',
  },
  en: {
    subject: 'Reminder: {event} {when}',
    paragraphs: ['A reminder of {event} in {academy}: {when}.'],
    placeLine: 'Place: {place}',
    button: 'Open the academy page',
  },
};

export const eventReminderSubjectTemplate = (locale: Locale): string => COPY[locale].subject;

/** The reminder of a timeline event a person is in the audience of. */
export function renderEventReminderMail(
  locale: Locale,
  params: EventReminderMailParams,
): RenderedMail {
  const copy = COPY[locale];
  const values = {
    academy: params.academyTitle,
    event: params.eventTitle,
    when: params.when,
    place: params.place,
  };
  const paragraphs = [...copy.paragraphs, ...(params.place ? [copy.placeLine] : [])];
  const plain = (value: string): string => value;
  return {
    subject: fillTemplate(copy.subject, values, plain),
    text: textLayout(locale, [
      ...paragraphs.map((paragraph) => fillTemplate(paragraph, values, plain)),
      params.url,
    ]),
    html: htmlLayout(
      locale,
      paragraphs.map((paragraph) => fillTemplate(paragraph, values, escapeHtml)),
      { label: copy.button, url: params.url },
    ),
  };
}
