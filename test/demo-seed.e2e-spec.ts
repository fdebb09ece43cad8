import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { createAcademy } from './factories/index.js';
import { expectReferenceTimeline } from './helpers/ical.js';
import { startTestApp } from './helpers/test-app.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';

const SEEDING_DAY = new Date('2026-11-24T08:00:00Z');

describe('demo seed', () => {
  it('creates both demo academies on an empty database, once: a restart neither duplicates nor overwrites', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestApp({
        database,
        now: SEEDING_DAY,
        env: { SEED_DEMO_DATA: 'true' },
      });
      const response = await first.graphql<{ academies: Array<{ slug: string; status: string }> }>(
        '{ academies { slug status } }',
      );
      expect(response.data?.academies).toEqual([
        { slug: 'kiertotalous-2027', status: 'OPEN' },
        { slug: 'kiertotalous-2023', status: 'ALUMNI' },
        { slug: 'uusimaa-kiertotalouslaakso', status: 'ALUMNI' },
        { slug: 'circpro-kymenlaakso', status: 'ALUMNI' },
      ]);
      // The organiser edits the demo data; a restart must keep the edit.
      await first.dataSource.query(
        "UPDATE academies SET title_fi = 'Muokattu' WHERE slug = 'kiertotalous-2023'",
      );
      await first.stop();

      const second = await startTestApp({
        database,
        now: new Date('2027-02-01T08:00:00Z'),
        env: { SEED_DEMO_DATA: 'true' },
      });
      const academies = await second.dataSource
        .getRepository(AcademyEntity)
        .find({ order: { slug: 'ASC' } });
      expect(academies.map((academy) => academy.slug)).toEqual([
        'circpro-kymenlaakso',
        'kiertotalous-2023',
        'kiertotalous-2027',
        'uusimaa-kiertotalouslaakso',
      ]);
      expect(academies[1].title.fi).toBe('Muokattu');
      await second.stop();
    } finally {
      await dropTestDatabase(database.name);
    }
  });

  it('links the next edition to the reference academy and keeps it open on the seeding day', async () => {
    const testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    try {
      const repository = testApp.dataSource.getRepository(AcademyEntity);
      const reference = await repository.findOneByOrFail({ slug: 'kiertotalous-2023' });
      const next = await repository.findOneByOrFail({ slug: 'kiertotalous-2027' });
      expect(next.previousEditionId).toBe(reference.id);
      expect(next.applicationOpensAt <= SEEDING_DAY && SEEDING_DAY < next.applicationDeadline).toBe(
        true,
      );
      expect(reference.applicationDeadline.toISOString()).toBe('2023-05-31T20:59:59.999Z');
      const criteria = await testApp.graphql<{
        academy: { eligibilityCriteria: Array<{ kind: string; severity: string }> };
      }>(
        '{ academy(slug: "kiertotalous-2023") { eligibilityCriteria { kind severity label { text(locale: en) } } } }',
      );
      expect(criteria.data!.academy.eligibilityCriteria.map((criterion) => criterion.kind)).toEqual(
        [
          'ORGANISATION_TYPE',
          'PRIOR_GROUNDWORK',
          'MANAGEMENT_COMMITMENT',
          'PILOT_PROCUREMENT',
          'ATTESTATION',
          'ATTESTATION',
          'TEAM',
          'RESPONSIBLE_PERSON',
        ],
      );
      // The review rubric derived from the same published criteria, the pilot weighing most.
      const rubric = await testApp.graphql<{
        academy: {
          reviewRubric: Array<{ weight: number; scaleMax: number; label: { en: string } }>;
        };
      }>(
        '{ academy(slug: "kiertotalous-2023") { reviewRubric { weight scaleMax label { en } } } }',
      );
      expect(
        rubric.data!.academy.reviewRubric.map((criterion) => [
          criterion.label.en,
          criterion.weight,
        ]),
      ).toEqual([
        ['Groundwork', 1],
        ['Management commitment', 1.5],
        ["The construction pilot's circular potential", 2],
        ['The team', 1],
        ['Willingness to share', 0.5],
      ]);
    } finally {
      await testApp.close();
    }
  });

  it('seeds the reference timeline at the right absolute instants, the alumni meeting unpublished', async () => {
    const testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    try {
      const response = await fetch(`${testApp.url}/calendar/academies/kiertotalous-2023.ics`, {
        headers: { 'accept-language': 'fi' },
      });
      expect(response.status).toBe(200);
      expectReferenceTimeline(await response.text());
    } finally {
      await testApp.close();
    }
  });

  it('leaves a database that already holds academies alone, but for the programmes of the other seeds', async () => {
    const database = await createTestDatabase();
    try {
      const plain = await startTestApp({ database });
      const existing = await createAcademy(plain.dataSource);
      await plain.stop();
      const seeded = await startTestApp({ database, env: { SEED_DEMO_DATA: 'true' } });
      const slugs = (await seeded.dataSource.getRepository(AcademyEntity).find()).map(
        (academy) => academy.slug,
      );
      // The reference academies are skipped; CircPro and the Uusimaa pre-study have their own
      // steps that only need their slugs free (test/demo-programmes.e2e-spec.ts).
      expect(slugs.sort()).toEqual(
        [existing.slug, 'circpro-kymenlaakso', 'uusimaa-kiertotalouslaakso'].sort(),
      );
      await seeded.stop();
    } finally {
      await dropTestDatabase(database.name);
    }
  });

  it('seeds exactly once when two instances start together', async () => {
    const database = await createTestDatabase();
    try {
      const apps = await Promise.all([
        startTestApp({ database, now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } }),
        startTestApp({ database, now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } }),
      ]);
      expect(await apps[0].dataSource.getRepository(AcademyEntity).count()).toBe(4);
      await Promise.all(apps.map((app) => app.stop()));
    } finally {
      await dropTestDatabase(database.name);
    }
  });
});
