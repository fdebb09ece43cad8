import type { LocalizedText } from '../../common/i18n/localized-text.js';

// The 2023 academy's programme as it ran (issue 14): what the organisers published on the
// kick-off and the two remote workshops, the assignments and who did them, the outcomes
// recorded in the spirit of the regional pre-study's three workshops (a vision and mission,
// the problems to solve, a roadmap), attendance and the closing event's registration. The
// organisations and people are the demo's fictional cohort; the themes are the seed's own
// catalogue of measures (market analysis, market dialogue, life cycle, procurement criteria,
// contract terms, metrics and monitoring). Materials are Finnish with Swedish titles and
// summaries as a Finnish public organiser publishes them; outcomes, which the academy makes
// public, also in English.

const text = (fi: string, sv: string | null = null, en: string | null = null): LocalizedText => ({
  fi,
  sv,
  en,
});

const DOCUMENTS = 'https://akatemia.example/kiertotalous-2023';

/** Team people by position on the application: responsible person, then the three experts. */
export enum TeamPosition {
  RESPONSIBLE = 0,
  PROCUREMENT = 1,
  ENVIRONMENT = 2,
  SECTOR = 3,
}

export interface CompletionEntry {
  /** The organisation's key in DEMO_APPLICANTS_2023. */
  key: string;
  answer: string | null;
  link: string | null;
  /** Who of the team marked it done. */
  by: TeamPosition;
  /** Local date-time (Europe/Helsinki). */
  on: string;
}

export interface AssignmentEntry {
  title: LocalizedText;
  instructions: LocalizedText;
  due: string;
  completions: CompletionEntry[];
}

export interface WorkshopEntry {
  materials: Array<{ title: LocalizedText; body?: LocalizedText; url: string | null }>;
  assignments: AssignmentEntry[];
  outcomes: Array<{ title: LocalizedText; body: LocalizedText; links: string[] }>;
}

const { RESPONSIBLE, PROCUREMENT, ENVIRONMENT } = TeamPosition;

