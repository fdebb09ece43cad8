import { DateTime } from 'luxon';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import type { AcademySeed } from '../academies/academies.service.js';
import { AcademyEnrolment, AcademyStatus } from '../academies/academy.enums.js';
import { TrackedActionStage } from '../follow-up/follow-up.enums.js';
import type { OrganisationSeed } from '../organisations/organisation-seed.service.js';
import { OrganisationType } from '../organisations/organisation.enums.js';
import { meetingSeriesSeeds } from '../programme/meeting-series-seed.js';
import { SeriesUnit } from '../programme/meeting-series.js';
import type { ProgrammePageSeed } from '../programme/programme.service.js';
import {
  EventAudience,
  EventKind,
  EventMode,
  EventStatus,
} from '../timeline/timeline-event.enums.js';
import type { TimelineEventSeed } from '../timeline/timeline.service.js';

/**
 * CircPro (Smart Circular Procurement, Interreg Europe) in Kymenlaakso, from seeds 000 (the
 * press release of 28.9.2018 calling for the regional stakeholder group) and 001 (the
 * project page: 11 partners, Kouvola Innovation as Lead Partner, 1.6.2018–31.5.2023). An OPEN
 * programme: anyone could join the stakeholder group by 5.11.2018. The members, the
 * meetings' exact days and the host cities are invented but realistic (the seeds give the
 * rhythm only); nobody here is a real person.
 */
export const CIRCPRO_SLUG = 'circpro-kymenlaakso';

const ZONE = 'Europe/Helsinki';
const local = (iso: string, zone = ZONE): Date => DateTime.fromISO(iso, { zone }).toJSDate();
const endOfLocalDay = (isoDate: string): Date =>
  DateTime.fromISO(isoDate, { zone: ZONE }).endOf('day').toJSDate();
const text = (fi: string, en: string | null = null, sv: string | null = null): LocalizedText => ({
  fi,
  sv,
  en,
});

/** "Ilmoittaudu mukaan 5.11.2018 mennessä": until the end of that day, Helsinki time. */
export const CIRCPRO_SIGN_UP_DEADLINE = endOfLocalDay('2018-11-05');

export function circProAcademy(): AcademySeed {
  return {
    slug: CIRCPRO_SLUG,
    theme: 'kiertotalous',
    title: text(
      'CircPro – Kymenlaakson kiertotaloushankintojen sidosryhmä',
      'CircPro – Kymenlaakso stakeholder group for circular procurement',
    ),
    description: text(
      'Kouvola Innovation Oy (Kinno) hallinnoi Interreg Europe -ohjelman rahoittamaa CircPro ' +
        '(Smart Circular Procurement) -hanketta, joka edistää kiertotaloutta tukevia julkisia ' +
        'hankintoja. Kymenlaakson alueellinen sidosryhmä – tilaajat, tuotteita ja palveluita ' +
        'tarjoavat yritykset, poliittiset päättäjät, koulutusorganisaatiot ja oppilaitokset – ' +
        'osallistuu alueellisen toimintasuunnitelman (Action Plan) laatimiseen, sen ' +
        'täytäntöönpanoon ja arviointiin. Sidosryhmä kokoontuu Kymenlaaksossa noin kaksi kertaa ' +
        'vuodessa, ja osa jäsenistä matkustaa Kinnon projektitiimin mukana ulkomaisiin ' +
        'hankekokouksiin.',
      'Kouvola Innovation Oy (Kinno) leads CircPro (Smart Circular Procurement), an Interreg ' +
        'Europe project that promotes public procurement supporting the circular economy. The ' +
        'Kymenlaakso regional stakeholder group – buyers, companies offering products and ' +
        'services, policy makers, educational organisations and institutions – takes part in ' +
        'drawing up the regional action plan, carrying it out and evaluating it. The group meets ' +
        'in Kymenlaakso about twice a year, and some members travel with the Kinno project team ' +
        'to the international project meetings.',
    ),
    timeZone: ZONE,
    // The press release of 28.9.2018 opened the call for members.
    applicationOpensAt: local('2018-09-28T00:00'),
    applicationDeadline: CIRCPRO_SIGN_UP_DEADLINE,
    // Unused for OPEN enrolment: set to the deadline, as the API guide says.
    consultationBookingDeadline: CIRCPRO_SIGN_UP_DEADLINE,
    selectionAnnouncementAt: CIRCPRO_SIGN_UP_DEADLINE,
    capacity: 100,
    confirmationDeadline: null,
    reserveResponseDays: 7,
    teamSizeLimit: 6,
    publicOutcomes: false,
    consultationChangeCutoffHours: 24,
    // The project ended 31.5.2023: its members are alumni, and ALUMNI is still public.
    status: AcademyStatus.ALUMNI,
    enrolment: AcademyEnrolment.OPEN,
    signUpTerms: text(
      'Osallistun Kymenlaakson sidosryhmätapaamisiin mahdollisuuksien mukaan ja jaan ' +
        'kokemuksiani kiertotaloushankinnoista alueellisen toimintasuunnitelman laatimiseksi.',
      'I take part in the Kymenlaakso stakeholder meetings when I can and share my experience ' +
        'of circular procurement for the regional action plan.',
    ),
  };
}

