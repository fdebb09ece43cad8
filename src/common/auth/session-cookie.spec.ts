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
    expect(sessionCookie(TOKEN, 3600, { secure: true })).toMatch(/; Secure$/);
    expect(clearedSessionCookie({ secure: true })).toBe(
      'akatemia_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it.each([
    [undefined, undefined],
    ['', undefined],
    [`akatemia_session=${TOKEN}`, TOKEN],
    [`theme=dark; akatemia_session=${TOKEN}; other=1`, TOKEN],
    [`akatemia_session=${TOKEN}; akatemia_session=${OTHER}`, TOKEN],
    ['akatemia_session=short', undefined],
    ['akatemia_session=', undefined],
    [`xakatemia_session=${TOKEN}`, undefined],
    [`akatemia_session=${TOKEN}"; x`, undefined],
  ])('reads %p as %p', (header, expected) => {
    expect(sessionCookieOf(header)).toBe(expected);
  });

  it('prefers a Bearer header to the cookie, even a broken one', () => {
    const cookie = `akatemia_session=${TOKEN}`;
    expect(sessionTokenOf(requestWith({ cookie }))).toBe(TOKEN);
    expect(sessionTokenOf(requestWith({ cookie, authorization: `Bearer ${OTHER}` }))).toBe(OTHER);
    expect(sessionTokenOf(requestWith({ cookie, authorization: 'Bearer' }))).toBe('');
    // Another scheme (a proxy's Basic credentials) is not ours: the cookie still counts.
    expect(sessionTokenOf(requestWith({ cookie, authorization: 'Basic eDp5' }))).toBe(TOKEN);
    expect(sessionTokenOf(requestWith({}))).toBeUndefined();
  });
});
