import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  addressesOfSubject,
  PersonalDataRegistry,
  type ErasureBlocker,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { lockContactsOfUserOrganisationsSql } from './membership.sql.js';

/**
 * Erasure removes the person from every organisation (their memberships) and deletes the
 * invitations to any of their addresses (open or answered: an invitation is nothing but the address).
 * Invitations they sent keep `invited_by_id` (a pseudonymous reference). Whether they may go
 * while the only contact is decided by the features that know what is active (applications,
 * cohort), under the lock taken here.
 */
@Injectable()
export class OrganisationsErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'organisations';
  // Deleted by the exact address.
  readonly identityColumns = [{ table: 'invitations', column: 'email' }];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async blockers(manager: EntityManager, subject: PersonalDataSubject): Promise<ErasureBlocker[]> {
    await manager.query(lockContactsOfUserOrganisationsSql('$1'), [subject.userId]);
    return [];
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<Record<string, number>> {
    const memberships = await manager
      .getRepository(MembershipEntity)
      .delete({ userId: subject.userId });
    const invitations = await manager
      .getRepository(InvitationEntity)
      .delete({ email: In(addressesOfSubject(subject)) });
    return { memberships: memberships.affected ?? 0, invitations: invitations.affected ?? 0 };
  }
}
