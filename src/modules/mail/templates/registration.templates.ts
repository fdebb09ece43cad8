import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

/**
 * PROMOTED: a seat freed and the waitlisted person now holds it. EVENT_CANCELLED_REGISTERED /
 * EVENT_CANCELLED_WAITLISTED: the event was cancelled, told to those holding a seat and to
 * those on its waiting list.
 */
export type RegistrationMailKind =
  'PROMOTED' | 'EVENT_CANCELLED_REGISTERED' | 'EVENT_CANCELLED_WAITLISTED';

export interface RegistrationMailParams {
  eventTitle: string;
  academyTitle: string;
  /** The event's start, formatted in the academy's zone and this language. */
  start: string;
  url: string;
}

interface Copy {
  subject: string;
  paragraphs: string[];
  button: string;
}

const COPY: Record<RegistrationMailKind, Record<Locale, Copy>> = {
  PROMOTED: {
    fi: {
      subject: 'Pääsit jonosta mukaan: {event}',
      paragraphs: [
        'Tapahtumaan {event} ({academy}, {start}) vapautui paikka, ja se on nyt sinun. Olit jonossa seuraavana.',
        'Jos et pääse paikalle, peru ilmoittautumisesi, niin paikka siirtyy jonossa seuraavalle.',
      ],
      button: 'Avaa ilmoittautuminen',
    },
    sv: {
      subject: 'Du har fått en plats från kön: {event}',
      paragraphs: [
        'En plats blev ledig på {event} ({academy}, {start}) och den är nu din. Du stod näst i kön.',
        'Om du inte kan komma, avboka din anmälan så går platsen till nästa i kön.',
      ],
      button: 'Öppna anmälan',
    },
    en: {
      subject: 'You have a seat from the waiting list: {event}',
      paragraphs: [
        'A seat became free at {event} ({academy}, {start}) and it is now yours. You were next on the waiting list.',
        'If you cannot come, please cancel your registration so the seat goes to the next person waiting.',
      ],
      button: 'Open the registration',
    },
  },
  EVENT_CANCELLED_REGISTERED: {
    fi: {
      subject: 'Tapahtuma on peruttu: {event}',
      paragraphs: [
        'Tapahtuma {event} ({academy}, {start}), johon olit ilmoittautunut, on peruttu. Ilmoittautumisesi ei siis velvoita sinua mihinkään.',
        'Kalenterisyötteessäsi tapahtuma näkyy peruttuna.',
      ],
      button: 'Avaa tapahtuma',
    },
    sv: {
      subject: 'Evenemanget är inställt: {event}',
      paragraphs: [
        'Evenemanget {event} ({academy}, {start}), som du hade anmält dig till, är inställt. Din anmälan förpliktar dig alltså inte till något.',
        'Evenemanget markeras som inställt i ditt kalenderflöde.',
      ],
      button: 'Öppna evenemanget',
    },
    en: {
      subject: 'Event cancelled: {event}',
      paragraphs: [
        'The event {event} ({academy}, {start}) you had registered for has been cancelled. Your registration commits you to nothing.',
        'Your calendar feed shows the event as cancelled.',
      ],
      button: 'Open the event',
    },
  },
  EVENT_CANCELLED_WAITLISTED: {
    fi: {
      subject: 'Tapahtuma on peruttu: {event}',
      paragraphs: [
        'Tapahtuma {event} ({academy}, {start}), jonka jonossa olit, on peruttu. Jonoa ei enää ole, eikä sinun tarvitse tehdä mitään.',
      ],
      button: 'Avaa tapahtuma',
    },
    sv: {
      subject: 'Evenemanget är inställt: {event}',
      paragraphs: [
        'Evenemanget {event} ({academy}, {start}), där du stod i kö, är inställt. Kön finns inte längre och du behöver inte göra något.',
      ],
      button: 'Öppna evenemanget',
    },
    en: {
      subject: 'Event cancelled: {event}',
      paragraphs: [
        'The event {event} ({academy}, {start}) whose waiting list you were on has been cancelled. There is no waiting list any more and you need not do anything.',
      ],
      button: 'Open the event',
    },
  },
};

export const registrationSubjectTemplate = (kind: RegistrationMailKind, locale: Locale): string =>
  COPY[kind][locale].subject;

export function renderRegistrationMail(
  kind: RegistrationMailKind,
  locale: Locale,
  params: RegistrationMailParams,
): RenderedMail {
  const copy = COPY[kind][locale];
  const values = { event: params.eventTitle, academy: params.academyTitle, start: params.start };
  const plain = (value: string): string => value;
  return {
    subject: fillTemplate(copy.subject, values, plain),
    text: textLayout(locale, [
      ...copy.paragraphs.map((paragraph) => fillTemplate(paragraph, values, plain)),
      params.url,
    ]),
    html: htmlLayout(
      locale,
      copy.paragraphs.map((paragraph) => fillTemplate(paragraph, values, escapeHtml)),
      { label: copy.button, url: params.url },
    ),
  };
}