/** The Kinno project manager who ran the group (invented). */
export const CIRCPRO_PROJECT_MANAGER = {
  email: 'jenni.hakala@kinno.example',
  name: 'Jenni Hakala',
};

export interface CircProMember {
  organisation: OrganisationSeed;
  signer: { email: string; name: string };
  signedUpAt: string;
}

/** The members who signed up by 5.11.2018, one of each kind the call named (all invented). */
export const CIRCPRO_MEMBERS: CircProMember[] = [
  {
    organisation: {
      name: 'Kymijoen kunta',
      businessId: '0200101-5',
      type: OrganisationType.MUNICIPALITY,
      region: 'Kymenlaakso',
    },
    signer: { email: 'hankinnat@kymijoki.example', name: 'Tuula Rantanen' },
    signedUpAt: '2018-10-03T09:40',
  },
  {
    organisation: {
      name: 'Kymen Uusiomateriaali Oy',
      businessId: '0200102-3',
      type: OrganisationType.COMPANY,
      region: 'Kymenlaakso',
    },
    signer: { email: 'mikko.saarinen@kymenuusio.example', name: 'Mikko Saarinen' },
    signedUpAt: '2018-10-11T14:05',
  },
  {
    organisation: {
      name: 'Kymenrannan ammattiopisto',
      businessId: '0200105-8',
      type: OrganisationType.EDUCATIONAL_INSTITUTION,
      region: 'Kymenlaakso',
    },
    signer: { email: 'anna.lehtonen@kymenranta.example', name: 'Anna Lehtonen' },
    signedUpAt: '2018-10-24T11:20',
  },
  {
    organisation: {
      name: 'Kymenlaakson Kiertotalousyhdistys ry',
      businessId: null,
      associationRegisterNumber: '219874',
      type: OrganisationType.ASSOCIATION,
      region: 'Kymenlaakso',
    },
    signer: { email: 'puheenjohtaja@kiertoyhdistys.example', name: 'Pekka Nurmi' },
    signedUpAt: '2018-10-30T19:15',
  },
  {
    // A local decision-maker in her own name: no business ID.
    organisation: {
      name: 'Eeva Kuusela',
      businessId: null,
      type: OrganisationType.INDIVIDUAL,
      region: 'Kymenlaakso',
    },
    signer: { email: 'eeva.kuusela@posti.example', name: 'Eeva Kuusela' },
    // The last evening before the deadline.
    signedUpAt: '2018-11-05T21:30',
  },
];

export const CIRCPRO_MEMBER_SIGNED_UP_AT = (member: CircProMember): Date =>
  local(member.signedUpAt);

