import { strFromU8, unzipSync } from 'fflate';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type PersonalDataExporter,
} from '../../../common/privacy/personal-data.js';
import { FixedClock } from '../../../common/time/clock.js';
import { DataExportArchives, type ArchiveIndex } from './data-export-archive.js';

const manager = {} as EntityManager;
const subject = { userId: 'u-1', email: 'aino@example.fi', name: 'Aino' };
const AT = new Date('2027-03-01T09:00:00Z');

function archivesWith(...exporters: PersonalDataExporter[]): DataExportArchives {
  const registry = new PersonalDataRegistry();
  for (const exporter of exporters) registry.registerExporter(exporter);
  return new DataExportArchives(registry, new FixedClock(AT));
}

function read(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

describe('DataExportArchives', () => {
  it('writes one <kind>.json per kind, concatenating a kind two features give, the files and an index', async () => {
    const archives = archivesWith(
      {
        name: 'applications',
        exportPerson: () => Promise.resolve({ applications: [{ id: 'a-1' }], reviews: [] }),
        exportOrganisation: () => Promise.resolve({ applications: [{ id: 'org-a' }] }),
      },
      {
        name: 'selection',
        exportPerson: () => Promise.resolve({ reviews: [{ id: 'r-1' }, { id: 'r-2' }] }),
      },
      {
        name: 'review-extras',
        exportPerson: () => Promise.resolve({ reviews: [{ id: 'r-3' }] }),
        exportFiles: () => Promise.resolve([{ path: 'mail/1.eml', content: 'Subject: x' }]),
      },
    );
    const files = read(await archives.buildPersonArchive(manager, subject));
    expect([...files.keys()].sort()).toEqual([
      'applications.json',
      'index.json',
      'mail/1.eml',
      'reviews.json',
    ]);
    expect(JSON.parse(files.get('reviews.json')!)).toEqual([
      { id: 'r-1' },
      { id: 'r-2' },
      { id: 'r-3' },
    ]);
    expect(files.get('mail/1.eml')).toBe('Subject: x');
    const index = JSON.parse(files.get('index.json')!) as ArchiveIndex;
    expect(index).toEqual({
      format: 1,
      generatedAt: AT.toISOString(),
      subject,
      kinds: [
        { kind: 'applications', file: 'applications.json', records: 1, from: ['applications'] },
        {
          kind: 'reviews',
          file: 'reviews.json',
          records: 3,
          from: ['applications', 'selection', 'review-extras'],
        },
      ],
      files: ['mail/1.eml'],
    });

    const organisation = read(await archives.buildOrganisationArchive(manager, 'o-1'));
    expect([...organisation.keys()].sort()).toEqual(['applications.json', 'index.json']);
    expect(JSON.parse(organisation.get('applications.json')!)).toEqual([{ id: 'org-a' }]);
  });

  it.each(['../x', 'Reviews', 'index', 'a b', ''])(
    'refuses the kind name %p (it would not be one plain file)',
    async (kind) => {
      const archives = archivesWith({
        name: 'broken',
        exportPerson: () => Promise.resolve({ [kind]: [] }),
      });
      await expect(archives.buildPersonArchive(manager, subject)).rejects.toThrow(
        /not a valid kind name/,
      );
    },
  );

  it.each(['../etc/passwd', '/abs.txt', 'mail/../x.eml', 'index.json', 'profile.json'])(
    'refuses the file path %p',
    async (path) => {
      const archives = archivesWith({
        name: 'broken',
        exportFiles: () => Promise.resolve([{ path, content: '' }]),
      });
      await expect(archives.buildPersonArchive(manager, subject)).rejects.toThrow(
        /not a valid archive path|is taken/,
      );
    },
  );
});
