import type { FastifyRequest } from 'fastify';
import {
  clearedSessionCookie,
  sessionCookie,
  sessionCookieOf,
  sessionTokenOf,
} from './session-cookie.js';

const TOKEN = 'a'.repeat(43);
const OTHER = 'b'.repeat(43);
const requestWith = (headers: Record<string, string>): FastifyRequest =>
  ({ headers }) as unknown as FastifyRequest;

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/, with the session lifetime; Secure only when asked', () => {
    expect(sessionCookie(TOKEN, 3600, { secure: false })).toBe(
      `akatemia_session=${TOKEN}; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax`,
    );
    expect(sessionCookie(TOKEN, 3600, { secure: true })).toBe(
      `__Host-akatemia_session=${TOKEN}; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax; Secure`,
    );
    expect(clearedSessionCookie({ secure: true })).toBe(
      '__Host-akatemia_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it.each([
    [undefined, undefined],
    ['', undefined],
    [`akatemia_session=${TOKEN}`, TOKEN],
    [`theme=dark; akatemia_session=${TOKEN}; other=1`, TOKEN],
    ['akatemia_session=short', undefined],
    ['akatemia_session=', undefined],
    [`xakatemia_session=${TOKEN}`, undefined],
    [`akatemia_session=${TOKEN}"; x`, undefined],
  ])('reads %p as %p', (header, expected) => {
    expect(sessionCookieOf(header)).toEqual({ token: expected, conflicting: false });
  });

  it.each([
    `akatemia_session=${TOKEN}; akatemia_session=${OTHER}`,
    `akatemia_session=${TOKEN}; akatemia_session=${TOKEN}`,
    `akatemia_session=${TOKEN}; theme=dark; akatemia_session=short`,
  ])(
    'treats two session cookies (%p) as no session: which one is ours cannot be told',
    (header) => {
      expect(sessionCookieOf(header)).toEqual({ token: undefined, conflicting: true });
    },
  );

  it('reads only the __Host- cookie when that is the name', () => {
    const header = `akatemia_session=${OTHER}; __Host-akatemia_session=${TOKEN}`;
    expect(sessionCookieOf(header, '__Host-akatemia_session')).toEqual({
      token: TOKEN,
      conflicting: false,
    });
  });

  it('prefers a Bearer header to the cookie, even a broken one', () => {
    const cookie = `akatemia_session=${TOKEN}`;
    const tokenOf = (headers: Record<string, string>) =>
      sessionTokenOf(requestWith(headers), 'akatemia_session').token;
    expect(tokenOf({ cookie })).toBe(TOKEN);
    expect(tokenOf({ cookie, authorization: `Bearer ${OTHER}` })).toBe(OTHER);
    expect(tokenOf({ cookie, authorization: 'Bearer' })).toBe('');
    // Another scheme (a proxy's Basic credentials) is not ours: the cookie still counts.
    expect(tokenOf({ cookie, authorization: 'Basic eDp5' })).toBe(TOKEN);
    expect(tokenOf({})).toBeUndefined();
    // Bearer wins over conflicting cookies too.
    expect(
      sessionTokenOf(
        requestWith({ cookie: `${cookie}; ${cookie}`, authorization: `Bearer ${OTHER}` }),
        'akatemia_session',
      ),
    ).toEqual({ token: OTHER, conflicting: false });
  });
});
