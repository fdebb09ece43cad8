import { isValidBusinessId } from './business-id.js';

describe('isValidBusinessId', () => {
  it.each([
    '0201256-6', // Helsingin kaupunki
    '0204819-8', // Espoon kaupunki
    '0245437-2',
    '1572860-0', // remainder 0 → check digit 0
  ])('accepts %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each([
    '0201256-7', // wrong check digit
    '0201256', // no check digit
    '201256-6', // six digits
    '0201256–6', // en dash
    ' 0201256-6',
    'abcdefg-h',
    '',
  ])('refuses %p', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });

  it('refuses every ID whose remainder is 1, whatever the check digit', () => {
    // Find seven digits whose weighted sum leaves 1: no check digit can make them valid.
    const digits = Array.from({ length: 10000 }, (_, index) => String(index).padStart(7, '0')).find(
      (candidate) => {
        const sum = [...candidate].reduce(
          (total, digit, index) => total + Number(digit) * [7, 9, 10, 5, 8, 4, 2][index],
          0,
        );
        return sum % 11 === 1;
      },
    )!;
    for (let check = 0; check <= 9; check++)
      expect(isValidBusinessId(`${digits}-${check}`)).toBe(false);
  });
});
