// fi/sv/en. Every string a person reads comes from these files (and the areas' files in
// i18n/<area>/); test/web/i18n.spec.ts fails on
// a key missing in one language or used in code but defined nowhere.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

type Catalogue = Record<string, unknown>;

// A feature area keeps its strings in `i18n/<area>/{fi,sv,en}.json`, each under its own
// top-level key, so areas never edit the same file (test/web/i18n.spec.ts checks that no two
// files define the same top-level key).
const areaFiles = import.meta.glob<Catalogue>('./*/*.json', { eager: true, import: 'default' });

function catalogue(language: string, shared: Catalogue): Catalogue {
  const merged: Catalogue = { ...shared };
  for (const [file, strings] of Object.entries(areaFiles)) {
    if (file.endsWith(`/${language}.json`)) Object.assign(merged, strings);
  }
  return merged;
}

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
  resources: {
    fi: { translation: catalogue('fi', fi) },
    sv: { translation: catalogue('sv', sv) },
    en: { translation: catalogue('en', en) },
  },
  lng: initialLanguage(),
  fallbackLng: false,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = currentLanguage();

export default i18next;