/** The kick-off 11.–13.9.2018 in Kouvola, where the partners arrived (seed 000). */
function kickoff(): TimelineEventSeed {
  return {
    kind: EventKind.KICKOFF,
    title: text('CircPro-hankkeen aloituspalaveri', 'CircPro kick-off meeting'),
    description: text(
      'Kinnon järjestämä aloituspalaveri: hankehallinnointi, hanketapaamisten ja tehtävien ' +
        'aikataulutus ja seuraavat askelmerkit. Hankekumppanit saapuivat Bulgariasta, ' +
        'Espanjasta, Italiasta, Kreikasta, Kroatiasta, Liettuasta, Norjasta, Portugalista ja ' +
        'Virosta.',
      'The kick-off meeting hosted by Kinno: project management, scheduling the meetings and ' +
        'tasks, and agreeing the next steps. The partners came from Bulgaria, Spain, Italy, ' +
        'Greece, Croatia, Lithuania, Norway, Portugal and Estonia.',
    ),
    startsAt: local('2018-09-11T09:00'),
    endsAt: local('2018-09-13T15:00'),
    mode: EventMode.IN_PERSON,
    place: 'Kouvola',
    onlineUrl: null,
    audience: EventAudience.COHORT,
    audienceOrganisationId: null,
    status: EventStatus.SCHEDULED,
    sequence: 0,
  };
}

export const CIRCPRO_REGIONAL_MEETING_TITLE = text(
  'Kymenlaakson sidosryhmätapaaminen',
  'Kymenlaakso stakeholder meeting',
);

/**
 * "At least five times between November 2018 and May 2021, about twice a year", the first
 * "in late November": six meetings every six months from 27.11.2018 at 13.00 local time. From
 * spring 2020 the group met remotely (the pandemic).
 */
export function circProRegionalMeetings(): TimelineEventSeed[] {
  return meetingSeriesSeeds(
    {
      firstStartsAt: local('2018-11-27T13:00'),
      firstEndsAt: local('2018-11-27T15:30'),
      every: 6,
      unit: SeriesUnit.MONTHS,
      count: 6,
      timeZone: ZONE,
    },
    {
      kind: EventKind.OTHER,
      title: CIRCPRO_REGIONAL_MEETING_TITLE,
      description: text(
        'Alueellinen sidosryhmätapaaminen: kiertotaloushankintojen kartoitus, hyvät käytännöt ' +
          'ja Kymenlaakson toimintasuunnitelma.',
        'Regional stakeholder meeting: the survey of circular procurement, good practices and ' +
          'the Kymenlaakso action plan.',
      ),
      mode: EventMode.IN_PERSON,
      place: 'Kouvola',
      numbered: true,
    },
  ).map((meeting) =>
    meeting.startsAt >= local('2020-03-15T00:00')
      ? { ...meeting, mode: EventMode.REMOTE, place: null }
      : meeting,
  );
}

export const CIRCPRO_INTERNATIONAL_MEETING_TITLE = 'Kansainvälinen hankekokous';

/**
 * The seven international project meetings 2019–2021, "about twice a year", hosted by the
 * partners (host cities chosen from the partners' regions); each at 9.00–16.00 local time of
 * the host city on the first day, ending the next afternoon.
 */
