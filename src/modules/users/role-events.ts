import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GlobalRole } from '../../common/auth/global-role.js';
import type { UserRecord } from './user.types.js';

export type RoleRevokedHandler = (
  manager: EntityManager,
  user: UserRecord,
  role: GlobalRole,
  actorId: string | null,
) => Promise<void>;

/**
 * What other modules do when a global role is revoked, inside the revocation's transaction
 * (consultations withdraw a former expert's open slots). Modules that build on users
 * register here, so users need not know about them.
 */
@Injectable()
export class RoleEvents {
  private readonly revokedHandlers: RoleRevokedHandler[] = [];

  onRevoked(handler: RoleRevokedHandler): void {
    this.revokedHandlers.push(handler);
  }

  async revoked(
    manager: EntityManager,
    user: UserRecord,
    role: GlobalRole,
    actorId: string | null,
  ): Promise<void> {
    for (const handler of this.revokedHandlers) await handler(manager, user, role, actorId);
  }
}
