import { DateTime } from 'luxon';
import type { ApplicationAnswers } from '../applications/application-answers.js';
import { OrganisationType } from '../organisations/organisation.enums.js';
import { ReviewRecommendation, SelectionOutcome } from '../selection/selection.enums.js';

// The 2023 academy's selection as demo history: fictional organisations and people (the
// real cohort is not named in the seeds), the real shape — seven accepted, announced before
// Midsummer, one accepted organisation declined and the first reserve took its place.

const ZONE = 'Europe/Helsinki';
export const at2023 = (iso: string): Date => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();

export interface DemoPerson {
  email: string;
  name: string;
}

/** The programme manager (staged and released the decisions) and the reviewing experts. */
export const DEMO_PROGRAMME_MANAGER: DemoPerson = {
  email: 'paula.salmi@akatemia.example',
  name: 'Paula Salmi',
};
export const DEMO_EXPERTS: DemoPerson[] = [
  { email: 'outi.kiertola@akatemia.example', name: 'Outi Kiertola' },
  { email: 'markus.rakentaja@akatemia.example', name: 'Markus Rakentaja' },
  { email: 'liisa.hankkija@akatemia.example', name: 'Liisa Hankkija' },
];

export interface DemoApplicant {
  key: string;
  organisation: { name: string; businessId: string; type: OrganisationType; region: string };
  domain: string;
  responsible: DemoPerson;
  experts: Array<DemoPerson & { role: 'PROCUREMENT' | 'ENVIRONMENT' | 'SECTOR' }>;
  groundwork: 'KEINO_ACADEMY' | 'TOIMI';
  pilot: { title: string; category: 'CONSTRUCTION' | 'CONSTRUCTION_DESIGN'; plannedStart: string };
  pilotDescription: string;
  submittedOn: string;
  consultation: { start: string; expert: number; notes: string };
  /** Scores per rubric criterion (groundwork, commitment, circular potential, team, sharing). */
  reviews: Array<{
    expert: number;
    scores: number[];
    recommendation: ReviewRecommendation;
    comment: string;
  }>;
  decision: { outcome: SelectionOutcome; reserveRank?: number; note?: string };
}

const person = (name: string, domain: string): DemoPerson => ({
  name,
  email: `${name.toLowerCase().replaceAll('ä', 'a').replaceAll('ö', 'o').replace(' ', '.')}@${domain}`,
});

function applicant(
  key: string,
  organisation: DemoApplicant['organisation'],
  domain: string,
  names: [string, string, string, string],
  rest: Omit<DemoApplicant, 'key' | 'organisation' | 'domain' | 'responsible' | 'experts'>,
): DemoApplicant {
  const [responsible, procurement, environment, sector] = names.map((name) => person(name, domain));
  return {
    key,
    organisation,
    domain,
    responsible,
    experts: [
      { ...procurement, role: 'PROCUREMENT' },
      { ...environment, role: 'ENVIRONMENT' },
      { ...sector, role: 'SECTOR' },
    ],
    ...rest,
  };
}

const { ACCEPT, RESERVE, REJECT } = ReviewRecommendation;
const { ACCEPTED, RESERVE: RESERVED, REJECTED } = SelectionOutcome;

