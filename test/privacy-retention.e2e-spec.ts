import { PersonalDataRegistry } from '../src/common/privacy/personal-data.js';
import { RetentionRunsService } from '../src/modules/privacy/retention/retention-runs.service.js';
import { SelectionOutcome } from '../src/modules/selection/selection.enums.js';
import {
  createAcademy,
  createAdmin,
  createExpert,
  createSignedInUser,
  insertDecision,
  insertReview,
  insertSubmittedApplications,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startJobInstances, type JobInstances, type TestApp } from './helpers/test-app.js';

const START = new Date('2027-05-01T09:00:00Z');
const SETTINGS = `query ($academyId: ID!) { retentionSettings(academyId: $academyId) {
  kind scope after defaultMonths months legalMinimumMonths overridden } }`;
const UPDATE = `mutation ($input: UpdateRetentionSettingsInput!) { updateRetentionSettings(input: $input) {
  kind months legalMinimumMonths overridden } }`;
const SET_MINIMUM = `mutation ($input: SetRetentionLegalMinimumInput!) { setRetentionLegalMinimum(input: $input) {
  kind months legalMinimumMonths overridden } }`;
const RUNS = `query ($academyId: ID) { retentionRuns(academyId: $academyId) { runDate counts { kind count } } }`;

interface Setting {
  kind: string;
  scope: string;
  after: string;
  defaultMonths: number;
  months: number;
  legalMinimumMonths: number;
  overridden: boolean;
}

/**
 * Retention (issue 17): each academy's periods with the platform defaults, set by admins
 * within the academy's legal minimum; and the daily job on two app instances that both run
 * jobs, time moved with one shared TestClock: exactly the records at or past their cut-off go
 * (those a minute or half an hour inside it stay), once a day, reported per academy.
 */
