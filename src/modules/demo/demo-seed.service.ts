import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { MIGRATION_LOCK_ID } from '../../database/migrate.js';
import { SeedRunEntity } from '../../database/seed-run.entity.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { CriteriaSeedService } from '../applications/criteria-seed.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { nextEdition, referenceAcademy2023 } from './demo-academies.js';
import { referenceCriteria2023 } from './demo-criteria.js';
import { DemoAlumniHistory } from './demo-alumni-history.js';
import { DemoFollowUpHistory } from './demo-follow-up-history.js';
import { DemoOpenProgrammes } from './demo-open-programmes.js';
import { DemoProgrammeHistory } from './demo-programme-history.js';
import { DemoSelectionHistory } from './demo-selection-history.js';
import { referenceRubric2023 } from './demo-rubric.js';
import { ReviewRubricService } from '../selection/review-rubric.service.js';
import { nextEditionTimeline, referenceTimeline2023 } from './demo-timeline.js';

export const DEMO_SEED_NAME = 'demo-academies';
export const DEMO_TIMELINE_SEED_NAME = 'demo-timeline';
export const DEMO_CRITERIA_SEED_NAME = 'demo-criteria';
export const DEMO_SELECTION_SEED_NAME = 'demo-selection-2023';
export const DEMO_RUBRIC_SEED_NAME = 'demo-review-rubric';
export const DEMO_PROGRAMME_SEED_NAME = 'demo-programme-2023';
export const DEMO_FOLLOW_UP_SEED_NAME = 'demo-follow-up-2023';
export const DEMO_ALUMNI_SEED_NAME = 'demo-alumni-2024';

