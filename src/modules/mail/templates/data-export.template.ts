import type { Locale } from '../../../common/i18n/locale.js';
import { escapeHtml, fillTemplate, htmlLayout, textLayout, type RenderedMail } from './layout.js';

export interface DataExportReadyParams {
  /** The download page of the web client (it asks for the session too). */
  url: string;
  hours: number;
  /** The exported organisation's name; absent for a person's own export. */
  organisationName?: string;
}

const COPY: Record<
  Locale,
  {
    subject: string;
    subjectOrganisation: string;
    intro: string;
    introOrganisation: string;
    rules: string;
    button: string;
    ignore: string;
  }
> = {
  fi: {
    subject: 'Tietosi Akatemiasta ovat ladattavissa',
    subjectOrganisation: 'Organisaation tiedot Akatemiasta ovat ladattavissa',
    intro: 'Pyytämäsi tietojen vienti on valmis.',
    introOrganisation: 'Pyytämäsi organisaation {organisation} tietojen vienti on valmis.',
    rules:
      'Lataa zip-arkisto alla olevasta linkistä kirjautuneena samalla tunnuksella, jolla pyysit sen. Linkki on voimassa {hours} tuntia ja toimii kerran; sen jälkeen arkisto poistetaan.',
    button: 'Lataa tiedot',
    ignore: 'Jos et pyytänyt tietojasi, ilmoita siitä Akatemian ylläpidolle.',
  },
  sv: {
    subject: 'Dina uppgifter från Akatemia kan laddas ned',
    subjectOrganisation: 'Organisationens uppgifter från Akatemia kan laddas ned',
    intro: 'Dataexporten du begärde är klar.',
    introOrganisation: 'Dataexporten för organisationen {organisation} som du begärde är klar.',
    rules:
      'Ladda ned zip-arkivet via länken nedan, inloggad med samma konto som du begärde det med. Länken gäller i {hours} timmar och fungerar en gång; sedan raderas arkivet.',
    button: 'Ladda ned uppgifterna',
    ignore: 'Om du inte begärde dina uppgifter, meddela Akatemias administratörer.',
  },
  en: {
    subject: 'Your data from Akatemia is ready to download',
    subjectOrganisation: "Your organisation's data from Akatemia is ready to download",
    intro: 'The data export you asked for is ready.',
    introOrganisation: 'The data export of {organisation} you asked for is ready.',
    rules:
      'Download the zip archive with the link below, signed in with the account you asked with. The link is valid for {hours} hours and works once; then the archive is deleted.',
    button: 'Download the data',
    ignore: 'If you did not ask for your data, tell the administrators of Akatemia.',
  },
};

export function renderDataExportReady(locale: Locale, params: DataExportReadyParams): RenderedMail {
  const copy = COPY[locale];
  const organisation = params.organisationName;
  const values = { organisation: organisation ?? '', hours: String(params.hours) };
  const intro = organisation ? copy.introOrganisation : copy.intro;
  return {
    subject: organisation ? copy.subjectOrganisation : copy.subject,
    text: textLayout(locale, [
      fillTemplate(intro, values),
      fillTemplate(copy.rules, values),
      params.url,
      copy.ignore,
    ]),
    html: htmlLayout(
      locale,
      [
        fillTemplate(intro, values, escapeHtml),
        fillTemplate(copy.rules, values, escapeHtml),
        escapeHtml(copy.ignore),
      ],
      { label: copy.button, url: params.url },
    ),
  };
}
