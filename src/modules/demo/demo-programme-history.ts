import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { Locale } from '../../common/i18n/locale.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { RoundPurpose } from '../consultations/appointment-round.enums.js';
import { ConsultationSeedService } from '../consultations/consultation-seed.service.js';
import { SparringSeedService } from '../sparring/sparring-seed.service.js';
import { AttendanceSeedService } from '../attendance/attendance-seed.service.js';
import { CohortSeedService } from '../cohort/cohort-seed.service.js';
import { CohortTeamService, type TeamParticipant } from '../cohort/cohort-team.service.js';
import { RegistrationSeedService } from '../registration/registration-seed.service.js';
import { EventKind } from '../timeline/timeline-event.enums.js';
import type { TimelineEventRecord } from '../timeline/timeline.types.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { UserSeedService } from '../users/user-seed.service.js';
import type { WorkshopContentSeed } from '../workshop/workshop-seed.service.js';
import { WorkshopSeedService } from '../workshop/workshop-seed.service.js';
import {
  ABSENCES_2023,
  CLOSING_REGISTRATION_2023,
  KICKOFF_2023,
  WORKSHOP1_2023,
  WORKSHOP2_2023,
  type WorkshopEntry,
} from './demo-programme-2023.js';
import {
  DEMO_APPLICANTS_2023,
  DEMO_EXPERTS,
  DEMO_PROGRAMME_MANAGER,
  at2023,
} from './demo-selection-2023.js';
import { SPARRING_2023, SPARRING_ROUND_2023, type SparringEntry } from './demo-sparring-2023.js';

/** A team person as the programme data names them: `<organisation key>:<position>`. */
type PersonRef = string;

/**
 * Writes the 2023 programme as it ran, through the owning features' seed services: workshop
 * materials, assignments and who did them, recorded outcomes (made public, as the organiser
 * shares the academy's learnings), attendance at the four programme events and the closing
 * event's registration, and the sparring round with its summaries and agreed actions (which
 * become tasks of the pilots). Each owner skips an event that already has its part, so running it
 * again writes nothing.
 */
@Injectable()
export class DemoProgrammeHistory {
  constructor(
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly teams: CohortTeamService,
    private readonly cohortSeed: CohortSeedService,
    private readonly users: UserSeedService,
    private readonly workshop: WorkshopSeedService,
    private readonly attendance: AttendanceSeedService,
    private readonly registration: RegistrationSeedService,
    private readonly applications: ApplicationRecordsService,
    private readonly consultationSeed: ConsultationSeedService,
    private readonly sparringSeed: SparringSeedService,
  ) {}

