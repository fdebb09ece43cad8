import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Repository, type EntityManager } from 'typeorm';
import { Locale } from '../../common/i18n/locale.js';
import { MIGRATION_LOCK_ID } from '../../database/migrate.js';
import { SeedRunEntity } from '../../database/seed-run.entity.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { EnrolmentSeedService } from '../enrolment/enrolment-seed.service.js';
import { FollowUpSeedService } from '../follow-up/follow-up-seed.service.js';
import { OrganisationSeedService } from '../organisations/organisation-seed.service.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { RegistrationSeedService } from '../registration/registration-seed.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { UserSeedService } from '../users/user-seed.service.js';
import { WorkshopSeedService } from '../workshop/workshop-seed.service.js';
import {
  CIRCPRO_INTERNATIONAL_MEETING_TITLE,
  CIRCPRO_MEMBERS,
  CIRCPRO_MEMBER_SIGNED_UP_AT,
  CIRCPRO_PROJECT_MANAGER,
  CIRCPRO_REGISTRATION_CLOSES_DAYS_BEFORE,
  CIRCPRO_SLUG,
  CIRCPRO_TRAVEL_PLACES,
  circProAcademy,
  circProActionPlan,
  circProProgrammePage,
  circProTimeline,
} from './demo-circpro.js';
import {
  UUSIMAA_SLUG,
  uusimaaAcademy,
  uusimaaProgrammePage,
  uusimaaWorkshops,
} from './demo-uusimaa.js';

export const DEMO_CIRCPRO_SEED_NAME = 'demo-circpro-kymenlaakso';
export const DEMO_UUSIMAA_SEED_NAME = 'demo-uusimaa-kiertotalouslaakso';

const ZONE = 'Europe/Helsinki';

/**
 * The open programmes of seeds 000/001 (CircPro in Kymenlaakso) and 004 (the Uusimaa
 * pre-study) as demo data. Each is its own step, run once (`seed_runs`) under the seed lock,
 * and writes its academy only when the slug is free: unlike the first demo step it does not
 * care whether the database already holds other academies, so a database seeded by an
 * earlier release gets both programmes at its next start.
 */
@Injectable()
export class DemoOpenProgrammes {
  private readonly logger = new Logger(DemoOpenProgrammes.name);

  constructor(
    @InjectRepository(SeedRunEntity) private readonly seedRuns: Repository<SeedRunEntity>,
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly programme: ProgrammeService,
    private readonly users: UserSeedService,
    private readonly organisations: OrganisationSeedService,
    private readonly enrolment: EnrolmentSeedService,
    private readonly registration: RegistrationSeedService,
    private readonly followUp: FollowUpSeedService,
    private readonly workshop: WorkshopSeedService,
  ) {}

  async seedOnce(): Promise<void> {
    await this.once(DEMO_CIRCPRO_SEED_NAME, CIRCPRO_SLUG, (manager) => this.seedCircPro(manager));
    await this.once(DEMO_UUSIMAA_SEED_NAME, UUSIMAA_SLUG, (manager) => this.seedUusimaa(manager));
  }

  private async once(
    name: string,
    slug: string,
    work: (manager: EntityManager) => Promise<AcademyRecord>,
  ): Promise<void> {
    await this.seedRuns.manager.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      const seedRuns = manager.getRepository(SeedRunEntity);
      if (await seedRuns.existsBy({ name })) return;
      if (await this.academies.findAnyBySlug(slug, manager)) {
        await seedRuns.insert({ name, note: `skipped: ${slug} already exists` });
        return;
      }
      const academy = await work(manager);
      await seedRuns.insert({ name, note: academy.slug });
      this.logger.log({ msg: `Demo data seeded: ${name}`, academies: [academy.slug] });
    });
  }

  /** The stakeholder group: members, meetings, travel places, programme page, action plan. */
  private async seedCircPro(manager: EntityManager): Promise<AcademyRecord> {
    const academy = await this.academies.insertSeed(circProAcademy(), manager);
    const manager_ = await this.users.seedPerson(manager, {
      ...CIRCPRO_PROJECT_MANAGER,
      locale: Locale.fi,
    });
    const memberUserIds: string[] = [];
    for (const member of CIRCPRO_MEMBERS) {
      const signer = await this.users.seedPerson(manager, { ...member.signer, locale: Locale.fi });
      const organisation = await this.organisations.seedOrganisation(manager, member.organisation, {
        contactIds: [signer.id],
      });
      await this.enrolment.seedSignUp(manager, {
        academyId: academy.id,
        organisationId: organisation.id,
        signer: { userId: signer.id, name: member.signer.name, email: signer.email },
        signedUpAt: CIRCPRO_MEMBER_SIGNED_UP_AT(member),
        acceptedTerms: academy.signUpTerms,
      });
      memberUserIds.push(signer.id);
    }

    await this.timeline.seedIfAbsent(academy.id, circProTimeline(), manager);
    const international = (await this.timeline.allOf(academy.id, manager)).filter((event) =>
      event.title.fi.startsWith(CIRCPRO_INTERNATIONAL_MEETING_TITLE),
    );
    // Registration for the travel places opened after the first regional meeting.
    const openedAt = DateTime.fromISO('2018-11-27T16:00', { zone: ZONE }).toJSDate();
    for (const [index, event] of international.entries()) {
      const start = DateTime.fromJSDate(event.startsAt, { zone: ZONE });
      // Three members by turns; the Greek meeting drew a fourth, who stayed on the waitlist.
      const travellers = [0, 1, 2, ...(index === 3 ? [3] : [])].map(
        (offset) => memberUserIds[(index + offset) % memberUserIds.length],
      );
      await this.registration.seedIfAbsent(manager, {
        eventId: event.id,
        capacity: CIRCPRO_TRAVEL_PLACES,
        closesAt: start.minus({ days: CIRCPRO_REGISTRATION_CLOSES_DAYS_BEFORE }).toJSDate(),
        openedAt,
        registrations: travellers.map((userId, order) => ({
          userId,
          registeredAt: start
            .minus({ days: 60 - order * 3 })
            .set({ hour: 10 })
            .toJSDate(),
        })),
      });
    }

    await this.programme.seed(manager, academy.id, circProProgrammePage());
    for (const action of circProActionPlan()) {
      await this.followUp.seedActionIfAbsent(manager, {
        academyId: academy.id,
        title: action.title,
        description: action.description,
        officialDescription: action.description,
        category: null,
        declaredOnSchedule: true,
        createdAt: action.createdAt,
        createdById: manager_.id,
        stages: action.stages.map((move) => ({ ...move, byId: manager_.id })),
        tasks: action.tasks.map((task) => ({
          title: task.title,
          dueDate: task.dueDate,
          ownerUserId: manager_.id,
          doneAt: task.done,
        })),
      });
    }
    return academy;
  }

  /** The pre-study: programme page, three workshops with their recorded outcomes. */
  private async seedUusimaa(manager: EntityManager): Promise<AcademyRecord> {
    const academy = await this.academies.insertSeed(uusimaaAcademy(), manager);
    await this.programme.seed(manager, academy.id, uusimaaProgrammePage());
    const workshops = uusimaaWorkshops();
    await this.timeline.seedIfAbsent(
      academy.id,
      workshops.map((workshop) => workshop.event),
      manager,
    );
    const events = await this.timeline.allOf(academy.id, manager);
    for (const workshop of workshops) {
      const event = events.find((candidate) => candidate.title.fi === workshop.event.title.fi);
      if (event) await this.workshop.seedIfAbsent(manager, event.id, workshop.content);
    }
    return academy;
  }
}