export const CIRCPRO_INTERNATIONAL_MEETINGS: Array<{
  cityFi: string;
  cityEn: string;
  countryFi: string;
  countryEn: string;
  zone: string;
  start: string;
  end: string;
}> = [
  {
    cityFi: 'Sofia',
    cityEn: 'Sofia',
    countryFi: 'Bulgaria',
    countryEn: 'Bulgaria',
    zone: 'Europe/Sofia',
    start: '2019-03-19T09:00',
    end: '2019-03-20T16:00',
  },
  {
    cityFi: 'Sevilla',
    cityEn: 'Seville',
    countryFi: 'Espanja',
    countryEn: 'Spain',
    zone: 'Europe/Madrid',
    start: '2019-06-11T09:00',
    end: '2019-06-12T16:00',
  },
  {
    cityFi: 'Torino',
    cityEn: 'Turin',
    countryFi: 'Italia',
    countryEn: 'Italy',
    zone: 'Europe/Rome',
    start: '2019-10-15T09:00',
    end: '2019-10-16T16:00',
  },
  {
    cityFi: 'Komotini',
    cityEn: 'Komotini',
    countryFi: 'Kreikka',
    countryEn: 'Greece',
    zone: 'Europe/Athens',
    start: '2020-02-11T09:00',
    end: '2020-02-12T16:00',
  },
  {
    cityFi: 'Vilna',
    cityEn: 'Vilnius',
    countryFi: 'Liettua',
    countryEn: 'Lithuania',
    zone: 'Europe/Vilnius',
    start: '2020-10-06T09:00',
    end: '2020-10-07T16:00',
  },
  {
    cityFi: 'Elverum',
    cityEn: 'Elverum',
    countryFi: 'Norja',
    countryEn: 'Norway',
    zone: 'Europe/Oslo',
    start: '2021-04-20T09:00',
    end: '2021-04-21T16:00',
  },
  {
    cityFi: 'Tallinna',
    cityEn: 'Tallinn',
    countryFi: 'Viro',
    countryEn: 'Estonia',
    zone: 'Europe/Tallinn',
    start: '2021-09-21T09:00',
    end: '2021-09-22T16:00',
  },
];

/** Travel places with the Kinno project team per international meeting. */
export const CIRCPRO_TRAVEL_PLACES = 3;
/** Registration for the travel places closed four weeks before each meeting. */
export const CIRCPRO_REGISTRATION_CLOSES_DAYS_BEFORE = 28;

export function circProInternationalMeetings(): TimelineEventSeed[] {
  return CIRCPRO_INTERNATIONAL_MEETINGS.map((meeting, index) => ({
    kind: EventKind.OTHER,
    title: text(
      `${CIRCPRO_INTERNATIONAL_MEETING_TITLE} ${index + 1}/7, ${meeting.cityFi}`,
      `International project meeting ${index + 1}/7, ${meeting.cityEn}`,
    ),
    description: text(
      `CircPro-kumppanien hankekokous (${meeting.countryFi}). Kinnon projektitiimin mukana ` +
        `matkustaa ${CIRCPRO_TRAVEL_PLACES} sidosryhmän jäsentä; ilmoittaudu matkalle.`,
      `CircPro partners' project meeting (${meeting.countryEn}). ${CIRCPRO_TRAVEL_PLACES} ` +
        'stakeholder group members travel with the Kinno project team; register for a place.',
    ),
    startsAt: local(meeting.start, meeting.zone),
    endsAt: local(meeting.end, meeting.zone),
    mode: EventMode.IN_PERSON,
    place: `${meeting.cityEn}, ${meeting.countryEn}`,
    onlineUrl: null,
    audience: EventAudience.COHORT,
    audienceOrganisationId: null,
    status: EventStatus.SCHEDULED,
    sequence: 0,
  }));
}

export function circProTimeline(): TimelineEventSeed[] {
  return [kickoff(), ...circProRegionalMeetings(), ...circProInternationalMeetings()];
}

const role = (fi: string, en: string): { fi: string; en: string } => ({ fi, en });