  /** What was written (empty when the academy lacks its timeline or cohort). */
  async seed(manager: EntityManager, academy: AcademyRecord): Promise<string[]> {
    const events = await this.timeline.allOf(academy.id, manager);
    const kickoff = events.find((event) => event.kind === EventKind.KICKOFF);
    const [workshop1, workshop2] = events.filter((event) => event.kind === EventKind.WORKSHOP);
    const closing = events.find((event) => event.kind === EventKind.CLOSING);
    const people = await this.teams.activeParticipants(academy.id, {}, manager);
    if (!kickoff || !workshop2 || !closing || people.length === 0) return [];

    const team = teamIndex(people);
    const registrants = [...team.keys()].filter(
      (ref) => !CLOSING_REGISTRATION_2023.notRegistered.includes(ref),
    );
    // The team members who registered or marked an assignment have signed up by then.
    const accounts = await this.signUp(manager, academy.id, team, registrants);
    const written: string[] = [];

    const content: Array<[TimelineEventRecord, WorkshopEntry, string]> = [
      [kickoff, KICKOFF_2023, 'kick-off content'],
      [workshop1, WORKSHOP1_2023, 'workshop 1 content'],
      [workshop2, WORKSHOP2_2023, 'workshop 2 content'],
    ];
    for (const [event, entry, label] of content) {
      const seed = workshopSeed(entry, team, accounts);
      if (await this.workshop.seedIfAbsent(manager, event.id, seed)) written.push(label);
    }
    // The organiser publishes the outcomes it records (willingness to share is a criterion).
    if (written.length > 0) await this.academies.seedPublicOutcomes(academy.id, true, manager);

    // Sparring sessions with their summaries and agreed actions (November–January); the
    // actions become tasks of the pilots.
    if (await this.seedSparring(manager, academy, team)) written.push('sparring');

    const programmeManager = await this.users.seedPerson(manager, {
      ...DEMO_PROGRAMME_MANAGER,
      locale: Locale.fi,
    });
    const attendance: Array<[TimelineEventRecord, string[], string]> = [
      [kickoff, ABSENCES_2023.kickoff, 'kick-off attendance'],
      [workshop1, ABSENCES_2023.workshop1, 'workshop 1 attendance'],
      [workshop2, ABSENCES_2023.workshop2, 'workshop 2 attendance'],
      [closing, ABSENCES_2023.closing, 'closing attendance'],
    ];
    for (const [event, absent, label] of attendance) {
      const attended = [...team.entries()]
        .filter(([ref]) => !absent.includes(ref))
        .map(([, person]) => ({ participantId: person.id, organisationId: person.organisationId }));
      const recorded = await this.attendance.seedIfAbsent(manager, {
        eventId: event.id,
        academyId: academy.id,
        attended,
        recordedById: programmeManager.id,
        recordedAt: dayAfter(event),
      });
      if (recorded) written.push(label);
    }

    const opened = DateTime.fromJSDate(at2023(CLOSING_REGISTRATION_2023.openedAt));
    const { cancelled } = CLOSING_REGISTRATION_2023;
    const registered = await this.registration.seedIfAbsent(manager, {
      eventId: closing.id,
      capacity: CLOSING_REGISTRATION_2023.capacity,
      closesAt: at2023(CLOSING_REGISTRATION_2023.closesAt),
      openedAt: opened.toJSDate(),
      // Spread over the seven weeks the registration was open, teams in application order.
      registrations: registrants.map((ref, index) => ({
        userId: accounts.get(ref)!,
        registeredAt: opened.plus({ hours: 44 * index + 2, minutes: (index * 17) % 60 }).toJSDate(),
        ...(ref === cancelled.person ? { cancelledAt: at2023(cancelled.on) } : {}),
      })),
    });
    if (registered) written.push('closing registration');
    return written;
  }

  /**
   * The SPARRING round with one held session per cohort organisation, each with its summary
   * and agreed actions. The round is written once (consultations skips an academy that has
   * one); a summary already there is kept (sparring skips it).
   */
  private async seedSparring(
    manager: EntityManager,
    academy: AcademyRecord,
    team: Map<PersonRef, TeamParticipant>,
  ): Promise<boolean> {
    const zone = academy.timeZone;
    const local = (value: string) => DateTime.fromISO(value, { zone });
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
    const sessions: Array<{ entry: SparringEntry; applicationId: string; organisationId: string }> =
      [];
    const bookedBy = new Map<string, string>();
    for (const entry of SPARRING_2023) {
      const organisationId = team.get(`${entry.key}:0`)?.organisationId;
      const applicant = DEMO_APPLICANTS_2023.find((candidate) => candidate.key === entry.key);
      if (!organisationId || !applicant) continue;
      const application = await this.applications.findOfOrganisation(
        organisationId,
        academy.id,
        manager,
      );
      if (!application) continue;
      const contact = await this.users.seedPerson(manager, {
        ...applicant.responsible,
        locale: Locale.fi,
      });
      bookedBy.set(application.id, contact.id);
      sessions.push({ entry, applicationId: application.id, organisationId });
    }
    if (sessions.length === 0) return false;
    const bookings = await this.consultationSeed.seedHeldRound(manager, {
      academyId: academy.id,
      purpose: RoundPurpose.SPARRING,
      title: SPARRING_ROUND_2023.title,
      opensAt: local(SPARRING_ROUND_2023.opens).toJSDate(),
      closesAt: local(SPARRING_ROUND_2023.closes).toJSDate(),
      sessions: sessions.map(({ entry, applicationId }) => ({
        expertId: experts[entry.expert],
        startsAt: local(entry.start).toJSDate(),
        endsAt: local(entry.start).plus({ minutes: 90 }).toJSDate(),
        onlineUrl: 'https://teams.example/akatemia-2023-sparraus',
        applicationId,
        bookedById: bookedBy.get(applicationId)!,
      })),
    });
    if (!bookings) return false;
    for (const { entry, applicationId, organisationId } of sessions) {
      await this.sparringSeed.seedOutcomeIfAbsent(manager, {
        bookingId: bookings.get(applicationId)!,
        academyId: academy.id,
        organisationId,
        summary: entry.summary,
        recordedById: experts[entry.expert],
        recordedAt: local(entry.start).plus({ days: 1 }).set({ hour: 10, minute: 0 }).toJSDate(),
        actions: entry.actions.flatMap(({ title, owner, due }) => {
          const person = team.get(`${entry.key}:${owner}`);
          return person ? [{ title, ownerParticipantId: person.id, dueDate: due }] : [];
        }),
      });
    }
    return true;
  }

