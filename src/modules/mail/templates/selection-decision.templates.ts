import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

/** The outcome as the mail knows it (the selection module's SelectionOutcome values). */
export type DecisionMailOutcome = 'ACCEPTED' | 'RESERVE' | 'REJECTED';

export interface SelectionDecisionMailParams {
  academyTitle: string;
  organisationName: string;
  outcome: DecisionMailOutcome;
  /** RESERVE only: the organisation's place on the reserve list (1 = first). */
  reserveRank: number | null;
  /** ACCEPTED only: the confirmation deadline, formatted in the academy zone with its zone named. */
  respondBy: string | null;
  url: string;
}

interface Copy {
  subject: string;
  body: string[];
  button: string;
}

// A distinct subject per outcome, and none that reads like the submission receipt: an
// acceptance must not be taken for a routine confirmation (pretalx: 30 % never confirmed).
const COPY: Record<DecisionMailOutcome, Record<Locale, Copy>> = {
  ACCEPTED: {
    fi: {
      subject: 'Hyväksytty akatemiaan {academy} – vahvistakaa paikkanne',
      body: [
        'Onneksi olkoon! Organisaatio {organisation} on valittu akatemiaan {academy}.',
        'Vahvistakaa osallistumisenne viimeistään {respondBy}. Vahvistamaton paikka siirtyy varasijalle.',
      ],
      button: 'Vahvista paikka',
    },
    sv: {
      subject: 'Antagen till {academy} – bekräfta er plats',
      body: [
        'Grattis! {organisation} har valts till {academy}.',
        'Bekräfta ert deltagande senast {respondBy}. En obekräftad plats går till en reserv.',
      ],
      button: 'Bekräfta platsen',
    },
    en: {
      subject: 'Accepted to {academy} – please confirm your place',
      body: [
        'Congratulations! {organisation} has been selected for {academy}.',
        'Please confirm your participation by {respondBy}. A place not confirmed goes to a reserve.',
      ],
      button: 'Confirm the place',
    },
  },
  RESERVE: {
    fi: {
      subject: 'Varasijalla {rank}: {academy}',
      body: [
        'Organisaatio {organisation} on akatemian {academy} varasijalla {rank}.',
        'Jos valittu organisaatio luopuu paikastaan, paikkaa tarjotaan varasijajärjestyksessä. Saatte silloin erillisen viestin.',
      ],
      button: 'Avaa päätös',
    },
    sv: {
      subject: 'Reservplats {rank}: {academy}',
      body: [
        '{organisation} har reservplats {rank} till {academy}.',
        'Om en vald organisation avstår från sin plats erbjuds den i reservordning. Ni får då ett separat meddelande.',
      ],
      button: 'Öppna beslutet',
    },
    en: {
      subject: 'Reserve place {rank}: {academy}',
      body: [
        '{organisation} is number {rank} on the reserve list of {academy}.',
        'If a selected organisation gives up its place, it is offered in reserve order. You will then get a separate message.',
      ],
      button: 'Open the decision',
    },
  },
  REJECTED: {
    fi: {
      subject: 'Valintapäätös: {academy}',
      body: [
        'Kiitos organisaation {organisation} hakemuksesta akatemiaan {academy}.',
        'Valitettavasti hakemusta ei tällä kertaa valittu. Hakijoita oli enemmän kuin paikkoja.',
      ],
      button: 'Avaa päätös',
    },
    sv: {
      subject: 'Urvalsbeslut: {academy}',
      body: [
        'Tack för ansökan från {organisation} till {academy}.',
        'Tyvärr valdes ansökan inte den här gången. Det fanns fler sökande än platser.',
      ],
      button: 'Öppna beslutet',
    },
    en: {
      subject: 'Selection decision: {academy}',
      body: [
        'Thank you for the application of {organisation} to {academy}.',
        'Unfortunately it was not selected this time. There were more applicants than places.',
      ],
      button: 'Open the decision',
    },
  },
};

/** The decision mail one contact gets at the release, in their language. */
export function renderSelectionDecision(
  locale: Locale,
  params: SelectionDecisionMailParams,
): RenderedMail {
  const copy = COPY[params.outcome][locale];
  const values = {
    academy: params.academyTitle,
    organisation: params.organisationName,
    rank: String(params.reserveRank ?? ''),
    respondBy: params.respondBy ?? '',
  };
  const fill = (template: string, escape?: (value: string) => string) =>
    fillTemplate(template, values, escape);
  return {
    subject: fill(copy.subject),
    text: textLayout(locale, [...copy.body.map((line) => fill(line)), params.url]),
    html: htmlLayout(
      locale,
      copy.body.map((line) => fill(line, escapeHtml)),
      { label: copy.button, url: params.url },
    ),
  };
}
