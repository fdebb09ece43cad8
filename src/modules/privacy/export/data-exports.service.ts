import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { isStaff, type Principal } from '../../../common/auth/principal.js';
import { hashToken, newSecretToken } from '../../../common/auth/tokens.js';
import { DomainException, notFound } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { Clock } from '../../../common/time/clock.js';
import { AppConfig } from '../../../config/app-config.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { JobQueue } from '../../../database/job-queue.js';
import { MailService } from '../../mail/mail.service.js';
import { renderDataExportReady } from '../../mail/templates/data-export.template.js';
import { MembershipRole } from '../../organisations/membership.enums.js';
import { OrganisationMembershipsService } from '../../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../../organisations/organisations.service.js';
import { RateLimitService } from '../../rate-limits/rate-limit.service.js';
import { UsersService } from '../../users/users.service.js';
import { DataExportArchives } from './data-export-archive.js';
import { DataExportKind, DataExportStatus } from './data-export.enums.js';
import { DataExportEntity } from './entities/data-export.entity.js';

/** The job that builds an archive and mails its link. */
export const DATA_EXPORT_BUILD_QUEUE = 'privacy-data-export-build';
/** The job that deletes an archive whose link expired. */
export const DATA_EXPORT_PURGE_QUEUE = 'privacy-data-export-purge';
/**
 * How long a download link works. Long enough to read the mail the next working day, short
 * enough that a forwarded or leaked mail soon holds nothing (docs/privacy.md).
 */
export const DATA_EXPORT_LINK_HOURS = 24;
/** One export per person, and one per organisation, per hour: building one reads everything. */
export const DATA_EXPORT_PER_HOUR = 1;
/** `myDataExports` answers the newest this many. */
const LIST_SIZE = 20;
const TOKEN_PURPOSE = 'DATA_EXPORT';

interface DataExportJob {
  exportId: string;
}

/** The bytes of a downloaded archive. */
export interface DataExportDownload {
  filename: string;
  content: Buffer;
}

/**
 * Data exports (issue 17): a person asks for their own data, an organisation's contact for
 * the organisation's; a durable job builds one zip archive (DataExportArchives), keeps it in
 * `data_exports` and mails a one-time link valid DATA_EXPORT_LINK_HOURS. Downloading needs
 * the link's token AND the requester's session, works once (the archive is dropped in the
 * same statement) and a purge job drops archives nobody fetched.
 */
@Injectable()
export class DataExportsService implements OnModuleInit {
  constructor(
    @InjectRepository(DataExportEntity) private readonly exports: Repository<DataExportEntity>,
    private readonly archives: DataExportArchives,
    private readonly transactions: ContendedTransactions,
    private readonly jobs: JobQueue,
    private readonly rateLimits: RateLimitService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<DataExportJob>(DATA_EXPORT_BUILD_QUEUE, (job) =>
      this.build(job.data.exportId),
    );
    await this.jobs.handle<DataExportJob>(DATA_EXPORT_PURGE_QUEUE, async () => {
      await this.purgeExpired();
    });
  }

  /** The caller's own data. */
  async requestPerson(principal: Principal): Promise<DataExportEntity> {
    await this.rateLimits.consume({
      name: 'data-export:person',
      subject: principal.user.id,
      max: DATA_EXPORT_PER_HOUR,
      windowSeconds: 3600,
    });
    return this.request(principal, DataExportKind.PERSON, null);
  }

  /**
   * An organisation's data, for its CONTACTs only: a stranger gets NOT_FOUND (whether an
   * organisation takes part is private), a member, an expert or an admin FORBIDDEN.
   */
  async requestOrganisation(
    principal: Principal,
    organisationId: string,
  ): Promise<DataExportEntity> {
    await this.assertContact(principal, organisationId);
    await this.rateLimits.consume({
      name: 'data-export:organisation',
      subject: organisationId,
      max: DATA_EXPORT_PER_HOUR,
      windowSeconds: 3600,
    });
    return this.request(principal, DataExportKind.ORGANISATION, organisationId);
  }

