import { Locale, localeFromAcceptLanguage } from './locale.js';
import { pickLocalized } from './localized-text.js';
import { MESSAGES, translate } from './messages.js';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'fi'],
    ['', 'fi'],
    ['sv-FI,sv;q=0.9', 'sv'],
    ['en-GB', 'en'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE', 'fi'],
    ['en;q=0.4,sv;q=0.8', 'sv'],
    ['FI', 'fi'],
  ])('%p → %p', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('translate', () => {
  it('fills placeholders in the asked language', () => {
    expect(translate('RATE_LIMITED', Locale.sv, { seconds: 30 })).toBe(
      'För många försök. Försök igen om 30 sekunder.',
    );
    expect(translate('RATE_LIMITED', Locale.fi, { seconds: 30 })).toContain('30 sekunnin');
  });

  it('has every message in Finnish, Swedish and English, none empty', () => {
    for (const [key, message] of Object.entries(MESSAGES)) {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        expect([key, locale, message[locale].trim().length > 0]).toEqual([key, locale, true]);
      }
    }
  });
});

describe('pickLocalized', () => {
  it('falls back to Finnish when a translation is missing', () => {
    expect(pickLocalized({ fi: 'Hei', sv: null, en: 'Hello' }, Locale.sv)).toBe('Hei');
    expect(pickLocalized({ fi: 'Hei', sv: null, en: 'Hello' }, Locale.en)).toBe('Hello');
  });
});
