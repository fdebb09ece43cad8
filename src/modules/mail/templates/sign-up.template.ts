import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface SignUpConfirmationParams {
  academyTitle: string;
  organisationName: string;
  signerName: string;
  /** The academy's page (its events and the organisation's team). */
  url: string;
  /** The accepted terms in the reader's language, or null when there were none. */
  terms: string | null;
}

interface Copy {
  subject: string;
  intro: string;
  next: string;
  terms: string;
  button: string;
}

const COPY: Record<Locale, Copy> = {
  fi: {
    subject: 'Ilmoittautuminen vahvistettu: {academy}',
    intro:
      '{signer} ilmoitti organisaation {organisation} mukaan ohjelmaan {academy}. Olette mukana heti.',
    next: 'Ohjelman tapahtumat näkyvät nyt kalenterisyötteessäsi, ja organisaation yhteyshenkilöt voivat lisätä tiimiin muita henkilöitä.',
    terms: 'Hyväksytyt osallistumisehdot:',
    button: 'Avaa ohjelma',
  },
  sv: {
    subject: 'Anmälan bekräftad: {academy}',
    intro: '{signer} anmälde {organisation} till programmet {academy}. Ni är med från och med nu.',
    next: 'Programmets evenemang syns nu i ditt kalenderflöde, och organisationens kontaktpersoner kan lägga till fler personer i teamet.',
    terms: 'Godkända deltagarvillkor:',
    button: 'Öppna programmet',
  },
  en: {
    subject: 'Sign-up confirmed: {academy}',
    intro: '{signer} signed {organisation} up to {academy}. You are taking part from now on.',
    next: "The programme's events now appear in your calendar feed, and the organisation's contacts can add more people to its team.",
    terms: 'Terms of participation accepted:',
    button: 'Open the programme',
  },
};

/** To the person who signed up and the organisation's contacts. */
export function renderSignUpConfirmation(
  locale: Locale,
  params: SignUpConfirmationParams,
): RenderedMail {
  const copy = COPY[locale];
  const values = {
    academy: params.academyTitle,
    organisation: params.organisationName,
    signer: params.signerName,
  };
  const plain = (value: string): string => value;
  const paragraphs = (escape: (value: string) => string): string[] => [
    fillTemplate(copy.intro, values, escape),
    escape(copy.next),
    ...(params.terms ? [`${escape(copy.terms)}\n${escape(params.terms)}`] : []),
  ];
  return {
    subject: fillTemplate(copy.subject, values, plain),
    text: textLayout(locale, [...paragraphs(plain), params.url]),
    html: htmlLayout(locale, paragraphs(escapeHtml), { label: copy.button, url: params.url }),
  };
}
