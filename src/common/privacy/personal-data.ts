import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The port through which every feature takes part in the data rights of issue 17 (export,
 * erasure, retention; docs/privacy.md). Each feature registers, when it starts, what it
 * knows about its OWN tables; the privacy feature runs them all and knows none of them
 * (plumbing knows no feature: the features fill this registry in, like EditionCopiers).
 */

/** The person whose data is exported or erased, as the users table knows them today. */
export interface PersonalDataSubject {
  userId: string;
  /** Normalised (lower-case) sign-in address. */
  email: string;
  name: string;
  /**
   * Every address the person is known by, lower-case, the sign-in address first — e.g. a work
   * address on their own cohort team row, where mail to them goes. Gathered from every
   * feature's `addressesOf` before any exporter or eraser runs (`withAddresses`); absent =
   * only `email`.
   */
  addresses?: readonly string[];
}

/** A feature that knows other addresses of the person (its rows linked to their account). */
export interface PersonalAddressSource {
  /** The person's other addresses in this feature's tables (any case; duplicates are fine). */
  addressesOf?(manager: EntityManager, subject: PersonalDataSubject): Promise<string[]>;
}

/** The subject's addresses: `addresses` when gathered, else the sign-in address alone. */
export function addressesOfSubject(subject: PersonalDataSubject): string[] {
  return [...(subject.addresses ?? [subject.email])];
}

/**
 * The subject with `addresses` gathered from every source, sign-in address first: done once,
 * before anything is erased (an eraser may change the rows that tell another address).
 */
export async function withAddresses(
  manager: EntityManager,
  subject: PersonalDataSubject,
  sources: readonly PersonalAddressSource[],
): Promise<PersonalDataSubject> {
  const addresses = new Set([subject.email.toLowerCase()]);
  for (const source of sources) {
    if (!source.addressesOf) continue;
    for (const address of await source.addressesOf(manager, subject))
      addresses.add(address.toLowerCase());
  }
  return { ...subject, addresses: [...addresses] };
}

/**
 * Records of one kind for an export archive: the archive has one `<kind>.json` per kind, e.g.
 * `applications`, `reviews`, `consultation-bookings`. Records are plain JSON values (ids,
 * texts, ISO times); never another person's e-mail address or anything they alone wrote that
 * is not tied to the subject.
 */
export type ExportedRecords = Record<string, unknown[]>;

/** Extra files an exporter adds to the archive (the mails as .eml, calendar items as .ics). */
export interface ExportFile {
  /** Path inside the archive, e.g. `mail/2026-12-01T10-00-00Z-<id>.eml`, `calendar.ics`. */
  path: string;
  content: string;
}

export interface PersonalDataExporter extends PersonalAddressSource {
  /** For logs and the archive's index: the feature's name (`applications`, `mail`, …). */
  readonly name: string;
  /** Everything of this feature tied to the person (author, booker, reviewer, actor, …). */
  exportPerson?(manager: EntityManager, subject: PersonalDataSubject): Promise<ExportedRecords>;
  /** Everything of this feature that belongs to the organisation (its contacts export it). */
  exportOrganisation?(manager: EntityManager, organisationId: string): Promise<ExportedRecords>;
  /** Files beside the JSON (person's export only). */
  exportFiles?(manager: EntityManager, subject: PersonalDataSubject): Promise<ExportFile[]>;
}

/** Why an erasure is refused, e.g. the person is the only contact of an organisation. */
export interface ErasureBlocker {
  /** An ErrorCode, e.g. `ONLY_CONTACT`. */
  code: string;
  /** What to hand over first, e.g. the organisation's id and name. */
  details: Record<string, unknown>;
}

/**
 * When an eraser's `erase` runs in the erasure (lower first; within a stage, in registration
 * order). Blockers are all asked before any eraser erases.
 */
export enum ErasureStage {
  /** The account row: what the other erasers write in the transaction already names the pseudonym. */
  ACCOUNT = 0,
  /**
   * Copies made from other features' records (e.g. waiting export archives): found while the
   * records that lead to them — memberships, invitations — still exist.
   */
  COPIES = 1,
  /** The feature's own records (the default). */
  RECORDS = 2,
}

/** A column by table and name, as information_schema names them (`users`, `name`). */
export interface TableColumn {
  table: string;
  column: string;
}

export interface PersonalDataEraser extends PersonalAddressSource {
  readonly name: string;
  /** When `erase` runs among the others; RECORDS when not given. */
  readonly stage?: ErasureStage;
  /**
   * The columns of this feature's tables that hold a person's OWN identity — an account's
   * name and address, a team member's, a mail's recipient's. `erase` changes the person's own
   * rows in them by key (id, exact address); the schema-wide scrub leaves these columns alone,
   * because the same full name there in another row is a namesake's, who keeps it.
   */
  readonly identityColumns?: readonly TableColumn[];
  /** Reasons to refuse the erasure (checked in the erasure's transaction, under lock). */
  blockers?(manager: EntityManager, subject: PersonalDataSubject): Promise<ErasureBlocker[]>;
  /**
   * Removes or irreversibly pseudonymises the person's data in this feature's tables, in the
   * erasure's one transaction. `pseudonym` (e.g. `Poistettu käyttäjä 3f9c2a`) replaces the
   * person's name where a record must stay readable. Answers counts by table.
   */
  erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
    pseudonym: string,
  ): Promise<Record<string, number>>;
}

/**
 * Deletes or pseudonymises the records of some retention kinds (issue 17) in the owning
 * feature's tables. `cutOffOf(kind)` answers the cut-off instant for a kind: a record is due
 * when the instant its period runs from (its "after what": the selection's release, the
 * programme's end, the mail's sending, …) lies at or before it — a record exactly at the
 * cut-off has been kept its whole period and goes (`<=`, never `<`); undefined = nothing of that kind is
 * due (not this task's scope, or no setting). The task knows its own "after what"; the daily
 * retention run (src/modules/privacy/retention) knows the periods. A task must be idempotent:
 * records already deleted or pseudonymised are not counted again.
 */
export interface RetentionTask {
  readonly name: string;
  /** Per academy: answers counts by kind for the academy's records. */
  apply?(
    manager: EntityManager,
    academyId: string,
    cutOffOf: (kind: string) => Date | undefined,
  ): Promise<Record<string, number>>;
  /** Platform-wide kinds (records of no academy: sent mail, the audit trail), once a run. */
  applyPlatform?(
    manager: EntityManager,
    cutOffOf: (kind: string) => Date | undefined,
  ): Promise<Record<string, number>>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly exporters: PersonalDataExporter[] = [];
  private readonly erasers: PersonalDataEraser[] = [];
  private readonly retentionTasks: RetentionTask[] = [];

  registerExporter(exporter: PersonalDataExporter): void {
    this.exporters.push(exporter);
  }

  registerEraser(eraser: PersonalDataEraser): void {
    this.erasers.push(eraser);
  }

  registerRetention(task: RetentionTask): void {
    this.retentionTasks.push(task);
  }

  allExporters(): readonly PersonalDataExporter[] {
    return this.exporters;
  }

  allErasers(): readonly PersonalDataEraser[] {
    return this.erasers;
  }

  allRetentionTasks(): readonly RetentionTask[] {
    return this.retentionTasks;
  }
}

@Global()
@Module({ providers: [PersonalDataRegistry], exports: [PersonalDataRegistry] })
export class PersonalDataModule {}