/** The kick-off, 12.9.2023 in Helsinki: programme, goals and the pilots; a shared vision. */
export const KICKOFF_2023: WorkshopEntry = {
  materials: [
    {
      title: text(
        'Akatemian ohjelma ja aikataulu',
        'Akademins program och tidtabell',
        "The academy's programme and schedule",
      ),
      body: text(
        'Käynnistystilaisuus 12.9.2023 Helsingissä, työpaja 1 10.10.2023 ja työpaja 2 22.11.2023 ' +
          'Teamsissa (luentoja ja pienryhmäkeskusteluja), organisaatiokohtaiset sparraukset ' +
          'marras–tammikuussa ja päätöstilaisuus 1.2.2024 Helsingissä. Vuoden 2024 aikana yhteinen ' +
          'alumnitapaaminen ja organisaatiokohtainen seurantatapaaminen.',
        'Startevenemang 12.9.2023 i Helsingfors, workshop 1 den 10.10.2023 och workshop 2 den ' +
          '22.11.2023 i Teams, organisationsvis sparring i november–januari och avslutningsevenemang ' +
          '1.2.2024 i Helsingfors. Under 2024 ett gemensamt alumnimöte och ett uppföljningsmöte per ' +
          'organisation.',
      ),
      url: null,
    },
    {
      title: text(
        'Käynnistystilaisuuden esitykset',
        'Presentationerna från startevenemanget',
        'Kick-off slides',
      ),
      body: text(
        'Akatemian tavoitteet, kiertotalous rakentamisen hankinnoissa ja osallistujien ' +
          'pilottihankintojen esittelyt.',
        'Akademins mål, cirkulär ekonomi i byggupphandlingar och deltagarnas pilotupphandlingar.',
      ),
      url: `${DOCUMENTS}/kaynnistystilaisuus-esitykset.pdf`,
    },
    {
      title: text(
        'Kiertotalouden keinot rakentamisen hankinnoissa',
        'Cirkulära åtgärder i byggupphandlingar',
        'Circular measures in construction procurement',
      ),
      body: text(
        'Akatemian työkalut, joita sovellamme kukin omaan pilottiin: markkina-analyysi, ' +
          'markkinavuoropuhelu, hankinnan elinkaaren huomioiminen, hankintakriteerit, ' +
          'hankintasopimukset sekä mittarit ja seuranta.',
        'Akademins verktyg som var och en tillämpar på sin pilot: marknadsanalys, marknadsdialog, ' +
          'livscykelperspektiv, upphandlingskriterier, upphandlingskontrakt samt mätare och uppföljning.',
      ),
      url: null,
    },
  ],
  assignments: [
    {
      title: text(
        'Kuvaa pilottihankintasi lähtötilanne',
        'Beskriv utgångsläget för er pilotupphandling',
        "Describe your pilot procurement's starting point",
      ),
      instructions: text(
        'Kuvaa lyhyesti pilottihankintasi kohde, aikataulu ja tiimi sekä ne kiertotalouden keinot, ' +
          'joihin haluatte keskittyä. Käymme kuvaukset läpi työpajassa 1.',
        'Beskriv kort pilotupphandlingens föremål, tidtabell och team samt de cirkulära åtgärder ni ' +
          'vill fokusera på. Vi går igenom beskrivningarna i workshop 1.',
      ),
      due: '2023-10-06T16:00',
      completions: [
        {
          key: 'kuusiniemi',
          answer:
            'Koivulan koulun peruskorjaus, kilpailutus lokakuussa. Purkukartoitus tehty; keskitymme ' +
            'väliseinien ja kalusteiden uudelleenkäyttöön ja kierrätyskiviainekseen pihatöissä.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-09-28T14:20',
        },
        {
          key: 'jarvela',
          answer:
            'Päiväkoti Tuulikello, puurakenteinen uudisrakennus. Tavoitteena hiilijalanjäljen ' +
            'raja-arvo ja uusiokäytettävät rakennusosat; tarvitsemme tukea kriteerin muotoiluun.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-10-04T09:10',
        },
        {
          key: 'pohjanranta',
          answer:
            'Konepajan purku tammikuussa 2024. Materiaalit uusiokäyttöön; opiskelijat mukana ' +
            'purkukartoituksessa.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-10-05T15:45',
        },
        {
          key: 'harjula',
          answer:
            'Seurakuntakeskuksen peruskorjauksen suunnitteluhankinta: suunnittelijalta ' +
            'uudelleenkäyttösuunnitelma purettavista osista.',
          link: null,
          by: PROCUREMENT,
          on: '2023-09-29T11:00',
        },
        {
          key: 'rantakyla',
          answer:
            'Liikuntahallin laajennus, kilpailutus alkuvuodesta 2024. Purkupuu, kierrätysteräs ja ' +
            'elinkaarikustannusten vertailu.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-10-02T13:30',
        },
        {
          key: 'kymijoki',
          answer:
            'Virastotalon toimistokerrosten muutostyö: kalusteet ja väliseinäelementit uusiokäyttönä.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-10-06T10:05',
        },
        {
          key: 'metsala',
          answer:
            'Kirjaston peruskorjaus: hyllyt ja lasiseinät kunnostetaan, purkumateriaalit lajitellaan.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-10-06T15:50',
        },
      ],
    },
  ],
  outcomes: [
    {
      title: text('Visio ja missio', 'Vision och mission', 'Vision and mission'),
      body: text(
        'Visio: rakentamisen hankinnoissamme kiertotalous on oletus, ei poikkeus. Missio: jokainen ' +
          'akatemian organisaatio vie omassa pilottihankinnassaan kiertotalouden keinoja ' +
          'käytäntöön, mittaa tuloksia ja jakaa opit ryhmälle ja omalle organisaatiolleen.',
        'Vision: i våra byggupphandlingar är cirkulär ekonomi regel, inte undantag. Mission: varje ' +
          'organisation i akademin omsätter cirkulära åtgärder i sin egen pilotupphandling, mäter ' +
          'resultaten och delar lärdomarna med gruppen och den egna organisationen.',
        'Vision: in our construction procurement, circularity is the default, not the exception. ' +
          'Mission: each organisation in the academy puts circular measures into practice in its ' +
          'own pilot procurement, measures the results and shares the lessons with the group and ' +
          'its own organisation.',
      ),
      links: [`${DOCUMENTS}/kaynnistystilaisuus-esitykset.pdf`],
    },
  ],
};