/** Eleven applications: seven accepted, two reserves, two rejected. */
export const DEMO_APPLICANTS_2023: DemoApplicant[] = [
  applicant(
    'kuusiniemi',
    {
      name: 'Kuusiniemen kaupunki',
      businessId: '0100017-6',
      type: OrganisationType.MUNICIPALITY,
      region: 'Uusimaa',
    },
    'kuusiniemi.example',
    ['Anna Lehto', 'Jari Niemi', 'Sanna Koivu', 'Pekka Laine'],
    {
      groundwork: 'KEINO_ACADEMY',
      pilot: {
        title: 'Koivulan koulun peruskorjaus',
        category: 'CONSTRUCTION',
        plannedStart: '2023-10-01',
      },
      pilotDescription:
        'Peruskorjaus, jossa puretaan ja kierrätetään väliseinät ja kalusteet ja käytetään kierrätyskiviainesta pihatöissä.',
      submittedOn: '2023-05-24T14:10',
      consultation: {
        start: '2023-06-01T09:00',
        expert: 0,
        notes:
          'Johto sitoutunut, tiimi kokenut. Purkukartoitus tehty; markkinavuoropuhelu suunnitteilla syyskuulle.',
      },
      reviews: [
        {
          expert: 0,
          scores: [5, 5, 4, 5, 4],
          recommendation: ACCEPT,
          comment: 'Vahva kokonaisuus ja valmis purkukartoitus.',
        },
        {
          expert: 1,
          scores: [4, 5, 5, 4, 4],
          recommendation: ACCEPT,
          comment: 'Hyvä pilotti, selkeä aikataulu.',
        },
      ],
      decision: { outcome: ACCEPTED },
    },
  ),
  applicant(
    'jarvela',
    {
      name: 'Järvelän kunta',
      businessId: '0100018-4',
      type: OrganisationType.MUNICIPALITY,
      region: 'Pirkanmaa',
    },
    'jarvela.example',
    ['Mikko Salo', 'Tiina Aho', 'Heikki Mäki', 'Laura Heino'],
    {
      groundwork: 'TOIMI',
      pilot: {
        title: 'Päiväkoti Tuulikello, uudisrakennus',
        category: 'CONSTRUCTION',
        plannedStart: '2023-11-15',
      },
      pilotDescription:
        'Puurakenteinen päiväkoti; tavoitteena hiilijalanjäljen raja-arvo ja uusiokäytettävät rakennusosat.',
      submittedOn: '2023-05-29T10:45',
      consultation: {
        start: '2023-06-01T13:00',
        expert: 1,
        notes: 'Hiilijalanjäljen raja-arvo kiinnostaa; tarvitsevat tukea kriteerin muotoiluun.',
      },
      reviews: [
        {
          expert: 1,
          scores: [4, 4, 5, 4, 5],
          recommendation: ACCEPT,
          comment: 'Kiinnostava vähähiilisyyskriteeri.',
        },
        {
          expert: 2,
          scores: [4, 5, 4, 4, 5],
          recommendation: ACCEPT,
          comment: 'Sitoutunut tiimi.',
        },
      ],
      decision: { outcome: ACCEPTED },
    },
  ),
  applicant(
    'pohjanranta',
    {
      name: 'Pohjanrannan koulutuskuntayhtymä',
      businessId: '0100019-2',
      type: OrganisationType.JOINT_MUNICIPAL_AUTHORITY,
      region: 'Pohjois-Pohjanmaa',
    },
    'pohjanranta.example',
    ['Kaisa Rinne', 'Ville Hakala', 'Noora Kallio', 'Juha Leino'],
    {
      groundwork: 'KEINO_ACADEMY',
      pilot: {
        title: 'Ammattiopiston konepajan purku ja materiaalien uusiokäyttö',
        category: 'CONSTRUCTION',
        plannedStart: '2024-01-15',
      },
      pilotDescription:
        'Purkuhankinta, jossa materiaalit ohjataan uusiokäyttöön ja opiskelijat osallistuvat purkukartoitukseen.',
      submittedOn: '2023-05-30T16:20',
      consultation: {
        start: '2023-06-02T09:00',
        expert: 2,
        notes: 'Purkuhankinta sopii hyvin; opiskelijoiden mukanaolo tuo oppimisvaikutuksen.',
      },
      reviews: [
        {
          expert: 2,
          scores: [4, 4, 5, 4, 4],
          recommendation: ACCEPT,
          comment: 'Hyvä purkupilotti.',
        },
        {
          expert: 0,
          scores: [5, 4, 5, 3, 4],
          recommendation: ACCEPT,
          comment: 'Kiertotalouspotentiaali suuri.',
        },
      ],
      decision: { outcome: ACCEPTED },
    },
  ),
  applicant(
    'vaarala',
    {
      name: 'Vaaralan kaupunki',
      businessId: '0100020-5',
      type: OrganisationType.MUNICIPALITY,
      region: 'Pohjois-Karjala',
    },
    'vaarala.example',
    ['Petri Korhonen', 'Elina Ryynänen', 'Antti Hirvonen', 'Marja Turunen'],
    {
      groundwork: 'TOIMI',
      pilot: {
        title: 'Keskustan katusaneeraus',
        category: 'CONSTRUCTION',
        plannedStart: '2023-09-01',
      },
      pilotDescription: 'Katusaneeraus, jossa ylijäämämassat hyödynnetään työmaalla.',
      submittedOn: '2023-05-31T21:05',
      consultation: {
        start: '2023-06-05T10:00',
        expert: 0,
        notes: 'Aikataulu riippuu valtuuston budjettipäätöksestä syksyllä.',
      },
      reviews: [
        {
          expert: 0,
          scores: [4, 3, 5, 4, 4],
          recommendation: ACCEPT,
          comment: 'Hyvä massatasapaino; aikatauluriski.',
        },
        {
          expert: 1,
          scores: [4, 4, 4, 4, 4],
          recommendation: ACCEPT,
          comment: 'Tasainen hakemus.',
        },
      ],
      decision: { outcome: ACCEPTED },
    },
  ),
  applicant(
    'harjula',
    {
      name: 'Harjulan seurakuntayhtymä',
      businessId: '0100021-3',
      type: OrganisationType.PARISH,
      region: 'Keski-Suomi',
    },
    'harjula.example',
    ['Ritva Manninen', 'Olli Peltonen', 'Katja Huttunen', 'Timo Lappalainen'],
    {
      groundwork: 'KEINO_ACADEMY',
      pilot: {
        title: 'Seurakuntakeskuksen peruskorjauksen suunnittelu',
        category: 'CONSTRUCTION_DESIGN',
        plannedStart: '2023-09-15',
      },
      pilotDescription:
        'Suunnitteluhankinta, jossa suunnittelijalta edellytetään purettavien osien uudelleenkäytön suunnitelmaa.',
      submittedOn: '2023-05-22T09:30',
      consultation: {
        start: '2023-06-05T13:00',
        expert: 1,
        notes:
          'Suunnitteluhankinta: kriteerit suunnittelijan osaamiselle ja uudelleenkäyttösuunnitelmalle.',
      },
      reviews: [
        {
          expert: 1,
          scores: [4, 4, 4, 4, 5],
          recommendation: ACCEPT,
          comment: 'Hyvä esimerkki suunnitteluhankinnasta.',
        },
        {
          expert: 2,
          scores: [3, 4, 4, 4, 5],
          recommendation: ACCEPT,
          comment: 'Jakamishalukkuus erinomainen.',
        },
      ],
      decision: { outcome: ACCEPTED },
    },
  ),
  applicant(
    'rantakyla',
    {
      name: 'Rantakylän kaupunki',
      businessId: '0100022-1',
      type: OrganisationType.MUNICIPALITY,
      region: 'Varsinais-Suomi',
    },
    'rantakyla.example',
    ['Satu Virtanen', 'Kari Jokinen', 'Minna Lindholm', 'Esa Saarinen'],
    {
      groundwork: 'TOIMI',
      pilot: {
        title: 'Liikuntahallin laajennus',
        category: 'CONSTRUCTION',
        plannedStart: '2024-03-01',
      },
      pilotDescription:
        'Laajennus, jossa käytetään purkupuuta ja kierrätysterästä sekä elinkaarikustannusvertailua.',
      submittedOn: '2023-05-26T12:00',
      consultation: {
        start: '2023-06-06T09:00',
        expert: 2,
        notes: 'Elinkaarikustannukset jo käytössä; halu kokeilla kierrätysterästä.',
      },
      reviews: [
        {
          expert: 2,
          scores: [4, 4, 4, 5, 4],
          recommendation: ACCEPT,
          comment: 'Monialainen tiimi.',
        },
        { expert: 0, scores: [4, 4, 4, 4, 4], recommendation: ACCEPT, comment: 'Hyvä.' },
      ],
      decision: { outcome: ACCEPTED },
    },
  ),
  applicant(
    'kymijoki',
    {
      name: 'Kymijoen Tilapalvelut Oy',
      businessId: '0100028-0',
      type: OrganisationType.IN_HOUSE_COMPANY,
      region: 'Kymenlaakso',
    },
    'kymijoki.example',
    ['Jussi Kinnunen', 'Paula Räsänen', 'Tero Halonen', 'Sari Pitkänen'],
    {
      groundwork: 'KEINO_ACADEMY',
      pilot: {
        title: 'Virastotalon toimistokerrosten muutostyö',
        category: 'CONSTRUCTION',
        plannedStart: '2023-12-01',
      },
      pilotDescription: 'Muutostyö, jossa kalusteet ja väliseinäelementit hankitaan uusiokäyttönä.',
      submittedOn: '2023-05-31T15:40',
      consultation: {
        start: '2023-06-06T13:00',
        expert: 0,
        notes: 'Uusiokalusteiden markkina tunnettava paremmin; markkinakartoitus ehdotettu.',
      },
      reviews: [
        {
          expert: 0,
          scores: [4, 4, 4, 4, 3],
          recommendation: ACCEPT,
          comment: 'Hyvä sisäinen malli kunnille.',
        },
        { expert: 1, scores: [3, 4, 4, 4, 4], recommendation: ACCEPT, comment: 'Kelpaa.' },
      ],
      decision: { outcome: ACCEPTED },
    },
  ),
  applicant(
    'metsala',
    {
      name: 'Metsälän kunta',
      businessId: '0100024-8',
      type: OrganisationType.MUNICIPALITY,
      region: 'Etelä-Savo',
    },
    'metsala.example',
    ['Hanna Partanen', 'Jukka Heikkinen', 'Tuula Savolainen', 'Matti Karjalainen'],
    {
      groundwork: 'TOIMI',
      pilot: {
        title: 'Kirjaston peruskorjaus',
        category: 'CONSTRUCTION',
        plannedStart: '2024-02-01',
      },
      pilotDescription:
        'Peruskorjaus, jossa hyllyt ja lasiseinät kunnostetaan ja purkumateriaalit lajitellaan.',
      submittedOn: '2023-05-30T11:15',
      consultation: {
        start: '2023-06-07T09:00',
        expert: 1,
        notes: 'Pieni kunta, mutta innostunut tiimi; tarvitsee tukea markkinavuoropuheluun.',
      },
      reviews: [
        {
          expert: 1,
          scores: [3, 4, 4, 4, 4],
          recommendation: RESERVE,
          comment: 'Hyvä, mutta pilotti pieni.',
        },
        {
          expert: 2,
          scores: [4, 4, 3, 4, 4],
          recommendation: ACCEPT,
          comment: 'Varasijalle vähintään.',
        },
      ],
      decision: { outcome: RESERVED, reserveRank: 1 },
    },
  ),
  applicant(
    'saarela',
    {
      name: 'Saarelan kaupunki',
      businessId: '0100025-6',
      type: OrganisationType.MUNICIPALITY,
      region: 'Satakunta',
    },
    'saarela.example',
    ['Eija Mattila', 'Harri Laaksonen', 'Piia Koskinen', 'Jarmo Vainio'],
    {
      groundwork: 'KEINO_ACADEMY',
      pilot: {
        title: 'Uimahallin talotekniikan uusiminen',
        category: 'CONSTRUCTION',
        plannedStart: '2024-04-01',
      },
      pilotDescription: 'Talotekniikkaurakka, jossa vaaditaan purettavien laitteiden kierrätys.',
      submittedOn: '2023-05-31T23:10',
      consultation: {
        start: '2023-06-07T13:00',
        expert: 2,
        notes: 'Kiertotalouspotentiaali rajallinen talotekniikassa; kiinnostus suuri.',
      },
      reviews: [
        {
          expert: 2,
          scores: [4, 3, 3, 4, 4],
          recommendation: RESERVE,
          comment: 'Potentiaali rajallisempi.',
        },
        { expert: 0, scores: [3, 4, 3, 3, 4], recommendation: RESERVE, comment: 'Varasija.' },
      ],
      decision: { outcome: RESERVED, reserveRank: 2 },
    },
  ),
  applicant(
    'lounais',
    {
      name: 'Lounaisen aluehallinnon tilayksikkö',
      businessId: '0100026-4',
      type: OrganisationType.STATE_AGENCY,
      region: 'Varsinais-Suomi',
    },
    'lounais.example',
    ['Kimmo Aaltonen', 'Reija Nurmi', 'Tapio Kettunen', 'Anu Väisänen'],
    {
      groundwork: 'TOIMI',
      pilot: {
        title: 'Virastotalon julkisivukorjaus',
        category: 'CONSTRUCTION',
        plannedStart: '2024-06-15',
      },
      pilotDescription: 'Julkisivukorjaus; hankinnan aikataulu vielä auki.',
      submittedOn: '2023-05-18T08:55',
      consultation: {
        start: '2023-06-08T09:00',
        expert: 0,
        notes: 'Johdon päätös hankinnasta puuttuu vielä; aikataulu epävarma.',
      },
      reviews: [
        {
          expert: 0,
          scores: [3, 2, 3, 3, 3],
          recommendation: REJECT,
          comment: 'Johdon sitoutuminen puuttuu.',
        },
        {
          expert: 1,
          scores: [3, 2, 3, 3, 4],
          recommendation: REJECT,
          comment: 'Liian aikainen vaihe.',
        },
      ],
      decision: {
        outcome: REJECTED,
        note: 'Johdon sitoutuminen puuttuu; kannustetaan hakemaan seuraavaan akatemiaan.',
      },
    },
  ),
  applicant(
    'koskenkyla',
    {
      name: 'Koskenkylän kunta',
      businessId: '0100027-2',
      type: OrganisationType.MUNICIPALITY,
      region: 'Lappi',
    },
    'koskenkyla.example',
    ['Arto Keränen', 'Leena Ojala', 'Raimo Kivelä', 'Sirpa Määttä'],
    {
      groundwork: 'TOIMI',
      pilot: {
        title: 'Koulukeskuksen piha-alueen uusiminen',
        category: 'CONSTRUCTION',
        plannedStart: '2024-05-01',
      },
      pilotDescription: 'Piha-alueen uusiminen kierrätysmateriaaleilla.',
      submittedOn: '2023-05-31T20:30',
      consultation: {
        start: '2023-06-08T13:00',
        expert: 2,
        notes: 'Tiimissä ei vielä hankinta-asiantuntijaa; aikataulu tiukka.',
      },
      reviews: [
        { expert: 2, scores: [2, 3, 3, 2, 4], recommendation: REJECT, comment: 'Tiimi vajaa.' },
        { expert: 1, scores: [3, 3, 3, 2, 3], recommendation: REJECT, comment: 'Ei vielä valmis.' },
      ],
      decision: { outcome: REJECTED },
    },
  ),
];

