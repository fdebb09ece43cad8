import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export type ConsultationMailKind = 'BOOKED' | 'RESCHEDULED' | 'UPDATED' | 'CANCELLED' | 'REMINDER';

/**
 * An appointment of a round other than consultations: its mails name what it is (a
 * consultation's mails keep their own words).
 */
export type AppointmentKind = 'SPARRING' | 'FOLLOW_UP';

export interface ConsultationMailParams {
  academyTitle: string;
  organisationName: string;
  expertName: string;
  /** Already formatted in the academy zone and the reader's language. */
  when: string;
  /** The academy zone in the reader's words (`Suomen aikaa`): said after the time in the text. */
  zoneName: string;
  /** Whether the mail carries a calendar invitation (not for the organising expert). */
  withInvite: boolean;
  place: string | null;
  reason: string | null;
  url: string;
  /** A sparring session or a follow-up meeting; absent for a consultation. */
  appointment?: AppointmentKind;
}

interface Copy {
  subject: string;
  intro: string;
  /** Said only when the mail carries the calendar invitation. */
  invite?: string;
}

const COPY: Record<ConsultationMailKind, Record<Locale, Copy>> = {
  BOOKED: {
    fi: {
      subject: 'Keskusteluaika varattu {when}',
      intro:
        'Organisaation {organisation} keskusteluaika akatemiassa {academy} on varattu: {when}. Asiantuntija: {expert}.',
      invite: 'Kalenterikutsu on liitteenä.',
    },
    sv: {
      subject: 'Samtalstid bokad {when}',
      intro: 'Samtalstiden för {organisation} i {academy} är bokad: {when}. Expert: {expert}.',
      invite: 'Kalenderinbjudan finns bifogad.',
    },
    en: {
      subject: 'Consultation booked for {when}',
      intro:
        'The consultation of {organisation} in {academy} is booked for {when}. Expert: {expert}.',
      invite: 'The calendar invitation is attached.',
    },
  },
  RESCHEDULED: {
    fi: {
      subject: 'Keskusteluaika siirretty: {when}',
      intro:
        'Organisaation {organisation} keskusteluaika akatemiassa {academy} on siirretty uuteen aikaan: {when}. Asiantuntija: {expert}.',
      invite: 'Päivitetty kalenterikutsu on liitteenä.',
    },
    sv: {
      subject: 'Samtalstiden flyttad: {when}',
      intro:
        'Samtalstiden för {organisation} i {academy} har flyttats till {when}. Expert: {expert}.',
      invite: 'Den uppdaterade kalenderinbjudan finns bifogad.',
    },
    en: {
      subject: 'Consultation moved to {when}',
      intro:
        'The consultation of {organisation} in {academy} has moved to {when}. Expert: {expert}.',
      invite: 'The updated calendar invitation is attached.',
    },
  },
  UPDATED: {
    fi: {
      subject: 'Keskusteluajan tiedot muuttuivat: {when}',
      intro:
        'Organisaation {organisation} keskusteluajan ({when}) paikka tai yhteyslinkki akatemiassa {academy} on muuttunut. Asiantuntija: {expert}.',
      invite: 'Päivitetty kalenterikutsu on liitteenä.',
    },
    sv: {
      subject: 'Samtalstiden uppdaterad: {when}',
      intro:
        'Platsen eller länken för samtalstiden för {organisation} i {academy} ({when}) har ändrats. Expert: {expert}.',
      invite: 'Den uppdaterade kalenderinbjudan finns bifogad.',
    },
    en: {
      subject: 'Consultation details changed: {when}',
      intro:
        'The place or link of the consultation of {organisation} in {academy} ({when}) has changed. Expert: {expert}.',
      invite: 'The updated calendar invitation is attached.',
    },
  },
  CANCELLED: {
    fi: {
      subject: 'Keskusteluaika peruttu: {when}',
      intro:
        'Organisaation {organisation} keskusteluaika akatemiassa {academy} ({when}) on peruttu.',
    },
    sv: {
      subject: 'Samtalstiden avbokad: {when}',
      intro: 'Samtalstiden för {organisation} i {academy} ({when}) har avbokats.',
    },
    en: {
      subject: 'Consultation cancelled: {when}',
      intro: 'The consultation of {organisation} in {academy} ({when}) has been cancelled.',
    },
  },
  REMINDER: {
    fi: {
      subject: 'Muistutus: keskusteluaika huomenna {when}',
      intro:
        'Muistutus: organisaation {organisation} keskusteluaika akatemiassa {academy} on {when}. Asiantuntija: {expert}.',
    },
    sv: {
      subject: 'Påminnelse: samtalstid i morgon {when}',
      intro: 'Påminnelse: samtalstiden för {organisation} i {academy} är {when}. Expert: {expert}.',
    },
    en: {
      subject: 'Reminder: consultation tomorrow, {when}',
      intro:
        'Reminder: the consultation of {organisation} in {academy} is on {when}. Expert: {expert}.',
    },
  },
};

