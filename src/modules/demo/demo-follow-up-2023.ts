import { MeasureStatus } from '../follow-up/follow-up-measures.enums.js';
import { MilestoneKind, TrackedActionStage } from '../follow-up/follow-up.enums.js';

/**
 * The follow-up of the 2023 cohort's pilots as it went (autumn 2023 – 2026), and the
 * programme's action plan with the HSY action of seed 002. People are team positions of the
 * organisation (0 responsible person, 1 procurement, 2 environment, 3 sector expert) or the
 * experts (index into DEMO_EXPERTS); times are Helsinki local. Spread: three pilots DONE,
 * three in IMPLEMENTATION (one moved back to PLANNING once), one in PLANNING and behind (an
 * agreed action and two milestones overdue while the team still declares it on schedule).
 */

const { NOT_USED, PLANNED, APPLIED } = MeasureStatus;
const { PLANNING, IMPLEMENTATION, DONE } = TrackedActionStage;
const { MARKET_DIALOGUE, TENDER_PUBLISHED, CONTRACT_SIGNED, CUSTOM } = MilestoneKind;

interface Text {
  fi: string;
  sv: string;
  en: string;
}

export interface PilotFollowUpEntry {
  key: string;
  title: Text;
  description: Text;
  officialDescription: Text;
  category: 'CONSTRUCTION' | 'CONSTRUCTION_DESIGN';
  /** The stage the story ends in (checked against the updates by the spec). */
  stage: TrackedActionStage;
  milestones: Array<{ kind: MilestoneKind; title?: Text; planned: string; done: string | null }>;
  updates: Array<{
    by: number;
    at: string;
    body: string;
    stage?: TrackedActionStage;
    comments?: Array<{ expert: number; at: string; body: string }>;
  }>;
  measures: Array<{
    key: string;
    status: MeasureStatus;
    note: string;
    criterionText?: string;
  }>;
  metrics: Array<{
    name: string;
    unit: string;
    baseline: string;
    target: string;
    measurements: Array<{ on: string; value: string; note?: string }>;
  }>;
  /** Sparring's agreed actions (tasks of the pilot) done, by title. */
  tasksDone: Array<{ title: string; on: string }>;
  /** The team published the pilot on the results page (its application gave the consent). */
  publishedAt: string | null;
}

