import { inspectInput, MAX_ANY_STRING, MAX_NESTING } from './input-inspection.js';

const rules = (value: unknown, field = 'input') =>
  inspectInput(value, field).map((problem) => `${problem.field}:${problem.rule}`);

describe('inspectInput', () => {
  it('accepts ordinary text, tabs and line breaks, emoji and other paired surrogates', () => {
    expect(rules({ name: 'Äänekoski 😀', notes: 'rivi 1\n\trivi 2\r\n', list: ['𝔘'] })).toEqual([]);
  });

  it('names every string with a control character or an unpaired surrogate', () => {
    expect(
      rules({
        a: 'x\u0000',
        b: ['ok', 'y\u001B'],
        c: { d: '\uD800' },
        e: 'z\uDFFF',
        f: '\uDBFF\uDFFF',
      }),
    ).toEqual([
      'input.a:noControlCharacters',
      'input.b.1:noControlCharacters',
      'input.c.d:wellFormedUnicode',
      'input.e:wellFormedUnicode',
    ]);
  });

  it('checks object keys without echoing them in the path', () => {
    expect(rules({ 'k\u0000': 1 })).toEqual(['input.(key):noControlCharacters']);
  });

  it('checks a bare string argument and arguments without a name', () => {
    expect(rules('a\u0000', 'slug')).toEqual(['slug:noControlCharacters']);
    expect(rules({ entityType: 'a\u0000' }, '')).toEqual(['entityType:noControlCharacters']);
  });

  it('caps every string and the nesting', () => {
    expect(rules({ a: 'x'.repeat(MAX_ANY_STRING + 1) })).toEqual(['input.a:maxLength']);
    let nested: unknown = 'x';
    for (let level = 0; level <= MAX_NESTING; level += 1) nested = [nested];
    expect(rules(nested)).toHaveLength(1);
    expect(rules(nested)[0]).toMatch(/:maxDepth$/);
  });

  it('refuses invalid dates and dates outside 2000–2100', () => {
    expect(
      rules({
        from: new Date(Number.NaN),
        to: new Date('0001-01-01T00:00:00Z'),
        at: new Date('2027-01-01T00:00:00Z'),
      }),
    ).toEqual(['input.from:INVALID_DATE_TIME', 'input.to:DATE_OUT_OF_RANGE']);
  });

  it('stops after 20 problems', () => {
    expect(rules(Array.from({ length: 100 }, () => '\u0000'))).toHaveLength(20);
  });
});
