import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface AppointmentSummaryMailParams {
  academyTitle: string;
  organisationName: string;
  expertName: string;
  /** The session's start, formatted in the academy's zone and this language. */
  start: string;
  url: string;
}

interface Copy {
  subject: string;
  paragraphs: string[];
  button: string;
}

const COPY: Record<Locale, Copy> = {
  fi: {
    subject: 'Sparrauksen yhteenveto ja sovitut toimenpiteet: {academy}',
    paragraphs: [
      'Asiantuntija {expert} on kirjannut yhteenvedon organisaation {organisation} tapaamisesta ({start}) ja siinä sovitut toimenpiteet vastuuhenkilöineen ja määräaikoineen.',
      'Ne ovat nyt tiimin luettavissa Akatemiassa.',
    ],
    button: 'Avaa sovitut toimenpiteet',
  },
  sv: {
    subject: 'Sammanfattning av sparrningen och överenskomna åtgärder: {academy}',
    paragraphs: [
      'Experten {expert} har skrivit en sammanfattning av mötet med {organisation} ({start}) och de åtgärder ni kom överens om, med ansvariga och tidsfrister.',
      'Teamet kan nu läsa dem i Akatemia.',
    ],
    button: 'Öppna de överenskomna åtgärderna',
  },
  en: {
    subject: 'Sparring summary and agreed actions: {academy}',
    paragraphs: [
      'The expert {expert} has recorded a summary of the session with {organisation} ({start}) and the actions agreed in it, with their owners and due dates.',
      'Your team can now read them in Akatemia.',
    ],
    button: 'Open the agreed actions',
  },
};

export const appointmentSummarySubjectTemplate = (locale: Locale): string => COPY[locale].subject;

/** To each person on the organisation's team when the expert first saves the summary. */
export function renderAppointmentSummaryMail(
  locale: Locale,
  params: AppointmentSummaryMailParams,
): RenderedMail {
  const copy = COPY[locale];
  const values = {
    academy: params.academyTitle,
    organisation: params.organisationName,
    expert: params.expertName,
    start: params.start,
  };
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
