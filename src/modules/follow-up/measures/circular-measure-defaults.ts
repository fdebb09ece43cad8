import type { LocalizedText } from '../../../common/i18n/localized-text.js';

export interface CircularMeasureDefault {
  key: string;
  label: LocalizedText;
  description: LocalizedText;
  takesCriterionText: boolean;
}

/**
 * The reference academy's catalogue: the "benefits list" of seed 003 (tietoa ja välineitä
 * markkina-analyysiin, markkinavuoropuheluun, hankintojen elinkaaren huomioimiseen,
 * hankintakriteereihin, hankintasopimuksiin, mittareihin ja seurantaan), in its order.
 */
export const CIRCULAR_MEASURE_DEFAULTS: readonly CircularMeasureDefault[] = [
  {
    key: 'MARKET_ANALYSIS',
    label: { fi: 'Markkina-analyysi', sv: 'Marknadsanalys', en: 'Market analysis' },
    description: {
      fi: 'Selvitetään, mitä kiertotalousratkaisuja markkinoilla on tarjolla.',
      sv: 'Man utreder vilka cirkulära lösningar som finns på marknaden.',
      en: 'Finding out which circular solutions the market offers.',
    },
    takesCriterionText: false,
  },
  {
    key: 'MARKET_DIALOGUE',
    label: { fi: 'Markkinavuoropuhelu', sv: 'Marknadsdialog', en: 'Market dialogue' },
    description: {
      fi: 'Keskustellaan toimittajien kanssa ennen tarjouspyyntöä.',
      sv: 'Dialog med leverantörer före anbudsförfrågan.',
      en: 'Talking with suppliers before the call for tenders.',
    },
    takesCriterionText: false,
  },
  {
    key: 'LIFE_CYCLE',
    label: {
      fi: 'Hankinnan elinkaaren huomioiminen',
      sv: 'Hänsyn till upphandlingens livscykel',
      en: 'Life-cycle consideration',
    },
    description: {
      fi: 'Elinkaarikustannukset ja -vaikutukset otetaan huomioon.',
      sv: 'Livscykelkostnader och -effekter beaktas.',
      en: 'Life-cycle costs and impacts are taken into account.',
    },
    takesCriterionText: false,
  },
  {
    key: 'PROCUREMENT_CRITERIA',
    label: { fi: 'Hankintakriteerit', sv: 'Upphandlingskriterier', en: 'Procurement criteria' },
    description: {
      fi: 'Kiertotalouskriteerit tarjouspyynnössä (kirjaa käytetty kriteeri).',
      sv: 'Kriterier för cirkulär ekonomi i anbudsförfrågan (ange kriteriet som användes).',
      en: 'Circular-economy criteria in the call for tenders (record the criterion used).',
    },
    takesCriterionText: true,
  },
  {
    key: 'CONTRACT_TERMS',
    label: { fi: 'Hankintasopimukset', sv: 'Upphandlingsavtal', en: 'Contract terms' },
    description: {
      fi: 'Kiertotaloutta edistävät sopimusehdot.',
      sv: 'Avtalsvillkor som främjar cirkulär ekonomi.',
      en: 'Contract terms that promote the circular economy.',
    },
    takesCriterionText: false,
  },
  {
    key: 'METRICS_AND_MONITORING',
    label: {
      fi: 'Mittarit ja seuranta',
      sv: 'Mätare och uppföljning',
      en: 'Metrics and monitoring',
    },
    description: {
      fi: 'Vaikutuksia mitataan ja seurataan sopimuskauden ajan.',
      sv: 'Effekterna mäts och följs upp under avtalsperioden.',
      en: 'The effects are measured and monitored over the contract.',
    },
    takesCriterionText: false,
  },
];
