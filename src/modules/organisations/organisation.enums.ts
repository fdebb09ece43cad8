export enum OrganisationType {
  MUNICIPALITY = 'MUNICIPALITY',
  JOINT_MUNICIPAL_AUTHORITY = 'JOINT_MUNICIPAL_AUTHORITY',
  WELLBEING_SERVICES_COUNTY = 'WELLBEING_SERVICES_COUNTY',
  STATE_AGENCY = 'STATE_AGENCY',
  PARISH = 'PARISH',
  IN_HOUSE_COMPANY = 'IN_HOUSE_COMPANY',
  OTHER_CONTRACTING_ENTITY = 'OTHER_CONTRACTING_ENTITY',
  // Open programmes (stakeholder groups) take part without selection: anyone may join.
  COMPANY = 'COMPANY',
  EDUCATIONAL_INSTITUTION = 'EDUCATIONAL_INSTITUTION',
  /** A registered (or unregistered) association; many have no Y-tunnus. */
  ASSOCIATION = 'ASSOCIATION',
  RESEARCH_ORGANISATION = 'RESEARCH_ORGANISATION',
  /** A person taking part in their own name, e.g. a local decision-maker; no Y-tunnus. */
  INDIVIDUAL = 'INDIVIDUAL',
}

/**
 * Types that may be registered without a business ID: a person has none (and we never ask
 * for a personal identity code instead), and an association is entered in the association
 * register (yhdistysrekisteri) without one unless it employs people, pays VAT or trades.
 * Every other type is a legal person the Business Information System (YTJ) gives a Y-tunnus.
 */
export const BUSINESS_ID_OPTIONAL_TYPES: readonly OrganisationType[] = [
  OrganisationType.INDIVIDUAL,
  OrganisationType.ASSOCIATION,
];

export const businessIdRequired = (type: OrganisationType): boolean =>
  !BUSINESS_ID_OPTIONAL_TYPES.includes(type);
