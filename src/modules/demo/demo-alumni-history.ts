import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { GlobalRole } from '../../common/auth/global-role.js';
import { Locale } from '../../common/i18n/locale.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { AttendanceSeedService } from '../attendance/attendance-seed.service.js';
import { CohortSeedService } from '../cohort/cohort-seed.service.js';
import { CohortTeamService, type TeamParticipant } from '../cohort/cohort-team.service.js';
import { RoundPurpose } from '../consultations/appointment-round.enums.js';
import { ConsultationSeedService } from '../consultations/consultation-seed.service.js';
import { FollowUpSeedService } from '../follow-up/follow-up-seed.service.js';
import { MeasureStatus } from '../follow-up/follow-up-measures.enums.js';
import { OutcomeReportSeedService } from '../follow-up/outcome-reports/outcome-report-seed.service.js';
import { RegistrationSeedService } from '../registration/registration-seed.service.js';
import { SparringSeedService } from '../sparring/sparring-seed.service.js';
import { EventKind } from '../timeline/timeline-event.enums.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { UserSeedService } from '../users/user-seed.service.js';
import {
  ALUMNI_MEETING_2024,
  FOLLOW_UP_MEETINGS_2024,
  FOLLOW_UP_ROUND_2024,
  OUTCOME_REPORTS_2024,
  OUTCOME_REPORT_DUE_ON_2024,
  type OutcomeReportEntry,
} from './demo-alumni-2024.js';
import { PILOT_FOLLOW_UP_2023 } from './demo-follow-up-2023.js';
import { teamIndex } from './demo-programme-history.js';
import { DEMO_EXPERTS, DEMO_PROGRAMME_MANAGER, at2023 } from './demo-selection-2023.js';

/**
 * Writes the 2023 cohort's alumni year (2024) through the owning features' seed services: the
 * joint alumni meeting's registration and attendance, the outcome reports with their
 * deadline, and the FOLLOW_UP round with one held meeting per organisation and its summary.
 * Each owner skips what is already there, so running it again writes nothing.
 */
@Injectable()
export class DemoAlumniHistory {
  constructor(
    private readonly timeline: TimelineService,
    private readonly teams: CohortTeamService,
    private readonly cohortSeed: CohortSeedService,
    private readonly users: UserSeedService,
    private readonly registration: RegistrationSeedService,
    private readonly attendance: AttendanceSeedService,
    private readonly applications: ApplicationRecordsService,
    private readonly consultationSeed: ConsultationSeedService,
    private readonly sparringSeed: SparringSeedService,
    private readonly outcomeReports: OutcomeReportSeedService,
    private readonly followUp: FollowUpSeedService,
  ) {}

  /**
   * What was written (empty without the cohort or the alumni meeting). The next edition gets
   * the circular-measure catalogue that `createNextEdition` would have copied.
   */
  async seed(
    manager: EntityManager,
    academy: AcademyRecord,
    next: AcademyRecord | null = null,
  ): Promise<string[]> {
    if (next) await this.followUp.seedCatalogue(manager, next.id);
    const people = await this.teams.activeParticipants(academy.id, {}, manager);
    const events = await this.timeline.allOf(academy.id, manager);
    const meeting = events.find((event) => event.kind === EventKind.ALUMNI_MEETING);
    if (people.length === 0 || !meeting) return [];
    const team = teamIndex(people);
    const written: string[] = [];
    const programmeManager = await this.users.seedPerson(manager, {
      ...DEMO_PROGRAMME_MANAGER,
      locale: Locale.fi,
    });
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

    // The alumni meeting: most alumni registered (responsible persons first), most came.
    const registrants = [...team.keys()]
      .filter((ref) => !ALUMNI_MEETING_2024.notRegistered.includes(ref))
      .sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
    const accounts = await this.accountsFor(manager, academy.id, team, registrants);
    const opened = DateTime.fromJSDate(at2023(ALUMNI_MEETING_2024.openedAt));
    const registered = await this.registration.seedIfAbsent(manager, {
      eventId: meeting.id,
      capacity: ALUMNI_MEETING_2024.capacity,
      closesAt: at2023(ALUMNI_MEETING_2024.closesAt),
      openedAt: opened.toJSDate(),
      registrations: registrants.map((ref, index) => ({
        userId: accounts.get(ref)!,
        registeredAt: opened.plus({ hours: 19 * index + 1, minutes: (index * 23) % 60 }).toJSDate(),
      })),
    });
    if (registered) written.push('alumni meeting registration');
    const attended = await this.attendance.seedIfAbsent(manager, {
      eventId: meeting.id,
      academyId: academy.id,
      attended: registrants
        .filter((ref) => !ALUMNI_MEETING_2024.absent.includes(ref))
        .map((ref) => team.get(ref)!)
        .map((person) => ({ participantId: person.id, organisationId: person.organisationId })),
      recordedById: programmeManager.id,
      recordedAt: DateTime.fromJSDate(meeting.endsAt, { zone: academy.timeZone })
        .plus({ days: 1 })
        .set({ hour: 9, minute: 30 })
        .toJSDate(),
    });
    if (attended) written.push('alumni meeting attendance');

    // The outcome reports, due before the follow-up meetings.
    await this.outcomeReports.seedDeadlineIfAbsent(
      manager,
      academy.id,
      OUTCOME_REPORT_DUE_ON_2024,
      programmeManager.id,
    );
    for (const entry of OUTCOME_REPORTS_2024) {
      const responsible = team.get(`${entry.key}:0`);
      if (!responsible) continue;
      const user = await this.users.seedPerson(manager, {
        email: responsible.email,
        name: responsible.name,
        locale: Locale.fi,
      });
      await this.cohortSeed.linkAccounts(manager, academy.id, new Map([[user.email, user.id]]));
      if (
        await this.outcomeReports.seedIfAbsent(manager, {
          academyId: academy.id,
          organisationId: responsible.organisationId,
          byUserId: user.id,
          ...reportFromFollowUp(entry),
        })
      )
        written.push(`${entry.key} outcome report`);
    }

    if (await this.seedFollowUpRound(manager, academy, team, experts))
      written.push('follow-up round');
    return written;
  }

