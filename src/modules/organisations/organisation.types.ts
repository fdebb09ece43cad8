// Records other features receive from the organisations services (they never import entities).
export type { OrganisationEntity as OrganisationRecord } from './entities/organisation.entity.js';
export type { MembershipEntity as MembershipRecord } from './entities/membership.entity.js';
