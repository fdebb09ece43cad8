import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService } from '../../modules/auth/auth.service.js';
import { DomainException } from '../errors/domain.exception.js';
import { ErrorCode } from '../errors/error-code.js';
import { POLICY_KEY, type Policy } from './policy.decorator.js';
import { requestOf } from './principal.js';

/**
 * Deny by default: every query, mutation and HTTP route needs a session unless it is
 * marked @Public(). Roles are read from the database on every request, so revoking one
 * takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    if (request.principal === undefined) {
      request.principal = await this.auth.authenticate(request.headers.authorization);
    }
    if (policy?.kind === 'public') return true;
    const principal = request.principal;
    if (!principal) throw new DomainException(ErrorCode.UNAUTHENTICATED, 'UNAUTHENTICATED');
    if (
      policy?.kind === 'roles' &&
      !policy.roles.some((role) => principal.user.roles.includes(role))
    ) {
      throw new DomainException(ErrorCode.FORBIDDEN, 'FORBIDDEN');
    }
    return true;
  }
}
