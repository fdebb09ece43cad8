import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

/**
 * OFFERED: a reserve promoted to a freed place; CONFIRMED / DECLINED: the answer's receipt;
 * LAPSED: the deadline passed without an answer and the place went on.
 */
export type SelectionOfferMailKind = 'OFFERED' | 'CONFIRMED' | 'DECLINED' | 'LAPSED';

export interface SelectionOfferMailParams {
  academyTitle: string;
  organisationName: string;
  /** The offer's deadline, formatted in the academy's zone and this language. */
  deadline: string;
  /** The same with the zone named ("… klo 16.00 (Suomen aikaa)"), for the body. */
  deadlineWithZone: string;
  url: string;
}

interface Copy {
  subject: string;
  paragraphs: string[];
  button: string;
}

// Subjects say what happened in the first words and differ from the decision mails'
// (selection-decision.templates.ts): a promoted reserve must not take its offer for the
// earlier "you are on the reserve list" mail.
const COPY: Record<SelectionOfferMailKind, Record<Locale, Copy>> = {
  OFFERED: {
    fi: {
      subject: 'Paikka vapautui teille: {academy} – vastatkaa viimeistään {deadline}',
      paragraphs: [
        'Akatemiasta {academy} vapautui paikka, ja se tarjotaan nyt organisaatiolle {organisation} varasijalta.',
        'Vahvistakaa osallistuminen tai kieltäytykää viimeistään {deadline}. Jos ette vastaa, paikka siirtyy seuraavalle varasijalle.',
      ],
      button: 'Vastaa tarjoukseen',
    },
    sv: {
      subject: 'En plats har blivit ledig för er: {academy} – svara senast {deadline}',
      paragraphs: [
        'En plats i {academy} har blivit ledig och erbjuds nu {organisation} från reservlistan.',
        'Bekräfta deltagandet eller tacka nej senast {deadline}. Om ni inte svarar går platsen till nästa reserv.',
      ],
      button: 'Svara på erbjudandet',
    },
    en: {
      subject: 'A place has opened for you: {academy} — answer by {deadline}',
      paragraphs: [
        'A place in {academy} has become free and is now offered to {organisation} from the reserve list.',
        'Please confirm your participation or decline by {deadline}. Without an answer, the place goes to the next reserve.',
      ],
      button: 'Answer the offer',
    },
  },
  CONFIRMED: {
    fi: {
      subject: 'Osallistuminen vahvistettu: {academy}',
      paragraphs: [
        'Organisaation {organisation} osallistuminen akatemiaan {academy} on vahvistettu. Tervetuloa mukaan!',
        'Akatemian tapahtumat näkyvät nyt tiiminne kalentereissa.',
      ],
      button: 'Avaa kohortti',
    },
    sv: {
      subject: 'Deltagandet bekräftat: {academy}',
      paragraphs: [
        'Deltagandet för {organisation} i {academy} är bekräftat. Välkommen!',
        'Akademins evenemang syns nu i ert teams kalendrar.',
      ],
      button: 'Öppna kohorten',
    },
    en: {
      subject: 'Participation confirmed: {academy}',
      paragraphs: [
        'The participation of {organisation} in {academy} is confirmed. Welcome!',
        "The academy's events now appear in your team's calendars.",
      ],
      button: 'Open the cohort',
    },
  },
  DECLINED: {
    fi: {
      subject: 'Paikasta kieltäydytty: {academy}',
      paragraphs: [
        'Organisaatio {organisation} on kieltäytynyt paikasta akatemiassa {academy}. Paikka tarjotaan seuraavalle varasijalle.',
      ],
      button: 'Avaa päätös',
    },
    sv: {
      subject: 'Platsen avböjd: {academy}',
      paragraphs: [
        '{organisation} har tackat nej till platsen i {academy}. Platsen erbjuds nästa reserv.',
      ],
      button: 'Öppna beslutet',
    },
    en: {
      subject: 'Place declined: {academy}',
      paragraphs: [
        '{organisation} has declined its place in {academy}. The place is offered to the next reserve.',
      ],
      button: 'Open the decision',
    },
  },
  LAPSED: {
    fi: {
      subject: 'Paikan vastausaika päättyi: {academy}',
      paragraphs: [
        'Organisaatio {organisation} ei vahvistanut paikkaansa akatemiassa {academy} määräaikaan {deadline} mennessä, joten paikka tarjotaan seuraavalle varasijalle.',
        'Jos tämä on virhe, ottakaa yhteyttä akatemian ohjelmapäällikköön.',
      ],
      button: 'Avaa päätös',
    },
    sv: {
      subject: 'Svarstiden för platsen har gått ut: {academy}',
      paragraphs: [
        '{organisation} bekräftade inte sin plats i {academy} senast {deadline}, så platsen erbjuds nästa reserv.',
        'Om detta är ett misstag, kontakta akademins programchef.',
      ],
      button: 'Öppna beslutet',
    },
    en: {
      subject: 'The time to answer has passed: {academy}',
      paragraphs: [
        '{organisation} did not confirm its place in {academy} by {deadline}, so the place is offered to the next reserve.',
        "If this is a mistake, please contact the academy's programme manager.",
      ],
      button: 'Open the decision',
    },
  },
};

export const selectionOfferSubjectTemplate = (
  kind: SelectionOfferMailKind,
  locale: Locale,
): string => COPY[kind][locale].subject;

export function renderSelectionOfferMail(
  kind: SelectionOfferMailKind,
  locale: Locale,
  params: SelectionOfferMailParams,
): RenderedMail {
  const copy = COPY[kind][locale];
  const values = (deadline: string) => ({
    academy: params.academyTitle,
    organisation: params.organisationName,
    deadline,
  });
  const plain = (value: string): string => value;
  return {
    subject: fillTemplate(copy.subject, values(params.deadline), plain),
    text: textLayout(locale, [
      ...copy.paragraphs.map((paragraph) =>
        fillTemplate(paragraph, values(params.deadlineWithZone), plain),
      ),
      params.url,
    ]),
    html: htmlLayout(
      locale,
      copy.paragraphs.map((paragraph) =>
        fillTemplate(paragraph, values(params.deadlineWithZone), escapeHtml),
      ),
      { label: copy.button, url: params.url },
    ),
  };
}
