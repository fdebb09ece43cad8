import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n';

interface Titled {
  purpose: string;
  titleFi?: string | null;
  titleSv?: string | null;
  titleEn?: string | null;
}

/** The round's own title in the reader's language (else Finnish), else its purpose's name. */
export function roundTitle(t: TFunction, round: Titled): string {
  const own = { fi: round.titleFi, sv: round.titleSv, en: round.titleEn }[currentLanguage()];
  return own || round.titleFi || t(`rounds.purpose.${round.purpose}`);
}
