import { csvCell, csvLine } from './csv-cell.js';

describe('csvCell', () => {
  it('quotes every value, numbers and empty ones too', () => {
    expect(csvCell('Espoo')).toBe('"Espoo"');
    expect(csvCell(3)).toBe('"3"');
    expect(csvCell(0)).toBe('"0"');
    expect(csvCell('')).toBe('""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
  });

  it('doubles embedded quotes and keeps separators and line breaks inside the quotes', () => {
    expect(csvCell('Kunta "A"')).toBe('"Kunta ""A"""');
    expect(csvCell('a,b;c')).toBe('"a,b;c"');
    expect(csvCell('rivi 1\nrivi 2\r\nrivi 3')).toBe('"rivi 1\nrivi 2\r\nrivi 3"');
    expect(csvCell('ä ö å €')).toBe('"ä ö å €"');
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+358 40 123', `"'+358 40 123"`],
    ['-1+1', `"'-1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    // A spreadsheet strips leading whitespace and control characters and folds
    // compatibility forms (NFKC) before it looks for a formula.
    ['\n=1+1', `"'\n=1+1"`],
    [' =1', `"' =1"`],
    ['\u00A0=1+1', `"'\u00A0=1+1"`],
    ['\u200B=1+1', `"'\u200B=1+1"`],
    ['\u0000@SUM(A1)', `"'\u0000@SUM(A1)"`],
    ['＝1+1', `"'＝1+1"`],
    ['＋358', `"'＋358"`],
    ['﹣1', `"'﹣1"`],
    ['＠SUM(A1)', `"'＠SUM(A1)"`],
  ])('defuses a leading formula character: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('2027-10-01')).toBe('"2027-10-01"');
    expect(csvCell(' a=1')).toBe('" a=1"');
    expect(csvCell('Ｅspoo')).toBe('"Ｅspoo"');
    // A negative number is text starting with "-": defused like any other.
    expect(csvCell(-5)).toBe(`"'-5"`);
  });

  it('joins a line with the delimiter asked for', () => {
    expect(csvLine(['a;b', 'c,d', 1], ',')).toBe('"a;b","c,d","1"');
    expect(csvLine(['a;b', 'c,d', 1], ';')).toBe('"a;b";"c,d";"1"');
  });
});
