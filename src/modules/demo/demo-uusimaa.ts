import { DateTime } from 'luxon';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import type { AcademySeed } from '../academies/academies.service.js';
import { AcademyEnrolment, AcademyStatus } from '../academies/academy.enums.js';
import type { ProgrammePageSeed } from '../programme/programme.service.js';
import {
  EventAudience,
  EventKind,
  EventMode,
  EventStatus,
} from '../timeline/timeline-event.enums.js';
import type { TimelineEventSeed } from '../timeline/timeline.service.js';
import type { WorkshopContentSeed } from '../workshop/workshop-seed.service.js';

/**
 * The pre-study "Uudenmaan kiertotalouslaakso" of seed 004: coordinated by Green Net Finland
 * ry with four partners, three workshops (vision and mission; problems to solve; roadmap),
 * budget 225 118 €. The workshops' days and modes and the outcomes' wording are invented but
 * realistic for 2021; the seed gives only their themes.
 */
export const UUSIMAA_SLUG = 'uusimaa-kiertotalouslaakso';

const ZONE = 'Europe/Helsinki';
const local = (iso: string): Date => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
const text = (fi: string, en: string | null = null, sv: string | null = null): LocalizedText => ({
  fi,
  sv,
  en,
});

export const UUSIMAA_START_DATE = '2021-04-01';
// The seed says "Kesto: 1.4.2021-31.11.2021", but 31 November does not exist: the pre-study
// ended on the last day of November, 30.11.2021.
export const UUSIMAA_END_DATE = '2021-11-30';

export function uusimaaAcademy(): AcademySeed {
  const opens = local('2021-04-01T00:00');
  const closes = DateTime.fromISO(UUSIMAA_END_DATE, { zone: ZONE }).endOf('day').toJSDate();
  return {
    slug: UUSIMAA_SLUG,
    theme: 'kiertotalous',
    title: text(
      'Uudenmaan kiertotalouslaakso – esiselvitys',
      'Uusimaa Circular Economy Valley – pre-study',
    ),
    description: text(
      'Uudenmaan kiertotalouslaakson muotoa hahmotellaan esiselvityshankkeen avulla. ' +
        'Esiselvitys luo kuvaa kiertotaloudesta Uudellamaalla nyt ja tulevaisuudessa, tuo ' +
        'yhteen alueen kiertotalouden toimijat ja sitouttaa ne yhteistyöhön. Hankkeen aikana ' +
        'järjestetään kolme työpajaa, joissa kirkastetaan kiertotalouslaakson visiota ja ' +
        'missiota, määritellään ratkaistavia ongelmia ja luodaan tiekartta tulevaa varten. ' +
        'Varsinaista kiertotalouslaaksoa lähdetään rakentamaan yhteisvoimin vuodesta 2022.',
      'A pre-study outlines the shape of the Uusimaa Circular Economy Valley. It builds a ' +
        'picture of the circular economy in Uusimaa now and in the future, brings the region’s ' +
        'circular-economy actors together and commits them to working together. Three ' +
        'workshops clarify the valley’s vision and mission, define the problems to solve and ' +
        'create a roadmap for the future. Building the valley itself starts together in 2022.',
    ),
    timeZone: ZONE,
    // The partners invited the region's actors to the workshops during the pre-study: an OPEN
    // programme whose sign-up window is the pre-study itself (no selection).
    applicationOpensAt: opens,
    applicationDeadline: closes,
    consultationBookingDeadline: closes,
    selectionAnnouncementAt: closes,
    capacity: 100,
    confirmationDeadline: null,
    reserveResponseDays: 7,
    teamSizeLimit: 6,
    // The workshops' recorded outcomes are public (the programme page shows them).
    publicOutcomes: true,
    consultationChangeCutoffHours: 24,
    // Ended 30.11.2021; ALUMNI keeps it listed by `academies` and its page public.
    status: AcademyStatus.ALUMNI,
    enrolment: AcademyEnrolment.OPEN,
    signUpTerms: null,
  };
}

const role = (fi: string, en: string): { fi: string; en: string } => ({ fi, en });

/** Seed 004: the five partners in its order, the budget and the funders (amounts not given). */
export function uusimaaProgrammePage(): ProgrammePageSeed {
  const partner = role('Toteuttaja', 'Partner');
  return {
    startDate: UUSIMAA_START_DATE,
    endDate: UUSIMAA_END_DATE,
    budget: { amount: '225118', currency: 'EUR' },
    fundingSources: [
      { name: { fi: 'Uudenmaan liitto', en: 'Helsinki-Uusimaa Regional Council' } },
      {
        name: {
          fi: 'PKS-kaupungit (Helsinki ja Vantaa)',
          en: 'Capital region cities (Helsinki and Vantaa)',
        },
      },
      { name: { fi: 'KUUMA-seutu', en: 'KUUMA region' } },
    ],
    partners: [
      {
        name: 'Green Net Finland ry',
        role: role('Koordinaattori', 'Coordinator'),
        url: 'https://greennetfinland.fi',
      },
      { name: 'CLIC Innovation Oy', role: partner, url: 'https://clicinnovation.fi' },
      { name: 'Helsingin seudun ympäristöpalvelut HSY', role: partner, url: 'https://www.hsy.fi' },
      {
        name: 'Teknologian tutkimuskeskus VTT Oy',
        role: partner,
        url: 'https://www.vttresearch.com',
      },
      { name: 'Uudenmaan liitto', role: partner, url: 'https://www.uudenmaanliitto.fi' },
    ],
  };
}

