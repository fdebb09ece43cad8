// fi/sv/en. Every string a person reads comes from these files; test/web/i18n.spec.ts fails on
// a key missing in one language or used in code but defined nowhere.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'akatemia.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** This tab's choice, else the browser's first fi/sv/en language, else Finnish. */
function initialLanguage(): Language {
  const chosen = sessionStorage.getItem(STORAGE_KEY);
  if (isLanguage(chosen)) return chosen;
  const preferred = navigator.languages
    .map((tag) => tag.slice(0, 2).toLowerCase())
    .find((tag) => isLanguage(tag));
  return isLanguage(preferred) ? preferred : 'fi';
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'fi';
}

/** Switches the language for this tab (the signed-in person's choice is also saved by updateMe). */
export async function changeLanguage(language: Language): Promise<void> {
  sessionStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

await i18next.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: false,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = currentLanguage();

export default i18next;