/** Workshop 1, 10.10.2023 on Teams: market analysis, market dialogue, life cycle. */
export const WORKSHOP1_2023: WorkshopEntry = {
  materials: [
    {
      title: text('Työpaja 1: esitykset', 'Workshop 1: presentationer', 'Workshop 1: slides'),
      body: text(
        'Markkina-analyysi ja markkinavuoropuhelu kiertotaloushankinnoissa; hankinnan elinkaaren ' +
          'huomioiminen valmistelussa.',
        'Marknadsanalys och marknadsdialog i cirkulära upphandlingar; livscykelperspektiv i ' +
          'beredningen.',
      ),
      url: `${DOCUMENTS}/tyopaja-1-esitykset.pdf`,
    },
    {
      title: text(
        'Pienryhmäkeskustelujen kysymykset',
        'Frågor för gruppdiskussionerna',
        'Questions for the small-group discussions',
      ),
      body: text(
        '1. Mitä tiedätte pilottinne markkinoista: onko tarjolla uusiokäyttöisiä rakennusosia, ' +
          'kierrätysmateriaaleja tai purku- ja lajittelupalveluja? 2. Keitä kannattaa kutsua ' +
          'markkinavuoropuheluun ja missä vaiheessa? 3. Missä hankinnan vaiheessa elinkaarikustannukset ' +
          'ja hiilijalanjälki ratkaistaan?',
        '1. Vad vet ni om marknaden för er pilot: finns det återbrukade byggdelar, återvunna material ' +
          'eller rivnings- och sorteringstjänster? 2. Vilka bör bjudas in till marknadsdialog och när? ' +
          '3. I vilket skede av upphandlingen avgörs livscykelkostnader och koldioxidavtryck?',
      ),
      url: null,
    },
    {
      title: text('Luentojen tallenne', 'Inspelning av föreläsningarna', 'Recording of the talks'),
      body: text('Pienryhmäkeskusteluja ei tallennettu.', 'Gruppdiskussionerna spelades inte in.'),
      url: `${DOCUMENTS}/tyopaja-1-tallenne`,
    },
  ],
  assignments: [
    {
      title: text(
        'Tuo pilottisi markkina-analyysi työpajaan 2',
        'Ta med pilotens marknadsanalys till workshop 2',
        "Bring your pilot's market analysis to workshop 2",
      ),
      instructions: text(
        'Selvitä, mitä markkinoilla on tarjolla pilottisi kiertotalouden keinoihin (esimerkiksi ' +
          'uusiokäyttöiset rakennusosat, kierrätysmateriaalit, purku- ja lajittelupalvelut) ja ketkä ' +
          'toimittajat kannattaa kutsua markkinavuoropuheluun. Lisää tiivistelmä tai linkki ennen ' +
          'työpajaa 2.',
        'Ta reda på vad marknaden erbjuder för pilotens cirkulära åtgärder (till exempel återbrukade ' +
          'byggdelar, återvunna material, rivnings- och sorteringstjänster) och vilka leverantörer som ' +
          'bör bjudas in till marknadsdialog. Lägg till en sammanfattning eller länk före workshop 2.',
      ),
      due: '2023-11-20T16:00',
      // Metsälä has not done it: the expert view shows the gap.
      completions: [
        {
          key: 'kuusiniemi',
          answer:
            'Alueella kolme purku-urakoitsijaa, joilla valmius rakennusosien talteenottoon; ' +
            'kierrätyskiviaineksen saatavuus hyvä. Markkinavuoropuhelu 14.11.',
          link: 'https://kuusiniemi.example/hankinnat/koivulan-koulu-markkina-analyysi.pdf',
          by: PROCUREMENT,
          on: '2023-11-13T10:30',
        },
        {
          key: 'jarvela',
          answer:
            'Puuelementtitoimittajat pystyvät antamaan rakennusosakohtaiset hiilijalanjälkitiedot; ' +
            'uusiokäyttöisten osien tarjonta vähäistä.',
          link: null,
          by: PROCUREMENT,
          on: '2023-11-17T14:00',
        },
        {
          key: 'pohjanranta',
          answer: null,
          link: 'https://pohjanranta.example/konepaja/markkinakartoitus',
          by: ENVIRONMENT,
          on: '2023-11-20T09:15',
        },
        {
          key: 'harjula',
          answer:
            'Suunnittelutoimistoista neljällä on kokemusta uudelleenkäyttösuunnitelmista; ' +
            'kysyimme referenssit.',
          link: null,
          by: PROCUREMENT,
          on: '2023-11-16T12:40',
        },
        {
          key: 'rantakyla',
          answer:
            'Kierrätysteräksen saatavuus varmistettava aikaisin; purkupuuta tarjolla alueella.',
          link: 'https://rantakyla.example/liikuntahalli/markkina-analyysi.pdf',
          by: RESPONSIBLE,
          on: '2023-11-20T15:30',
        },
        {
          key: 'kymijoki',
          answer:
            'Uusiokalustemarkkina kartoitettu: kaksi valtakunnallista ja yksi paikallinen toimija; ' +
            'väliseinäelementeille ei vielä toimittajaa.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-11-10T08:50',
        },
      ],
    },
  ],
  outcomes: [
    {
      title: text('Ratkaistavat ongelmat', 'Problem att lösa', 'Problems to solve'),
      body: text(
        '1. Uusiokäyttöisten rakennusosien ja kalusteiden markkina tunnetaan huonosti hankintaa ' +
          'valmisteltaessa. 2. Purkukartoitus valmistuu usein liian myöhään, jotta sitä voisi käyttää ' +
          'hankinta-asiakirjoissa. 3. Hiilijalanjäljen ja uusiokäytön vaatimuksille puuttuu yhteinen, ' +
          'todennettava muotoilu. 4. Kierrätysmateriaalien laatu ja vastuut on sovittava sopimuksessa. ' +
          '5. Seuranta: mitä mitataan ja kuka tiedot toimittaa?',
        '1. Marknaden för återbrukade byggdelar och möbler är dåligt känd när upphandlingen bereds. ' +
          '2. Inventeringen före rivning blir ofta klar för sent för att användas i ' +
          'upphandlingsdokumenten. 3. Krav på koldioxidavtryck och återbruk saknar en gemensam, ' +
          'verifierbar formulering. 4. Kvalitet och ansvar för återvunna material måste avtalas. ' +
          '5. Uppföljning: vad mäts och vem levererar uppgifterna?',
        '1. The market for reused building parts and furniture is little known when procurement is ' +
          'prepared. 2. The pre-demolition audit is often finished too late to be used in the ' +
          'tender documents. 3. Requirements for carbon footprint and reuse lack a shared, ' +
          'verifiable wording. 4. The quality of and responsibility for recycled materials must be ' +
          'agreed in the contract. 5. Monitoring: what is measured and who delivers the data?',
      ),
      links: [`${DOCUMENTS}/tyopaja-1-esitykset.pdf`],
    },
  ],
};