  /** The caller's requests, newest first. */
  mine(principal: Principal): Promise<DataExportEntity[]> {
    return this.exports.find({
      where: { requestedById: principal.user.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_SIZE,
    });
  }

  /**
   * The archive behind a link, once: the row is locked, checked and emptied in one
   * transaction, so two clicks at once get the bytes once. Another person's token is
   * NOT_FOUND, like a token that never existed; an organisation's archive needs its requester
   * to be a CONTACT still (FORBIDDEN otherwise).
   */
  async download(principal: Principal, token: string): Promise<DataExportDownload> {
    return this.transactions.run(async (manager) => {
      const row = await manager
        .getRepository(DataExportEntity)
        .createQueryBuilder('e')
        .addSelect('e.archive')
        .where('e.token_hash = :hash', { hash: hashToken(TOKEN_PURPOSE, token) })
        .setLock('pessimistic_write')
        .getOne();
      if (!row || row.requestedById !== principal.user.id) throw notFound();
      // An organisation's archive is the contacts': one who has since lost the role (or left)
      // gets nothing, and the link stays as it was.
      if (
        row.kind === DataExportKind.ORGANISATION &&
        (!row.organisationId ||
          (await this.memberships.roleIn(principal, row.organisationId, manager)) !==
            MembershipRole.CONTACT)
      )
        throw new DomainException(ErrorCode.FORBIDDEN);
      if (row.downloadedAt || row.status === DataExportStatus.DOWNLOADED)
        throw new DomainException(ErrorCode.EXPORT_LINK_USED);
      const now = this.clock.now();
      if (!row.archive || !row.expiresAt || row.expiresAt <= now)
        throw new DomainException(ErrorCode.EXPORT_LINK_EXPIRED);
      const result = await manager
        .getRepository(DataExportEntity)
        .createQueryBuilder()
        .update()
        .set({ status: DataExportStatus.DOWNLOADED, downloadedAt: now, archive: null })
        .where('id = :id AND downloaded_at IS NULL', { id: row.id })
        .execute();
      if (result.affected !== 1) throw new DomainException(ErrorCode.EXPORT_LINK_USED);
      const day = (row.readyAt ?? now).toISOString().slice(0, 10);
      return { filename: `akatemia-${row.kind.toLowerCase()}-${day}.zip`, content: row.archive };
    });
  }

  /**
   * The build job. Idempotent: only a PENDING row is built (under its lock), so a retried
   * or second run does nothing. The requester must still be a contact of an organisation
   * they export; if not, the request expires unbuilt and nothing is mailed.
   */
  async build(exportId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const repository = manager.getRepository(DataExportEntity);
      const row = await repository.findOne({
        where: { id: exportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.status !== DataExportStatus.PENDING) return;
      const requester = await this.users.findById(row.requestedById, manager);
      if (!requester) return;
      let archive: Uint8Array;
      let organisationName: string | undefined;
      if (row.kind === DataExportKind.ORGANISATION && row.organisationId) {
        const role = await this.memberships.roleIn(
          { user: requester, sessionId: '' },
          row.organisationId,
          manager,
        );
        if (role !== MembershipRole.CONTACT) {
          await repository.update({ id: row.id }, { status: DataExportStatus.EXPIRED });
          return;
        }
        organisationName = (await this.organisations.require(row.organisationId, manager)).name;
        archive = await this.archives.buildOrganisationArchive(manager, row.organisationId);
      } else {
        archive = await this.archives.buildPersonArchive(manager, {
          userId: requester.id,
          email: requester.email,
          name: requester.name ?? '',
        });
      }
      const token = newSecretToken();
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + DATA_EXPORT_LINK_HOURS * 3600_000);
      await repository.update(
        { id: row.id },
        {
          status: DataExportStatus.READY,
          archive: Buffer.from(archive),
          sizeBytes: archive.byteLength,
          tokenHash: hashToken(TOKEN_PURPOSE, token),
          readyAt: now,
          expiresAt,
        },
      );
      await this.mail.enqueue(manager, {
        type: 'DATA_EXPORT_READY',
        to: { address: requester.email, name: requester.name },
        locale: requester.locale,
        rendered: renderDataExportReady(requester.locale, {
          url: `${this.config.publicUrl}/my-data/download/${token}`,
          hours: DATA_EXPORT_LINK_HOURS,
          organisationName,
        }),
      });
      await this.jobs.enqueue<DataExportJob>(
        manager,
        DATA_EXPORT_PURGE_QUEUE,
        { exportId: row.id },
        { startAfter: expiresAt, singletonKey: row.id },
      );
    });
  }

  /**
   * The purge job (one per archive, at its expiry): drops every archive whose link has
   * expired, so a lost job is made up by the next. A second run finds nothing left. Answers
   * how many it dropped.
   */
  async purgeExpired(): Promise<number> {
    const result = await this.exports
      .createQueryBuilder()
      .update()
      .set({ status: DataExportStatus.EXPIRED, archive: null })
      .where({ status: DataExportStatus.READY })
      .andWhere('expires_at <= :now', { now: this.clock.now() })
      .execute();
    return result.affected ?? 0;
  }

  private async request(
    principal: Principal,
    kind: DataExportKind,
    organisationId: string | null,
  ): Promise<DataExportEntity> {
    return this.transactions.run(async (manager: EntityManager) => {
      const repository = manager.getRepository(DataExportEntity);
      const row = await repository.save(
        repository.create({
          kind,
          requestedById: principal.user.id,
          organisationId,
          status: DataExportStatus.PENDING,
          tokenHash: null,
          archive: null,
          sizeBytes: null,
          readyAt: null,
          expiresAt: null,
          downloadedAt: null,
        }),
      );
      await this.jobs.enqueue<DataExportJob>(
        manager,
        DATA_EXPORT_BUILD_QUEUE,
        { exportId: row.id },
        // An explicit start: pg-boss keeps a waiting job until start + retention, and its
        // default start is the database's now(), not the app's clock (a moved test clock
        // would make the job look long overdue and its maintenance would drop it).
        { singletonKey: row.id, startAfter: this.clock.now() },
      );
      return row;
    });
  }

  private async assertContact(principal: Principal, organisationId: string): Promise<void> {
    if (!(await this.organisations.exists(organisationId))) throw notFound();
    const role = await this.memberships.roleIn(principal, organisationId);
    if (role === MembershipRole.CONTACT) return;
    // Members, and staff (who may read every organisation), learn that it exists.
    if (role || isStaff(principal)) throw new DomainException(ErrorCode.FORBIDDEN);
    throw notFound();
  }
}