export const PILOT_FOLLOW_UP_2023: PilotFollowUpEntry[] = [
  {
    key: 'kuusiniemi',
    title: {
      fi: 'Koivulan koulun peruskorjaus',
      sv: 'Grundrenovering av Koivula skola',
      en: 'Renovation of Koivula school',
    },
    description: {
      fi: 'Koulun peruskorjaus, jossa purkumateriaalit ohjataan uudelleenkäyttöön ja kierrätykseen ja pihatöissä käytetään kierrätettyä kiviainesta.',
      sv: 'Grundrenovering av skolan där rivningsmaterialet går till återanvändning och återvinning och återvunnen stenmaterial används i gårdsarbetena.',
      en: 'Renovation of the school: demolition materials go to reuse and recycling, and the yard works use recycled aggregate.',
    },
    officialDescription: {
      fi: 'Koivulan koulun peruskorjaus (kaupunginhallitus 4.9.2023 § 212). Urakassa purkumateriaalien hyödyntämisaste vähintään 70 %.',
      sv: 'Grundrenovering av Koivula skola (stadsstyrelsen 4.9.2023 § 212). I entreprenaden återvinns minst 70 % av rivningsmaterialet.',
      en: 'Renovation of Koivula school (city board 4 Sept 2023, § 212). The contract requires at least 70% of demolition materials to be recovered.',
    },
    category: 'CONSTRUCTION',
    stage: DONE,
    milestones: [
      { kind: MARKET_DIALOGUE, planned: '2024-01-31', done: '2024-01-30T15:00' },
      { kind: TENDER_PUBLISHED, planned: '2024-03-01', done: '2024-03-04T09:00' },
      { kind: CONTRACT_SIGNED, planned: '2024-05-15', done: '2024-05-14T14:00' },
    ],
    updates: [
      {
        by: 0,
        at: '2023-09-20T10:15',
        stage: PLANNING,
        body: 'Pilotti käynnistyi akatemian avaustilaisuuden jälkeen. Purkukatselmus on valmis, ja tiimi sopi työnjaosta: Jari vastaa hankinnasta, Sanna ympäristöasioista ja Pekka rakennuttamisesta.',
      },
      {
        by: 1,
        at: '2024-02-02T13:30',
        body: 'Markkinavuoropuhelu pidettiin 30.1. ja siihen osallistui kuusi urakoitsijaa. Hyödyntämisasteen 70 %:n vähimmäisvaatimus koettiin realistiseksi, kun lajittelu voidaan tehdä työmaalla.',
        comments: [
          {
            expert: 0,
            at: '2024-02-05T09:10',
            body: 'Hyvä, että vaatimus testattiin markkinoilla. Kirjatkaa todentamistapa (vastaanottajien punnitustositteet) jo tarjouspyyntöön.',
          },
        ],
      },
      {
        by: 0,
        at: '2024-05-20T11:00',
        stage: IMPLEMENTATION,
        body: 'Urakkasopimus allekirjoitettiin 14.5. Saimme neljä tarjousta; valittu urakoitsija sitoutui 78 %:n hyödyntämisasteeseen ja kierrätetyn kiviaineksen käyttöön pihatöissä.',
      },
      {
        by: 2,
        at: '2024-11-15T14:45',
        body: 'Purkuvaihe on valmis: hyödyntämisaste 81 %. Väliseinien teräsrangat ja luokkien kalusteet toimitettiin uudelleenkäyttöön kaupungin muihin kohteisiin.',
        comments: [
          {
            expert: 0,
            at: '2024-11-18T08:40',
            body: 'Erinomainen tulos. Tämä kannattaa esitellä alumnitapaamisessa muille.',
          },
        ],
      },
      {
        by: 0,
        at: '2025-08-18T09:00',
        stage: DONE,
        body: 'Koulu otettiin käyttöön lukuvuoden alussa. Loppuraportti: purkumateriaalien hyödyntämisaste 81 % ja pihatöiden kiviaineksesta 64 % kierrätettyä.',
      },
    ],
    measures: [
      {
        key: 'MARKET_DIALOGUE',
        status: APPLIED,
        note: 'Urakoitsijoiden vuoropuhelu 30.1.2024, kuusi osallistujaa.',
      },
      {
        key: 'PROCUREMENT_CRITERIA',
        status: APPLIED,
        note: 'Vähimmäisvaatimus ja vertailuperuste (kierrätetyn kiviaineksen osuus).',
        criterionText:
          'Purkumateriaaleista vähintään 70 painoprosenttia ohjataan uudelleenkäyttöön tai kierrätykseen. Toteuma todennetaan vastaanottajien punnitustositteilla.',
      },
      {
        key: 'CONTRACT_TERMS',
        status: APPLIED,
        note: 'Sopimussakko, jos hyödyntämisaste jää alle 70 %.',
      },
      {
        key: 'LIFE_CYCLE',
        status: NOT_USED,
        note: 'Elinkaarilaskentaan ei ollut tässä hankkeessa resursseja; kokeillaan seuraavassa.',
      },
    ],
    metrics: [
      {
        name: 'Purkumateriaalien hyödyntämisaste',
        unit: '%',
        baseline: '45',
        target: '70',
        measurements: [
          { on: '2024-09-30', value: '58' },
          { on: '2024-10-31', value: '74' },
          { on: '2024-11-15', value: '81', note: 'Purkuvaihe valmis' },
        ],
      },
      {
        name: 'Kierrätetyn kiviaineksen osuus %',
        unit: '%',
        baseline: '0',
        target: '50',
        measurements: [
          { on: '2025-05-30', value: '38' },
          { on: '2025-06-30', value: '57' },
          { on: '2025-07-31', value: '64', note: 'Pihatyöt valmiit' },
        ],
      },
    ],
    tasksDone: [
      {
        title: 'Täydennetään purkukatselmus uudelleenkäytettävien osien määrillä',
        on: '2023-12-13T15:00',
      },
      { title: 'Kutsutaan urakoitsijat markkinavuoropuheluun', on: '2024-01-10T10:00' },
      {
        title: 'Luonnostellaan hyödyntämisasteen vähimmäisvaatimus ja todentamistapa',
        on: '2024-02-08T16:00',
      },
    ],
    publishedAt: '2025-09-01T10:00',
  },
  {
    key: 'jarvela',
    title: {
      fi: 'Päiväkoti Tuulikello, uudisrakennus',
      sv: 'Daghemmet Tuulikello, nybygge',
      en: 'Tuulikello day-care centre, new building',
    },
    description: {
      fi: 'Puurakenteinen päiväkoti, jonka suunnittelussa ja urakassa on hiilijalanjäljen raja-arvo. Vähähiilisyys selvitetään luonnos- ja toteutussuunnitelmavaiheessa.',
      sv: 'Ett daghem i trä med ett gränsvärde för koldioxidavtrycket i planeringen och entreprenaden. Koldioxidsnålheten utreds i skiss- och genomförandeplaneringen.',
      en: 'A timber day-care centre with a carbon-footprint limit in its design and contract; the low-carbon assessment is made at the draft and the final design stage.',
    },
    officialDescription: {
      fi: 'Päiväkoti Tuulikellon uudisrakennus, 8 ryhmää (kunnanvaltuusto 12.6.2023 § 45).',
      sv: 'Nybygge för daghemmet Tuulikello, 8 grupper (kommunfullmäktige 12.6.2023 § 45).',
      en: 'New building for the Tuulikello day-care centre, 8 groups (municipal council 12 June 2023, § 45).',
    },
    category: 'CONSTRUCTION',
    stage: DONE,
    milestones: [
      { kind: MARKET_DIALOGUE, planned: '2023-12-12', done: '2023-12-12T12:00' },
      { kind: TENDER_PUBLISHED, planned: '2024-02-15', done: '2024-02-16T09:00' },
      { kind: CONTRACT_SIGNED, planned: '2024-04-30', done: '2024-04-25T13:00' },
    ],
    updates: [
      {
        by: 0,
        at: '2023-10-02T09:30',
        stage: PLANNING,
        body: 'Aloitimme pilotin: suunnittelijan tarjouspyyntö on työn alla ja hiilijalanjäljen raja-arvo valitaan ennen markkinavuoropuhelua.',
      },
      {
        by: 1,
        at: '2023-12-20T14:00',
        body: 'Markkinavuoropuhelu 12.12. sujui hyvin. Kolme puurakentajaa piti raja-arvoa 12 kg CO₂e/m²/v saavutettavana; vähähiilisyysselvitys lisättiin suunnittelun tarjouspyyntöön.',
        comments: [
          {
            expert: 1,
            at: '2023-12-21T10:20',
            body: 'Hyvä ratkaisu tehdä selvitys kahdessa vaiheessa. Muistakaa kirjata laskentamenetelmä sopimukseen.',
          },
        ],
      },
      {
        by: 0,
        at: '2024-04-29T10:00',
        stage: IMPLEMENTATION,
        body: 'Urakkasopimus allekirjoitettiin 25.4. Valitun tarjouksen laskennallinen hiilijalanjälki alitti raja-arvon.',
      },
      {
        by: 2,
        at: '2025-02-10T11:15',
        body: 'Runko ja vesikatto valmiit aikataulussa. Toteutussuunnitelman mukainen hiilijalanjälki on 1 240 t CO₂e.',
        comments: [
          {
            expert: 1,
            at: '2025-02-12T09:00',
            body: 'Hienoa edistystä. Toteumalaskelma kannattaa tehdä samalla menetelmällä, jotta luvut ovat vertailukelpoisia.',
          },
        ],
      },
      {
        by: 0,
        at: '2025-10-20T13:00',
        stage: DONE,
        body: 'Päiväkoti avattiin lokakuussa. Toteutunut hiilijalanjälki 1 120 t CO₂e, tavoite saavutettiin.',
      },
    ],
    measures: [
      {
        key: 'LIFE_CYCLE',
        status: APPLIED,
        note: 'Vähähiilisyysselvitys luonnos- ja toteutussuunnitelmavaiheessa.',
      },
      {
        key: 'PROCUREMENT_CRITERIA',
        status: APPLIED,
        note: 'Raja-arvo vähimmäisvaatimuksena.',
        criterionText:
          'Rakennuksen hiilijalanjälki saa olla enintään 12 kg CO₂e/m²/v (ympäristöministeriön arviointimenetelmä, 50 vuoden tarkastelujakso).',
      },
      {
        key: 'METRICS_AND_MONITORING',
        status: APPLIED,
        note: 'Toteutunut hiilijalanjälki laskettiin käyttöönoton jälkeen.',
      },
    ],
    metrics: [
      {
        name: 'Rakentamisen hiilijalanjälki CO₂e t',
        unit: 't CO₂e',
        baseline: '1450',
        target: '1150',
        measurements: [
          { on: '2024-01-31', value: '1390', note: 'Luonnossuunnitelma' },
          { on: '2024-06-28', value: '1240', note: 'Toteutussuunnitelma' },
          { on: '2025-10-15', value: '1120', note: 'Toteuma' },
        ],
      },
    ],
    tasksDone: [
      {
        title: 'Lisätään suunnittelun tarjouspyyntöön vähähiilisyysselvitys',
        on: '2023-12-19T12:00',
      },
      {
        title: 'Selvitetään siirrettävien väistötilojen vuokrauksen kustannukset',
        on: '2024-01-30T15:00',
      },
    ],
    publishedAt: '2025-11-03T09:00',
  },
  {
    key: 'pohjanranta',
    title: {
      fi: 'Ammattiopiston konepajan purku ja materiaalien uusiokäyttö',
      sv: 'Rivning av yrkesinstitutets verkstad och återanvändning av materialen',
      en: "Demolition of the vocational college's workshop and reuse of its materials",
    },
    description: {
      fi: 'Purkuhankinta, jossa teräsrakenteet ja koneiden perustukset ohjataan uusiokäyttöön, osin oppilaitoksen omiin harjoitustöihin. Opiskelijat osallistuvat materiaalien inventointiin.',
      sv: 'En rivningsupphandling där stålkonstruktioner och maskinfundament går till återanvändning, delvis i läroanstaltens egna övningsarbeten. Studerande deltar i inventeringen.',
      en: "A demolition procurement: steel structures and machine foundations go to reuse, partly in the college's own training work. Students take part in the inventory.",
    },
    officialDescription: {
      fi: 'Konepajarakennuksen purku (yhtymähallitus 21.8.2023 § 88).',
      sv: 'Rivning av verkstadsbyggnaden (samkommunens styrelse 21.8.2023 § 88).',
      en: 'Demolition of the workshop building (joint authority board 21 Aug 2023, § 88).',
    },
    category: 'CONSTRUCTION',
    stage: DONE,
    milestones: [
      { kind: MARKET_DIALOGUE, planned: '2024-02-06', done: '2024-02-06T14:00' },
      { kind: TENDER_PUBLISHED, planned: '2024-02-26', done: '2024-02-28T10:00' },
      { kind: CONTRACT_SIGNED, planned: '2024-04-12', done: '2024-04-10T12:00' },
    ],
    updates: [
      {
        by: 0,
        at: '2023-09-25T13:00',
        stage: PLANNING,
        body: 'Pilotin suunnittelu alkoi. Purkukartoitus tilataan, ja talotekniikan opettajat ottavat opiskelijat mukaan inventointiin.',
      },
      {
        by: 3,
        at: '2024-01-29T15:30',
        body: 'Opiskelijat inventoivat konepajan: uusiokäyttöön soveltuvia teräsrakenteita on noin 130 tonnia. Inventointi kuuluu osaksi hitsausalan opintoja.',
        comments: [
          {
            expert: 2,
            at: '2024-01-31T09:45',
            body: 'Loistava tapa yhdistää oppiminen ja kiertotalous. Inventointi kannattaa liittää tarjouspyynnön liitteeksi.',
          },
        ],
      },
      {
        by: 0,
        at: '2024-04-15T10:00',
        stage: IMPLEMENTATION,
        body: 'Purku-urakka allekirjoitettiin 10.4. Urakoitsija lajittelee materiaalit työmaalla ja toimittaa teräsrakenteet uusiokäyttöön.',
      },
      {
        by: 2,
        at: '2024-07-05T12:00',
        body: 'Purku etenee: uusiokäyttöön on toimitettu 95 tonnia terästä, josta osa oppilaitoksen omaan käyttöön.',
      },
      {
        by: 0,
        at: '2024-10-04T14:00',
        stage: DONE,
        body: 'Purku valmis. Uusiokäyttöön ohjattiin 132 tonnia teräsrakenteita, 46 % kaikista purkumateriaaleista.',
        comments: [
          {
            expert: 2,
            at: '2024-10-07T08:30',
            body: 'Tavoite ylittyi selvästi. Onnittelut koko tiimille!',
          },
        ],
      },
    ],
    measures: [
      {
        key: 'MARKET_ANALYSIS',
        status: APPLIED,
        note: 'Kartoitettiin alueen purkumateriaalien vastaanottajat ja uusiokäyttäjät.',
      },
      {
        key: 'PROCUREMENT_CRITERIA',
        status: APPLIED,
        note: 'Lajittelu- ja toimitusvaatimus purku-urakkaan.',
        criterionText:
          'Urakoitsija lajittelee purkumateriaalit työmaalla vähintään seitsemään jakeeseen ja toimittaa teräsrakenteet ja koneiden perustusten teräsosat tilaajan osoittamaan uusiokäyttöön.',
      },
      {
        key: 'METRICS_AND_MONITORING',
        status: APPLIED,
        note: 'Uusiokäyttöön ohjatut tonnit raportoitiin kuukausittain.',
      },
    ],
    metrics: [
      {
        name: 'Uusiokäyttöön ohjattujen materiaalien osuus',
        unit: '%',
        baseline: '10',
        target: '40',
        measurements: [
          { on: '2024-06-14', value: '22' },
          { on: '2024-07-31', value: '35' },
          { on: '2024-09-13', value: '46', note: 'Purku valmis' },
        ],
      },
      {
        name: 'Uusiokäyttöön toimitetut teräsrakenteet',
        unit: 't',
        baseline: '0',
        target: '120',
        measurements: [
          { on: '2024-06-14', value: '40' },
          { on: '2024-07-31', value: '95' },
          { on: '2024-09-13', value: '132' },
        ],
      },
    ],
    tasksDone: [
      {
        title: 'Inventoidaan uusiokäyttöön soveltuvat teräsrakenteet opiskelijoiden kanssa',
        on: '2024-01-26T14:00',
      },
      {
        title: 'Kirjoitetaan lajittelu- ja toimitusvaatimus purkuurakan tarjouspyyntöön',
        on: '2024-02-14T11:00',
      },
      {
        title: 'Sovitaan uusiokäyttöosuuden seurannasta ja raportoinnista',
        on: '2024-03-12T13:00',
      },
    ],
    publishedAt: '2024-10-15T10:00',
  },
  {
    key: 'harjula',
    title: {
      fi: 'Seurakuntakeskuksen peruskorjauksen suunnittelu',
      sv: 'Planering av grundrenoveringen av församlingscentret',
      en: "Design of the parish centre's renovation",
    },
    description: {
      fi: 'Suunnitteluhankinta, jossa suunnittelijalta edellytetään purettavien rakennusosien uudelleenkäytön suunnitelmaa. Suojeltujen sisätilojen kalusteet ja ovet kunnostetaan.',
      sv: 'En planeringsupphandling där planeraren ska lägga fram en plan för återanvändning av byggdelar som rivs. Inredning och dörrar i de skyddade interiörerna rustas upp.',
      en: 'A design procurement that requires the designer to plan the reuse of the building parts removed; the furniture and doors of the protected interiors are restored.',
    },
    officialDescription: {
      fi: 'Seurakuntakeskuksen peruskorjauksen pääsuunnittelu (yhteinen kirkkoneuvosto 30.8.2023 § 61).',
      sv: 'Huvudplanering av församlingscentrets grundrenovering (gemensamma kyrkorådet 30.8.2023 § 61).',
      en: "Lead design of the parish centre's renovation (joint parish council 30 Aug 2023, § 61).",
    },
    category: 'CONSTRUCTION_DESIGN',
    stage: IMPLEMENTATION,
    milestones: [
      { kind: MARKET_DIALOGUE, planned: '2023-11-28', done: '2023-11-28T13:00' },
      { kind: TENDER_PUBLISHED, planned: '2024-01-15', done: '2024-01-17T09:00' },
      { kind: CONTRACT_SIGNED, planned: '2024-03-15', done: '2024-03-12T15:00' },
      {
        kind: CUSTOM,
        title: {
          fi: 'Toteutussuunnitelmat valmiit',
          sv: 'Genomförandeplanerna klara',
          en: 'Construction documents ready',
        },
        planned: '2027-03-31',
        done: null,
      },
    ],
    updates: [
      {
        by: 0,
        at: '2023-09-28T11:00',
        stage: PLANNING,
        body: 'Pilotin valmistelu alkoi. Suunnittelijoiden markkinavuoropuhelu järjestetään marraskuussa.',
      },
      {
        by: 3,
        at: '2024-02-05T14:20',
        body: 'Kunnostettavat kalusteet ja ovet inventoitiin: 142 ovea ja 60 penkkiä soveltuvat kunnostettaviksi.',
        comments: [
          {
            expert: 0,
            at: '2024-02-07T10:00',
            body: 'Tarkka inventointi helpottaa suunnittelijan työtä. Liittäkää se suunnittelusopimukseen.',
          },
        ],
      },
      {
        by: 0,
        at: '2024-03-18T09:00',
        stage: IMPLEMENTATION,
        body: 'Suunnittelusopimus allekirjoitettiin 12.3. Vertailussa kiertotalousreferenssien paino oli 30 %.',
      },
      {
        by: 1,
        at: '2025-01-20T13:00',
        body: 'Hankesuunnitelma hyväksyttiin. Uudelleenkäyttösuunnitelman mukaan 41 % kalusteista ja ovista käytetään uudelleen.',
      },
      {
        by: 0,
        at: '2026-09-15T10:30',
        body: 'Toteutussuunnittelu etenee aikataulussa; rakennusurakka kilpailutetaan keväällä 2027 samoilla kiertotalouskriteereillä.',
        comments: [
          {
            expert: 0,
            at: '2026-09-17T09:15',
            body: 'Hyvä, että kriteerit siirtyvät urakkaan asti. Kertokaa kokemuksista alumniverkostolle.',
          },
        ],
      },
    ],
    measures: [
      {
        key: 'PROCUREMENT_CRITERIA',
        status: APPLIED,
        note: 'Vertailuperuste suunnittelijan valinnassa.',
        criterionText:
          'Vertailuperuste (30 %): suunnittelijan referenssit korjausrakentamisesta, jossa rakennusosia on käytetty uudelleen; enintään kolme referenssiä viimeiseltä viideltä vuodelta.',
      },
      {
        key: 'CONTRACT_TERMS',
        status: APPLIED,
        note: 'Uudelleenkäyttösuunnitelma on suunnittelusopimuksessa erillinen tehtävä.',
      },
      {
        key: 'LIFE_CYCLE',
        status: PLANNED,
        note: 'Elinkaarikustannusvertailu tehdään toteutussuunnitteluvaiheessa.',
      },
    ],
    metrics: [
      {
        name: 'Uudelleenkäyttöön suunniteltujen kalusteiden ja ovien osuus',
        unit: '%',
        baseline: '0',
        target: '60',
        measurements: [
          { on: '2024-06-28', value: '25' },
          { on: '2024-12-31', value: '41' },
          { on: '2025-06-30', value: '52' },
          { on: '2026-06-30', value: '58' },
        ],
      },
    ],
    tasksDone: [
      {
        title: 'Laaditaan suunnittelijan vertailuperusteet kiertotalousreferensseistä',
        on: '2023-12-28T12:00',
      },
      { title: 'Inventoidaan kunnostettavat kalusteet ja ovet', on: '2024-02-02T15:00' },
    ],
    publishedAt: '2025-02-03T09:00',
  },
  {
    key: 'rantakyla',
    title: {
      fi: 'Liikuntahallin laajennus',
      sv: 'Utbyggnad av idrottshallen',
      en: 'Sports hall extension',
    },
    description: {
      fi: 'Liikuntahallin laajennus, jonka pohjarakenteissa käytetään kierrätettyä kiviainesta. Urakoitsija laatii työmaan jätesuunnitelman, ja hiilijalanjälki lasketaan suunnitteluvaiheessa.',
      sv: 'Utbyggnad av idrottshallen med återvunnet stenmaterial i grundkonstruktionerna. Entreprenören gör upp en avfallsplan för bygget och koldioxidavtrycket beräknas i planeringsskedet.',
      en: 'Extension of the sports hall with recycled aggregate in the foundations; the contractor makes a site waste plan and the carbon footprint is calculated at the design stage.',
    },
    officialDescription: {
      fi: 'Liikuntahallin laajennus, kaksi uutta salia (kaupunginvaltuusto 11.12.2023 § 134).',
      sv: 'Utbyggnad av idrottshallen, två nya salar (stadsfullmäktige 11.12.2023 § 134).',
      en: 'Extension of the sports hall with two new halls (city council 11 Dec 2023, § 134).',
    },
    category: 'CONSTRUCTION',
    stage: IMPLEMENTATION,
    milestones: [
      { kind: MARKET_DIALOGUE, planned: '2024-02-20', done: '2024-02-20T13:00' },
      { kind: TENDER_PUBLISHED, planned: '2024-03-25', done: '2024-03-27T09:00' },
      { kind: CONTRACT_SIGNED, planned: '2024-06-14', done: '2024-06-12T14:00' },
      {
        kind: CUSTOM,
        title: {
          fi: 'Laajennus käyttöön',
          sv: 'Utbyggnaden tas i bruk',
          en: 'Extension in use',
        },
        planned: '2027-05-31',
        done: null,
      },
    ],
    updates: [
      {
        by: 0,
        at: '2023-10-05T10:00',
        stage: PLANNING,
        body: 'Pilotti käynnistyi. Selvitämme ensin kierrätetyn kiviaineksen saatavuuden ja laskentamenetelmän.',
      },
      {
        by: 2,
        at: '2024-01-15T15:00',
        body: 'Alueella on kaksi kierrätetyn kiviaineksen toimittajaa, joiden kapasiteetti riittää laajennuksen pohjarakenteisiin.',
        comments: [
          {
            expert: 1,
            at: '2024-01-17T11:30',
            body: 'Hyvä lähtötieto. Pisteyttäkää osuus, niin tarjoajat kilpailevat myös sillä.',
          },
        ],
      },
      {
        by: 0,
        at: '2024-06-17T09:00',
        stage: IMPLEMENTATION,
        body: 'Urakkasopimus allekirjoitettiin 12.6. Voittanut tarjous lupasi 55 % kierrätettyä kiviainesta pohjarakenteisiin.',
      },
      {
        by: 2,
        at: '2025-02-03T13:45',
        body: 'Pohjarakenteet valmiit: kierrätetyn kiviaineksen osuus 55 %. Jätesuunnitelman mukainen lajitteluaste on ollut 85 %.',
        comments: [
          {
            expert: 1,
            at: '2025-02-05T09:20',
            body: 'Lupaus toteutui. Kirjatkaa myös, miten laatu varmistettiin, jotta muut voivat hyödyntää mallia.',
          },
        ],
      },
      {
        by: 1,
        at: '2026-08-20T10:00',
        body: 'Runkovaihe valmis ja sisätyöt käynnissä. Laajennus otetaan käyttöön kesällä 2027.',
      },
    ],
    measures: [
      {
        key: 'MARKET_ANALYSIS',
        status: APPLIED,
        note: 'Kierrätetyn kiviaineksen saatavuus ja toimittajat selvitettiin.',
      },
      {
        key: 'PROCUREMENT_CRITERIA',
        status: APPLIED,
        note: 'Kiviaineksen osuus pisteytettiin; jätesuunnitelma vaatimuksena.',
        criterionText:
          'Kierrätetyn kiviaineksen osuus pohjarakenteissa pisteytetään: 1 piste jokaista 10 %:a kohden, enintään 5 pistettä. Tarjoajan on liitettävä tarjoukseen rakennustyömaan jätesuunnitelma.',
      },
      {
        key: 'LIFE_CYCLE',
        status: APPLIED,
        note: 'Hiilijalanjälki laskettiin suunnitteluvaiheessa vertailukelpoisella menetelmällä.',
      },
      {
        key: 'METRICS_AND_MONITORING',
        status: APPLIED,
        note: 'Kiviaineksen osuus ja hiilijalanjälki seurataan urakan ajan.',
      },
    ],
    metrics: [
      {
        name: 'Kierrätetyn kiviaineksen osuus %',
        unit: '%',
        baseline: '0',
        target: '50',
        measurements: [
          { on: '2024-09-30', value: '20' },
          { on: '2024-11-29', value: '44' },
          { on: '2025-01-31', value: '55', note: 'Pohjarakenteet valmiit' },
        ],
      },
      {
        name: 'Rakentamisen hiilijalanjälki CO₂e t',
        unit: 't CO₂e',
        baseline: '2100',
        target: '1750',
        measurements: [
          { on: '2024-02-29', value: '1980', note: 'Suunnitelma' },
          { on: '2025-06-30', value: '1820' },
          { on: '2026-06-30', value: '1790' },
        ],
      },
    ],
    tasksDone: [
      { title: 'Tarkistetaan kierrätetyn kiviaineksen saatavuus alueella', on: '2024-01-12T12:00' },
      { title: 'Lisätään jätesuunnitelma tarjouspyynnön vaatimuksiin', on: '2024-01-30T14:00' },
      { title: 'Valitaan hiilijalanjäljen laskentamenetelmä', on: '2024-02-27T10:00' },
    ],
    publishedAt: '2025-02-10T12:00',
  },
  {
    key: 'kymijoki',
    title: {
      fi: 'Virastotalon toimistokerrosten muutostyö',
      sv: 'Ombyggnad av ämbetshusets kontorsvåningar',
      en: 'Conversion of the office floors of the civic office building',
    },
    description: {
      fi: 'Muutostyö, jossa purettavat väliseinäelementit, alakatot ja kalusteet otetaan talteen ja käytetään uusissa tiloissa. Työ tehdään kahdessa vaiheessa vuokralaisten muuttojen mukaan.',
      sv: 'Ombyggnad där mellanväggselement, undertak och möbler som rivs tas till vara och används i de nya lokalerna. Arbetet görs i två etapper enligt hyresgästernas flyttar.',
      en: 'A conversion in which the partition elements, ceilings and furniture removed are recovered and used in the new premises, in two phases following the tenants’ moves.',
    },
    officialDescription: {
      fi: 'Virastotalon 2.–4. kerroksen muutostyö (hallitus 14.9.2023 § 37).',
      sv: 'Ombyggnad av ämbetshusets våningar 2–4 (styrelsen 14.9.2023 § 37).',
      en: 'Conversion of floors 2–4 of the civic office building (board 14 Sept 2023, § 37).',
    },
    category: 'CONSTRUCTION',
    stage: IMPLEMENTATION,
    milestones: [
      { kind: MARKET_DIALOGUE, planned: '2023-12-14', done: '2023-12-14T12:00' },
      { kind: TENDER_PUBLISHED, planned: '2024-02-29', done: '2024-03-01T09:00' },
      { kind: CONTRACT_SIGNED, planned: '2024-04-30', done: '2024-04-26T13:00' },
      {
        kind: CUSTOM,
        title: { fi: 'Vaihe 2 valmis', sv: 'Etapp 2 klar', en: 'Phase 2 complete' },
        planned: '2027-06-30',
        done: null,
      },
    ],
    updates: [
      {
        by: 0,
        at: '2023-10-10T09:00',
        stage: PLANNING,
        body: 'Pilotti käynnistyi. Uusiokalusteiden markkinakartoitus tehdään ennen markkinavuoropuhelua.',
      },
      {
        by: 0,
        at: '2024-05-02T10:00',
        stage: IMPLEMENTATION,
        body: 'Urakkasopimus allekirjoitettiin 26.4. Urakoitsijan uudelleenkäyttösuunnitelma sai vertailussa parhaat pisteet.',
      },
      {
        by: 0,
        at: '2024-06-20T14:00',
        stage: PLANNING,
        body: 'Toisen vaiheen vuokralainen siirsi muuttoaan, joten vaihe 2 suunnitellaan uudelleen. Palautimme pilotin suunnitteluvaiheeseen, kunnes aikataulu on sovittu.',
        comments: [
          {
            expert: 2,
            at: '2024-06-24T09:30',
            body: 'Hyvä, että tilanne näkyy seurannassa. Varmistakaa, että talteen otettavat osat voidaan varastoida väliajan.',
          },
        ],
      },
      {
        by: 0,
        at: '2024-09-09T11:00',
        stage: IMPLEMENTATION,
        body: 'Uusi aikataulu sovittu vuokralaisten kanssa. Vaihe 1 jatkuu, vaihe 2 alkaa syksyllä 2026.',
      },
      {
        by: 3,
        at: '2025-12-19T13:00',
        body: 'Vaihe 1 valmis. Väliseinäelementeistä ja kalusteista 49 % käytettiin uudelleen; varastoidut osat odottavat vaihetta 2.',
        comments: [
          {
            expert: 2,
            at: '2025-12-22T10:00',
            body: 'Hyvä tulos vaiheen 1 osalta. Kirjatkaa varastoinnin kustannukset, ne kiinnostavat muitakin.',
          },
        ],
      },
    ],
    measures: [
      {
        key: 'MARKET_ANALYSIS',
        status: APPLIED,
        note: 'Uusiokalusteiden markkinakartoitus: kolme toimittajaa, riittävä valikoima.',
      },
      {
        key: 'PROCUREMENT_CRITERIA',
        status: APPLIED,
        note: 'Uudelleenkäyttösuunnitelman laatu vertailuperusteena.',
        criterionText:
          'Tarjoaja esittää uudelleenkäyttösuunnitelman purettavien väliseinien, alakattojen ja kalusteiden talteenotosta, varastoinnista ja asennuksesta uusiin tiloihin; suunnitelman laatu pisteytetään (20 %).',
      },
      {
        key: 'CONTRACT_TERMS',
        status: APPLIED,
        note: 'Talteenoton aikataulu on sidottu vuokralaisten muuttoihin.',
      },
      {
        key: 'LIFE_CYCLE',
        status: NOT_USED,
        note: 'Muutostyön laajuudessa elinkaarilaskenta ei ollut tarpeen.',
      },
    ],
    metrics: [
      {
        name: 'Uudelleenkäytettyjen väliseinien ja kalusteiden osuus',
        unit: '%',
        baseline: '5',
        target: '50',
        measurements: [
          { on: '2024-08-30', value: '31' },
          { on: '2025-03-31', value: '44' },
          { on: '2025-12-19', value: '49', note: 'Vaihe 1 valmis' },
        ],
      },
    ],
    tasksDone: [
      {
        title: 'Listataan uudelleenkäytettävät väliseinät, alakatot ja kalusteet',
        on: '2024-02-08T15:00',
      },
      {
        title: 'Kirjoitetaan uudelleenkäyttösuunnitelman vaatimus urakkaan',
        on: '2024-02-22T12:00',
      },
    ],
    // The team waits for phase 2 before publishing (consent given, switch left off).
    publishedAt: null,
  },
  {
    key: 'metsala',
    title: {
      fi: 'Kirjaston peruskorjaus',
      sv: 'Grundrenovering av biblioteket',
      en: 'Library renovation',
    },
    description: {
      fi: 'Kirjaston peruskorjaus, jossa hyllyt ja lasiseinät kunnostetaan ja purkumateriaalit lajitellaan. Kriteerit laaditaan yhdessä naapurikunnan kanssa mallitekstien pohjalta.',
      sv: 'Grundrenovering av biblioteket där hyllor och glasväggar rustas upp och rivningsmaterialet sorteras. Kriterierna tas fram tillsammans med grannkommunen utifrån modelltexter.',
      en: 'Renovation of the library: shelves and glass walls are restored and demolition materials sorted; the criteria are written with the neighbouring municipality from model texts.',
    },
    officialDescription: {
      fi: 'Pääkirjaston peruskorjaus (kunnanhallitus 2.10.2023 § 156).',
      sv: 'Grundrenovering av huvudbiblioteket (kommunstyrelsen 2.10.2023 § 156).',
      en: 'Renovation of the main library (municipal board 2 Oct 2023, § 156).',
    },
    category: 'CONSTRUCTION',
    stage: PLANNING,
    milestones: [
      { kind: MARKET_DIALOGUE, planned: '2024-03-15', done: '2024-04-09T14:00' },
      { kind: TENDER_PUBLISHED, planned: '2024-06-03', done: null },
      { kind: CONTRACT_SIGNED, planned: '2024-09-30', done: null },
    ],
    updates: [
      {
        by: 0,
        at: '2023-10-16T09:00',
        stage: PLANNING,
        body: 'Pilotin valmistelu alkoi. Pienen kunnan resurssit huomioiden valitsimme markkinakartoituksen ja yksinkertaiset kriteerit.',
      },
      {
        by: 1,
        at: '2024-02-21T14:00',
        body: 'Markkinakartoitus tehty: alueella on neljä urakoitsijaa, joilla on kokemusta purkumateriaalien lajittelusta.',
      },
      {
        by: 1,
        at: '2024-04-12T10:30',
        body: 'Markkinavuoropuhelu pidettiin 9.4. (siirtyi kuukaudella). Urakoitsijat pitivät lajitteluvaatimusta toteuttamiskelpoisena.',
        comments: [
          {
            expert: 0,
            at: '2024-04-15T09:00',
            body: 'Hyvä. Mallitekstien muokkaus tarjouspyyntöön on vielä kesken; tarvitsetteko apua?',
          },
        ],
      },
      {
        by: 0,
        at: '2024-08-26T13:00',
        body: 'Kunnanvaltuusto siirsi peruskorjauksen rahoituksen vuoden 2025 talousarvioon. Tarjouspyyntö valmistellaan, kun rahoitus on varmistunut.',
        comments: [
          {
            expert: 0,
            at: '2024-08-28T10:15',
            body: 'Kiitos tiedosta. Päivittäkää aikataulu ja virstanpylväät, niin seuranta näyttää tilanteen oikein.',
          },
        ],
      },
    ],
    measures: [
      {
        key: 'MARKET_ANALYSIS',
        status: APPLIED,
        note: 'Alueen urakoitsijat kartoitettu helmikuussa 2024.',
      },
      {
        key: 'MARKET_DIALOGUE',
        status: APPLIED,
        note: 'Vuoropuhelu 9.4.2024, neljä urakoitsijaa.',
      },
      {
        key: 'PROCUREMENT_CRITERIA',
        status: PLANNED,
        note: 'Luonnos naapurikunnan mallitekstien pohjalta.',
        criterionText:
          'Purkumateriaalit lajitellaan työmaalla; kierrätettyjen materiaalien osuus uusissa rakenteissa pisteytetään (luonnos).',
      },
    ],
    metrics: [
      {
        name: 'Kiertotalouskriteerit tarjouspyyntöluonnoksessa',
        unit: 'kpl',
        baseline: '0',
        target: '4',
        measurements: [
          { on: '2024-02-20', value: '1' },
          { on: '2024-03-05', value: '2' },
          { on: '2024-04-12', value: '3' },
        ],
      },
    ],
    // The model texts for the tender were never finished: that task is overdue.
    tasksDone: [
      { title: 'Tehdään markkinakartoitus alueen urakoitsijoista', on: '2024-02-20T15:00' },
      { title: 'Sovitaan kriteeriyhteistyöstä naapurikunnan kanssa', on: '2024-03-05T12:00' },
    ],
    publishedAt: null,
  },
];

