import { strFromU8, unzipSync } from 'fflate';
import type { DataSource } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataSubject,
} from '../src/common/privacy/personal-data.js';
import { DataExportArchives } from '../src/modules/privacy/export/data-export-archive.js';
import { ApplicationStatus } from '../src/modules/applications/application.enums.js';
import { CohortParticipantRole } from '../src/modules/cohort/cohort.enums.js';
import {
  RoundAudience,
  RoundPurpose,
} from '../src/modules/consultations/appointment-round.enums.js';
import { BookingStatus } from '../src/modules/consultations/consultation-booking.enums.js';
import { SlotMode } from '../src/modules/consultations/consultation-slot.enums.js';
import { FollowUpReminderKind } from '../src/modules/follow-up/check-ins/check-in.enums.js';
import { MeasureStatus } from '../src/modules/follow-up/follow-up-measures.enums.js';
import {
  MilestoneKind,
  TrackedActionKind,
  TrackedActionStage,
} from '../src/modules/follow-up/follow-up.enums.js';
import { MembershipRole } from '../src/modules/organisations/membership.enums.js';
import { RegistrationStatus } from '../src/modules/registration/registration.enums.js';
import {
  OfferStatus,
  ReviewRecommendation,
  SelectionOutcome,
} from '../src/modules/selection/selection.enums.js';
import {
  EventAudience,
  EventKind,
  EventMode,
} from '../src/modules/timeline/timeline-event.enums.js';
import {
  addCohortMember,
  addCohortParticipant,
  addMember,
  createAcademy,
  createOrganisation,
  createSignedInUser,
  insertReview,
  insertRubric,
} from './factories/index.js';
import { nextNumber } from './factories/sequence.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// Issue 17, track P: the exporters of the features that own the programme's records. Each
// person and organisation gets every record of theirs, of every kind, and nothing of anyone
// else's. Reads the zip archive the export job builds (DataExportArchives), as downloaded.

/** The features whose exporters this spec covers (users, auth, mail, … have their own). */
const FEATURES = [
  'applications',
  'selection',
  'consultations',
  'sparring',
  'registration',
  'attendance',
  'cohort',
  'workshop',
  'follow-up',
  'enrolment',
  'timeline',
];

/** Texts written where only staff may read them: never in an organisation's export. */
const STAFF_ONLY = ['expert-notes', 'decision-note', 'extension-reason', 'review-comment'];

interface World {
  subject: PersonalDataSubject;
  organisation: { id: string; name: string };
  /** Per kind, the ids (or keys) that must be in the person's export. */
  person: Record<string, string[]>;
  /** Per kind, the ids that must be in the organisation's export. */
  organisationRecords: Record<string, string[]>;
  /** Everything that identifies this world: ids, names, addresses, texts. */
  identifiers: string[];
  /** The staff-only texts of this world, by name. */
  staffOnly: Record<string, string>;
}