/** Seed 001: duration, the 11 partners in the order the page lists them, the funder. */
export function circProProgrammePage(): ProgrammePageSeed {
  const partner = (countryFi: string, countryEn: string): { fi: string; en: string } =>
    role(`Hankekumppani, ${countryFi}`, `Project partner, ${countryEn}`);
  return {
    startDate: '2018-06-01',
    endDate: '2023-05-31',
    fundingSources: [{ name: { fi: 'Interreg Europe (EAKR)', en: 'Interreg Europe (ERDF)' } }],
    partners: [
      {
        name: 'Kouvola Innovation Oy (Kinno)',
        role: role('Hallinnoija (Lead Partner)', 'Lead Partner'),
        url: 'https://www.kinno.fi',
      },
      { name: 'Bulgarian Association of Recycling', role: partner('Bulgaria', 'Bulgaria') },
      {
        name: 'Ministry of Environment and Spatial Planning, Regional Government of Andalusia',
        role: partner('Espanja', 'Spain'),
      },
      { name: 'Piemonte Region', role: partner('Italia', 'Italy') },
      { name: 'University of Turin', role: partner('Italia', 'Italy') },
      { name: 'Region of East Macedonia and Thrace', role: partner('Kreikka', 'Greece') },
      { name: 'Development Agency IGRA', role: partner('Kroatia', 'Croatia') },
      { name: 'Lithuanian Innovation Centre', role: partner('Liettua', 'Lithuania') },
      { name: 'Municipality of Elverum', role: partner('Norja', 'Norway') },
      {
        name: 'Alentejo Coordination and Regional Development Commission',
        role: partner('Portugali', 'Portugal'),
      },
      { name: 'Stockholm Environment Institute Tallinn Centre', role: partner('Viro', 'Estonia') },
    ],
  };
}

/** The Kymenlaakso regional action plan (seed 001: RIS3, municipal procurement). */
export function circProActionPlan(): Array<{
  title: LocalizedText;
  description: LocalizedText;
  createdAt: Date;
  stages: Array<{ stage: TrackedActionStage; at: Date }>;
  tasks: Array<{ title: string; dueDate: string; done: Date | null }>;
}> {
  return [
    {
      title: text(
        'Kiertotaloushankinnat osaksi Kymenlaakson älykkään erikoistumisen strategiaa (RIS3)',
        'Circular procurement into the Kymenlaakso smart specialisation strategy (RIS3)',
      ),
      description: text(
        'Kiertotaloushankinnat kirjataan Kymenlaakson RIS3-strategian painopisteisiin, jotta ' +
          'ne vakiintuvat osaksi alueellisia strategisia tavoitteita.',
        'Circular procurement is written into the priorities of the Kymenlaakso RIS3 strategy ' +
          'so that it becomes part of the regional strategic goals.',
      ),
      createdAt: local('2019-06-20T10:00'),
      stages: [
        { stage: TrackedActionStage.PLANNING, at: local('2019-06-20T10:00') },
        { stage: TrackedActionStage.IMPLEMENTATION, at: local('2020-01-15T10:00') },
        { stage: TrackedActionStage.DONE, at: local('2021-05-27T16:00') },
      ],
      tasks: [
        {
          title: 'Ehdotus RIS3-päivitykseen Kymenlaakson liitolle',
          dueDate: '2020-06-30',
          done: local('2020-06-16T12:00'),
        },
      ],
    },
    {
      title: text(
        'Kiertotalouskriteerit kuntien hankintaohjeisiin',
        'Circular criteria in the municipalities’ procurement guidance',
      ),
      description: text(
        'Kymenlaakson kunnat lisäävät hankintaohjeisiinsa kiertotalouskriteerit ja ' +
          'markkinavuoropuhelun tuottajien kanssa jo hankinnan suunnitteluvaiheessa.',
        'The Kymenlaakso municipalities add circular criteria and market dialogue with ' +
          'producers at the planning stage to their procurement guidance.',
      ),
      createdAt: local('2019-11-27T16:00'),
      stages: [
        { stage: TrackedActionStage.PLANNING, at: local('2019-11-27T16:00') },
        { stage: TrackedActionStage.IMPLEMENTATION, at: local('2021-03-01T09:00') },
      ],
      tasks: [
        {
          title: 'Mallikriteerit kuntien hankintaohjeisiin',
          dueDate: '2021-12-31',
          done: null,
        },
      ],
    },
  ];
}
