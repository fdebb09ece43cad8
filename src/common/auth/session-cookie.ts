import type { FastifyRequest } from 'fastify';

/**
 * The browser session's cookie (see docs/auth-and-mail.md, "Browser sessions"). Over https it
 * carries the `__Host-` prefix: browsers refuse such a cookie with a `Domain` or a `Path` other
 * than `/`, so a neighbouring subdomain cannot toss one of the same name at us.
 */
export const SESSION_COOKIE = 'akatemia_session';
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** Session tokens are base64url (tokens.ts); anything else in the cookie is ignored. */
const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;
const BEARER = /^Bearer\s+(\S+)$/i;

export interface SessionCookieOptions {
  /** `Secure` and the `__Host-` prefix: set when PUBLIC_URL is https. */
  secure: boolean;
}

/** The session cookie's name: `__Host-akatemia_session` over https, else `akatemia_session`. */
export function sessionCookieName(options: SessionCookieOptions): string {
  return options.secure ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/** What the `Cookie` header holds of the session: one token, nothing, or a conflict. */
export interface PresentedCookie {
  /** The token of the only session cookie, when it is well-formed. */
  token: string | undefined;
  /**
   * Two or more cookies of the session's name. Browsers order cookies by path length, then
   * age (RFC 6265 §5.4), so which is ours cannot be told; such a request has no session.
   */
  conflicting: boolean;
}

/** The session cookie named `name` in a `Cookie` header. */
export function sessionCookieOf(
  cookieHeader: string | undefined,
  name: string = SESSION_COOKIE,
): PresentedCookie {
  const values: string[] = [];
  for (const pair of (cookieHeader ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    values.push(pair.slice(separator + 1).trim());
  }
  if (values.length > 1) return { token: undefined, conflicting: true };
  const value = values[0];
  return {
    token: value !== undefined && TOKEN.test(value) ? value : undefined,
    conflicting: false,
  };
}

/**
 * The session token a request presents: `Authorization: Bearer …` when the header names the
 * Bearer scheme (even a broken one: Bearer wins and is not silently replaced by the cookie),
 * else the session cookie named `cookieName`.
 */
export function sessionTokenOf(request: FastifyRequest, cookieName: string): PresentedCookie {
  const authorization = request.headers.authorization;
  if (authorization !== undefined && /^Bearer\b/i.test(authorization.trim())) {
    return { token: BEARER.exec(authorization.trim())?.[1] ?? '', conflicting: false };
  }
  return sessionCookieOf(request.headers.cookie, cookieName);
}

function attributes(maxAgeSeconds: number, options: SessionCookieOptions): string {
  // HttpOnly: no script reads it. SameSite=Lax: not sent on cross-site POSTs (nor on
  // cross-site subrequests), still sent when a mail link is followed. Path=/: the API and
  // the client share the origin.
  return [
    `Max-Age=${maxAgeSeconds}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** `Set-Cookie` value that starts a browser session lasting `maxAgeSeconds`. */
export function sessionCookie(
  token: string,
  maxAgeSeconds: number,
  options: SessionCookieOptions,
): string {
  return `${sessionCookieName(options)}=${token}; ${attributes(maxAgeSeconds, options)}`;
}

/** `Set-Cookie` value that removes the session cookie (same attributes, so it replaces it). */
export function clearedSessionCookie(options: SessionCookieOptions): string {
  return `${sessionCookieName(options)}=; ${attributes(0, options)}`;
}