async function insertOne(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<string> {
  const [row] = await dataSource.query<Array<{ id: string }>>(sql, parameters);
  return row.id;
}

/**
 * One record of every kind for one person (who applies, reviews, hosts, books, takes part and
 * reports, so each kind has its subject) in their own organisation and academy.
 */
async function createWorld(dataSource: DataSource, label: string): Promise<World> {
  const n = nextNumber();
  const tag = `${label}${n}`;
  const name = `${label} Henkilö ${n}`;
  const person = await createSignedInUser(dataSource, {
    name,
    email: `${label.toLowerCase()}-${n}@example.fi`,
  });
  const userId = person.user.id;
  const email = person.user.email;
  const organisation = await createOrganisation(dataSource, person.user, {
    name: `${label} Kunta ${n}`,
  });
  const colleague = await createSignedInUser(dataSource, { name: `${label} Kollega ${n}` });
  await addMember(dataSource, organisation, colleague.user, MembershipRole.MEMBER);
  const academy = await createAcademy(dataSource);
  const secondAcademy = await createAcademy(dataSource);
  const insert = (sql: string, parameters: unknown[]) => insertOne(dataSource, sql, parameters);
  const staffOnly = {
    'expert-notes': `${tag} expert-notes`,
    'decision-note': `${tag} decision-note`,
    'extension-reason': `${tag} extension-reason`,
    'review-comment': `${tag} review-comment`,
  };

  // applications: one the person wrote, one a colleague wrote that names them.
  const applicationId = await insert(
    `INSERT INTO applications (academy_id, organisation_id, status, answers, updated_by_id, version, submitted_at)
     VALUES ($1, $2, $3, $4, $5, 1, now()) RETURNING id`,
    [
      academy.id,
      organisation.id,
      ApplicationStatus.SUBMITTED,
      { pilotProcurement: { title: `${tag} pilot` } },
      userId,
    ],
  );
  const namingApplicationId = await insert(
    `INSERT INTO applications (academy_id, organisation_id, status, answers, updated_by_id, version)
     VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
    [
      secondAcademy.id,
      organisation.id,
      ApplicationStatus.DRAFT,
      {
        team: {
          responsiblePerson: { name, email: email.toUpperCase() },
          experts: [
            { name: `${label} Muu ${n}`, email: `${label.toLowerCase()}-muu-${n}@example.fi` },
          ],
        },
      },
      colleague.user.id,
    ],
  );
  await dataSource.query(
    `INSERT INTO deadline_extensions (application_id, until, reason, granted_by_id)
     VALUES ($1, now() + interval '7 days', $2, $3)`,
    [applicationId, staffOnly['extension-reason'], userId],
  );

  // selection
  const criteria = await insertRubric(dataSource, academy.id, [1]);
  const reviewId = await insertReview(dataSource, {
    academyId: academy.id,
    applicationId,
    reviewer: person.user,
    recommendation: ReviewRecommendation.ACCEPT,
    scores: [4],
    criteria,
  });
  await dataSource.query(`UPDATE reviews SET comment = $2, assigned_by_id = $3 WHERE id = $1`, [
    reviewId,
    staffOnly['review-comment'],
    userId,
  ]);
  await dataSource.query(
    `INSERT INTO conflicts_of_interest (user_id, organisation_id, reason) VALUES ($1, $2, $3)`,
    [userId, organisation.id, `${tag} conflict`],
  );
  await dataSource.query(
    `INSERT INTO selection_decisions (application_id, academy_id, outcome, note, staged_by_id, staged_at)
     VALUES ($1, $2, $3, $4, $5, now())`,
    [applicationId, academy.id, SelectionOutcome.ACCEPTED, staffOnly['decision-note'], userId],
  );
  await dataSource.query(
    `INSERT INTO selection_releases (academy_id, release_at, requested_by_id, released_at)
     VALUES ($1, now(), $2, now())`,
    [academy.id, userId],
  );
  const offerId = await insert(
    `INSERT INTO selection_offers (academy_id, application_id, seat_no, status, respond_by,
       responded_at, responded_by_id, decline_reason)
     VALUES ($1, $2, 1, $3, now() + interval '7 days', now(), $4, $5) RETURNING id`,
    [academy.id, applicationId, OfferStatus.DECLINED, userId, `${tag} decline`],
  );

  // cohort
  await addCohortMember(dataSource, academy, organisation);
  const participant = await addCohortParticipant(dataSource, academy, organisation, {
    name,
    email,
    userId,
    role: CohortParticipantRole.RESPONSIBLE,
  });

  // consultations and sparring: the person is the expert and the booker.
  const roundId = await insert(
    `INSERT INTO appointment_rounds (academy_id, purpose, audience, title_fi) VALUES ($1, $2, $3, $4)
     RETURNING id`,
    [academy.id, RoundPurpose.SPARRING, RoundAudience.COHORT, `${tag} round`],
  );
  const slotId = await insert(
    `INSERT INTO consultation_slots (academy_id, round_id, expert_id, starts_at, ends_at, mode)
     VALUES ($1, $2, $3, now() + interval '1 day', now() + interval '1 day 1 hour', $4) RETURNING id`,
    [academy.id, roundId, userId, SlotMode.REMOTE],
  );
  const bookingId = await insert(
    `INSERT INTO consultation_bookings (slot_id, round_id, application_id, status, booked_by_id, notes)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [slotId, roundId, applicationId, BookingStatus.ACTIVE, userId, staffOnly['expert-notes']],
  );
  await dataSource.query(
    `INSERT INTO appointment_summaries (booking_id, summary, recorded_by_id) VALUES ($1, $2, $3)`,
    [bookingId, `${tag} summary`, userId],
  );
  const agreedActionId = await insert(
    `INSERT INTO agreed_actions (booking_id, academy_id, organisation_id, title, owner_participant_id,
       due_date, created_by_id)
     VALUES ($1, $2, $3, $4, $5, '2027-12-01', $6) RETURNING id`,
    [bookingId, academy.id, organisation.id, `${tag} agreed`, participant.id, userId],
  );

  // timeline, registration, attendance, workshop: an event for the organisation, hosted by
  // the person, who registers, attends and completes its assignment.
  const eventId = await insert(
    `INSERT INTO timeline_events (academy_id, kind, starts_at, ends_at, mode, audience,
       audience_organisation_id, title_fi, description_fi)
     VALUES ($1, $2, now() + interval '2 days', now() + interval '2 days 2 hours', $3, $4, $5, $6, 'Kuvaus')
     RETURNING id`,
    [
      academy.id,
      EventKind.SPARRING,
      EventMode.REMOTE,
      EventAudience.ORGANISATION,
      organisation.id,
      `${tag} event`,
    ],
  );
  await dataSource.query(`INSERT INTO timeline_event_hosts (event_id, user_id) VALUES ($1, $2)`, [
    eventId,
    userId,
  ]);
  await dataSource.query(
    `INSERT INTO event_registration_settings (event_id, capacity, closes_at)
     VALUES ($1, 10, now() + interval '1 day')`,
    [eventId],
  );
  const registrationId = await insert(
    `INSERT INTO event_registrations (event_id, user_id, status, arrival, seat_no)
     VALUES ($1, $2, $3, 1, 1) RETURNING id`,
    [eventId, userId, RegistrationStatus.REGISTERED],
  );
  await dataSource.query(
    `INSERT INTO event_attendances (event_id, participant_id, academy_id, organisation_id, recorded_by_id)
     VALUES ($1, $2, $3, $4, $5)`,
    [eventId, participant.id, academy.id, organisation.id, userId],
  );
  const assignmentId = await insert(
    `INSERT INTO event_assignments (event_id, due_at, title_fi, instructions_fi)
     VALUES ($1, now() + interval '3 days', $2, 'Ohje') RETURNING id`,
    [eventId, `${tag} assignment`],
  );
  const completionId = await insert(
    `INSERT INTO assignment_completions (assignment_id, organisation_id, answer, done_by_id, done_at)
     VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [assignmentId, organisation.id, `${tag} answer`, userId],
  );

  // follow-up: the organisation's pilot, its parts, and what the person wrote in it.
  const pilotId = await insert(
    `INSERT INTO tracked_actions (academy_id, kind, organisation_id, title_fi, description_fi,
       official_description_fi)
     VALUES ($1, $2, $3, $4, 'Kuvaus', 'Virallinen kuvaus') RETURNING id`,
    [academy.id, TrackedActionKind.PILOT_PROCUREMENT, organisation.id, `${tag} tracked`],
  );
  const milestoneId = await insert(
    `INSERT INTO tracked_action_milestones (tracked_action_id, kind, planned_date, title_fi)
     VALUES ($1, $2, '2027-11-01', $3) RETURNING id`,
    [pilotId, MilestoneKind.CUSTOM, `${tag} milestone`],
  );
  const stageChangeId = await insert(
    `INSERT INTO tracked_action_stage_changes (tracked_action_id, from_stage, to_stage, changed_by_id, changed_at)
     VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [pilotId, TrackedActionStage.NOT_STARTED, TrackedActionStage.PLANNING, userId],
  );
  const updateId = await insert(
    `INSERT INTO progress_updates (tracked_action_id, author_id, body, written_at)
     VALUES ($1, $2, $3, now()) RETURNING id`,
    [pilotId, userId, `${tag} update`],
  );
  const commentId = await insert(
    `INSERT INTO update_comments (progress_update_id, author_id, body, written_at)
     VALUES ($1, $2, $3, now()) RETURNING id`,
    [updateId, userId, `${tag} comment`],
  );
  const taskId = await insert(
    `INSERT INTO tracked_action_tasks (tracked_action_id, title, owner_user_id, due_date)
     VALUES ($1, $2, $3, '2027-12-15') RETURNING id`,
    [pilotId, `${tag} task`, userId],
  );
  const metricId = await insert(
    `INSERT INTO tracked_action_metrics (tracked_action_id, name, unit, baseline, target, position)
     VALUES ($1, $2, 't', 10, 5, 1) RETURNING id`,
    [pilotId, `${tag} metric`],
  );
  const measurementId = await insert(
    `INSERT INTO metric_measurements (tracked_action_id, metric_id, measured_on, value, note)
     VALUES ($1, $2, '2027-10-01', 8, $3) RETURNING id`,
    [pilotId, metricId, `${tag} measurement`],
  );
  const circularMeasureId = await insert(
    `INSERT INTO circular_measures (academy_id, key, position, label_fi, description_fi)
     VALUES ($1, $2, 1, 'Mittari', 'Kuvaus') RETURNING id`,
    [academy.id, `measure-${n}`],
  );
  const trackedMeasureId = await insert(
    `INSERT INTO tracked_action_measures (tracked_action_id, academy_id, measure_id, status, note)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [pilotId, academy.id, circularMeasureId, MeasureStatus.PLANNED, `${tag} measure note`],
  );
  await dataSource.query(
    `INSERT INTO tracked_action_publications (tracked_action_id, published_at) VALUES ($1, now())`,
    [pilotId],
  );
  const reportId = await insert(
    `INSERT INTO outcome_reports (academy_id, tracked_action_id, procured, lessons, updated_by,
       submitted_at, submitted_by)
     VALUES ($1, $2, $3, $3, $4, now(), $4) RETURNING id`,
    [academy.id, pilotId, `${tag} procured`, userId],
  );
  await dataSource.query(
    `INSERT INTO outcome_report_measures (outcome_report_id, measure_id, academy_id) VALUES ($1, $2, $3)`,
    [reportId, circularMeasureId, academy.id],
  );
  await dataSource.query(
    `INSERT INTO outcome_report_metrics (outcome_report_id, metric_id, tracked_action_id, final_value)
     VALUES ($1, $2, $3, 6)`,
    [reportId, metricId, pilotId],
  );
  const reminderId = await insert(
    `INSERT INTO follow_up_reminders (kind, reminder_key, tracked_action_id, task_id,
       recipient_participant_id, period_date)
     VALUES ($1, $2, $3, $4, $5, '2027-12-08') RETURNING id`,
    [FollowUpReminderKind.TASK_DUE, `task-${taskId}`, pilotId, taskId, participant.id],
  );

  // enrolment
  const signUpId = await insert(
    `INSERT INTO sign_ups (academy_id, organisation_id, signed_up_by_id, terms_accepted_at)
     VALUES ($1, $2, $3, now()) RETURNING id`,
    [secondAcademy.id, organisation.id, userId],
  );

  const personRecords: Record<string, string[]> = {
    applications: [applicationId],
    'application-mentions': [namingApplicationId],
    'deadline-extensions-granted': [applicationId],
    reviews: [reviewId],
    'review-assignments-made': [reviewId],
    'conflicts-of-interest': [`${tag} conflict`],
    'selection-offer-responses': [offerId],
    'selection-decisions-staged': [applicationId],
    'selection-releases-requested': [academy.id],
    'consultation-bookings': [bookingId],
    'consultation-slots': [slotId],
    'consultation-notes-written': [bookingId, staffOnly['expert-notes']],
    'appointment-summaries': [bookingId],
    'agreed-actions': [agreedActionId],
    'event-registrations': [registrationId],
    'event-attendances': [participant.id],
    'event-attendances-recorded': [eventId],
    'cohort-participants': [participant.id],
    'assignment-completions': [completionId],
    'progress-updates': [updateId],
    'update-comments': [commentId],
    'tracked-action-tasks': [taskId],
    'tracked-action-stage-changes': [stageChangeId],
    'outcome-reports': [reportId],
    'follow-up-reminders': [reminderId],
    'sign-ups': [signUpId],
    'hosted-events': [eventId],
  };
  const organisationRecords: Record<string, string[]> = {
    applications: [applicationId, namingApplicationId],
    'deadline-extensions': [applicationId],
    'selection-decisions': [applicationId],
    'selection-offers': [offerId],
    'consultation-bookings': [bookingId],
    'appointment-summaries': [bookingId],
    'agreed-actions': [agreedActionId],
    'event-attendances': [participant.id],
    'cohort-places': [academy.id],
    'cohort-participants': [participant.id],
    'assignment-completions': [completionId],
    'tracked-actions': [pilotId],
    'tracked-action-milestones': [milestoneId],
    'tracked-action-tasks': [taskId],
    'tracked-action-stage-changes': [stageChangeId],
    'progress-updates': [updateId],
    'update-comments': [commentId],
    'tracked-action-metrics': [metricId],
    'metric-measurements': [measurementId],
    'tracked-action-measures': [trackedMeasureId],
    'tracked-action-publications': [pilotId],
    'outcome-reports': [reportId],
    'sign-ups': [signUpId],
    'organisation-events': [eventId],
  };
  const identifiers = [
    userId,
    email,
    name,
    colleague.user.id,
    colleague.user.email,
    organisation.id,
    organisation.name,
    academy.id,
    secondAcademy.id,
    tag,
    ...Object.values(personRecords).flat(),
    ...Object.values(organisationRecords).flat(),
  ];
  return {
    subject: { userId, email, name },
    organisation: { id: organisation.id, name: organisation.name },
    person: personRecords,
    organisationRecords,
    identifiers,
    staffOnly,
  };
}

/** An archive as the download gives it: its kinds of FEATURES, and all of its text. */
interface Archive {
  /** The `<kind>.json` records of the kinds FEATURES' exporters give. */
  kinds: ExportedRecords;
  /** Every file of the archive, as one text (for the "nothing of anyone else" walks). */
  text: string;
}

/**
 * Unzips what `DataExportArchives` built (the bytes the download answers) and reads its
 * index: the kinds FEATURES' exporters gave, each from exactly one feature.
 */
function readArchive(bytes: Uint8Array): Archive {
  const files = Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, content]) => [path, strFromU8(content)]),
  );
  const index = JSON.parse(files['index.json']) as {
    kinds: Array<{ kind: string; file: string; from: string[] }>;
  };
  const kinds: ExportedRecords = {};
  for (const entry of index.kinds) {
    if (!entry.from.some((feature) => FEATURES.includes(feature))) continue;
    if (entry.from.length !== 1)
      throw new Error(`two exporters answer the kind ${entry.kind}: ${entry.from.join(', ')}`);
    kinds[entry.kind] = JSON.parse(files[entry.file]) as unknown[];
  }
  return { kinds, text: Object.values(files).join('\n') };
}

describe('Data export: the records of every feature (issue 17)', () => {
  let testApp: TestApp;
  let registry: PersonalDataRegistry;
  let archives: DataExportArchives;
  let a: World;
  let b: World;

  beforeAll(async () => {
    testApp = await startTestApp();
    registry = testApp.app.get(PersonalDataRegistry);
    archives = testApp.app.get(DataExportArchives);
    a = await createWorld(testApp.dataSource, 'Aino');
    b = await createWorld(testApp.dataSource, 'Bertta');
  });

  afterAll(async () => {
    await testApp.close();
  });

  // Through the archive the export job stores and the download answers.
  const personArchive = async (subject: PersonalDataSubject) =>
    readArchive(
      await testApp.dataSource.transaction((manager) =>
        archives.buildPersonArchive(manager, subject),
      ),
    );
  const organisationArchive = async (organisationId: string) =>
    readArchive(
      await testApp.dataSource.transaction((manager) =>
        archives.buildOrganisationArchive(manager, organisationId),
      ),
    );
  const exportPerson = async (subject: PersonalDataSubject) => (await personArchive(subject)).kinds;
  const exportOrganisation = async (organisationId: string) =>
    (await organisationArchive(organisationId)).kinds;

  it('every feature with records of people has registered its exporter', () => {
    const names = registry.allExporters().map((exporter) => exporter.name);
    expect(FEATURES.filter((feature) => !names.includes(feature))).toEqual([]);
  });

  it("a person's export has each of their records, of every kind, and every kind is expected", async () => {
    const exported = await exportPerson(a.subject);
    expect(Object.keys(exported).sort()).toEqual(Object.keys(a.person).sort());
    for (const [kind, keys] of Object.entries(a.person)) {
      expect({ kind, count: exported[kind].length > 0 }).toEqual({ kind, count: true });
      const text = JSON.stringify(exported[kind]);
      for (const key of keys)
        expect({ kind, key, found: text.includes(key) }).toEqual({ kind, key, found: true });
    }
  });

  it("a person's export has nothing of another person's world", async () => {
    const text = (await personArchive(a.subject)).text.toLowerCase();
    const leaks = b.identifiers.filter((identifier) => text.includes(identifier.toLowerCase()));
    expect(leaks).toEqual([]);
  });

  it('a mention in an application gives the person their own entry, never the others named beside them', async () => {
    const exported = await exportPerson(a.subject);
    const text = JSON.stringify(exported['application-mentions']);
    expect(text).toContain(a.subject.name);
    expect(text).not.toMatch(/Muu/);
  });

  it('an application the person last saved has its full answers only while they are a member of its organisation', async () => {
    const n = nextNumber();
    const writer = await createSignedInUser(testApp.dataSource, {
      name: `Kirjoittaja ${n}`,
      email: `kirjoittaja-${n}@example.fi`,
    });
    const organisation = await createOrganisation(testApp.dataSource, writer.user, {
      name: `Kirjoittajan Kunta ${n}`,
    });
    const academy = await createAcademy(testApp.dataSource);
    const third = { name: `Kolmas Henkilö ${n}`, email: `kolmas-${n}@example.fi` };
    const [{ id: applicationId }] = await testApp.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO applications (academy_id, organisation_id, status, answers, updated_by_id, version)
       VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
      [
        academy.id,
        organisation.id,
        ApplicationStatus.DRAFT,
        {
          team: {
            responsiblePerson: third,
            experts: [{ name: writer.user.name, email: writer.user.email }],
          },
        },
        writer.user.id,
      ],
    );
    const subject = { userId: writer.user.id, email: writer.user.email, name: writer.user.name! };

    const asMember = await personArchive(subject);
    expect(JSON.stringify(asMember.kinds.applications)).toContain(third.email);

    await testApp.dataSource.query(
      'DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [organisation.id, writer.user.id],
    );
    const afterLeaving = await personArchive(subject);
    expect(afterLeaving.kinds.applications).toEqual([
      expect.objectContaining({ id: applicationId, answers: null }),
    ]);
    expect(afterLeaving.kinds['application-mentions']).toEqual([
      expect.objectContaining({
        application_id: applicationId,
        responsible_person: null,
        experts: [{ name: writer.user.name, email: writer.user.email }],
      }),
    ]);
    const text = afterLeaving.text.toLowerCase();
    expect(text).not.toContain(third.email);
    expect(text).not.toContain(third.name.toLowerCase());
  });

  it("an organisation's export has each of its records, of every kind, and every kind is expected", async () => {
    const exported = await exportOrganisation(a.organisation.id);
    expect(Object.keys(exported).sort()).toEqual(Object.keys(a.organisationRecords).sort());
    for (const [kind, ids] of Object.entries(a.organisationRecords)) {
      const text = JSON.stringify(exported[kind]);
      for (const id of ids)
        expect({ kind, id, found: text.includes(id) }).toEqual({ kind, id, found: true });
    }
  });

  it("an organisation's export has nothing of another organisation's world", async () => {
    const text = (await organisationArchive(a.organisation.id)).text.toLowerCase();
    const leaks = b.identifiers.filter((identifier) => text.includes(identifier.toLowerCase()));
    expect(leaks).toEqual([]);
  });

  it("an organisation's export has no staff-only text, no review and no reviewer", async () => {
    const text = JSON.stringify(await exportOrganisation(a.organisation.id));
    const found = STAFF_ONLY.filter((key) => text.includes(a.staffOnly[key]));
    expect(found).toEqual([]);
    expect(text).not.toContain(a.person.reviews[0]);
    expect(text).not.toContain(a.subject.userId);
  });

  it('decisions reach the organisation only once the selection is released', async () => {
    const unreleased = await createWorld(testApp.dataSource, 'Cecilia');
    await testApp.dataSource.query(
      `UPDATE selection_releases SET released_at = NULL WHERE academy_id IN
         (SELECT academy_id FROM applications WHERE organisation_id = $1)`,
      [unreleased.organisation.id],
    );
    const exported = await exportOrganisation(unreleased.organisation.id);
    expect(exported['selection-offers']).toHaveLength(1);
    expect(exported['selection-decisions']).toEqual([]);
  });
});
