import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { type UserEntity } from '../../modules/users/entities/user.entity.js';
import { GlobalRole } from './global-role.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';

/** The signed-in caller: their user row (roles read fresh for this request) and session. */
export interface Principal {
  user: UserEntity;
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
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
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
