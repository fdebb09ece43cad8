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
 * answers EXPORT_LINK_EXPIRED). PENDING ones are locked too: one whose build is running (it
 * holds the row's lock while it reads and writes) is waited for, then voided once READY; one
 * not yet started stays and is built later from scrubbed records.
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
    // Locked PENDING and READY alike: a build job holds its row's lock from before it reads the
    // records until it commits the archive, so the erasure waits for a running build here and
    // then sees the row READY (re-checked under the lock) and voids it. A PENDING row the
    // erasure locks first is built after it commits, from scrubbed records.
    const organisationExports: Array<{ id: string }> = await repository
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .where('e.kind = :kind AND e.status IN (:...statuses)', {
        kind: DataExportKind.ORGANISATION,
        statuses: [DataExportStatus.PENDING, DataExportStatus.READY],
      })
      .andWhere(
        `(e.organisation_id IN ${organisationsOfUserSql(':userId')}
          OR e.organisation_id IN ${organisationsInvitingSql(':email')}
          OR e.organisation_id IN ${teamOrganisationsOfPersonSql(':userId', ':email')})`,
        { userId: subject.userId, email: subject.email },
      )
      .orderBy('e.id')
      .setLock('pessimistic_write', undefined, ['e'])
      .getRawMany();
    const voided =
      organisationExports.length === 0
        ? { affected: 0 }
        : await repository
            .createQueryBuilder()
            .update()
            .set({ status: DataExportStatus.EXPIRED, archive: null })
            .where('id IN (:...ids) AND status = :status', {
              ids: organisationExports.map((row) => row.id),
              status: DataExportStatus.READY,
            })
            .execute();
    return { data_exports: own.affected ?? 0, data_exports_voided: voided.affected ?? 0 };
  }
}