export interface UusimaaWorkshop {
  event: TimelineEventSeed;
  content: WorkshopContentSeed;
}

const workshop = (
  number: number,
  title: LocalizedText,
  description: LocalizedText,
  start: string,
  end: string,
  mode: EventMode,
  place: string | null,
  outcomes: WorkshopContentSeed['outcomes'],
): UusimaaWorkshop => ({
  event: {
    kind: EventKind.WORKSHOP,
    title: {
      fi: `Työpaja ${number}/3: ${title.fi}`,
      sv: null,
      en: `Workshop ${number}/3: ${title.en}`,
    },
    description,
    startsAt: local(start),
    endsAt: local(end),
    mode,
    place,
    onlineUrl: null,
    audience: EventAudience.COHORT,
    audienceOrganisationId: null,
    status: EventStatus.SCHEDULED,
    sequence: 0,
  },
  content: { materials: [], assignments: [], outcomes },
});

/** The three workshops of 2021 and what each recorded (the first two online: the pandemic). */
export function uusimaaWorkshops(): UusimaaWorkshop[] {
  return [
    workshop(
      1,
      text('visio ja missio', 'vision and mission'),
      text(
        'Kirkastamme Uudenmaan kiertotalouslaakson visiota ja missiota.',
        'We clarify the vision and mission of the Uusimaa Circular Economy Valley.',
      ),
      '2021-05-26T09:00',
      '2021-05-26T12:00',
      EventMode.REMOTE,
      null,
      [
        {
          title: text('Visio ja missio', 'Vision and mission'),
          body: text(
            'Visio: Uusimaa on vuonna 2035 kiertotalouden mallialue, jossa materiaalit kiertävät ' +
              'ja kiertotalous on kilpailuetu. Missio: kiertotalouslaakso tuo alueen kunnat, ' +
              'yritykset, korkeakoulut ja tutkimuslaitokset yhteen ja tekee käynnissä olevan ' +
              'kiertotaloustyön näkyväksi.',
            'Vision: by 2035 Uusimaa is a model region of the circular economy where materials ' +
              'circulate and circularity is a competitive edge. Mission: the valley brings the ' +
              'region’s municipalities, companies, universities and research institutes ' +
              'together and makes the circular-economy work under way visible.',
          ),
          links: [],
        },
      ],
    ),
    workshop(
      2,
      text('ratkaistavat ongelmat', 'problems to solve'),
      text(
        'Määrittelemme ongelmia, joita kiertotalouslaakso ratkaisee.',
        'We define the problems the valley will solve.',
      ),
      '2021-09-15T13:00',
      '2021-09-15T16:00',
      EventMode.REMOTE,
      null,
      [
        {
          title: text('Ratkaistavat ongelmat', 'Problems to solve'),
          body: text(
            'Työpaja nimesi neljä ongelmaa: toimijoiden välisen yhteistyön puute, rakentamisen ' +
              'ja purkamisen materiaalivirtojen hyödyntämättömyys, kiertotalouden alueellisen ' +
              'mittaamisen puutteet sekä julkisten hankintojen vähäinen kiertotalousohjaus.',
            'The workshop named four problems: the lack of cooperation between actors, the ' +
              'unused material flows of construction and demolition, the gaps in measuring the ' +
              'circular economy regionally, and the little circular steering in public ' +
              'procurement.',
          ),
          links: [],
        },
      ],
    ),
    workshop(
      3,
      text('tiekartta', 'roadmap'),
      text(
        'Luomme tiekartan kiertotalouslaakson rakentamiseen vuodesta 2022.',
        'We create the roadmap for building the valley from 2022.',
      ),
      '2021-11-10T09:00',
      '2021-11-10T12:00',
      EventMode.HYBRID,
      'Helsinki',
      [
        {
          title: text('Tiekartta 2022–2025', 'Roadmap 2022–2025'),
          body: text(
            'Tiekartta: 2022 jatkohanke ja yhteistyöverkoston perustaminen, 2023 ' +
              'alueellinen kiertotalouden mittaristo ja pilotit rakentamisen materiaalivirroissa, ' +
              '2024–2025 Uusimaa kiertotalouden mallialueeksi.',
            'Roadmap: 2022 a follow-up project and the cooperation network, 2023 a regional ' +
              'circular-economy indicator set and pilots on construction material flows, ' +
              '2024–2025 Uusimaa as a model region of the circular economy.',
          ),
          links: [],
        },
      ],
    ),
  ];
}
