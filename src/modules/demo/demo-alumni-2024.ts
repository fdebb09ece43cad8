/**
 * The 2023 cohort a year on (seed 003: "during 2024 a joint alumni meeting and a
 * per-organisation follow-up meeting"): the alumni meeting's registration and attendance, the
 * outcome reports due before the follow-up meetings, and the FOLLOW_UP round with one held
 * meeting per organisation, a year after its sparring. People are `<key>:<position>` (0 the
 * responsible person, 1–3 the team's experts); times are Helsinki local.
 */

/** The joint alumni meeting (the timeline's ALUMNI_MEETING on 15.10.2024): hybrid, in Helsinki. */
export const ALUMNI_MEETING_2024 = {
  capacity: 40,
  openedAt: '2024-09-02T09:00',
  closesAt: '2024-10-08T23:59',
  /** Team people who did not register (the rest did, responsible persons first). */
  notRegistered: ['harjula:3', 'rantakyla:2', 'kymijoki:3', 'metsala:2'],
  /** Registered but did not come. */
  absent: ['jarvela:2', 'pohjanranta:3'],
};

/** Reports are due a few days before the first follow-up meeting. */
export const OUTCOME_REPORT_DUE_ON_2024 = '2024-11-08';

export interface OutcomeReportEntry {
  key: string;
  procured: string;
  lessons: string;
  permissionToPublish: boolean;
  /** When the responsible person last saved it; submitted then unless `draft`. */
  on: string;
  draft?: true;
}

/**
 * Each report as its responsible person left it by the deadline. Measures, criterion texts
 * and final values come from the pilot's follow-up (measures APPLIED, the latest measurement
 * on or before the day). Permission to publish where the team published its pilot on the
 * results page; Kymijoki waits for phase 2; Metsälä's tender is not out, so its report stayed a
 * draft.
 */
export const OUTCOME_REPORTS_2024: OutcomeReportEntry[] = [
  {
    key: 'kuusiniemi',
    procured:
      'Koivulan koulun peruskorjauksen purku- ja rakennusurakka (KVR). Urakkaan sisältyy purkumateriaalien lajittelu ja toimitus uudelleenkäyttöön tai kierrätykseen sekä pihatöiden kiviainekset.',
    lessons:
      'Markkinavuoropuhelu ennen tarjouspyyntöä kannatti: hyödyntämisasteen vähimmäisvaatimus oli urakoitsijoille tuttu ja todennettavissa punnitustositteilla. Purkukatselmus kannattaa tilata uudelleenkäytön määräarvioineen heti alussa. Pihatöiden kiviaineksen osuus mitataan keväällä 2025.',
    permissionToPublish: true,
    on: '2024-11-06T15:20',
  },
  {
    key: 'jarvela',
    procured:
      'Päiväkoti Tuulikellon suunnittelu (arkkitehti- ja rakennesuunnittelu) vähähiilisyysselvityksineen ja rakennusurakka, joka on käynnissä.',
    lessons:
      'Hiilijalanjäljen raja-arvo toimi, kun laskentamenetelmä ja lähtötiedot kiinnitettiin jo suunnittelun tarjouspyynnössä. Toteutussuunnitelman arvo on vielä tavoitteen yläpuolella; ero kurotaan betonilaatujen ja julkisivun materiaalivalinnoilla.',
    permissionToPublish: true,
    on: '2024-10-30T10:45',
  },
  {
    key: 'pohjanranta',
    procured:
      'Ammattiopiston vanhan konepajan purkuurakka, jossa materiaalit lajiteltiin työmaalla ja teräsrakenteet toimitettiin oppilaitoksen harjoitustöihin ja uusiokäyttöön.',
    lessons:
      'Opiskelijoiden tekemä inventointi antoi urakoitsijoille luotettavat määrät, ja uusiokäyttöosuuden seuranta kuukausittain piti tavoitteen näkyvissä. Tavoitteet ylittyivät: teräsrakenteita toimitettiin uusiokäyttöön enemmän kuin arvioitiin.',
    permissionToPublish: true,
    on: '2024-10-21T09:30',
  },
  {
    key: 'harjula',
    procured:
      'Seurakuntakeskuksen peruskorjauksen suunnittelijan valinta, vertailuperusteena korjausrakentamisen ja uudelleenkäytön referenssit; suunnittelu on käynnissä.',
    lessons:
      'Kalusteiden ja ovien inventointi ennen suunnittelun alkua teki uudelleenkäytöstä suunnittelun lähtötiedon eikä lisätyötä. Suojelukohteessa museoviranomaisen kanssa kannattaa sopia kunnostettavista osista varhain.',
    permissionToPublish: true,
    on: '2024-11-04T13:10',
  },
  {
    key: 'rantakyla',
    procured:
      'Liikuntahallin laajennuksen rakennusurakka; tarjouspyynnössä sallittiin kierrätetty kiviaines pohjarakenteissa ja sen osuus pisteytettiin, lisäksi vaadittiin työmaan jätesuunnitelma.',
    lessons:
      'Kierrätetyn kiviaineksen pisteyttäminen toi kaksi tarjoajaa, jotka käyttävät sitä laajasti. Saatavuus kannattaa varmistaa alueen toimijoilta ennen tarjouspyyntöä. Hiilijalanjälki lasketaan uudelleen toteutuksen jälkeen.',
    permissionToPublish: true,
    on: '2024-11-07T16:00',
  },
  {
    key: 'kymijoki',
    procured:
      'Virastotalon toimistokerrosten muutostyön ensimmäinen vaihe: urakkaan sisältyy väliseinien, alakattojen ja kalusteiden talteenotto ja käyttö uusissa tiloissa.',
    lessons:
      'Uudelleenkäyttösuunnitelman vaatiminen tarjoajilta toimi, mutta vuokralaisten muuttoaikataulu siirsi urakan alkua ja pakotti suunnittelemaan vaiheistuksen uudelleen. Julkaisemme tulokset, kun toinen vaihe on valmis.',
    permissionToPublish: false,
    on: '2024-11-08T11:30',
  },
  {
    key: 'metsala',
    procured:
      'Kirjaston peruskorjauksen urakka; tarjouspyyntö on vielä luonnos, kriteerit laaditaan yhdessä naapurikunnan kanssa.',
    lessons: '',
    permissionToPublish: false,
    on: '2024-11-05T14:00',
    draft: true,
  },
];

