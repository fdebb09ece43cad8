import type { Locale } from '../../../common/i18n/locale.js';
import { htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface SignInLinkParams {
  url: string;
  token: string;
  minutes: number;
}

const COPY: Record<
  Locale,
  { subject: string; intro: string; button: string; code: string; ignore: string }
> = {
  fi: {
    subject: 'Kirjautumislinkkisi Akatemiaan',
    intro:
      'Kirjaudu Akatemiaan alla olevasta linkistä. Linkki on voimassa {minutes} minuuttia ja toimii kerran.',
    button: 'Kirjaudu sisään',
    code: 'Jos linkki ei toimi, syötä tämä kirjautumiskoodi:',
    ignore: 'Jos et pyytänyt kirjautumista, voit jättää tämän viestin huomiotta.',
  },
  sv: {
    subject: 'Din inloggningslänk till Akatemia',
    intro:
      'Logga in på Akatemia via länken nedan. Länken gäller i {minutes} minuter och fungerar en gång.',
    button: 'Logga in',
    code: 'Om länken inte fungerar, ange den här inloggningskoden:',
    ignore: 'Om du inte bad om att logga in kan du bortse från det här meddelandet.',
  },
  en: {
    subject: 'Your sign-in link to Akatemia',
    intro:
      'Sign in to Akatemia with the link below. It is valid for {minutes} minutes and works once.',
    button: 'Sign in',
    code: 'If the link does not work, enter this sign-in code:',
    ignore: 'If you did not ask to sign in, you can ignore this message.',
  },
};

export function renderSignInLink(locale: Locale, params: SignInLinkParams): RenderedMail {
  const copy = COPY[locale];
  const intro = copy.intro.replace('{minutes}', String(params.minutes));
  return {
    subject: copy.subject,
    text: textLayout(locale, [intro, params.url, `${copy.code}\n${params.token}`, copy.ignore]),
    html: htmlLayout(locale, [intro, `${copy.code}<br><code>${params.token}</code>`, copy.ignore], {
      label: copy.button,
      url: params.url,
    }),
  };
}
