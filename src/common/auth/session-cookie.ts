import type { FastifyRequest } from 'fastify';

/** The browser session's cookie (see docs/auth-and-mail.md, "Browser sessions"). */
export const SESSION_COOKIE = 'akatemia_session';

/** Session tokens are base64url (tokens.ts); anything else in the cookie is ignored. */
const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;
const BEARER = /^Bearer\s+(\S+)$/i;

/** The value of the session cookie in a `Cookie` header, or undefined. */
export function sessionCookieOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    // Only the first one counts: a second cookie of the same name (set for a parent domain by
    // a neighbour) cannot override ours, which browsers list first (longer path / host-only).
    return TOKEN.test(value) ? value : undefined;
  }
  return undefined;
}

/**
 * The session token a request presents: `Authorization: Bearer …` when the header names the
 * Bearer scheme (even a broken one: Bearer wins and is not silently replaced by the cookie),
 * else the session cookie.
 */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization !== undefined && /^Bearer\b/i.test(authorization.trim())) {
    return BEARER.exec(authorization.trim())?.[1] ?? '';
  }
  return sessionCookieOf(request.headers.cookie);
}

export interface SessionCookieOptions {
  /** `Secure`: set when PUBLIC_URL is https. */
  secure: boolean;
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
  return `${SESSION_COOKIE}=${token}; ${attributes(maxAgeSeconds, options)}`;
}

/** `Set-Cookie` value that removes the session cookie (same attributes, so it replaces it). */
export function clearedSessionCookie(options: SessionCookieOptions): string {
  return `${SESSION_COOKIE}=; ${attributes(0, options)}`;
}
