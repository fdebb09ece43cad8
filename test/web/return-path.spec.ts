// The page to return to after sign-in comes from the address (`?next=`): only a path of this
// app may pass, or the sign-in page would be an open redirect.
import { returnPathAfterSignIn, safeReturnPath } from '../../web/src/session/return-path';

const ORIGIN = 'https://akatemia.example.fi';

describe('safeReturnPath', () => {
  it.each([
    '/',
    '/academies/kiertotalous-2026/application',
    '/academies/x?tab=2#contacts',
    '/search?q=a%2F%2Fb',
  ])('keeps the path of this app %p', (path) => {
    expect(safeReturnPath(path, ORIGIN)).toBe(path);
  });

  it.each([
    ['another host', '//evil.example'],
    ['a backslash', '/\\evil.example'],
    ['a tab that URL parsing drops (?next=/%09/evil.com)', '/\t/evil.com'],
    ['a line break', '/\n/evil.com'],
    ['a carriage return', '/\r/evil.com'],
    ['NUL', '/\u0000/evil.com'],
    ['DEL', '/\u007f'],
    ['a backslash inside', '/academies\\x'],
    ['an absolute URL', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['no leading slash', 'academies'],
    ['a double slash inside', '/a//b'],
    ['too long', `/${'a'.repeat(512)}`],
    ['nothing', ''],
  ])('refuses %s', (_what, path) => {
    expect(safeReturnPath(path, ORIGIN)).toBeNull();
  });

  it('reads the tab case as the browser would: decoded from ?next=', () => {
    const next = new URLSearchParams('next=/%09/evil.com').get('next');
    expect(new URL(next!, ORIGIN).origin).not.toBe(ORIGIN);
    expect(safeReturnPath(next, ORIGIN)).toBeNull();
    expect(returnPathAfterSignIn(next, ORIGIN)).toBe('/');
  });
});
