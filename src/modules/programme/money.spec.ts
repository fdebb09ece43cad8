import { Locale } from '../../common/i18n/locale.js';
import { formatDateSpan, formatMoney, isAmount, isCurrency, normaliseAmount } from './money.js';

// Intl separates groups and the currency sign with no-break spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it.each(['0', '225118', '225118.5', '225118.00', '999999999999.99'])('accepts %s', (value) =>
    expect(isAmount(value)).toBe(true),
  );

  it.each(['-1', '1.005', '1e5', '1,50', '', ' 1', '1.', '.5', '1000000000000', '+5', 12])(
    'refuses %p',
    (value) => expect(isAmount(value)).toBe(false),
  );

  it('knows ISO 4217 codes only', () => {
    expect(isCurrency('EUR')).toBe(true);
    expect(isCurrency('SEK')).toBe(true);
    expect(isCurrency('eur')).toBe(false);
    expect(isCurrency('EURO')).toBe(false);
    expect(isCurrency('XYZ')).toBe(false);
  });

  it('stores two decimals', () => {
    expect(normaliseAmount('225118')).toBe('225118.00');
    expect(normaliseAmount('007.5')).toBe('7.50');
  });

  it('formats per language without cents for whole amounts', () => {
    expect(plain(formatMoney('225118.00', 'EUR', Locale.fi))).toBe('225 118 €');
    expect(plain(formatMoney('225118.00', 'EUR', Locale.sv))).toBe('225 118 €');
    expect(formatMoney('225118.00', 'EUR', Locale.en)).toBe('€225,118');
    expect(plain(formatMoney('1250.50', 'EUR', Locale.fi))).toBe('1 250,50 €');
    expect(formatMoney('1250.50', 'EUR', Locale.en)).toBe('€1,250.50');
  });

  it('formats large amounts exactly, never through a float', () => {
    expect(formatMoney('999999999999.99', 'EUR', Locale.en)).toBe('€999,999,999,999.99');
  });

  it('formats date spans per language', () => {
    expect(formatDateSpan('2021-04-01', '2021-11-30', Locale.fi)).toBe('1.4.2021–30.11.2021');
    expect(formatDateSpan('2021-04-01', '2021-11-30', Locale.en)).toBe(
      '1 April 2021 – 30 November 2021',
    );
  });
});