/** The appointment's name: `What` as a subject or sentence start, `what` inside a sentence. */
const APPOINTMENT_WORDS: Record<AppointmentKind, Record<Locale, { What: string; what: string }>> = {
  SPARRING: {
    fi: { What: 'Sparraus', what: 'sparraus' },
    sv: { What: 'Sparrningen', what: 'sparrning' },
    en: { What: 'Sparring session', what: 'sparring session' },
  },
  FOLLOW_UP: {
    fi: { What: 'Seurantatapaaminen', what: 'seurantatapaaminen' },
    sv: { What: 'Uppföljningsmötet', what: 'uppföljningsmöte' },
    en: { What: 'Follow-up meeting', what: 'follow-up meeting' },
  },
};

/** The same mails for sparring sessions and follow-ups, with `{What}`/`{what}` for the name. */
const APPOINTMENT_COPY: Record<ConsultationMailKind, Record<Locale, Copy>> = {
  BOOKED: {
    fi: {
      subject: '{What} varattu {when}',
      intro:
        'Organisaation {organisation} {what} akatemiassa {academy} on varattu: {when}. Asiantuntija: {expert}.',
      invite: 'Kalenterikutsu on liitteenä.',
    },
    sv: {
      subject: 'Tid bokad för {what}: {when}',
      intro: '{What} för {organisation} i {academy} har bokats: {when}. Expert: {expert}.',
      invite: 'Kalenderinbjudan finns bifogad.',
    },
    en: {
      subject: '{What} booked for {when}',
      intro: 'The {what} of {organisation} in {academy} is booked for {when}. Expert: {expert}.',
      invite: 'The calendar invitation is attached.',
    },
  },
  RESCHEDULED: {
    fi: {
      subject: '{What} siirretty: {when}',
      intro:
        'Organisaation {organisation} {what} akatemiassa {academy} on siirretty uuteen aikaan: {when}. Asiantuntija: {expert}.',
      invite: 'Päivitetty kalenterikutsu on liitteenä.',
    },
    sv: {
      subject: 'Tiden för {what} flyttad: {when}',
      intro: '{What} för {organisation} i {academy} har flyttats till {when}. Expert: {expert}.',
      invite: 'Den uppdaterade kalenderinbjudan finns bifogad.',
    },
    en: {
      subject: '{What} moved to {when}',
      intro: 'The {what} of {organisation} in {academy} has moved to {when}. Expert: {expert}.',
      invite: 'The updated calendar invitation is attached.',
    },
  },
  UPDATED: {
    fi: {
      subject: '{What}: tiedot muuttuivat {when}',
      intro:
        'Organisaation {organisation} {what} ({when}) akatemiassa {academy}: paikka tai yhteyslinkki on muuttunut. Asiantuntija: {expert}.',
      invite: 'Päivitetty kalenterikutsu on liitteenä.',
    },
    sv: {
      subject: 'Tiden för {what} uppdaterad: {when}',
      intro:
        'Platsen eller länken för {what} för {organisation} i {academy} ({when}) har ändrats. Expert: {expert}.',
      invite: 'Den uppdaterade kalenderinbjudan finns bifogad.',
    },
    en: {
      subject: '{What} details changed: {when}',
      intro:
        'The place or link of the {what} of {organisation} in {academy} ({when}) has changed. Expert: {expert}.',
      invite: 'The updated calendar invitation is attached.',
    },
  },
  CANCELLED: {
    fi: {
      subject: '{What} peruttu: {when}',
      intro: 'Organisaation {organisation} {what} akatemiassa {academy} ({when}) on peruttu.',
    },
    sv: {
      subject: 'Tiden för {what} avbokad: {when}',
      intro: '{What} för {organisation} i {academy} ({when}) har avbokats.',
    },
    en: {
      subject: '{What} cancelled: {when}',
      intro: 'The {what} of {organisation} in {academy} ({when}) has been cancelled.',
    },
  },
  REMINDER: {
    fi: {
      subject: 'Muistutus: {what} huomenna {when}',
      intro:
        'Muistutus: organisaation {organisation} {what} akatemiassa {academy} on {when}. Asiantuntija: {expert}.',
    },
    sv: {
      subject: 'Påminnelse: {what} i morgon {when}',
      intro:
        'Påminnelse: tiden för {what} för {organisation} i {academy} är {when}. Expert: {expert}.',
    },
    en: {
      subject: 'Reminder: {what} tomorrow, {when}',
      intro: 'Reminder: the {what} of {organisation} in {academy} is on {when}. Expert: {expert}.',
    },
  },
};

