import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface ApplicationMailParams {
  academyTitle: string;
  organisationName: string;
  /** Consultation-booking deadline, already formatted in the academy zone and this language. */
  bookingDeadline: string;
  /** Application deadline, formatted likewise. */
  applicationDeadline: string;
  /** The two deadlines with their zone named ("… klo 23.59 (Suomen aikaa)"), for the body. */
  bookingDeadlineWithZone: string;
  applicationDeadlineWithZone: string;
  summary: Array<[string, string]>;
  url: string;
}

const SUBMITTED: Record<
  Locale,
  { subject: string; intro: string; next: string; button: string; summary: string }
> = {
  fi: {
    subject: 'Hakemus vastaanotettu: {academy}',
    intro: 'Organisaation {organisation} hakemus akatemiaan {academy} on vastaanotettu.',
    next: 'Seuraava vaihe: varatkaa keskusteluaika asiantuntijoiden kanssa viimeistään {deadline}. Hakemus on valmis vasta, kun keskusteluaika on varattu.',
    button: 'Avaa hakemus',
    summary: 'Yhteenveto',
  },
  sv: {
    subject: 'Ansökan mottagen: {academy}',
    intro: 'Ansökan från {organisation} till {academy} har tagits emot.',
    next: 'Nästa steg: boka en samtalstid med experterna senast {deadline}. Ansökan är komplett först när samtalstiden är bokad.',
    button: 'Öppna ansökan',
    summary: 'Sammanfattning',
  },
  en: {
    subject: 'Application received: {academy}',
    intro: 'The application of {organisation} to {academy} has been received.',
    next: 'Next step: book a consultation with the experts by {deadline}. The application is complete only once the consultation is booked.',
    button: 'Open the application',
    summary: 'Summary',
  },
};

const REMINDER: Record<Locale, { subject: string; intro: string; button: string }> = {
  fi: {
    subject: 'Muistutus: hakemus akatemiaan {academy} on kesken',
    intro:
      'Organisaation {organisation} hakemus akatemiaan {academy} on vielä kesken. Hakuaika päättyy {deadline}: lähettäkää hakemus ja varatkaa keskusteluaika ennen sitä.',
    button: 'Jatka hakemusta',
  },
  sv: {
    subject: 'Påminnelse: ansökan till {academy} är inte klar',
    intro:
      'Ansökan från {organisation} till {academy} är inte klar. Ansökningstiden går ut {deadline}: skicka ansökan och boka en samtalstid före det.',
    button: 'Fortsätt ansökan',
  },
  en: {
    subject: 'Reminder: your application to {academy} is not complete',
    intro:
      'The application of {organisation} to {academy} is not complete. The deadline is {deadline}: submit the application and book a consultation before then.',
    button: 'Continue the application',
  },
};

function fill(
  template: string,
  params: ApplicationMailParams,
  deadline: string,
  escape: (value: string) => string,
): string {
  return fillTemplate(
    template,
    { academy: params.academyTitle, organisation: params.organisationName, deadline },
    escape,
  );
}
const plain = (value: string): string => value;

export function renderApplicationSubmitted(
  locale: Locale,
  params: ApplicationMailParams,
): RenderedMail {
  const copy = SUBMITTED[locale];
  const rows = params.summary.map(([label, value]) => `${label}: ${value}`);
  return {
    subject: fill(copy.subject, params, params.bookingDeadline, plain),
    text: textLayout(locale, [
      fill(copy.intro, params, params.bookingDeadlineWithZone, plain),
      fill(copy.next, params, params.bookingDeadlineWithZone, plain),
      `${copy.summary}\n${rows.join('\n')}`,
      params.url,
    ]),
    html: htmlLayout(
      locale,
      [
        fill(copy.intro, params, params.bookingDeadlineWithZone, escapeHtml),
        fill(copy.next, params, params.bookingDeadlineWithZone, escapeHtml),
        `<strong>${copy.summary}</strong><br>${params.summary.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`).join('<br>')}`,
      ],
      { label: copy.button, url: params.url },
    ),
  };
}

export function renderApplicationReminder(
  locale: Locale,
  params: ApplicationMailParams,
): RenderedMail {
  const copy = REMINDER[locale];
  return {
    subject: fill(copy.subject, params, params.applicationDeadline, plain),
    text: textLayout(locale, [
      fill(copy.intro, params, params.applicationDeadlineWithZone, plain),
      params.url,
    ]),
    html: htmlLayout(
      locale,
      [fill(copy.intro, params, params.applicationDeadlineWithZone, escapeHtml)],
      {
        label: copy.button,
        url: params.url,
      },
    ),
  };
}
