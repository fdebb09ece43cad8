import { ifNoneMatchMatches } from './calendar.controller.js';

describe('ifNoneMatchMatches (RFC 9110 §13.1.2)', () => {
  const etag = 'W/"abc123"';

  it('compares weakly: W/ or not, on either side', () => {
    expect(ifNoneMatchMatches('W/"abc123"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"abc123"', etag)).toBe(true);
    expect(ifNoneMatchMatches('W/"abc123"', '"abc123"')).toBe(true);
  });

  it('reads a list, with or without spaces, and * for any current representation', () => {
    expect(ifNoneMatchMatches('"x", W/"abc123"', etag)).toBe(true);
    expect(ifNoneMatchMatches('W/"x","abc123" ,"y"', etag)).toBe(true);
    expect(ifNoneMatchMatches(' * ', etag)).toBe(true);
  });

  it('matches nothing else', () => {
    expect(ifNoneMatchMatches(undefined, etag)).toBe(false);
    expect(ifNoneMatchMatches('', etag)).toBe(false);
    expect(ifNoneMatchMatches('"abc"', etag)).toBe(false);
    expect(ifNoneMatchMatches('abc123', etag)).toBe(false);
    expect(ifNoneMatchMatches('"abc123-x", W/"abc1234"', etag)).toBe(false);
  });
});