  /** Accounts for the given team people (existing ones kept), linked to their team rows. */
  private async signUp(
    manager: EntityManager,
    academyId: string,
    team: Map<PersonRef, TeamParticipant>,
    registrants: PersonRef[],
  ): Promise<Map<PersonRef, string>> {
    const refs = new Set<PersonRef>(registrants);
    for (const entry of [KICKOFF_2023, WORKSHOP1_2023, WORKSHOP2_2023])
      for (const assignment of entry.assignments)
        for (const done of assignment.completions) refs.add(`${done.key}:${done.by}`);
    const accounts = new Map<PersonRef, string>();
    const byEmail = new Map<string, string>();
    for (const ref of refs) {
      const person = team.get(ref);
      if (!person) continue;
      const user = await this.users.seedPerson(manager, {
        email: person.email,
        name: person.name,
        locale: Locale.fi,
      });
      accounts.set(ref, user.id);
      byEmail.set(person.email, user.id);
    }
    await this.cohortSeed.linkAccounts(manager, academyId, byEmail);
    return accounts;
  }
}

/** The cohort's team people by `<key>:<position>` (responsible person 0, experts 1–3). */
export function teamIndex(people: TeamParticipant[]): Map<PersonRef, TeamParticipant> {
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const index = new Map<PersonRef, TeamParticipant>();
  for (const entry of DEMO_APPLICANTS_2023)
    [entry.responsible, ...entry.experts].forEach((named, position) => {
      const person = byEmail.get(named.email);
      if (person) index.set(`${entry.key}:${position}`, person);
    });
  return index;
}

function workshopSeed(
  entry: WorkshopEntry,
  team: Map<PersonRef, TeamParticipant>,
  accounts: Map<PersonRef, string>,
): WorkshopContentSeed {
  return {
    materials: entry.materials,
    outcomes: entry.outcomes,
    assignments: entry.assignments.map(({ due, completions, ...assignment }) => ({
      ...assignment,
      dueAt: at2023(due),
      completions: completions.flatMap(({ key, answer, link, by, on }) => {
        const ref = `${key}:${by}`;
        const person = team.get(ref);
        return person
          ? [
              {
                organisationId: person.organisationId,
                answer,
                link,
                doneById: accounts.get(ref)!,
                doneAt: at2023(on),
              },
            ]
          : [];
      }),
    })),
  };
}

/** Staff record attendance the morning after the event. */
function dayAfter(event: TimelineEventRecord): Date {
  return DateTime.fromJSDate(event.endsAt, { zone: 'Europe/Helsinki' })
    .plus({ days: 1 })
    .set({ hour: 9, minute: 30 })
    .toJSDate();
}
