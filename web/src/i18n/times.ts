// Clock times as the client writes them everywhere, 24-hour in every language, as the API's
// texts and mails write them: fi 9.00, sv 09.00, en 09:00.
import type { Language } from '.';

export const INTL_LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export const TIME: Record<Language, Intl.DateTimeFormatOptions> = {
  fi: { hour: 'numeric', minute: '2-digit' },
  sv: { hour: '2-digit', minute: '2-digit' },
  en: { hour: '2-digit', minute: '2-digit' },
};

/** `9.00`: the instant's time of day, in `timeZone` (the browser's when not given). */
export function clockTime(instant: Date, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { ...TIME[language], timeZone }).format(
    instant,
  );
}