const PLACE: Record<Locale, string> = { fi: 'Paikka', sv: 'Plats', en: 'Place' };
const REASON: Record<Locale, string> = { fi: 'Syy', sv: 'Orsak', en: 'Reason' };
const BUTTON: Record<Locale, string> = {
  fi: 'Avaa hakemus',
  sv: 'Öppna ansökan',
  en: 'Open the application',
};
const APPOINTMENT_BUTTON: Record<Locale, string> = {
  fi: 'Avaa varaukset',
  sv: 'Öppna bokningarna',
  en: 'Open the bookings',
};

/** The subject says the time alone; the text names its zone too (`klo 9.00–9.45 (Suomen aikaa)`). */
function fill(
  template: string,
  params: ConsultationMailParams,
  locale: Locale,
  escape: (value: string) => string,
  withZone = true,
): string {
  const words = params.appointment ? APPOINTMENT_WORDS[params.appointment][locale] : null;
  return fillTemplate(
    template,
    {
      ...(words ?? {}),
      academy: params.academyTitle,
      organisation: params.organisationName,
      expert: params.expertName,
      when: withZone ? `${params.when} (${params.zoneName})` : params.when,
    },
    escape,
  );
}
const plain = (value: string): string => value;

/**
 * Booking, reschedule, cancellation and reminder mail about a consultation, or (with
 * `appointment`) a sparring session or follow-up meeting.
 */
export function renderConsultationMail(
  kind: ConsultationMailKind,
  locale: Locale,
  params: ConsultationMailParams,
): RenderedMail {
  const copy = (params.appointment ? APPOINTMENT_COPY : COPY)[kind][locale];
  const button = (params.appointment ? APPOINTMENT_BUTTON : BUTTON)[locale];
  const intro = params.withInvite && copy.invite ? `${copy.intro} ${copy.invite}` : copy.intro;
  const extra: Array<[string, string]> = [];
  if (params.place && kind !== 'CANCELLED') extra.push([PLACE[locale], params.place]);
  if (params.reason && kind === 'CANCELLED') extra.push([REASON[locale], params.reason]);
  return {
    subject: fill(copy.subject, params, locale, plain, false),
    text: textLayout(locale, [
      fill(intro, params, locale, plain),
      ...extra.map(([label, value]) => `${label}: ${value}`),
      params.url,
    ]),
    html: htmlLayout(
      locale,
      [
        fill(intro, params, locale, escapeHtml),
        ...extra.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`),
      ],
      { label: button, url: params.url },
    ),
  };
}
