import type { Locale } from '../../../common/i18n/locale.js';
import {
  escapeHtml,
  fillTemplate,
  htmlLayout,
  textLayout,
  type RenderedMail,
} from '../../mail/templates/layout.js';

export interface OutcomeReportReminderParams {
  academyTitle: string;
  pilotTitle: string;
  /** The deadline, written for the reader (e.g. 31.5.2025). */
  dueDate: string;
  url: string;
}

interface Copy {
  subject: string;
  paragraphs: string[];
  button: string;
}

const REMINDER: Record<Locale, Copy> = {
  fi: {
    subject: 'Muistutus: pilotin {pilot} tulosraportti viimeistään {due}',
    paragraphs: [
      'Akatemian {academy} pilotin {pilot} tulosraportti on vielä lähettämättä.',
      'Täytä lyhyt raportti viimeistään {due}: mitä hankittiin, mitä kiertotalouskeinoja ja -kriteerejä käytettiin, mittareiden lopulliset arvot ja mitä opittiin. Lomakkeelle on valmiiksi täytetty pilotin seurantatiedot.',
    ],
    button: 'Avaa tulosraportti',
  },
  sv: {
    subject: 'Påminnelse: resultatrapporten för piloten {pilot} senast {due}',
    paragraphs: [
      'Resultatrapporten för piloten {pilot} ({academy}) har ännu inte skickats.',
      'Fyll i den korta rapporten senast {due}: vad som upphandlades, vilka cirkulära åtgärder och kriterier som användes, indikatorernas slutvärden och lärdomarna. Pilotens uppföljningsuppgifter är redan ifyllda.',
    ],
    button: 'Öppna resultatrapporten',
  },
  en: {
    subject: 'Reminder: the outcome report of the pilot {pilot} is due {due}',
    paragraphs: [
      'The outcome report of the pilot {pilot} ({academy}) has not been submitted yet.',
      "Please fill in the short report by {due}: what was procured, which circular measures and criteria were used, the metrics' final values and the lessons learned. The pilot's follow-up data is already filled in.",
    ],
    button: 'Open the outcome report',
  },
};

/** To an alumnus organisation's responsible person: the outcome report is not in yet. */
export function renderOutcomeReportReminderMail(
  locale: Locale,
  params: OutcomeReportReminderParams,
): RenderedMail {
  const copy = REMINDER[locale];
  const values = { academy: params.academyTitle, pilot: params.pilotTitle, due: params.dueDate };
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
