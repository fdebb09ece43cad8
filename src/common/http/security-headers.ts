import type { FastifyInstance, FastifyRequest } from 'fastify';

/** HSTS as Helmet would send it: a year, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Whether this request reached us over HTTPS: its own protocol (behind TRUST_PROXY,
 * X-Forwarded-Proto), or the host name of an https PUBLIC_URL (a TLS proxy that sends no
 * X-Forwarded-Proto). Any other host name over plain HTTP — a LAN address, a development
 * box by its name — is plain HTTP, whatever PUBLIC_URL says.
 */
export function isSecureRequest(request: FastifyRequest, publicUrl: string): boolean {
  if (request.protocol === 'https') return true;
  const configured = new URL(publicUrl);
  return configured.protocol === 'https:' && request.host === configured.host;
}

/**
 * HSTS and the CSP's `upgrade-insecure-requests` only over HTTPS. Sent over plain HTTP they
 * make a browser fetch the explorer's scripts by https:// from a host that speaks no TLS,
 * so the page stays blank (every host name but loopback, and in Safari loopback too).
 * Helmet is registered without both and sets its headers when a request arrives; this hook
 * adds them just before the answer leaves, so it cannot run before Helmet's.
 */
export function registerHttpsOnlyHeaders(fastify: FastifyInstance, publicUrl: string): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (isSecureRequest(request, publicUrl)) {
      const raw = reply.raw;
      raw.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
      const policy = raw.getHeader('content-security-policy');
      if (typeof policy === 'string') {
        raw.setHeader('content-security-policy', `${policy};upgrade-insecure-requests`);
      }
    }
    done(null, payload);
  });
}
