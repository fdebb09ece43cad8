import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  clearedSessionCookie,
  sessionCookie,
  type SessionCookieOptions,
} from '../../common/auth/session-cookie.js';
import { AppConfig } from '../../config/app-config.js';

/**
 * Sets and clears the browser's session cookie on the GraphQL answer (the resolver reaches
 * the Fastify reply through the GraphQL context; Apollo's Fastify integration adds its own
 * headers to the same reply, so ours stay).
 */
@Injectable()
export class BrowserSessionCookie {
  private readonly options: SessionCookieOptions;

  constructor(private readonly config: AppConfig) {
    // Secure follows PUBLIC_URL, the address people use: behind a TLS proxy the app itself
    // may see plain HTTP.
    this.options = { secure: new URL(config.publicUrl).protocol === 'https:' };
  }

  set(reply: FastifyReply, token: string): void {
    // The cookie lives exactly as long as the session behind it.
    const maxAgeSeconds = this.config.auth.sessionTtlHours * 3600;
    void reply.header('set-cookie', sessionCookie(token, maxAgeSeconds, this.options));
    // An answer that sets a session is never stored by a cache.
    void reply.header('cache-control', 'no-store');
  }

  clear(reply: FastifyReply): void {
    void reply.header('set-cookie', clearedSessionCookie(this.options));
  }
}
