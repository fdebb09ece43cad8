import { DateTime } from 'luxon';
import type { TimelineEventSeed as EventSeed } from '../timeline/timeline.service.js';
import {
  EventAudience,
  EventKind,
  EventMode,
  EventStatus,
} from '../timeline/timeline-event.enums.js';

const ZONE = 'Europe/Helsinki';
const at = (iso: string): Date => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
const TEAMS = 'https://teams.microsoft.com/l/meetup-join/akatemia-demo';

function event(
  kind: EventKind,
  title: [string, string, string],
  description: [string, string, string],
  start: string,
  end: string,
  mode: EventMode,
  place: string | null,
  audience: EventAudience = EventAudience.COHORT,
): EventSeed {
  return {
    kind,
    title: { fi: title[0], sv: title[1], en: title[2] },
    description: { fi: description[0], sv: description[1], en: description[2] },
    startsAt: at(start),
    endsAt: at(end),
    mode,
    place,
    onlineUrl: mode === EventMode.IN_PERSON ? null : TEAMS,
    audience,
    audienceOrganisationId: null,
    status: EventStatus.SCHEDULED,
    sequence: 0,
  };
}

/** The 2023 academy's timeline as it was published. */
export function referenceTimeline2023(): EventSeed[] {
  return [
    event(
      EventKind.KICKOFF,
      [
        'Kiertotalousakatemian käynnistystilaisuus',
        'Startevenemang för akademin',
        'Academy kick-off',
      ],
      [
        'Akatemian aloitus, tavoitteet ja pilottihankintojen esittely.',
        'Akademins start, mål och presentation av pilotupphandlingarna.',
        'Start of the academy, goals and the pilot procurements.',
      ],
      '2023-09-12T10:00',
      '2023-09-12T16:00',
      EventMode.IN_PERSON,
      'Helsinki',
    ),
    event(
      EventKind.WORKSHOP,
      ['Työpaja 1', 'Workshop 1', 'Workshop 1'],
      [
        'Etätilaisuus, jossa luentoja ja pienryhmäkeskusteluja.',
        'Distansevenemang med föreläsningar och gruppdiskussioner.',
        'Remote session with talks and small-group discussions.',
      ],
      '2023-10-10T09:00',
      '2023-10-10T11:30',
      EventMode.REMOTE,
      null,
    ),
    event(
      EventKind.WORKSHOP,
      ['Työpaja 2', 'Workshop 2', 'Workshop 2'],
      [
        'Etätilaisuus, jossa luentoja ja pienryhmäkeskusteluja.',
        'Distansevenemang med föreläsningar och gruppdiskussioner.',
        'Remote session with talks and small-group discussions.',
      ],
      '2023-11-22T09:00',
      '2023-11-22T11:30',
      EventMode.REMOTE,
      null,
    ),
    event(
      EventKind.SPARRING,
      [
        'Organisaatiokohtaiset sparraukset',
        'Organisationsvis sparring',
        'Per-organisation sparring period',
      ],
      [
        'Marras–tammikuussa kunkin organisaation oma sparraus pilottihankinnasta; ajat sovitaan erikseen.',
        'November–januari: varje organisations egen sparring; tiderna avtalas separat.',
        "November to January: each organisation's own sparring on its pilot; times agreed separately.",
      ],
      '2023-11-23T00:00',
      '2024-02-01T00:00',
      EventMode.REMOTE,
      null,
    ),
    event(
      EventKind.CLOSING,
      [
        'Kiertotalousakatemian päätöstilaisuus',
        'Avslutningsevenemang för akademin',
        'Academy closing event',
      ],
      [
        'Pilottien tulokset ja opit.',
        'Pilotprojektens resultat och lärdomar.',
        'Results and lessons of the pilots.',
      ],
      '2024-02-01T10:00',
      '2024-02-01T16:00',
      EventMode.IN_PERSON,
      'Helsinki',
    ),
    event(
      EventKind.ALUMNI_MEETING,
      ['Alumnitapaaminen', 'Alumnimöte', 'Alumni meeting'],
      [
        'Yhteinen alumnitapaaminen: mitä pilotteille kuuluu vuoden jälkeen?',
        'Gemensamt alumnimöte: hur går det för pilotprojekten efter ett år?',
        'Joint alumni meeting: how are the pilots doing a year on?',
      ],
      '2024-10-15T13:00',
      '2024-10-15T15:30',
      EventMode.HYBRID,
      'Helsinki',
      EventAudience.ALUMNI,
    ),
  ];
}

/** A plausible timeline for the next edition, placed after its selection. */
export function nextEditionTimeline(selectionAnnouncementAt: Date): EventSeed[] {
  const selection = DateTime.fromJSDate(selectionAnnouncementAt, { zone: ZONE });
  const day = (weeks: number, time: string): string =>
    `${selection.plus({ weeks }).startOf('week').plus({ days: 1 }).toISODate()}T${time}`;
  return [
    event(
      EventKind.KICKOFF,
      ['Käynnistystilaisuus', 'Startevenemang', 'Kick-off'],
      ['Akatemian aloitus.', 'Akademins start.', 'Start of the academy.'],
      day(10, '10:00'),
      day(10, '16:00'),
      EventMode.IN_PERSON,
      'Helsinki',
    ),
    event(
      EventKind.WORKSHOP,
      ['Työpaja 1', 'Workshop 1', 'Workshop 1'],
      [
        'Markkinavuoropuhelu ja elinkaari.',
        'Marknadsdialog och livscykel.',
        'Market dialogue and life cycle.',
      ],
      day(14, '09:00'),
      day(14, '11:30'),
      EventMode.REMOTE,
      null,
    ),
    event(
      EventKind.WORKSHOP,
      ['Työpaja 2', 'Workshop 2', 'Workshop 2'],
      [
        'Hankintakriteerit ja sopimusehdot.',
        'Upphandlingskriterier och avtalsvillkor.',
        'Procurement criteria and contract terms.',
      ],
      day(20, '09:00'),
      day(20, '11:30'),
      EventMode.REMOTE,
      null,
    ),
    event(
      EventKind.CLOSING,
      ['Päätöstilaisuus', 'Avslutningsevenemang', 'Closing event'],
      ['Tulokset ja opit.', 'Resultat och lärdomar.', 'Results and lessons.'],
      day(32, '10:00'),
      day(32, '16:00'),
      EventMode.IN_PERSON,
      'Helsinki',
    ),
  ];
}
