import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GlobalRole } from '../../common/auth/global-role.js';
import { Locale } from '../../common/i18n/locale.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { CohortSeedService } from '../cohort/cohort-seed.service.js';
import { CohortTeamService, type TeamParticipant } from '../cohort/cohort-team.service.js';
import { FollowUpSeedService } from '../follow-up/follow-up-seed.service.js';
import { UserSeedService } from '../users/user-seed.service.js';
import {
  HSY_ACTION_2023,
  HSY_ACTION_STAGE,
  PILOT_FOLLOW_UP_2023,
  type PilotFollowUpEntry,
} from './demo-follow-up-2023.js';
import {
  DEMO_APPLICANTS_2023,
  DEMO_EXPERTS,
  DEMO_PROGRAMME_MANAGER,
  at2023,
} from './demo-selection-2023.js';
import { SPARRING_2023 } from './demo-sparring-2023.js';

/**
 * Writes the follow-up of the 2023 cohort's pilots (texts, milestones, stage moves,
 * measures, metrics, updates with the experts' comments, done tasks, publication) and the
 * programme's action plan with the HSY action of seed 002, through the follow-up module's
 * seed service. Needs the cohort (its pilots) and runs after the programme history (its
 * sparring tasks); a pilot that already has a history and an action already in the plan are
 * left alone, so running it again writes nothing.
 */
@Injectable()
export class DemoFollowUpHistory {
  constructor(
    private readonly teams: CohortTeamService,
    private readonly cohortSeed: CohortSeedService,
    private readonly users: UserSeedService,
    private readonly followUp: FollowUpSeedService,
  ) {}

  /** What was written (empty without a cohort). */
  async seed(manager: EntityManager, academy: AcademyRecord): Promise<string[]> {
    const people = await this.teams.activeParticipants(academy.id, {}, manager);
    if (people.length === 0) return [];
    const byEmail = new Map(people.map((person) => [person.email, person]));
    const written: string[] = [];

    await this.followUp.seedCatalogue(manager, academy.id);
    const experts: string[] = [];
    for (const expert of DEMO_EXPERTS)
      experts.push(
        (
          await this.users.seedPerson(manager, {
            ...expert,
            locale: Locale.fi,
            roles: [GlobalRole.EXPERT],
          })
        ).id,
      );

    for (const entry of PILOT_FOLLOW_UP_2023) {
      const team = teamOf(entry.key, byEmail);
      if (!team) continue;
      const accounts = await this.accountsFor(manager, academy.id, entry, team);
      const done = await this.followUp.seedPilotHistoryIfAbsent(manager, {
        academyId: academy.id,
        organisationId: team[0].organisationId,
        title: entry.title,
        description: entry.description,
        officialDescription: entry.officialDescription,
        category: entry.category,
        declaredOnSchedule: true,
        milestones: entry.milestones.map(({ kind, title, planned, done }) => ({
          kind,
          title,
          plannedDate: planned,
          doneAt: done ? at2023(done) : null,
        })),
        updates: entry.updates.map(({ by, at, body, stage, comments }) => ({
          authorId: accounts.get(by)!,
          at: at2023(at),
          body,
          stage,
          comments: (comments ?? []).map((comment) => ({
            authorId: experts[comment.expert],
            at: at2023(comment.at),
            body: comment.body,
          })),
        })),
        measures: entry.measures,
        metrics: entry.metrics,
        tasksDone: entry.tasksDone.map(({ title, on }) => ({
          title,
          doneAt: at2023(on),
          byId: accounts.get(ownerOf(entry.key, title) ?? 0) ?? null,
        })),
        published: entry.publishedAt
          ? { at: at2023(entry.publishedAt), byId: accounts.get(0)! }
          : null,
      });
      if (done) written.push(`${entry.key} pilot`);
    }

    const programmeManager = await this.users.seedPerson(manager, {
      ...DEMO_PROGRAMME_MANAGER,
      locale: Locale.fi,
    });
    const createdAt = at2023(HSY_ACTION_2023.createdAt);
    const added = await this.followUp.seedActionIfAbsent(manager, {
      academyId: academy.id,
      title: HSY_ACTION_2023.title,
      description: HSY_ACTION_2023.description,
      officialDescription: HSY_ACTION_2023.officialDescription,
      category: null,
      declaredOnSchedule: HSY_ACTION_2023.declaredOnSchedule,
      createdAt,
      createdById: programmeManager.id,
      stages: [{ stage: HSY_ACTION_STAGE, byId: programmeManager.id, at: createdAt }],
      tasks: [{ ...HSY_ACTION_2023.task, ownerUserId: null, doneAt: null }],
    });
    if (added) written.push('action plan');
    return written;
  }

  /** Accounts of the team people who write in the pilot's history, linked to their team rows. */
  private async accountsFor(
    manager: EntityManager,
    academyId: string,
    entry: PilotFollowUpEntry,
    team: TeamParticipant[],
  ): Promise<Map<number, string>> {
    // The writers of its updates and whoever marked a task done.
    const positions = new Set([
      0,
      ...entry.updates.map((update) => update.by),
      ...entry.tasksDone.map((task) => ownerOf(entry.key, task.title) ?? 0),
    ]);
    const accounts = new Map<number, string>();
    const linked = new Map<string, string>();
    for (const position of positions) {
      const person = team[position];
      if (!person) continue;
      const user = await this.users.seedPerson(manager, {
        email: person.email,
        name: person.name,
        locale: Locale.fi,
      });
      accounts.set(position, user.id);
      linked.set(person.email, user.id);
    }
    await this.cohortSeed.linkAccounts(manager, academyId, linked);
    return accounts;
  }
}

/** The team position that owns the organisation's sparring agreed action of this title. */
function ownerOf(key: string, title: string): number | undefined {
  return SPARRING_2023.find((entry) => entry.key === key)?.actions.find(
    (action) => action.title === title,
  )?.owner;
}

/** The organisation's team by position (0 responsible person, 1–3 experts), or null. */
function teamOf(key: string, byEmail: Map<string, TeamParticipant>): TeamParticipant[] | null {
  const applicant = DEMO_APPLICANTS_2023.find((candidate) => candidate.key === key);
  if (!applicant) return null;
  const team = [applicant.responsible, ...applicant.experts].map((named) =>
    byEmail.get(named.email),
  );
  return team.every((person): person is TeamParticipant => person !== undefined) ? team : null;
}
