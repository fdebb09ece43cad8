import { Injectable } from '@nestjs/common';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type ExportFile,
  type PersonalDataSubject,
  withAddresses,
} from '../../../common/privacy/personal-data.js';
import { Clock } from '../../../common/time/clock.js';

/** Bumped when the archive's layout changes (readers of `index.json` can tell). */
export const ARCHIVE_FORMAT_VERSION = 1;

/** A kind becomes `<kind>.json`: lower-case words joined by dashes, nothing that is a path. */
const KIND = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A file's path: relative, `/`-separated plain names, no `..`. */
const FILE_PATH = /^(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_.-]+$/;

interface KindEntry {
  kind: string;
  file: string;
  records: number;
  /** The exporters (features) that gave records of this kind. */
  from: string[];
}

/** What the archive's `index.json` says. */
export interface ArchiveIndex {
  format: number;
  generatedAt: string;
  subject: { userId: string; name: string; email: string } | { organisationId: string };
  kinds: KindEntry[];
  files: string[];
}

/**
 * Builds the zip archive of a data export from every registered exporter
 * (PersonalDataRegistry): one `<kind>.json` per kind of record (an array; kinds given by two
 * features are concatenated), the exporters' files (mails as .eml, `calendar.ics`) and an
 * `index.json` listing them with their counts. It knows no feature: a feature that keeps
 * personal data registers an exporter, and its records appear here.
 */
@Injectable()
export class DataExportArchives {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly clock: Clock,
  ) {}

  /** Everything tied to the person, as zip bytes (run it in one transaction for a snapshot). */
  async buildPersonArchive(
    manager: EntityManager,
    account: PersonalDataSubject,
  ): Promise<Uint8Array> {
    const collected = new Collected();
    // Every address of theirs (a work address on their own team row): mail sent there is theirs.
    const subject = await withAddresses(manager, account, this.registry.allExporters());
    for (const exporter of this.registry.allExporters()) {
      if (exporter.exportPerson)
        collected.addRecords(exporter.name, await exporter.exportPerson(manager, subject));
      if (exporter.exportFiles)
        collected.addFiles(exporter.name, await exporter.exportFiles(manager, subject));
    }
    return collected.zip(
      { userId: subject.userId, name: subject.name, email: subject.email },
      this.clock.now(),
    );
  }

  /** Everything that belongs to the organisation, as zip bytes. */
  async buildOrganisationArchive(
    manager: EntityManager,
    organisationId: string,
  ): Promise<Uint8Array> {
    const collected = new Collected();
    for (const exporter of this.registry.allExporters()) {
      if (exporter.exportOrganisation)
        collected.addRecords(
          exporter.name,
          await exporter.exportOrganisation(manager, organisationId),
        );
    }
    return collected.zip({ organisationId }, this.clock.now());
  }
}

class Collected {
  private readonly kinds = new Map<string, { records: unknown[]; from: string[] }>();
  private readonly files = new Map<string, string>();

  addRecords(exporter: string, records: ExportedRecords): void {
    for (const [kind, list] of Object.entries(records)) {
      // A programming error of the exporter, not bad input: fail the job loudly.
      if (!KIND.test(kind) || kind === 'index')
        throw new Error(`Exporter ${exporter}: "${kind}" is not a valid kind name`);
      const entry = this.kinds.get(kind) ?? { records: [], from: [] };
      entry.records.push(...list);
      if (!entry.from.includes(exporter)) entry.from.push(exporter);
      this.kinds.set(kind, entry);
    }
  }

  addFiles(exporter: string, files: readonly ExportFile[]): void {
    for (const file of files) {
      if (!FILE_PATH.test(file.path) || file.path.split('/').includes('..'))
        throw new Error(`Exporter ${exporter}: "${file.path}" is not a valid archive path`);
      if (this.files.has(file.path) || /^[^/]+\.json$/.test(file.path))
        throw new Error(`Exporter ${exporter}: "${file.path}" is taken`);
      this.files.set(file.path, file.content);
    }
  }

  zip(subject: ArchiveIndex['subject'], generatedAt: Date): Uint8Array {
    const kinds = [...this.kinds.entries()].sort(([a], [b]) => a.localeCompare(b));
    const files = [...this.files.keys()].sort();
    const index: ArchiveIndex = {
      format: ARCHIVE_FORMAT_VERSION,
      generatedAt: generatedAt.toISOString(),
      subject,
      kinds: kinds.map(([kind, entry]) => ({
        kind,
        file: `${kind}.json`,
        records: entry.records.length,
        from: entry.from,
      })),
      files,
    };
    const entries: Zippable = { 'index.json': json(index) };
    for (const [kind, entry] of kinds) entries[`${kind}.json`] = json(entry.records);
    for (const path of files) entries[path] = strToU8(this.files.get(path) ?? '');
    // Zip times are local DOS times from 1980 on; the generation instant is fine for both.
    return zipSync(entries, { level: 6, mtime: generatedAt });
  }
}

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);
