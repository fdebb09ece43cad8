import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ErasureStage,
  PersonalDataRegistry,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../../common/privacy/personal-data.js';
import { teamOrganisationsOfPersonSql } from '../../cohort/cohort.sql.js';
import {
  organisationsInvitingSql,
  organisationsOfUserSql,
} from '../../organisations/membership.sql.js';
import { DataExportKind, DataExportStatus } from './data-export.enums.js';
import { DataExportEntity } from './entities/data-export.entity.js';

/**
 * An erased person's data exports go entirely: the requests, their links and any archive
 * still waiting (it is a copy of everything the erasure removes). A build job still queued
 * then finds no row and does nothing.
 *
 * Other people's archives hold them too: an organisation's export names its members, team
 * and invitations. Every READY organisation export of an organisation the person belongs to,
 * is or was on the team of, or was invited to is voided (EXPIRED, archive dropped; its link
 * answers EXPORT_LINK_EXPIRED). A PENDING one stays: it is built later from scrubbed records.
 * Runs in ErasureStage.COPIES, before the organisations eraser deletes the memberships and
 * invitations that lead to those organisations.
 */
@Injectable()
export class DataExportErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'data-exports';
  readonly stage = ErasureStage.COPIES;

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<Record<string, number>> {
    const repository = manager.getRepository(DataExportEntity);
    const own = await repository.delete({ requestedById: subject.userId });
    const voided = await repository
      .createQueryBuilder()
      .update()
      .set({ status: DataExportStatus.EXPIRED, archive: null })
      .where('kind = :kind AND status = :status', {
        kind: DataExportKind.ORGANISATION,
        status: DataExportStatus.READY,
      })
      .andWhere(
        `(organisation_id IN ${organisationsOfUserSql(':userId')}
          OR organisation_id IN ${organisationsInvitingSql(':email')}
          OR organisation_id IN ${teamOrganisationsOfPersonSql(':userId', ':email')})`,
        { userId: subject.userId, email: subject.email },
      )
      .execute();
    return { data_exports: own.affected ?? 0, data_exports_voided: voided.affected ?? 0 };
  }
}