export const FOLLOW_UP_ROUND_2024 = {
  title: {
    fi: 'Seurantatapaamiset 2024',
    sv: 'Uppföljningsmöten 2024',
    en: 'Follow-up meetings 2024',
  },
  opens: '2024-10-01T00:00',
  closes: '2024-12-20T23:59',
};

export interface FollowUpMeetingEntry {
  key: string;
  start: string;
  /** Index into DEMO_EXPERTS: the organisation's sparring expert. */
  expert: number;
  summary: string;
}

/** One held follow-up meeting per alumni organisation, a year on from its sparring (60 min). */
export const FOLLOW_UP_MEETINGS_2024: FollowUpMeetingEntry[] = [
  {
    key: 'kuusiniemi',
    start: '2024-11-12T09:00',
    expert: 0,
    summary:
      'Purkuvaihe on lähes valmis ja hyödyntämisaste (74 %) ylittää 70 %:n vähimmäisvaatimuksen. Seuraavaksi seurataan pihatöiden kierrätetyn kiviaineksen osuutta keväällä 2025. Elinkaarilaskentaa kokeillaan seuraavassa hankkeessa.',
  },
  {
    key: 'jarvela',
    start: '2024-11-19T13:00',
    expert: 1,
    summary:
      'Toteutussuunnitelman hiilijalanjälki on 1 240 t CO₂e, tavoite 1 150 t. Kävimme läpi betonilaatujen ja julkisivumateriaalien vaihtoehdot, joilla ero voidaan kuroa umpeen. Toteuma lasketaan käyttöönoton jälkeen.',
  },
  {
    key: 'pohjanranta',
    start: '2024-11-27T10:00',
    expert: 2,
    summary:
      'Pilotti on valmis ja molemmat tavoitteet ylittyivät. Sovittiin, että oppilaitos jakaa inventointimallinsa alumniverkostolle ja että kokemuksia hyödynnetään seuraavan vuosikerran työpajassa.',
  },
  {
    key: 'harjula',
    start: '2024-12-03T14:00',
    expert: 0,
    summary:
      'Suunnittelu etenee; uudelleenkäyttöön suunniteltujen kalusteiden ja ovien osuus on noin neljännes ja kasvaa, kun inventointi valmistuu. Urakan tarjouspyyntöön siirretään suunnittelun uudelleenkäyttövaatimukset.',
  },
  {
    key: 'rantakyla',
    start: '2024-12-10T09:00',
    expert: 1,
    summary:
      'Pohjarakenteiden työt ovat käynnissä ja kierrätetyn kiviaineksen osuus nousee tavoitetta kohti. Jätesuunnitelma on käytössä työmaalla. Hiilijalanjäljen toteuma lasketaan laajennuksen valmistuttua.',
  },
  {
    key: 'kymijoki',
    start: '2024-12-12T10:00',
    expert: 2,
    summary:
      'Ensimmäinen vaihe on käynnissä uuden aikataulun mukaan; talteenotettujen väliseinien ja kalusteiden osuus on noin kolmannes. Toisen vaiheen tarjouspyyntöön lisätään samat vaatimukset, ja tulokset julkaistaan sen jälkeen.',
  },
  {
    key: 'metsala',
    start: '2024-12-17T13:00',
    expert: 0,
    summary:
      'Tarjouspyyntö on viivästynyt resurssipulan vuoksi; kriteeriluonnoksessa on kolme neljästä tavoitellusta kiertotalouskriteeristä. Sovittiin, että mallitekstit viimeistellään naapurikunnan kanssa ja tarjouspyyntö julkaistaan keväällä.',
  },
];
