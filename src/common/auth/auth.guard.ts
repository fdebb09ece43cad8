import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { explicitLocale, type LocaleContext } from '../i18n/locale.js';
import { DomainException } from '../errors/domain.exception.js';
import { ErrorCode } from '../errors/error-code.js';
import { POLICY_KEY, type Policy } from './policy.decorator.js';
import { requestOf } from './principal.js';
import { PrincipalResolver } from './principal-resolver.js';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '../../config/app-config.js';
import {
  clearedSessionCookie,
  sessionCookieName,
  sessionTokenOf,
  type SessionCookieOptions,
} from './session-cookie.js';

/**
 * Deny by default: every query, mutation and HTTP route needs a session unless it is
 * marked @Public(). A session is a Bearer token or the browser's session cookie. Roles
 * are read from the database on every request, so revoking one takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolver,
    config: AppConfig,
  ) {
    this.cookieOptions = { secure: new URL(config.publicUrl).protocol === 'https:' };
    this.cookieName = sessionCookieName(this.cookieOptions);
  }

  private readonly cookieOptions: SessionCookieOptions;
  private readonly cookieName: string;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    if (request.principal === undefined) {
      // Bearer for integrations, the HttpOnly cookie for the browser client; Bearer wins.
      const presented = sessionTokenOf(request, this.cookieName);
      if (presented.conflicting) {
        // Two session cookies: one may be tossed by a neighbouring subdomain, and which one is
        // ours cannot be told. No session, and ours is cleared (the other is not ours to clear).
        request.principal = null;
        void replyOf(context)?.header('set-cookie', clearedSessionCookie(this.cookieOptions));
      } else {
        request.principal = await this.principals.authenticate(presented.token);
      }
    }
    // Messages follow Accept-Language; when it names none of ours, the person's own language.
    if (
      request.principal &&
      !explicitLocale(request.headers['accept-language']) &&
      context.getType<string>() === 'graphql'
    ) {
      GqlExecutionContext.create(context).getContext<LocaleContext>().locale =
        request.principal.user.locale;
    }
    if (policy?.kind === 'public') return true;
    const principal = request.principal;
    if (!principal) throw new DomainException(ErrorCode.UNAUTHENTICATED);
    if (
      policy?.kind === 'roles' &&
      !policy.roles.some((role) => principal.user.roles.includes(role))
    ) {
      throw new DomainException(ErrorCode.FORBIDDEN);
    }
    return true;
  }
}

function replyOf(context: ExecutionContext): FastifyReply | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ reply?: FastifyReply }>().reply;
  }
  return context.switchToHttp().getResponse<FastifyReply>();
}
