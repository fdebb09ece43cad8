import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MembershipRole } from './membership.enums.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import type { OrganisationType } from './organisation.enums.js';

export interface OrganisationSeed {
  name: string;
  /** A valid Y-tunnus; null only for INDIVIDUAL and ASSOCIATION (a database check). */
  businessId: string | null;
  /** ASSOCIATION only, digits (`123456`). */
  associationRegisterNumber?: string | null;
  type: OrganisationType;
  region: string | null;
}

/** Writes organisations for the demo seed (the demo feature never writes them itself). */
@Injectable()
export class OrganisationSeedService {
  /** Inserts the organisation with its contact and members; they must not exist yet. */
  async seedOrganisation(
    manager: EntityManager,
    organisation: OrganisationSeed,
    people: { contactIds: readonly string[]; memberIds?: readonly string[] },
  ): Promise<OrganisationEntity> {
    const organisations = manager.getRepository(OrganisationEntity);
    const saved = await organisations.save(organisations.create(organisation));
    const memberships = manager.getRepository(MembershipEntity);
    await memberships.insert([
      ...people.contactIds.map((userId) => ({
        organisationId: saved.id,
        userId,
        role: MembershipRole.CONTACT,
      })),
      ...(people.memberIds ?? []).map((userId) => ({
        organisationId: saved.id,
        userId,
        role: MembershipRole.MEMBER,
      })),
    ]);
    return saved;
  }
}