describe('privacy: retention', () => {
  let first: TestApp;
  let second: TestApp;
  let instances: JobInstances;
  let admin: SignedInUser;

  beforeAll(async () => {
    instances = await startJobInstances(START);
    ({ first, second } = instances);
    admin = await createAdmin(first.dataSource);
    // Both instances planned the first daily run at start; the day's key made it one job.
    for (let attempt = 0; attempt < 100; attempt++) {
      const [row] = await first.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'privacy-retention'`,
      );
      if (row.n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => instances.close());

  const moveTo = (instant: Date): Promise<void> => instances.moveTo(instant);

  const settingsOf = async (academyId: string, who: SignedInUser) =>
    (await graphqlOk<{ retentionSettings: Setting[] }>(first, SETTINGS, { academyId }, who.headers))
      .retentionSettings;

  const storedSettings = (academyId: string) =>
    first.dataSource.query<Array<{ kind: string; months: number; legal_minimum_months: number }>>(
      `SELECT kind, months, legal_minimum_months FROM retention_settings WHERE academy_id = $1 ORDER BY kind`,
      [academyId],
    );

  const auditCount = async (academyId: string) => {
    const [row] = await first.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_entries
       WHERE action IN ('retention_settings.updated', 'retention_legal_minimum.set')
         AND entity_id = $1`,
      [academyId],
    );
    return row.n;
  };

  it('shows every kind with its default and what it runs from, to admins and experts only', async () => {
    const academy = await createAcademy(first.dataSource);
    const expert = await createExpert(first.dataSource);
    const member = await createSignedInUser(first.dataSource);

    const settings = await settingsOf(academy.id, expert);
    expect(settings).toEqual([
      {
        kind: 'REJECTED_APPLICATIONS',
        scope: 'ACADEMY',
        after: 'SELECTION_RELEASED',
        defaultMonths: 12,
        months: 12,
        legalMinimumMonths: 0,
        overridden: false,
      },
      {
        kind: 'REVIEWS',
        scope: 'ACADEMY',
        after: 'SELECTION_RELEASED',
        defaultMonths: 24,
        months: 24,
        legalMinimumMonths: 0,
        overridden: false,
      },
      {
        kind: 'CONSULTATION_NOTES',
        scope: 'ACADEMY',
        after: 'PROGRAMME_END',
        defaultMonths: 24,
        months: 24,
        legalMinimumMonths: 0,
        overridden: false,
      },
      {
        kind: 'SENT_MAIL',
        scope: 'PLATFORM',
        after: 'MAIL_SENT',
        defaultMonths: 12,
        months: 12,
        legalMinimumMonths: 0,
        overridden: false,
      },
      {
        kind: 'AUDIT',
        scope: 'PLATFORM',
        after: 'ENTRY_RECORDED',
        defaultMonths: 60,
        months: 60,
        legalMinimumMonths: 0,
        overridden: false,
      },
    ]);

    const refused = await first.graphql(SETTINGS, { academyId: academy.id }, member.headers);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const runs = await first.graphql(RUNS, { academyId: academy.id }, expert.headers);
    expect(runs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await first.graphql(
      SETTINGS,
      { academyId: '00000000-0000-4000-8000-000000000000' },
      admin.headers,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets admins set periods, never below the legal minimum they set apart with a reason; bad input changes nothing', async () => {
    const academy = await createAcademy(first.dataSource);
    const expert = await createExpert(first.dataSource);
    type Row = Pick<Setting, 'kind' | 'months' | 'legalMinimumMonths' | 'overridden'>;

    // The minimum alone: the period still follows the default (12 months), not the academy's own.
    const { setRetentionLegalMinimum } = await graphqlOk<{ setRetentionLegalMinimum: Row[] }>(
      first,
      SET_MINIMUM,
      {
        input: {
          academyId: academy.id,
          kind: 'REJECTED_APPLICATIONS',
          legalMinimumMonths: 6,
          reason: 'Arkistolaitoksen päätös 12/2027',
        },
      },
      admin.headers,
    );
    expect(setRetentionLegalMinimum[0]).toEqual({
      kind: 'REJECTED_APPLICATIONS',
      months: 12,
      legalMinimumMonths: 6,
      overridden: false,
    });
    const [minimumEntry] = await first.dataSource.query<
      Array<{ actor_id: string; before: unknown; after: unknown }>
    >(
      `SELECT actor_id, before, after FROM audit_entries
       WHERE action = 'retention_legal_minimum.set' AND entity_id = $1`,
      [academy.id],
    );
    expect(minimumEntry).toEqual({
      actor_id: admin.user.id,
      before: { kind: 'REJECTED_APPLICATIONS', legalMinimumMonths: 0 },
      after: {
        kind: 'REJECTED_APPLICATIONS',
        legalMinimumMonths: 6,
        reason: 'Arkistolaitoksen päätös 12/2027',
      },
    });

    const { updateRetentionSettings } = await graphqlOk<{ updateRetentionSettings: Row[] }>(
      first,
      UPDATE,
      {
        input: {
          academyId: academy.id,
          settings: [
            { kind: 'REJECTED_APPLICATIONS', months: 18 },
            { kind: 'CONSULTATION_NOTES', months: 0 },
          ],
        },
      },
      admin.headers,
    );
    expect(updateRetentionSettings.slice(0, 3)).toEqual([
      { kind: 'REJECTED_APPLICATIONS', months: 18, legalMinimumMonths: 6, overridden: true },
      { kind: 'REVIEWS', months: 24, legalMinimumMonths: 0, overridden: false },
      { kind: 'CONSULTATION_NOTES', months: 0, legalMinimumMonths: 0, overridden: true },
    ]);
    expect(await auditCount(academy.id)).toBe(2);
    const [entry] = await first.dataSource.query<
      Array<{ actor_id: string; before: unknown; after: unknown }>
    >(
      `SELECT actor_id, before, after FROM audit_entries
       WHERE action = 'retention_settings.updated' AND entity_id = $1`,
      [academy.id],
    );
    expect(entry).toEqual({
      actor_id: admin.user.id,
      before: { REJECTED_APPLICATIONS: { months: 12 }, CONSULTATION_NOTES: { months: 24 } },
      after: { REJECTED_APPLICATIONS: { months: 18 }, CONSULTATION_NOTES: { months: 0 } },
    });
    const stored = await storedSettings(academy.id);
    expect(stored).toEqual([
      { kind: 'REJECTED_APPLICATIONS', months: 18, legal_minimum_months: 6 },
      { kind: 'CONSULTATION_NOTES', months: 0, legal_minimum_months: 0 },
    ]);

    const attempt = (settings: unknown[], who = admin) =>
      first.graphql(UPDATE, { input: { academyId: academy.id, settings } }, who.headers);
    const setMinimum = (input: Record<string, unknown>, who = admin) =>
      first.graphql(
        SET_MINIMUM,
        { input: { academyId: academy.id, reason: 'Päätös', ...input } },
        who.headers,
      );
    // The reviewer's hole: a period cannot bring its own (lower) minimum along any more.
    const withMinimum = await attempt([
      { kind: 'REJECTED_APPLICATIONS', months: 0, legalMinimumMonths: 0 },
    ]);
    expect(withMinimum.errors?.length).toBeGreaterThan(0);
    // Below the minimum in force: refused with the reason; the good entry beside it neither.
    const belowMinimum = await attempt([
      { kind: 'REVIEWS', months: 36 },
      { kind: 'REJECTED_APPLICATIONS', months: 5 },
    ]);
    expect(belowMinimum.errors?.[0].extensions).toMatchObject({
      code: 'RETENTION_BELOW_LEGAL_MINIMUM',
      field: 'input.settings.1.months',
      kind: 'REJECTED_APPLICATIONS',
      legalMinimumMonths: 6,
    });
    expect(belowMinimum.errors?.[0].message).toBe(
      "The retention period is shorter than the academy's legal minimum (6 months).",
    );
    const finnish = await first.graphql(
      UPDATE,
      {
        input: { academyId: academy.id, settings: [{ kind: 'REJECTED_APPLICATIONS', months: 0 }] },
      },
      { ...admin.headers, 'accept-language': 'fi' },
    );
    expect(finnish.errors?.[0].message).toBe(
      'Säilytysaika on lyhyempi kuin akatemian lakisääteinen vähimmäisaika (6 kk).',
    );
    // A minimum longer than the period in force (own: 18; default: REVIEWS 24) is refused.
    const aboveOwn = await setMinimum({ kind: 'REJECTED_APPLICATIONS', legalMinimumMonths: 19 });
    expect(aboveOwn.errors?.[0].extensions).toMatchObject({
      code: 'RETENTION_MINIMUM_ABOVE_PERIOD',
      field: 'input.legalMinimumMonths',
      kind: 'REJECTED_APPLICATIONS',
      months: 18,
    });
    expect(aboveOwn.errors?.[0].message).toBe(
      'The legal minimum cannot be longer than the retention period in force (18 months). Lengthen the period first.',
    );
    const aboveDefault = await setMinimum({ kind: 'REVIEWS', legalMinimumMonths: 25 });
    expect(aboveDefault.errors?.[0].extensions).toMatchObject({
      code: 'RETENTION_MINIMUM_ABOVE_PERIOD',
      kind: 'REVIEWS',
      months: 24,
    });
    const negative = await attempt([{ kind: 'REVIEWS', months: -1 }]);
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(negative.errors?.[0].extensions)).toContain('input.settings.0.months');
    const negativeMinimum = await setMinimum({ kind: 'REVIEWS', legalMinimumMonths: -3 });
    expect(negativeMinimum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const blankReason = await setMinimum({ kind: 'REVIEWS', legalMinimumMonths: 3, reason: '  ' });
    expect(blankReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(blankReason.errors?.[0].extensions)).toContain('input.reason');
    const platform = await attempt([{ kind: 'AUDIT', months: 12 }]);
    expect(platform.errors?.[0].extensions).toMatchObject({
      code: 'RETENTION_NOT_PER_ACADEMY',
      field: 'input.settings.0.kind',
      kind: 'AUDIT',
    });
    const platformMinimum = await setMinimum({ kind: 'SENT_MAIL', legalMinimumMonths: 1 });
    expect(platformMinimum.errors?.[0].extensions).toMatchObject({
      code: 'RETENTION_NOT_PER_ACADEMY',
      field: 'input.kind',
    });
    const twice = await attempt([
      { kind: 'REVIEWS', months: 12 },
      { kind: 'REVIEWS', months: 13 },
    ]);
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byExpert = await attempt([{ kind: 'REVIEWS', months: 12 }], expert);
    expect(byExpert.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const minimumByExpert = await setMinimum({ kind: 'REVIEWS', legalMinimumMonths: 1 }, expert);
    expect(minimumByExpert.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect(await storedSettings(academy.id)).toEqual(stored);
    expect(await auditCount(academy.id)).toBe(2);
    expect((await settingsOf(academy.id, expert))[1]).toMatchObject({
      kind: 'REVIEWS',
      months: 24,
      legalMinimumMonths: 0,
    });

    // Up to the period in force, and lowering again, are fine; the period stays.
    await graphqlOk(
      first,
      SET_MINIMUM,
      {
        input: {
          academyId: academy.id,
          kind: 'REJECTED_APPLICATIONS',
          legalMinimumMonths: 18,
          reason: 'Uusi päätös',
        },
      },
      admin.headers,
    );
    await graphqlOk(
      first,
      SET_MINIMUM,
      {
        input: {
          academyId: academy.id,
          kind: 'REJECTED_APPLICATIONS',
          legalMinimumMonths: 0,
          reason: 'Päätös kumottu',
        },
      },
      admin.headers,
    );
    expect((await storedSettings(academy.id))[0]).toEqual({
      kind: 'REJECTED_APPLICATIONS',
      months: 18,
      legal_minimum_months: 0,
    });
    expect(await auditCount(academy.id)).toBe(4);
  });

  /**
   * Academy A released its decisions at 2027-06-20 09:00 UTC, B half an hour later; the run
   * at T1 = 2028-06-20 09:30 UTC cuts 12 months back to 2027-06-20 09:30: A's rejected
   * applications are due, B's stay until the next day's run. A keeps reviews 12 months (its
   * own setting, B the default 24) and consultation notes 4 months after a programme that
   * ended 2028-02-20 09:00 (B's the same 4 months, ended 10:00: inside the cut-off). C was
   * released in January 2027 but has no closing event: its notes are never due. D sits exactly
   * at every cut-off (released 2027-06-20 09:30, programme ended 2028-02-20 09:30), as do one
   * sent mail and one audit entry: a record exactly at the cut-off has been kept its whole
   * period and is due (`<=`), in every task.
   */
  it('refuses a malformed academy id as bad input, writing nothing', async () => {
    const academy = await createAcademy(first.dataSource);
    const before = await storedSettings(academy.id);
    const settings = await first.graphql(SETTINGS, { academyId: 'x' }, admin.headers);
    expect(settings.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(settings.errors?.[0].extensions)).toContain('academyId');
    const runs = await first.graphql(RUNS, { academyId: 'x' }, admin.headers);
    expect(runs.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const update = await first.graphql(
      UPDATE,
      { input: { academyId: 'x', settings: [{ kind: 'REVIEWS', months: 12 }] } },
      admin.headers,
    );
    expect(update.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const minimum = await first.graphql(
      SET_MINIMUM,
      { input: { academyId: 'x', kind: 'REVIEWS', legalMinimumMonths: 1, reason: 'Päätös' } },
      admin.headers,
    );
    expect(minimum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [rows] = await first.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_id::text = 'x'`,
    );
    expect(rows.n).toBe(0);
    expect(await storedSettings(academy.id)).toEqual(before);
  });

  it('applies what is due once a day, on two instances, and reports it', async () => {
    const build = async (releasedAt: string, programmeEnd: string | null) => {
      const expert = await createExpert(first.dataSource);
      const academy = await createAcademy(first.dataSource);
      const [accepted, rejected] = await insertSubmittedApplications(
        first.dataSource,
        academy.id,
        2,
      );
      await insertDecision(first.dataSource, {
        academyId: academy.id,
        applicationId: accepted.applicationId,
        outcome: SelectionOutcome.ACCEPTED,
        stagedBy: admin.user,
      });
      await insertDecision(first.dataSource, {
        academyId: academy.id,
        applicationId: rejected.applicationId,
        outcome: SelectionOutcome.REJECTED,
        stagedBy: admin.user,
      });
      await first.dataSource.query(
        `INSERT INTO selection_releases (academy_id, release_at, requested_by_id, requested_at, released_at)
         VALUES ($1, $2, $3, $2, $2)`,
        [academy.id, releasedAt, admin.user.id],
      );
      for (const application of [accepted, rejected]) {
        const reviewId = await insertReview(first.dataSource, {
          academyId: academy.id,
          applicationId: application.applicationId,
          reviewer: expert.user,
        });
        await first.dataSource.query(`UPDATE reviews SET comment = 'Perustelu' WHERE id = $1`, [
          reviewId,
        ]);
      }
      if (programmeEnd)
        await first.dataSource.query(
          `INSERT INTO timeline_events (academy_id, kind, starts_at, ends_at, mode, audience, title_fi, description_fi)
           VALUES ($1, 'CLOSING', $2::timestamptz - interval '6 hours', $2, 'IN_PERSON', 'COHORT', 'Päätös', 'Kuvaus')`,
          [academy.id, programmeEnd],
        );
      const [round] = await first.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO appointment_rounds (academy_id, purpose, audience) VALUES ($1, 'SPARRING', 'COHORT') RETURNING id`,
        [academy.id],
      );
      const [slot] = await first.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO consultation_slots (academy_id, round_id, expert_id, starts_at, ends_at, mode, online_url)
         VALUES ($1, $2, $3, '2027-11-01T08:00Z', '2027-11-01T09:00Z', 'REMOTE', 'https://teams.example/x') RETURNING id`,
        [academy.id, round.id, expert.user.id],
      );
      const [booking] = await first.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO consultation_bookings (slot_id, round_id, application_id, booked_by_id, notes, cancel_reason)
         VALUES ($1, $2, $3, $4, 'Asiantuntijan muistiinpanot', 'Sairastuminen') RETURNING id`,
        [slot.id, round.id, accepted.applicationId, accepted.contact.user.id],
      );
      await first.dataSource.query(
        `INSERT INTO appointment_summaries (booking_id, summary, recorded_by_id) VALUES ($1, 'Yhteenveto', $2)`,
        [booking.id, expert.user.id],
      );
      // The audit copies of the texts (as the sparring and consultation services write them).
      for (const [action, after] of [
        ['appointment_summary.recorded', { summary: 'Yhteenveto', agreedActions: 1 }],
        ['appointment_summary.updated', { summary: 'Yhteenveto 2' }],
        ['consultation.cancelled', { reason: 'Sairastuminen', cause: null }],
        ['consultation.notes_recorded', null],
      ] as const)
        await first.dataSource.query(
          `INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, after)
           VALUES ($1, $2, 'consultation_booking', $3, $4)`,
          [expert.user.id, action, booking.id, after === null ? null : JSON.stringify(after)],
        );
      await graphqlOk(
        first,
        UPDATE,
        {
          input: {
            academyId: academy.id,
            settings: [{ kind: 'CONSULTATION_NOTES', months: 4 }],
          },
        },
        admin.headers,
      );
      return { academy, accepted, rejected, bookingId: booking.id };
    };
    const a = await build('2027-06-20T09:00:00Z', '2028-02-20T09:00:00Z');
    const b = await build('2027-06-20T10:00:00Z', '2028-02-20T10:00:00Z');
    // C: released long before, but without a closing event: its programme has not ended.
    const c = await build('2027-01-10T09:00:00Z', null);
    const d = await build('2027-06-20T09:30:00Z', '2028-02-20T09:30:00Z');
    await graphqlOk(
      first,
      UPDATE,
      {
        input: {
          academyId: a.academy.id,
          settings: [{ kind: 'REVIEWS', months: 12 }],
        },
      },
      admin.headers,
    );

    // Platform-wide: sent mail 12 months, the audit trail 60 months before T1 (09:30).
    const mail = async (status: string, sentAt: string | null) => {
      const [row] = await first.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO outbox_messages (type, to_address, locale, subject, text_body, html_body, attachments, status, available_at, sent_at)
         VALUES ('TEST', 'vastaanottaja@kunta.fi', 'fi', 'Aihe', 'Teksti', '<p>Teksti</p>', '[]', $1, now(), $2) RETURNING id`,
        [status, sentAt],
      );
      return row.id;
    };
    const sentDue = await mail('SENT', '2027-06-20T09:29:00Z');
    const sentInside = await mail('SENT', '2027-06-20T09:31:00Z');
    const sentAtCutOff = await mail('SENT', '2027-06-20T09:30:00Z');
    const pendingOld = await mail('PENDING', null);
    await first.dataSource.query(
      `UPDATE outbox_messages SET created_at = '2020-01-01T00:00Z', updated_at = '2020-01-01T00:00Z' WHERE id = $1`,
      [pendingOld],
    );
    // Cancelled and parked mail (never to be sent) count from their last change.
    const lastChanged = async (status: string, updatedAt: string) => {
      const id = await mail(status, null);
      await first.dataSource.query(`UPDATE outbox_messages SET updated_at = $2 WHERE id = $1`, [
        id,
        updatedAt,
      ]);
      return id;
    };
    const cancelledDue = await lastChanged('CANCELLED', '2027-06-20T09:30:00Z');
    const cancelledInside = await lastChanged('CANCELLED', '2027-06-20T09:31:00Z');
    const parkedDue = await lastChanged('PARKED', '2027-06-20T09:29:00Z');
    const audit = async (createdAt: string) => {
      const [row] = await first.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, created_at)
         VALUES (NULL, 'test.entry', 'test', NULL, $1) RETURNING id`,
        [createdAt],
      );
      return row.id;
    };
    const auditDue = await audit('2023-06-20T09:29:00Z');
    const auditInside = await audit('2023-06-20T09:31:00Z');
    const auditAtCutOff = await audit('2023-06-20T09:30:00Z');

    const state = async (academy: typeof a) => {
      const answers = await first.dataSource.query<Array<{ id: string; answers: object }>>(
        `SELECT id, answers FROM applications WHERE academy_id = $1`,
        [academy.academy.id],
      );
      const emptied = (id: string) =>
        Object.keys(answers.find((row) => row.id === id)!.answers).length === 0;
      const [counts] = await first.dataSource.query<
        Array<{
          comments: number;
          reviews: number;
          summaries: number;
          notes: number;
          bookings: number;
        }>
      >(
        `SELECT
           (SELECT count(*)::int FROM reviews WHERE academy_id = $1 AND comment IS NOT NULL) AS comments,
           (SELECT count(*)::int FROM reviews WHERE academy_id = $1) AS reviews,
           (SELECT count(*)::int FROM appointment_summaries WHERE booking_id = $2) AS summaries,
           (SELECT count(*)::int FROM consultation_bookings WHERE id = $2
              AND (notes IS NOT NULL OR cancel_reason IS NOT NULL)) AS notes,
           (SELECT count(*)::int FROM consultation_bookings WHERE id = $2) AS bookings`,
        [academy.academy.id, academy.bookingId],
      );
      return {
        acceptedEmptied: emptied(academy.accepted.applicationId),
        rejectedEmptied: emptied(academy.rejected.applicationId),
        applications: answers.length,
        ...counts,
      };
    };
    const auditOf = async (academy: typeof a) =>
      (
        await first.dataSource.query<Array<{ action: string; after: object | null }>>(
          `SELECT action, after FROM audit_entries
           WHERE entity_type = 'consultation_booking' AND entity_id = $1 ORDER BY action`,
          [academy.bookingId],
        )
      ).map((entry) => [entry.action, entry.after]);
    const auditKept = [
      ['appointment_summary.recorded', { summary: 'Yhteenveto', agreedActions: 1 }],
      ['appointment_summary.updated', { summary: 'Yhteenveto 2' }],
      ['consultation.cancelled', { reason: 'Sairastuminen', cause: null }],
      ['consultation.notes_recorded', null],
    ];
    const auditRedacted = [
      ['appointment_summary.recorded', { summary: null, agreedActions: 1 }],
      ['appointment_summary.updated', { summary: null }],
      ['consultation.cancelled', { reason: null, cause: null }],
      ['consultation.notes_recorded', null],
    ];
    const existing = async (table: string, ids: string[]) =>
      (
        await first.dataSource.query<Array<{ id: string }>>(
          `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id`,
          [ids],
        )
      )
        .map((row) => row.id)
        .sort();
    const runsOf = async (academyId: string | null) =>
      (
        await graphqlOk<{
          retentionRuns: Array<{ runDate: string; counts: Array<{ kind: string; count: number }> }>;
        }>(first, RUNS, { academyId }, admin.headers)
      ).retentionRuns.map((run) => ({
        runDate: run.runDate,
        counts: Object.fromEntries(run.counts.map((count) => [count.kind, count.count])),
      }));
    const untouched = {
      acceptedEmptied: false,
      rejectedEmptied: false,
      applications: 2,
      comments: 2,
      reviews: 2,
      summaries: 1,
      notes: 1,
      bookings: 1,
    };

    const zero = { REJECTED_APPLICATIONS: 0, REVIEWS: 0, CONSULTATION_NOTES: 0 };

    // The day before: nothing is due yet, anywhere; the day's run reports zeros.
    await moveTo(new Date('2028-06-19T12:00:00Z'));
    expect(await state(a)).toEqual(untouched);
    expect(await state(b)).toEqual(untouched);
    expect(await state(d)).toEqual(untouched);
    expect(await runsOf(a.academy.id)).toEqual([{ runDate: '2028-06-19', counts: zero }]);
    // C's rejected applications are past 12 months already; its notes never, without an end.
    expect(await state(c)).toEqual({ ...untouched, rejectedEmptied: true });
    expect(await runsOf(c.academy.id)).toEqual([
      { runDate: '2028-06-19', counts: { ...zero, REJECTED_APPLICATIONS: 1 } },
    ]);
    expect(
      await existing('outbox_messages', [
        sentDue,
        sentInside,
        sentAtCutOff,
        pendingOld,
        cancelledDue,
        cancelledInside,
        parkedDue,
      ]),
    ).toHaveLength(7);
    expect(await existing('audit_entries', [auditDue, auditInside, auditAtCutOff])).toHaveLength(3);

    // T1: A's records past their cut-off go; B's, half an hour inside, stay.
    await moveTo(new Date('2028-06-20T09:30:00Z'));
    expect(await state(a)).toEqual({
      ...untouched,
      rejectedEmptied: true,
      comments: 0,
      summaries: 0,
      notes: 0,
    });
    expect(await state(b)).toEqual(untouched);
    // The audit copies of A's cleared texts are cleared too; B's, not yet due, stay.
    expect(await auditOf(a)).toEqual(auditRedacted);
    expect(await auditOf(b)).toEqual(auditKept);
    expect(await state(c)).toEqual({ ...untouched, rejectedEmptied: true });
    // Exactly at the cut-off: due. D's reviews follow the default 24 months and stay.
    expect(await state(d)).toEqual({
      ...untouched,
      rejectedEmptied: true,
      summaries: 0,
      notes: 0,
    });
    expect((await runsOf(d.academy.id))[0]).toEqual({
      runDate: '2028-06-20',
      counts: { REJECTED_APPLICATIONS: 1, REVIEWS: 0, CONSULTATION_NOTES: 2 },
    });
    expect(
      await existing('outbox_messages', [
        sentDue,
        sentInside,
        sentAtCutOff,
        pendingOld,
        cancelledDue,
        cancelledInside,
        parkedDue,
      ]),
    ).toEqual([sentInside, pendingOld, cancelledInside].sort());
    expect(await existing('audit_entries', [auditDue, auditInside, auditAtCutOff])).toEqual([
      auditInside,
    ]);
    expect(await runsOf(a.academy.id)).toEqual([
      {
        runDate: '2028-06-20',
        counts: { REJECTED_APPLICATIONS: 1, REVIEWS: 2, CONSULTATION_NOTES: 2 },
      },
      { runDate: '2028-06-19', counts: zero },
    ]);
    expect((await runsOf(b.academy.id))[0]).toEqual({ runDate: '2028-06-20', counts: zero });
    expect((await runsOf(null))[0]).toEqual({
      runDate: '2028-06-20',
      counts: { SENT_MAIL: 4, AUDIT: 2 },
    });

    // Later the same day, a run forced on both instances at once does nothing more.
    await moveTo(new Date('2028-06-20T12:00:00Z'));
    const forced = await Promise.all([
      first.app.get(RetentionRunsService).runToday(),
      second.app.get(RetentionRunsService).runToday(),
    ]);
    expect(forced).toEqual([[], []]);
    expect(await state(b)).toEqual(untouched);
    expect(await runsOf(a.academy.id)).toHaveLength(2);
    expect(await runsOf(null)).toHaveLength(2);

    // The next day B's are due too; A's, gone already, are not counted again.
    await moveTo(new Date('2028-06-21T09:30:00Z'));
    expect(await state(b)).toEqual({
      ...untouched,
      rejectedEmptied: true,
      summaries: 0,
      notes: 0,
    });
    expect((await runsOf(b.academy.id))[0]).toEqual({
      runDate: '2028-06-21',
      counts: { REJECTED_APPLICATIONS: 1, REVIEWS: 0, CONSULTATION_NOTES: 2 },
    });
    expect((await runsOf(a.academy.id))[0]).toEqual({ runDate: '2028-06-21', counts: zero });
    expect(await auditOf(b)).toEqual(auditRedacted);
    const [runRows] = await first.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM retention_runs WHERE academy_id = $1`,
      [a.academy.id],
    );
    expect(runRows.n).toBe(3);

    // A real race: on a fresh day, before its job fires (01:00), both instances run at once.
    const e = await build('2027-06-21T12:00:00Z', '2028-02-21T12:00:00Z');
    const raceMail = [
      await mail('SENT', '2027-06-21T12:00:00Z'),
      await mail('SENT', '2027-06-22T00:29:00Z'),
    ];
    await moveTo(new Date('2028-06-22T00:30:00Z'));
    expect(await state(e)).toEqual(untouched);
    expect(await runsOf(e.academy.id)).toEqual([]);
    const raced = await Promise.all([
      first.app.get(RetentionRunsService).runToday(),
      second.app.get(RetentionRunsService).runToday(),
    ]);
    const answered = raced.flat();
    // Each academy (and the platform) was done by exactly one of the two calls.
    const scopes = answered.map((result) => result.academyId);
    expect(new Set(scopes).size).toBe(scopes.length);
    const [academyRows] = await first.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM academies`,
    );
    expect(scopes).toHaveLength(academyRows.n + 1);
    const sum = (academyId: string | null) => {
      const total: Record<string, number> = {};
      for (const result of answered.filter((each) => each.academyId === academyId))
        for (const [kind, count] of Object.entries(result.counts))
          total[kind] = (total[kind] ?? 0) + count;
      return total;
    };
    expect(sum(e.academy.id)).toEqual({
      REJECTED_APPLICATIONS: 1,
      REVIEWS: 0,
      CONSULTATION_NOTES: 2,
    });
    expect(sum(null)).toEqual({ SENT_MAIL: 2, AUDIT: 0 });
    expect(await state(e)).toEqual({
      ...untouched,
      rejectedEmptied: true,
      summaries: 0,
      notes: 0,
    });
    expect(await existing('outbox_messages', raceMail)).toEqual([]);
    const dayRows = async () =>
      first.dataSource.query<Array<{ academy_id: string | null; n: number }>>(
        `SELECT academy_id, count(*)::int AS n FROM retention_runs
         WHERE run_date = '2028-06-22' GROUP BY academy_id HAVING count(*) > 1`,
      );
    expect(await dayRows()).toEqual([]);
    expect(await runsOf(e.academy.id)).toEqual([
      {
        runDate: '2028-06-22',
        counts: { REJECTED_APPLICATIONS: 1, REVIEWS: 0, CONSULTATION_NOTES: 2 },
      },
    ]);
    // The day's job then fires and does nothing more.
    await moveTo(new Date('2028-06-22T09:30:00Z'));
    expect(await runsOf(e.academy.id)).toHaveLength(1);
    expect(await dayRows()).toEqual([]);
  });

  it("runs the other academies and the platform kinds when one academy's task fails, and throws so it is retried", async () => {
    // Registered on both instances: whichever runs the day's job sees the same tasks.
    let failingAcademyId: string | null = null;
    for (const app of [first, second])
      app.app.get(PersonalDataRegistry).registerRetention({
        name: 'failing-in-test',
        apply: (_manager, academyId) => {
          if (academyId === failingAcademyId)
            return Promise.reject(new Error('Task failed for Maija Meikäläinen'));
          return Promise.resolve({});
        },
      });
    const failing = await createAcademy(first.dataSource);
    const other = await createAcademy(first.dataSource);
    failingAcademyId = failing.id;
    try {
      // A fresh day, before its job (01:00) fires.
      await moveTo(new Date('2028-07-01T00:30:00Z'));
      await expect(first.app.get(RetentionRunsService).runToday()).rejects.toThrow(
        /1 academies failed/,
      );
      const rowsOf = (academyId: string | null) =>
        first.dataSource.query<Array<{ id: string }>>(
          `SELECT id FROM retention_runs WHERE run_date = '2028-07-01' AND academy_id IS NOT DISTINCT FROM $1`,
          [academyId],
        );
      expect(await rowsOf(failing.id)).toHaveLength(0);
      expect(await rowsOf(other.id)).toHaveLength(1);
      expect(await rowsOf(null)).toHaveLength(1);
      // Once the task works again, the retry runs only the academy that failed.
      failingAcademyId = null;
      const retried = await first.app.get(RetentionRunsService).runToday();
      expect(retried.map((result) => result.academyId)).toEqual([failing.id]);
      expect(await rowsOf(failing.id)).toHaveLength(1);
    } finally {
      failingAcademyId = null;
    }
  });
});
