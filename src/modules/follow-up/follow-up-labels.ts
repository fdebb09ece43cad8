import { MilestoneKind } from './follow-up.enums.js';

/** The usual milestones' names, used as the title when the team writes none. */
export const MILESTONE_TITLES: Record<
  Exclude<MilestoneKind, MilestoneKind.CUSTOM>,
  { fi: string; sv: string; en: string }
> = {
  [MilestoneKind.MARKET_DIALOGUE]: {
    fi: 'Markkinavuoropuhelu',
    sv: 'Marknadsdialog',
    en: 'Market dialogue',
  },
  [MilestoneKind.TENDER_PUBLISHED]: {
    fi: 'Tarjouspyyntö julkaistu',
    sv: 'Anbudsförfrågan publicerad',
    en: 'Tender published',
  },
  [MilestoneKind.CONTRACT_SIGNED]: {
    fi: 'Sopimus allekirjoitettu',
    sv: 'Avtal undertecknat',
    en: 'Contract signed',
  },
};

/** A pilot's title when the application named none. */
export const DEFAULT_PILOT_TITLE = {
  fi: 'Pilottihankinta',
  sv: 'Pilotupphandling',
  en: 'Pilot procurement',
};