/** Workshop 2, 22.11.2023 on Teams: procurement criteria, contract terms, metrics. */
export const WORKSHOP2_2023: WorkshopEntry = {
  materials: [
    {
      title: text('Työpaja 2: esitykset', 'Workshop 2: presentationer', 'Workshop 2: slides'),
      body: text(
        'Kiertotaloutta edistävät hankintakriteerit, sopimusehdot sekä mittarit ja seuranta.',
        'Upphandlingskriterier som främjar cirkulär ekonomi, avtalsvillkor samt mätare och uppföljning.',
      ),
      url: `${DOCUMENTS}/tyopaja-2-esitykset.pdf`,
    },
    {
      title: text(
        'Esimerkkejä kriteereistä ja sopimusehdoista',
        'Exempel på kriterier och avtalsvillkor',
        'Example criteria and contract terms',
      ),
      body: text(
        'Vähimmäisvaatimus: urakoitsija laatii purkumateriaalien lajittelu- ja hyödyntämissuunnitelman. ' +
          'Vertailuperuste: uusiokäytettävien rakennusosien osuus. Sopimusehto: toteutuneet ' +
          'hyödyntämisasteet raportoidaan kohteen luovutuksessa.',
        'Minimikrav: entreprenören gör upp en plan för sortering och återvinning av rivningsmaterial. ' +
          'Jämförelsegrund: andelen återbrukade byggdelar. Avtalsvillkor: de uppnådda ' +
          'återvinningsgraderna rapporteras vid överlåtelsen.',
      ),
      url: null,
    },
    {
      title: text('Luentojen tallenne', 'Inspelning av föreläsningarna', 'Recording of the talks'),
      body: text('Pienryhmäkeskusteluja ei tallennettu.', 'Gruppdiskussionerna spelades inte in.'),
      url: `${DOCUMENTS}/tyopaja-2-tallenne`,
    },
  ],
  assignments: [
    {
      title: text(
        'Luonnostele pilottisi kriteerit sparrausta varten',
        'Gör ett utkast till pilotens kriterier inför sparringen',
        "Draft your pilot's criteria for the sparring session",
      ),
      instructions: text(
        'Luonnostele pilottisi kiertotalouskriteerit ja sopimusehdot sekä mittarit, joilla tulosta ' +
          'seurataan. Luonnos käydään läpi organisaatiokohtaisessa sparrauksessa.',
        'Gör ett utkast till pilotens kriterier och avtalsvillkor för cirkulär ekonomi samt de mätare ' +
          'som följer upp resultatet. Utkastet gås igenom i er sparring.',
      ),
      due: '2023-12-15T16:00',
      // Pohjanranta and Rantakylä procure later (2024): not done yet.
      completions: [
        {
          key: 'kuusiniemi',
          answer: null,
          link: 'https://kuusiniemi.example/hankinnat/koivulan-koulu-kriteeriluonnos.docx',
          by: PROCUREMENT,
          on: '2023-12-11T16:10',
        },
        {
          key: 'jarvela',
          answer:
            'Hiilijalanjäljen raja-arvo vähimmäisvaatimuksena, alittava osuus vertailuperusteena; ' +
            'toteuma raportoidaan luovutuksessa.',
          link: null,
          by: ENVIRONMENT,
          on: '2023-12-14T11:25',
        },
        {
          key: 'harjula',
          answer:
            'Uudelleenkäyttösuunnitelma suunnittelijan tehtäväksi; osaaminen referensseillä ' +
            'vertailuun.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-12-08T10:00',
        },
        {
          key: 'kymijoki',
          answer: 'Kalusteiden uusiokäyttöosuus vertailuun, sopimukseen seurantaraportti.',
          link: 'https://kymijoki.example/virastotalo/kriteerit',
          by: PROCUREMENT,
          on: '2023-12-15T13:45',
        },
        {
          key: 'metsala',
          answer: 'Lajittelusuunnitelma vähimmäisvaatimukseksi; hyllyjen kunnostus omana osanaan.',
          link: null,
          by: RESPONSIBLE,
          on: '2023-12-15T15:20',
        },
      ],
    },
  ],
  outcomes: [
    {
      title: text(
        'Tiekartta pilottihankinnoille',
        'Färdplan för pilotupphandlingarna',
        'Roadmap for the pilot procurements',
      ),
      body: text(
        'Syksy 2023: purkukartoitus ja markkina-analyysi valmiiksi. Marras–tammikuu: kriteerit ja ' +
          'sopimusehdot organisaatiokohtaisessa sparrauksessa. Ennen kilpailutusta: ' +
          'markkinavuoropuhelu ja kriteerien testaus toimittajien kanssa. Kilpailutus: ' +
          'vähimmäisvaatimukset, vertailuperusteet ja seurantaehdot sopimukseen. Vuonna 2024: ' +
          'mittareiden seuranta ja tulokset seurantatapaamisessa ja alumnitapaamisessa.',
        'Hösten 2023: inventering före rivning och marknadsanalys klara. November–januari: kriterier ' +
          'och avtalsvillkor i den organisationsvisa sparringen. Före konkurrensutsättningen: ' +
          'marknadsdialog och test av kriterierna med leverantörer. Konkurrensutsättning: minimikrav, ' +
          'jämförelsegrunder och uppföljningsvillkor i avtalet. Under 2024: uppföljning av mätarna ' +
          'och resultaten vid uppföljningsmötet och alumnimötet.',
        'Autumn 2023: finish the pre-demolition audit and the market analysis. November to January: ' +
          'criteria and contract terms in the per-organisation sparring. Before tendering: market ' +
          'dialogue and testing the criteria with suppliers. Tendering: minimum requirements, award ' +
          'criteria and monitoring terms in the contract. In 2024: follow the metrics and report ' +
          'the results at the follow-up and alumni meetings.',
      ),
      links: [`${DOCUMENTS}/tyopaja-2-esitykset.pdf`],
    },
  ],
};

/**
 * Who of each team was absent, per event (everyone else attended). Recorded by the programme
 * manager the day after.
 */
export const ABSENCES_2023: Record<'kickoff' | 'workshop1' | 'workshop2' | 'closing', string[]> = {
  kickoff: ['jarvela:3', 'harjula:2', 'kymijoki:3'],
  workshop1: ['pohjanranta:3', 'rantakyla:2', 'metsala:1', 'kuusiniemi:3'],
  workshop2: ['metsala:2', 'metsala:3', 'harjula:3', 'jarvela:2', 'pohjanranta:0'],
  closing: ['rantakyla:3', 'kymijoki:2', 'harjula:3'],
};

/**
 * The closing event's registration: 40 seats, opened 4.12.2023, closed 25.1.2024 at 16.
 * Everyone on the teams registered except one; one cancelled three days before the event;
 * one registered person did not come (see ABSENCES_2023.closing).
 */
export const CLOSING_REGISTRATION_2023 = {
  capacity: 40,
  openedAt: '2023-12-04T09:00',
  closesAt: '2024-01-25T16:00',
  notRegistered: ['kymijoki:2'],
  cancelled: { person: 'rantakyla:3', on: '2024-01-29T08:40' },
};
