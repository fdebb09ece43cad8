import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { Locale } from '../i18n/locale.js';
import { GlobalRole } from './global-role.js';

/** The signed-in person: the columns of their `users` row (owned by the users feature). */
export interface PrincipalUser {
  id: string;
  email: string;
  name: string | null;
  locale: Locale;
  roles: GlobalRole[];
  createdAt: Date;
  updatedAt: Date;
  /** Set when the account was erased (its sessions are gone with it). */
  erasedAt: Date | null;
}

/** The signed-in caller: their user row (roles read fresh for this request) and session. */
export interface Principal {
  user: PrincipalUser;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Resolved once per request by the AuthGuard: undefined = not looked up yet. */
    principal?: Principal | null;
  }
}

export function requestOf(context: ExecutionContext): FastifyRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: FastifyRequest }>().req;
  }
  return context.switchToHttp().getRequest<FastifyRequest>();
}

export const isAdmin = (principal: Principal | null | undefined): boolean =>
  principal?.user.roles.includes(GlobalRole.ADMIN) ?? false;

export const isStaff = (principal: Principal | null | undefined): boolean =>
  principal?.user.roles.some((role) => role === GlobalRole.ADMIN || role === GlobalRole.EXPERT) ??
  false;

/** The caller as resolved by the guard; null on a public operation called anonymously. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null =>
    requestOf(context).principal ?? null,
);