  /** The FOLLOW_UP round with each organisation's held meeting and the expert's summary. */
  private async seedFollowUpRound(
    manager: EntityManager,
    academy: AcademyRecord,
    team: Map<string, TeamParticipant>,
    experts: string[],
  ): Promise<boolean> {
    const local = (value: string) => DateTime.fromISO(value, { zone: academy.timeZone });
    const sessions: Array<{
      key: string;
      applicationId: string;
      organisationId: string;
      bookedById: string;
    }> = [];
    for (const entry of FOLLOW_UP_MEETINGS_2024) {
      const responsible = team.get(`${entry.key}:0`);
      if (!responsible) continue;
      const application = await this.applications.findOfOrganisation(
        responsible.organisationId,
        academy.id,
        manager,
      );
      if (!application) continue;
      const user = await this.users.seedPerson(manager, {
        email: responsible.email,
        name: responsible.name,
        locale: Locale.fi,
      });
      sessions.push({
        key: entry.key,
        applicationId: application.id,
        organisationId: responsible.organisationId,
        bookedById: user.id,
      });
    }
    if (sessions.length === 0) return false;
    const entryOf = (key: string) => FOLLOW_UP_MEETINGS_2024.find((entry) => entry.key === key)!;
    const bookings = await this.consultationSeed.seedHeldRound(manager, {
      academyId: academy.id,
      purpose: RoundPurpose.FOLLOW_UP,
      title: FOLLOW_UP_ROUND_2024.title,
      opensAt: local(FOLLOW_UP_ROUND_2024.opens).toJSDate(),
      closesAt: local(FOLLOW_UP_ROUND_2024.closes).toJSDate(),
      sessions: sessions.map(({ key, applicationId, bookedById }) => ({
        expertId: experts[entryOf(key).expert],
        startsAt: local(entryOf(key).start).toJSDate(),
        endsAt: local(entryOf(key).start).plus({ minutes: 60 }).toJSDate(),
        onlineUrl: 'https://teams.example/akatemia-2023-seuranta',
        applicationId,
        bookedById,
      })),
    });
    if (!bookings) return false;
    for (const { key, applicationId, organisationId } of sessions) {
      const entry = entryOf(key);
      await this.sparringSeed.seedOutcomeIfAbsent(manager, {
        bookingId: bookings.get(applicationId)!,
        academyId: academy.id,
        organisationId,
        summary: entry.summary,
        recordedById: experts[entry.expert],
        recordedAt: local(entry.start).plus({ days: 1 }).set({ hour: 10, minute: 0 }).toJSDate(),
        // No agreed actions: they would become new tasks of the pilots' follow-up.
        actions: [],
      });
    }
    return true;
  }

  /** Accounts for the given team people (existing ones kept), linked to their team rows. */
  private async accountsFor(
    manager: EntityManager,
    academyId: string,
    team: Map<string, TeamParticipant>,
    refs: string[],
  ): Promise<Map<string, string>> {
    const accounts = new Map<string, string>();
    const byEmail = new Map<string, string>();
    for (const ref of refs) {
      const person = team.get(ref)!;
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

/**
 * A report's parts taken from the pilot's follow-up as it stood that day: the measures
 * APPLIED, their criterion texts, and each metric's latest measurement on or before the day.
 */
export function reportFromFollowUp(entry: OutcomeReportEntry) {
  const pilot = PILOT_FOLLOW_UP_2023.find((candidate) => candidate.key === entry.key)!;
  const day = entry.on.slice(0, 10);
  const applied = pilot.measures.filter((measure) => measure.status === MeasureStatus.APPLIED);
  const at = at2023(entry.on);
  return {
    procured: entry.procured,
    lessons: entry.lessons,
    permissionToPublish: entry.permissionToPublish,
    measureKeys: applied.map((measure) => measure.key),
    criteriaText: applied.flatMap((measure) => measure.criterionText ?? []).join('\n'),
    finalValues: pilot.metrics.flatMap((metric) => {
      const latest = metric.measurements.filter((measurement) => measurement.on <= day).at(-1);
      return latest ? [{ metricName: metric.name, value: latest.value }] : [];
    }),
    savedAt: at,
    submittedAt: entry.draft ? null : at,
  };
}
