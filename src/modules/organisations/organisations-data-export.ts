import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { UsersService } from '../users/users.service.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';

/**
 * A person's export: their memberships (`memberships.json`, with the organisation's name) and
 * the invitations sent to their address (`invitations.json`). An organisation's export: its
 * record (`organisation.json`), its members with name, address and role (`members.json`: its
 * contacts see them anyway) and its invitations (`invitations.json`).
 */
@Injectable()
export class OrganisationsDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'organisations';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const memberships = await manager.getRepository(MembershipEntity).find({
      where: { userId: subject.userId },
      relations: { organisation: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const invitations = await manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.organisation', 'o')
      .where('lower(i.email) = :email', { email: subject.email.toLowerCase() })
      .orderBy('i.created_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
    return {
      memberships: memberships.map((membership) => ({
        id: membership.id,
        organisationId: membership.organisationId,
        organisationName: membership.organisation?.name ?? null,
        role: membership.role,
        since: membership.createdAt,
      })),
      invitations: invitations.map((invitation) => ({
        ...invitationRecord(invitation),
        organisationName: invitation.organisation?.name ?? null,
      })),
    };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const organisation = await manager
      .getRepository(OrganisationEntity)
      .findOneBy({ id: organisationId });
    if (!organisation) return { organisation: [], members: [], invitations: [] };
    const memberships = await manager.getRepository(MembershipEntity).find({
      where: { organisationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const people = new Map(
      (
        await this.users.findByIds(
          memberships.map((membership) => membership.userId),
          manager,
        )
      ).map((user) => [user.id, user]),
    );
    const invitations = await manager.getRepository(InvitationEntity).find({
      where: { organisationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      organisation: [
        {
          id: organisation.id,
          name: organisation.name,
          type: organisation.type,
          businessId: organisation.businessId,
          associationRegisterNumber: organisation.associationRegisterNumber,
          region: organisation.region,
          createdAt: organisation.createdAt,
          updatedAt: organisation.updatedAt,
        },
      ],
      members: memberships.map((membership) => ({
        id: membership.id,
        userId: membership.userId,
        name: people.get(membership.userId)?.name ?? null,
        email: people.get(membership.userId)?.email ?? null,
        role: membership.role,
        since: membership.createdAt,
      })),
      invitations: invitations.map(invitationRecord),
    };
  }
}

function invitationRecord(invitation: InvitationEntity): Record<string, unknown> {
  return {
    id: invitation.id,
    organisationId: invitation.organisationId,
    email: invitation.email,
    role: invitation.role,
    invitedById: invitation.invitedById,
    createdAt: invitation.createdAt,
    acceptedAt: invitation.acceptedAt,
    revokedAt: invitation.revokedAt,
  };
}