/**
 * The HSY action of seed 002 (the regional action tracker), exactly as the seed shows it:
 * its title, Kuvaus and Virallinen kuvaus (fi, with sv/en translations), Aikataulussa, and
 * its one task due 31.12.2025. The seed's text capture lists the four stages (Ei aloitettu /
 * Suunnittelu / Toteutus / Valmis) without marking which one is current; its task says the
 * action "is started in 2023 with an initial survey" (käynnistetään … alkukartoituksella),
 * which is planning work, so the demo shows Suunnittelu (PLANNING). One constant to change
 * if a fuller capture of the page says otherwise.
 */
export const HSY_ACTION_STAGE = PLANNING;

export const HSY_ACTION_2023 = {
  title: {
    fi: 'Lisäämme kiertotalousnäkökohtia hankinnoissa',
    sv: 'Vi ökar hänsynen till cirkulär ekonomi i upphandlingarna',
    en: 'We add circular-economy aspects to our procurement',
  },
  description: {
    fi: 'HSY:n yhtenä strategisena toimenpiteenä on lisätä kiertotalousnäkökohtia omiin hankintoihinsa, mikä edistää alueen kiertotaloutta. Osaamisen ja ymmärryksen karttuminen omissa hankinnoissa mahdollistaa myös paremman yhteistyön rakentamista teemassa.',
    sv: 'En av HSY:s strategiska åtgärder är att öka hänsynen till cirkulär ekonomi i sina egna upphandlingar, vilket främjar den cirkulära ekonomin i regionen. När kunnandet och förståelsen växer i de egna upphandlingarna blir det också möjligt att bygga bättre samarbete kring temat.',
    en: "One of HSY's strategic measures is to add circular-economy aspects to its own procurement, which advances the circular economy of the region. Growing skills and understanding in its own procurement also make it possible to build better cooperation on the theme.",
  },
  officialDescription: {
    fi: [
      'Lisätään kaupunkien välistä yhteistyötä kestävissä hankinnoissa.',
      '',
      'Tiivistetään ja laajennetaan jo olemassa olevaa yhteistyötä, jolla tavoitellaan hiilineutraaliutta, resurssitehokkuutta ja vastuullisuutta julkisissa hankinnoissa. Kestävien hankintojen toteuttaminen linkittyy vahvasti tuotteiden ja palveluiden elinkaarivaikutuksiin ja niiden arviointiin osana hankintaprosessia. Tällöin yhteistyöhön kuuluvat olennaisesti kaupunkien hankintaorganisaatioiden välinen tiedonvaihto esimerkiksi hiilijalanjäljen käytöstä hankintakriteerinä, vuoropuhelu elinkaari- ja ilmastoasiantuntijoiden, sekä muiden osaamisverkostojen kanssa, sekä yhteistyö ympäristövaikutusten kokonaisvaltaisessa huomioimisessa. Muita yhteistyön osa-alueita ovat yhteinen markkinavuoropuhelu ja käytäntöjen kehittäminen siten, että tavoiteltava kestävyysvaikutus on mitattavissa. Selvitetään ja tunnistetaan esteet kestävien hankintojen tekemisessä, pullonkaulat tarjouspyynnön määrittelyssä sekä portinvartijat, joiden valinnat ratkaisevat julkisen hankinnan kestävyyden ja kiertotalouskriteerit. Suunnataan koulutusta ja verkostomaista yhteistyötä näihin hankintaprosessin portinvartijoihin ja opastetaan heitä kiertotalouskriteerien käyttöön. Tunnistetaan kestävyyskriteerien kilpailutusta helpottavia kansallisia ja kansainvälisiä malleja ja tuetaan nykyisten yhteistyöverkostojen tehokasta hyödyntämistä hankinnoissa (esim. KEINO-verkosto). Asetetaan ja seurataan erilaisten kestävyyskriteerien käyttöä koskevia tavoitteita hankinnoissa (esim. laadulliset ja määrälliset tavoitteet, ja julkisten hankintojen Green Deal-sopimukset, jotka hankintayksikkö voi solmia valtion osapuolen kanssa).',
      '(Kestävän kaupunkielämän ohjelman mukaisesti)',
    ].join('\n'),
    sv: [
      'Samarbetet mellan städerna i hållbara upphandlingar utökas.',
      '',
      'Det befintliga samarbetet för koldioxidneutralitet, resurseffektivitet och ansvarsfullhet i offentliga upphandlingar fördjupas och breddas. Hållbara upphandlingar är nära kopplade till produkternas och tjänsternas livscykeleffekter och bedömningen av dem som en del av upphandlingsprocessen. Samarbetet omfattar därför i väsentlig grad informationsutbyte mellan städernas upphandlingsorganisationer, till exempel om koldioxidavtrycket som upphandlingskriterium, dialog med livscykel- och klimatexperter och andra kompetensnätverk samt samarbete för att beakta miljökonsekvenserna i sin helhet. Andra delar av samarbetet är en gemensam marknadsdialog och utveckling av praxis så att den eftersträvade hållbarhetseffekten kan mätas. Hindren för hållbara upphandlingar, flaskhalsarna i definitionen av anbudsförfrågan och de grindvakter vars val avgör den offentliga upphandlingens hållbarhet och kriterierna för cirkulär ekonomi utreds och identifieras. Utbildning och nätverkssamarbete riktas till dessa grindvakter i upphandlingsprocessen och de handleds i användningen av kriterier för cirkulär ekonomi. Nationella och internationella modeller som underlättar konkurrensutsättning med hållbarhetskriterier identifieras och ett effektivt utnyttjande av befintliga samarbetsnätverk i upphandlingarna stöds (t.ex. KEINO-nätverket). Mål för användningen av olika hållbarhetskriterier i upphandlingarna ställs upp och följs upp (t.ex. kvalitativa och kvantitativa mål samt Green Deal-avtal för offentliga upphandlingar som en upphandlande enhet kan ingå med staten).',
      '(Enligt programmet för hållbart stadsliv)',
    ].join('\n'),
    en: [
      'Cooperation between the cities in sustainable procurement is increased.',
      '',
      'The existing cooperation towards carbon neutrality, resource efficiency and responsibility in public procurement is deepened and widened. Sustainable procurement is closely linked to the life-cycle impacts of products and services and their assessment as part of the procurement process. The cooperation therefore essentially includes the exchange of information between the cities’ procurement organisations, for example on the carbon footprint as a procurement criterion, dialogue with life-cycle and climate experts and other expert networks, and cooperation in taking environmental impacts into account as a whole. Other parts of the cooperation are a joint market dialogue and developing practices so that the intended sustainability impact can be measured. The obstacles to sustainable procurement, the bottlenecks in defining the call for tenders and the gatekeepers whose choices decide the sustainability and circular-economy criteria of a public procurement are studied and identified. Training and networked cooperation are aimed at these gatekeepers of the procurement process, and they are guided in using circular-economy criteria. National and international models that make tendering with sustainability criteria easier are identified, and the effective use of existing cooperation networks in procurement is supported (e.g. the KEINO network). Targets for the use of different sustainability criteria in procurement are set and monitored (e.g. qualitative and quantitative targets, and Green Deal agreements on public procurement that a contracting entity can make with the state).',
      '(In line with the Sustainable City Life programme)',
    ].join('\n'),
  },
  /** Aikataulussa. */
  declaredOnSchedule: true,
  /** When the programme manager entered it in the action plan (the tracker page dates from 2023). */
  createdAt: '2023-09-01T10:00',
  task: {
    title:
      'Lisäämme kiertotalousnäkökohtia hankinnoissa (HSY:n strateginen toimenpide). Toimenpide käynnistetään vuonna 2023 alkukartoituksella siitä, millaisia kiertoaloushankintoja HSY:ssä on jo tehty.',
    dueDate: '2025-12-31',
  },
};
