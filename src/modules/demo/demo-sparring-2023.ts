/**
 * The 2023 sparring round as it ran: each cohort organisation met one expert (Nov–Jan) on
 * choosing the circular measures and procurement criteria for its own pilot, as the call
 * promised. Owners are team positions (0 responsible person, 1 procurement, 2 environment,
 * 3 sector expert); times are Helsinki local.
 */
export interface SparringEntry {
  key: string;
  start: string;
  expert: number;
  summary: string;
  actions: Array<{ title: string; owner: number; due: string }>;
}

export const SPARRING_ROUND_2023 = {
  title: {
    fi: 'Sparraus: kiertotalouskeinot ja hankintakriteerit',
    sv: 'Sparring: cirkulära åtgärder och upphandlingskriterier',
    en: 'Sparring: circular measures and procurement criteria',
  },
  opens: '2023-11-01T00:00',
  closes: '2024-01-31T23:59',
};

export const SPARRING_2023: SparringEntry[] = [
  {
    key: 'kuusiniemi',
    start: '2023-11-14T09:00',
    expert: 0,
    summary:
      'Kävimme läpi Koivulan koulun peruskorjauksen kiertotalouskeinot. Purkukatselmus on tehty, mutta siitä puuttuu uudelleenkäytettävien rakennusosien määräarvio. Sovittiin, että hankinnassa käytetään purkumateriaalien hyödyntämisastetta vähimmäisvaatimuksena (70 %) ja kierrätettyjen materiaalien osuutta vertailuperusteena. Markkinavuoropuhelu käydään ennen tarjouspyyntöä, jotta kriteerit ovat urakoitsijoille realistisia.',
    actions: [
      {
        title: 'Täydennetään purkukatselmus uudelleenkäytettävien osien määrillä',
        owner: 2,
        due: '2023-12-15',
      },
      { title: 'Kutsutaan urakoitsijat markkinavuoropuheluun', owner: 1, due: '2024-01-19' },
      {
        title: 'Luonnostellaan hyödyntämisasteen vähimmäisvaatimus ja todentamistapa',
        owner: 1,
        due: '2024-02-09',
      },
    ],
  },
  {
    key: 'jarvela',
    start: '2023-11-21T13:00',
    expert: 1,
    summary:
      'Päiväkoti Tuulikellon uudisrakennuksessa keskeisiksi keinoiksi valittiin elinkaarilaskenta ja hiilijalanjäljen raja-arvo. Suunnittelijan tarjouspyyntöön lisätään vaatimus vähähiilisyysselvityksestä kahdessa vaiheessa. Pohdimme myös siirrettävien tilaelementtien hyödyntämistä väistötiloissa; tarvitaan vielä kustannusvertailu.',
    actions: [
      {
        title: 'Lisätään suunnittelun tarjouspyyntöön vähähiilisyysselvitys',
        owner: 1,
        due: '2023-12-22',
      },
      {
        title: 'Selvitetään siirrettävien väistötilojen vuokrauksen kustannukset',
        owner: 3,
        due: '2024-01-31',
      },
    ],
  },
  {
    key: 'pohjanranta',
    start: '2023-11-29T10:00',
    expert: 2,
    summary:
      'Konepajan purussa painopiste on materiaalien uusiokäytössä: teräsrakenteet ja koneiden perustukset voidaan hyödyntää oppilaitoksen omissa harjoitustöissä. Sovittiin, että purkuurakan kriteereihin tulee materiaalien lajittelu työmaalla ja toimitus uusiokäyttöön, ja että opiskelijat osallistuvat materiaalien inventointiin. Mittariksi valittiin uusiokäyttöön ohjattujen tonnien osuus.',
    actions: [
      {
        title: 'Inventoidaan uusiokäyttöön soveltuvat teräsrakenteet opiskelijoiden kanssa',
        owner: 3,
        due: '2024-01-26',
      },
      {
        title: 'Kirjoitetaan lajittelu- ja toimitusvaatimus purkuurakan tarjouspyyntöön',
        owner: 1,
        due: '2024-02-16',
      },
      {
        title: 'Sovitaan uusiokäyttöosuuden seurannasta ja raportoinnista',
        owner: 0,
        due: '2024-03-15',
      },
    ],
  },
  {
    key: 'harjula',
    start: '2023-12-05T14:00',
    expert: 0,
    summary:
      'Seurakuntakeskuksen peruskorjauksen suunnittelussa käytiin läpi, miten kiertotalous näkyy suunnittelijan valinnassa. Vertailuperusteeksi sovittiin referenssit korjausrakentamisesta ja materiaalien uudelleenkäytöstä. Suojeltujen sisätilojen kalusteet ja ovet pyritään kunnostamaan; tästä tehdään erillinen inventointi ennen suunnittelun alkua.',
    actions: [
      {
        title: 'Laaditaan suunnittelijan vertailuperusteet kiertotalousreferensseistä',
        owner: 1,
        due: '2023-12-29',
      },
      { title: 'Inventoidaan kunnostettavat kalusteet ja ovet', owner: 3, due: '2024-02-02' },
    ],
  },
  {
    key: 'rantakyla',
    start: '2023-12-12T09:00',
    expert: 1,
    summary:
      'Liikuntahallin laajennuksessa tarkasteltiin puurakentamista ja kierrätettyä kiviainesta pohjarakenteissa. Sovittiin, että kierrätetyn kiviaineksen käyttö sallitaan tarjouspyynnössä ja sen osuus pisteytetään. Lisäksi pyydetään tarjoajilta rakennustyömaan jätesuunnitelma. Hiilijalanjäljen laskenta tehdään suunnitteluvaiheessa vertailukelpoisella menetelmällä.',
    actions: [
      {
        title: 'Tarkistetaan kierrätetyn kiviaineksen saatavuus alueella',
        owner: 2,
        due: '2024-01-12',
      },
      {
        title: 'Lisätään jätesuunnitelma tarjouspyynnön vaatimuksiin',
        owner: 1,
        due: '2024-01-31',
      },
      { title: 'Valitaan hiilijalanjäljen laskentamenetelmä', owner: 2, due: '2024-02-29' },
    ],
  },
  {
    key: 'kymijoki',
    start: '2024-01-09T10:00',
    expert: 2,
    summary:
      'Virastotalon muutostyössä suurin mahdollisuus on väliseinien, alakattojen ja kalusteiden uudelleenkäyttö. Sovittiin, että urakkaan sisällytetään purettavien osien talteenotto ja käyttö uusissa tiloissa, ja että tarjoajia pyydetään esittämään uudelleenkäyttösuunnitelma. Vuokralaisten kanssa sovitaan aikataulusta, jotta talteenotto ehditään tehdä huolellisesti.',
    actions: [
      {
        title: 'Listataan uudelleenkäytettävät väliseinät, alakatot ja kalusteet',
        owner: 3,
        due: '2024-02-09',
      },
      {
        title: 'Kirjoitetaan uudelleenkäyttösuunnitelman vaatimus urakkaan',
        owner: 1,
        due: '2024-02-23',
      },
    ],
  },
  {
    key: 'metsala',
    start: '2024-01-16T13:00',
    expert: 0,
    summary:
      'Kirjaston peruskorjauksessa käytiin läpi, mitkä kiertotalouskeinot sopivat pienen kunnan resursseihin. Valittiin markkinakartoitus ja yksinkertaiset hankintakriteerit: purkumateriaalien lajittelu ja kierrätettyjen materiaalien osuus. Sovittiin yhteistyöstä naapurikunnan kanssa kriteerien laadinnassa ja mallitekstien hyödyntämisestä.',
    actions: [
      { title: 'Tehdään markkinakartoitus alueen urakoitsijoista', owner: 1, due: '2024-02-16' },
      { title: 'Sovitaan kriteeriyhteistyöstä naapurikunnan kanssa', owner: 0, due: '2024-02-29' },
      { title: 'Muokataan mallitekstit kirjaston tarjouspyyntöön', owner: 1, due: '2024-03-22' },
    ],
  },
];
