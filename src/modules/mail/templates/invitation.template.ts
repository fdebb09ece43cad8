import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface InvitationParams {
  organisationName: string;
  inviterName: string;
  url: string;
}

const COPY: Record<Locale, { subject: string; intro: string; how: string; button: string }> = {
  fi: {
    subject: 'Kutsu organisaation {organisation} jäseneksi Akatemiassa',
    intro: '{inviter} kutsui sinut organisaation {organisation} jäseneksi Akatemiassa.',
    how: 'Liity kirjautumalla sisään tällä sähköpostiosoitteella:',
    button: 'Kirjaudu ja liity',
  },
  sv: {
    subject: 'Inbjudan att bli medlem i {organisation} på Akatemia',
    intro: '{inviter} bjöd in dig att bli medlem i {organisation} på Akatemia.',
    how: 'Gå med genom att logga in med den här e-postadressen:',
    button: 'Logga in och gå med',
  },
  en: {
    subject: 'Invitation to join {organisation} on Akatemia',
    intro: '{inviter} invited you to join {organisation} on Akatemia.',
    how: 'Join by signing in with this e-mail address:',
    button: 'Sign in and join',
  },
};

export function renderInvitation(locale: Locale, params: InvitationParams): RenderedMail {
  const copy = COPY[locale];
  const fill = (text: string, escape: (value: string) => string): string =>
    fillTemplate(
      text,
      { organisation: params.organisationName, inviter: params.inviterName },
      escape,
    );
  const plain = (value: string): string => value;
  return {
    subject: fill(copy.subject, plain),
    text: textLayout(locale, [fill(copy.intro, plain), `${copy.how}\n${params.url}`]),
    html: htmlLayout(locale, [fill(copy.intro, escapeHtml), escapeHtml(copy.how)], {
      label: copy.button,
      url: params.url,
    }),
  };
}
