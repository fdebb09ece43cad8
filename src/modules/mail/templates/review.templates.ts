import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface ReviewAssignmentMailParams {
  academyTitle: string;
  /** The organisations whose applications were assigned now, one line each. */
  organisationNames: string[];
  /** The reviewer's page: `/review`. */
  url: string;
}

const COPY: Record<Locale, { subject: string; intro: string; button: string }> = {
  fi: {
    subject: 'Sinulle on osoitettu arvioitavia hakemuksia: {academy} ({count})',
    intro: 'Sinut on nimetty arvioimaan seuraavat hakemukset akatemiassa {academy}:',
    button: 'Avaa arvioitavat hakemukset',
  },
  sv: {
    subject: 'Ansökningar att bedöma: {academy} ({count})',
    intro: 'Du har utsetts att bedöma följande ansökningar i {academy}:',
    button: 'Öppna ansökningarna att bedöma',
  },
  en: {
    subject: 'Applications assigned to you for review: {academy} ({count})',
    intro: 'You have been assigned to review these applications in {academy}:',
    button: 'Open your review assignments',
  },
};

/** One mail per reviewer and assignment run, listing every application assigned in it. */
export function renderReviewAssignmentMail(
  locale: Locale,
  params: ReviewAssignmentMailParams,
): RenderedMail {
  const copy = COPY[locale];
  const values = {
    academy: params.academyTitle,
    count: String(params.organisationNames.length),
  };
  const plain = (value: string) => value;
  return {
    subject: fillTemplate(copy.subject, values, plain),
    text: textLayout(locale, [
      fillTemplate(copy.intro, values, plain),
      params.organisationNames.map((name) => `- ${name}`).join('\n'),
      params.url,
    ]),
    html: htmlLayout(
      locale,
      [
        fillTemplate(copy.intro, values, escapeHtml),
        `<ul>${params.organisationNames.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`,
      ],
      { label: copy.button, url: params.url },
    ),
  };
}
