import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isAdmin, type Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { ApplicationEntity } from './entities/application.entity.js';

/** Who may write an application: only its organisation's own members. */
@Injectable()
export class ApplicationAccessService {
  constructor(private readonly memberships: OrganisationMembershipsService) {}

  /** Only the organisation's own members write its application; others do not see it. */
  async assertMember(principal: Principal, organisationId: string): Promise<void> {
    if (!(await this.memberships.roleIn(principal, organisationId))) throw notFound();
  }

  /**
   * The application locked for an update by a member. Admins who are not members see it
   * but may not write it (FORBIDDEN); anyone else gets NOT_FOUND.
   */
  async lockForMember(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<ApplicationEntity> {
    const application = await manager
      .getRepository(ApplicationEntity)
      .findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw notFound();
    const member =
      (await this.memberships.roleIn(principal, application.organisationId, manager)) !== null;
    if (!member && !isAdmin(principal)) throw notFound();
    if (!member) throw new DomainException(ErrorCode.FORBIDDEN);
    return application;
  }
}
