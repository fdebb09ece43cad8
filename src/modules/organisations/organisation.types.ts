import type { Locale } from '../../common/i18n/locale.js';

// Records other features receive from the organisations services (they never import entities).
export type { OrganisationEntity as OrganisationRecord } from './entities/organisation.entity.js';

/** A member as a mail's recipient: who, and in which language. */
export interface MemberPerson {
  id: string;
  name: string | null;
  email: string;
  locale: Locale;
}
