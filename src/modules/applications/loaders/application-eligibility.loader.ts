import DataLoader from 'dataloader';
import type { Locale } from '../../../common/i18n/locale.js';
import type { EligibilityService } from '../eligibility.service.js';
import type { ApplicationEntity } from '../entities/application.entity.js';
import type { CriterionResult } from '../eligibility.js';

export interface EligibilityKey {
  application: ApplicationEntity;
  /** The reader's language: the explanations are written in it. */
  locale: Locale;
}

/**
 * `Application.eligibility`: the applications of a request evaluated together (criteria
 * once per academy, organisations and cohort history in one query each), per language.
 */
export function createApplicationEligibilityLoader(deps: {
  eligibility: EligibilityService;
}): DataLoader<EligibilityKey, CriterionResult[], string> {
  return new DataLoader(
    async (keys) => {
      const byLocale = new Map<Locale, Map<string, CriterionResult[]>>();
      for (const locale of new Set(keys.map((key) => key.locale))) {
        const applications = keys
          .filter((key) => key.locale === locale)
          .map((key) => key.application);
        byLocale.set(locale, await deps.eligibility.evaluateMany(applications, locale));
      }
      return keys.map((key) => byLocale.get(key.locale)?.get(key.application.id) ?? []);
    },
    { cacheKeyFn: (key) => `${key.application.id}:${key.locale}` },
  );
}
