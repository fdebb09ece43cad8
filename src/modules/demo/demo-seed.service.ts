import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { MIGRATION_LOCK_ID } from '../../database/migrate.js';
import { SeedRunEntity } from '../../database/seed-run.entity.js';
import { AcademyEntity } from '../academies/entities/academy.entity.js';
import { TimelineEventEntity } from '../timeline/entities/timeline-event.entity.js';
import { EligibilityCriterionEntity } from '../applications/entities/eligibility-criterion.entity.js';
import { nextEdition, referenceAcademy2023 } from './demo-academies.js';
import { referenceCriteria2023 } from './demo-criteria.js';
import { nextEditionTimeline, referenceTimeline2023 } from './demo-timeline.js';

export const DEMO_SEED_NAME = 'demo-academies';
export const DEMO_TIMELINE_SEED_NAME = 'demo-timeline';
export const DEMO_CRITERIA_SEED_NAME = 'demo-criteria';

/**
 * Seeds the demo academies once per database. It runs under the migration lock, in one
 * transaction, and records itself in `seed_runs`: a restart neither duplicates nor
 * overwrites it, and a database that already holds academies is left alone.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Academies first, then (once) their timelines; each recorded in seed_runs. */
  async seedOnce(): Promise<boolean> {
    const seeded = await this.seedAcademies();
    await this.seedTimelines();
    await this.seedCriteria();
    return seeded;
  }

  private async seedAcademies(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Instances starting together take turns; the first seeds, the others find the record.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      const seedRuns = manager.getRepository(SeedRunEntity);
      if (await seedRuns.existsBy({ name: DEMO_SEED_NAME })) return false;
      const academies = manager.getRepository(AcademyEntity);
      if ((await academies.count()) > 0) {
        await seedRuns.insert({
          name: DEMO_SEED_NAME,
          note: 'skipped: database already had academies',
        });
        this.logger.log('Demo data skipped: the database already holds academies');
        return false;
      }
      const reference = await academies.save(academies.create(referenceAcademy2023()));
      const next = await academies.save(
        academies.create({ ...nextEdition(this.clock.now()), previousEditionId: reference.id }),
      );
      await seedRuns.insert({ name: DEMO_SEED_NAME, note: `${reference.slug}, ${next.slug}` });
      this.logger.log({ msg: 'Demo data seeded', academies: [reference.slug, next.slug] });
      return true;
    });
  }

  /** The demo academies' criteria and timelines; skipped where they are gone or already set. */
  private seedTimelines(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_TIMELINE_SEED_NAME, async (manager, reference, next) => {
      const events = manager.getRepository(TimelineEventEntity);
      const plans: Array<[AcademyEntity | null, () => ReturnType<typeof referenceTimeline2023>]> = [
        [reference, referenceTimeline2023],
        [next, () => nextEditionTimeline(next!.selectionAnnouncementAt)],
      ];
      const written: string[] = [];
      for (const [academy, timeline] of plans) {
        if (!academy || (await events.existsBy({ academyId: academy.id }))) continue;
        await events.save(
          timeline().map((event) => events.create({ ...event, academyId: academy.id })),
        );
        written.push(academy.slug);
      }
      return written;
    });
  }

  /** The eligibility criteria of DESIGN.md, for both editions (the next one reuses them). */
  private seedCriteria(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_CRITERIA_SEED_NAME, async (manager, reference, next) => {
      const criteria = manager.getRepository(EligibilityCriterionEntity);
      const written: string[] = [];
      for (const academy of [reference, next]) {
        if (!academy || (await criteria.existsBy({ academyId: academy.id }))) continue;
        await criteria.save(
          referenceCriteria2023(pilotWindowFor(academy, reference)).map((criterion, position) =>
            criteria.create({ ...criterion, position, academyId: academy.id }),
          ),
        );
        written.push(academy.slug);
      }
      return written;
    });
  }

  /** Runs one named demo seed once, under the seed lock, for the demo academies still there. */
  private async onceWithDemoAcademies(
    name: string,
    work: (
      manager: EntityManager,
      reference: AcademyEntity | null,
      next: AcademyEntity | null,
    ) => Promise<string[]>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      const seedRuns = manager.getRepository(SeedRunEntity);
      if (await seedRuns.existsBy({ name })) return;
      const academies = manager.getRepository(AcademyEntity);
      const reference = await academies.findOneBy({ slug: 'kiertotalous-2023' });
      const next = reference
        ? await academies.findOneBy({ previousEditionId: reference.id })
        : null;
      const written = await work(manager, reference, next);
      await seedRuns.insert({ name, note: written.join(', ') || 'skipped' });
      if (written.length > 0)
        this.logger.log({ msg: `Demo data seeded: ${name}`, academies: written });
    });
  }
}

/** The 2023 window for the reference academy; for a later edition, its own autumn to next summer. */
function pilotWindowFor(
  academy: AcademyEntity,
  reference: AcademyEntity | null,
): { startFrom: string; startTo: string } | undefined {
  if (academy.id === reference?.id) return undefined;
  const selection = DateTime.fromJSDate(academy.selectionAnnouncementAt, {
    zone: academy.timeZone,
  });
  return {
    startFrom: selection.plus({ months: 2 }).startOf('month').toISODate() ?? '',
    startTo: selection.plus({ months: 14 }).endOf('month').toISODate() ?? '',
  };
}
