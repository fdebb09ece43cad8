import type { CriterionSeed } from '../applications/criteria-seed.service.js';
import { CriterionKind, CriterionSeverity } from '../applications/eligibility-criterion.enums.js';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import { OrganisationType } from '../organisations/organisation.enums.js';

const text = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

/** The hakukriteerit (application criteria) of the 2023 academy, as data. */
export function referenceCriteria2023(
  pilotWindow: { startFrom: string; startTo: string } = {
    startFrom: '2023-08-01',
    startTo: '2024-06-30',
  },
): CriterionSeed[] {
  return [
    {
      kind: CriterionKind.ORGANISATION_TYPE,
      severity: CriterionSeverity.HARD,
      label: text(
        'Julkinen hankintayksikkö',
        'Offentlig upphandlande enhet',
        'Public contracting entity',
      ),
      help: text(
        'Kunnat, kuntayhtymät, valtion virastot ja laitokset, seurakunnat ja muut julkiset hankintayksiköt.',
        'Kommuner, samkommuner, statliga myndigheter och inrättningar, församlingar och andra offentliga upphandlande enheter.',
        'Municipalities, joint municipal authorities, state agencies and institutions, parishes and other public contracting entities.',
      ),
      parameters: {
        organisationTypes: [
          OrganisationType.MUNICIPALITY,
          OrganisationType.JOINT_MUNICIPAL_AUTHORITY,
          OrganisationType.WELLBEING_SERVICES_COUNTY,
          OrganisationType.STATE_AGENCY,
          OrganisationType.PARISH,
          OrganisationType.IN_HOUSE_COMPANY,
          OrganisationType.OTHER_CONTRACTING_ENTITY,
        ],
      },
    },
    {
      kind: CriterionKind.PRIOR_GROUNDWORK,
      severity: CriterionSeverity.HARD,
      label: text(
        'Aiempaa pohjatyötä hankintojen johtamisessa',
        'Tidigare grundarbete i ledningen av upphandlingar',
        'Earlier groundwork in procurement leadership',
      ),
      help: text(
        'Esimerkiksi osallistuminen KEINO-akatemiaan tai TOIMI-projektiin.',
        'Till exempel deltagande i en KEINO-akademi eller TOIMI-projektet.',
        'For example an earlier KEINO academy or the TOIMI project.',
      ),
      parameters: { acceptedProgrammes: ['KEINO_ACADEMY', 'TOIMI'], allowOtherProgramme: true },
    },
    {
      kind: CriterionKind.MANAGEMENT_COMMITMENT,
      severity: CriterionSeverity.HARD,
      label: text('Johdon sitoutuminen', 'Ledningens åtagande', 'Management commitment'),
      help: text(
        'Hyväksyjän nimi, tehtävä ja päivämäärä.',
        'Godkännarens namn, titel och datum.',
        "The approver's name, title and date.",
      ),
      parameters: {},
    },
    {
      kind: CriterionKind.PILOT_PROCUREMENT,
      severity: CriterionSeverity.HARD,
      label: text(
        'Valmisteilla oleva rakentamisen pilottihankinta',
        'En pilotupphandling inom byggande under beredning',
        'A construction pilot procurement in preparation',
      ),
      help: text(
        `Rakentamisen tai rakentamisen suunnittelun hankinta, joka alkaa ${pilotWindow.startFrom} – ${pilotWindow.startTo}.`,
        `Upphandling av byggande eller byggplanering som börjar ${pilotWindow.startFrom} – ${pilotWindow.startTo}.`,
        `A construction or construction-design procurement starting ${pilotWindow.startFrom} – ${pilotWindow.startTo}.`,
      ),
      parameters: {
        categories: ['CONSTRUCTION', 'CONSTRUCTION_DESIGN'],
        ...pilotWindow,
      },
    },
    {
      kind: CriterionKind.ATTESTATION,
      severity: CriterionSeverity.HARD,
      label: text(
        'Valmius jakaa oppeja',
        'Beredskap att dela lärdomar',
        'Willing to share learnings',
      ),
      help: text(
        'Oppeja jaetaan ryhmän sisällä ja omassa organisaatiossa.',
        'Lärdomar delas inom gruppen och i den egna organisationen.',
        'Learnings are shared within the group and in the organisation.',
      ),
      // The consent of the same wording gives this attestation (one answer, not two).
      parameters: { consent: 'shareLearnings' },
    },
    {
      kind: CriterionKind.ATTESTATION,
      severity: CriterionSeverity.SOFT,
      label: text(
        'Osallistuminen tilaisuuksiin',
        'Deltagande i evenemangen',
        'Able to attend the events',
      ),
      help: text(
        'Organisaatio pystyy osallistumaan tilaisuuksiin ja sparrauksiin.',
        'Organisationen kan delta i evenemang och sparring.',
        'The organisation can attend the events and sparring sessions.',
      ),
      parameters: { consent: 'attendEvents' },
    },
    {
      kind: CriterionKind.TEAM,
      severity: CriterionSeverity.HARD,
      label: text(
        'Monialainen kolmen asiantuntijan tiimi',
        'Ett tvärsektoriellt team med tre experter',
        'A multidisciplinary team of three experts',
      ),
      help: text(
        'Esimerkiksi hankintojen, ympäristöteemojen ja rakentamisen asiantuntijat.',
        'Till exempel experter på upphandling, miljö och byggande.',
        'For example procurement, environment and construction experts.',
      ),
      parameters: { minExperts: 3, requiredRoles: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'] },
    },
    {
      kind: CriterionKind.RESPONSIBLE_PERSON,
      severity: CriterionSeverity.HARD,
      label: text('Nimetty vastuuhenkilö', 'Utsedd ansvarsperson', 'A named responsible person'),
      help: text('Nimi ja sähköpostiosoite.', 'Namn och e-postadress.', 'Name and e-mail address.'),
      parameters: {},
    },
  ];
}