/**
 * Seeds the demo academies once per database. It runs under the migration lock, in one
 * transaction, and records itself in `seed_runs`: a restart neither duplicates nor
 * overwrites it, and a database that already holds academies is left alone.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectRepository(SeedRunEntity) private readonly seedRuns: Repository<SeedRunEntity>,
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly criteria: CriteriaSeedService,
    private readonly history: DemoSelectionHistory,
    private readonly programme: DemoProgrammeHistory,
    private readonly followUp: DemoFollowUpHistory,
    private readonly rubric: ReviewRubricService,
    private readonly clock: Clock,
    private readonly openProgrammes: DemoOpenProgrammes,
    private readonly alumni: DemoAlumniHistory,
  ) {}

  /** Academies first, then (once) their timelines; each recorded in seed_runs. */
  async seedOnce(): Promise<boolean> {
    const seeded = await this.seedAcademies();
    await this.seedTimelines();
    await this.seedCriteria();
    await this.seedRubric();
    await this.seedSelectionHistory();
    await this.seedProgrammeHistory();
    await this.seedFollowUpHistory();
    // CircPro Kymenlaakso and the Uusimaa pre-study: each once, whatever else the database holds.
    await this.openProgrammes.seedOnce();
    // The 2023 cohort's alumni year: alumni meeting, outcome reports, follow-up meetings.
    await this.onceWithDemoAcademies(DEMO_ALUMNI_SEED_NAME, async (manager, reference, next) =>
      reference && (await this.alumni.seed(manager, reference, next)).length > 0
        ? [reference.slug]
        : [],
    );
    return seeded;
  }

  private async seedAcademies(): Promise<boolean> {
    return this.seedRuns.manager.transaction(async (manager) => {
      // Instances starting together take turns; the first seeds, the others find the record.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      const seedRuns = manager.getRepository(SeedRunEntity);
      if (await seedRuns.existsBy({ name: DEMO_SEED_NAME })) return false;
      if ((await this.academies.count(manager)) > 0) {
        await seedRuns.insert({
          name: DEMO_SEED_NAME,
          note: 'skipped: database already had academies',
        });
        this.logger.log('Demo data skipped: the database already holds academies');
        return false;
      }
      const reference = await this.academies.insertSeed(referenceAcademy2023(), manager);
      const next = await this.academies.insertSeed(
        { ...nextEdition(this.clock.now()), previousEditionId: reference.id },
        manager,
      );
      await seedRuns.insert({ name: DEMO_SEED_NAME, note: `${reference.slug}, ${next.slug}` });
      this.logger.log({ msg: 'Demo data seeded', academies: [reference.slug, next.slug] });
      return true;
    });
  }

  /** The demo academies' criteria and timelines; skipped where they are gone or already set. */
  private seedTimelines(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_TIMELINE_SEED_NAME, async (manager, reference, next) => {
      const plans: Array<[AcademyRecord | null, () => ReturnType<typeof referenceTimeline2023>]> = [
        [reference, referenceTimeline2023],
        [next, () => nextEditionTimeline(next!.selectionAnnouncementAt)],
      ];
      const written: string[] = [];
      for (const [academy, timeline] of plans) {
        if (academy && (await this.timeline.seedIfAbsent(academy.id, timeline(), manager))) {
          written.push(academy.slug);
        }
      }
      return written;
    });
  }

  /** The 2023 eligibility criteria, for both editions (the next one reuses them). */
  private seedCriteria(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_CRITERIA_SEED_NAME, async (manager, reference, next) => {
      const written: string[] = [];
      for (const academy of [reference, next]) {
        if (!academy) continue;
        const criteria = referenceCriteria2023(pilotWindowFor(academy, reference));
        if (await this.criteria.seedIfAbsent(academy.id, criteria, manager)) {
          written.push(academy.slug);
        }
      }
      return written;
    });
  }

  /**
   * The reference academy's selection as history: its applicants, their consultations with
   * the experts' notes, the reviews, the released decisions, the one decline and the reserve
   * who took the place, and the cohort of seven.
   */
  private seedSelectionHistory(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_SELECTION_SEED_NAME, async (manager, reference) => {
      if (!reference) return [];
      await this.history.seed(manager, reference);
      return [reference.slug];
    });
  }

  /**
   * The reference academy's programme as it ran: workshop materials, assignments and who did
   * them, recorded outcomes, attendance and the closing event's registration. Needs the
   * cohort (the selection history) and the timeline; without them it writes nothing.
   */
  private seedProgrammeHistory(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_PROGRAMME_SEED_NAME, async (manager, reference) => {
      if (!reference) return [];
      const written = await this.programme.seed(manager, reference);
      return written.length > 0 ? [reference.slug] : [];
    });
  }

  /**
   * The follow-up of the reference academy's pilots (2023–2026: stages, milestones, measures,
   * metrics, updates with the experts' comments, publication) and its action plan with the
   * HSY action of seed 002. Needs the cohort; runs after the programme (its sparring tasks).
   */
  private seedFollowUpHistory(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_FOLLOW_UP_SEED_NAME, async (manager, reference) => {
      if (!reference) return [];
      const written = await this.followUp.seed(manager, reference);
      return written.length > 0 ? [reference.slug] : [];
    });
  }

  /** The review rubric derived from the 2023 criteria, for both editions. */
  private seedRubric(): Promise<void> {
    return this.onceWithDemoAcademies(DEMO_RUBRIC_SEED_NAME, async (manager, reference, next) => {
      const written: string[] = [];
      for (const academy of [reference, next]) {
        if (
          academy &&
          (await this.rubric.seedIfAbsent(academy.id, referenceRubric2023(), manager))
        ) {
          written.push(academy.slug);
        }
      }
      return written;
    });
  }

  /** Runs one named demo seed once, under the seed lock, for the demo academies still there. */
  private async onceWithDemoAcademies(
    name: string,
    work: (
      manager: EntityManager,
      reference: AcademyRecord | null,
      next: AcademyRecord | null,
    ) => Promise<string[]>,
  ): Promise<void> {
    await this.seedRuns.manager.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      const seedRuns = manager.getRepository(SeedRunEntity);
      if (await seedRuns.existsBy({ name })) return;
      const reference = await this.academies.findAnyBySlug('kiertotalous-2023', manager);
      const next = reference ? await this.academies.findNextEditionOf(reference.id, manager) : null;
      const written = await work(manager, reference, next);
      await seedRuns.insert({ name, note: written.join(', ') || 'skipped' });
      if (written.length > 0)
        this.logger.log({ msg: `Demo data seeded: ${name}`, academies: written });
    });
  }
}

/** The 2023 window for the reference academy; for a later edition, its own autumn to next summer. */
function pilotWindowFor(
  academy: AcademyRecord,
  reference: AcademyRecord | null,
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
