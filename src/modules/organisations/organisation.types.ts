// Records other features receive from the organisations services (they never import entities).
export type { OrganisationEntity as OrganisationRecord } from './entities/organisation.entity.js';