/** The accepted organisation that declined its place, and why. */
export const DEMO_DECLINED_2023 = {
  key: 'vaarala',
  on: '2023-06-27T10:30',
  reason:
    'Katusaneeraus siirtyi valtuuston budjettipäätöksessä vuodelle 2025; emme voi sitoutua akatemian aikatauluun.',
};
/** The first reserve took the freed place. */
export const DEMO_PROMOTED_2023 = { key: 'metsala', on: '2023-06-29T09:00' };

export const DEMO_SELECTION_DATES_2023 = {
  reviewsSubmitted: '2023-06-14T16:00',
  staged: '2023-06-19T15:00',
  confirmed: '2023-06-28T12:00',
};

/** The application answers the 2023 criteria ask for, from a demo applicant. */
export function demoAnswers(entry: DemoApplicant): ApplicationAnswers {
  return {
    organisationFacts: { description: entry.pilotDescription, employees: null, contactPhone: null },
    groundwork: { programmes: [entry.groundwork], otherDescription: null },
    managementCommitment: {
      approverName: entry.responsible.name,
      approverTitle: 'Hankintajohtaja',
      approvedOn: entry.submittedOn.slice(0, 10),
    },
    pilotProcurement: { ...entry.pilot, description: entry.pilotDescription },
    team: {
      responsiblePerson: { ...entry.responsible },
      experts: entry.experts.map((expert) => ({ ...expert })),
    },
    consents: { shareLearnings: true, attendEvents: true },
  };
}
