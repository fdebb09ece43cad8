/**
 * Scenario F, the cohort dashboard (issue 15): an academy with 50 cohort organisations, each
 * pilot with 30 tasks (a third overdue, a third done), 5 metrics × 6 measurements, 20 progress
 * updates and 3 of 6 catalogue measures, seeded in SQL. Measures `cohortProgress` over
 * sequential requests through the service (HTTP + GraphQL + auth) next to a raw-SQL baseline:
 * the same statement the service runs, sent over one pg connection (BENCH_ONLY=followup).
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { COHORT_PROGRESS_SQL } from '../../src/modules/follow-up/dashboard/cohort-progress.service.js';

export const FOLLOW_UP_ORGANISATIONS = 50;
const TASKS = 30;
const METRICS = 5;
const MEASUREMENTS = 6;
const UPDATES = 20;
const RUNS = Number(process.env.BENCH_FOLLOWUP_RUNS ?? 200);

const QUERY = `query ($academyId: ID!) { cohortProgress(academyId: $academyId) {
  trackedActionId organisationId organisationName title { fi } stage declaredOnSchedule
  derivedBehind onSchedule overdueTaskCount lastUpdateAt measuresApplied appliedMeasureKeys } }`;

export interface FollowUpSeed {
  academyId: string;
  expertToken: string;
}

export interface FollowUpResult {
  runs: number;
  pilots: number;
  service: { p50Ms: number; p99Ms: number };
  rawSql: { p50Ms: number; p99Ms: number };
}

export async function seedFollowUp(url: string): Promise<FollowUpSeed> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id: academyId }] = (
      await client.query<{ id: string }>(
        `INSERT INTO academies (slug, theme, title_fi, description_fi, time_zone, application_opens_at,
          application_deadline, consultation_booking_deadline, selection_announcement_at, capacity, status)
        VALUES ('followup-bench', 'bench', 'Seuranta', 'Kuvaus', 'Europe/Helsinki', now() - interval '300 days',
          now() - interval '250 days', now() - interval '250 days', now() - interval '200 days', ${FOLLOW_UP_ORGANISATIONS}, 'RUNNING') RETURNING id`,
      )
    ).rows;
    const expertToken = randomBytes(32).toString('base64url');
    const [{ id: expertId }] = (
      await client.query<{ id: string }>(
        `INSERT INTO users (email, name, locale, roles) VALUES ('followup-expert@bench.test', 'Asiantuntija', 'fi', '{EXPERT}') RETURNING id`,
      )
    ).rows;
    await client.query(
      "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
      [createHash('sha256').update(`SESSION:${expertToken}`).digest('hex'), expertId],
    );
    await client.query(`INSERT INTO organisations (name, business_id, type, region)
      SELECT 'Seurantakunta ' || i, lpad((5000000 + i)::text, 7, '0') || '-' || (i % 10),
        'MUNICIPALITY', 'Uusimaa' FROM generate_series(1, ${FOLLOW_UP_ORGANISATIONS}) i`);
    await client.query(
      `INSERT INTO cohort_members (academy_id, organisation_id)
       SELECT $1, id FROM organisations WHERE name LIKE 'Seurantakunta %'`,
      [academyId],
    );
    await client.query(
      `INSERT INTO tracked_actions (academy_id, kind, organisation_id, category, stage, title_fi,
         description_fi, official_description_fi)
       SELECT $1, 'PILOT_PROCUREMENT', organisation_id, 'CONSTRUCTION',
         (ARRAY['NOT_STARTED','PLANNING','IMPLEMENTATION','DONE']::tracked_action_stage[])[1 + row_number() OVER () % 4],
         'Pilotti', 'Kuvaus', 'Virallinen kuvaus'
       FROM cohort_members WHERE academy_id = $1`,
      [academyId],
    );
    await client.query(
      `INSERT INTO circular_measures (academy_id, key, position, label_fi, description_fi)
       SELECT $1, (ARRAY['MARKET_ANALYSIS','MARKET_DIALOGUE','LIFE_CYCLE','CRITERIA','CONTRACT_TERMS','METRICS'])[n], n, 'Toimi ' || n, 'Kuvaus'
       FROM generate_series(1, 6) n`,
      [academyId],
    );
    await client.query(
      `INSERT INTO tracked_action_measures (tracked_action_id, academy_id, measure_id, status)
       SELECT ta.id, $1, cm.id,
         (ARRAY['APPLIED','PLANNED','NOT_USED']::measure_status[])[1 + cm.position % 3]
       FROM tracked_actions ta JOIN circular_measures cm ON cm.academy_id = ta.academy_id
       WHERE ta.academy_id = $1 AND cm.position <= 3`,
      [academyId],
    );
    await client.query(
      `INSERT INTO tracked_action_tasks (tracked_action_id, title, due_date, done_at)
       SELECT ta.id, 'Tehtävä ' || n, current_date + (n - 10) * 7,
         CASE WHEN n % 3 = 0 THEN now() END
       FROM tracked_actions ta CROSS JOIN generate_series(1, ${TASKS}) n WHERE ta.academy_id = $1`,
      [academyId],
    );
    await client.query(
      `INSERT INTO tracked_action_milestones (tracked_action_id, kind, planned_date, title_fi)
       SELECT ta.id, 'CUSTOM', current_date + (n - 2) * 30, 'Virstanpylväs ' || n
       FROM tracked_actions ta CROSS JOIN generate_series(1, 3) n WHERE ta.academy_id = $1`,
      [academyId],
    );
    await client.query(
      `INSERT INTO tracked_action_metrics (tracked_action_id, name, unit, baseline, target, position)
       SELECT ta.id, 'Mittari ' || n, '%', 0, 100, n
       FROM tracked_actions ta CROSS JOIN generate_series(1, ${METRICS}) n WHERE ta.academy_id = $1`,
      [academyId],
    );
    await client.query(
      `INSERT INTO metric_measurements (tracked_action_id, metric_id, measured_on, value)
       SELECT m.tracked_action_id, m.id, current_date - n * 30, n * 10
       FROM tracked_action_metrics m JOIN tracked_actions ta ON ta.id = m.tracked_action_id
       CROSS JOIN generate_series(1, ${MEASUREMENTS}) n WHERE ta.academy_id = $1`,
      [academyId],
    );
    await client.query(
      `INSERT INTO progress_updates (tracked_action_id, author_id, body, written_at)
       SELECT ta.id, $2, 'Päivitys ' || n, now() - n * interval '9 days'
       FROM tracked_actions ta CROSS JOIN generate_series(1, ${UPDATES}) n WHERE ta.academy_id = $1`,
      [academyId, expertId],
    );
    await client.query('ANALYZE');
    return { academyId, expertToken };
  } finally {
    await client.end();
  }
}

const percentile = (sorted: number[], p: number): number =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;

function summary(samples: number[]): { p50Ms: number; p99Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

/** Sequential reads, service and raw SQL alternating so drift on a shared machine hits both. */
export async function timeFollowUp(
  port: number,
  url: string,
  seed: FollowUpSeed,
): Promise<FollowUpResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const today = (
      await client.query<{ today: string }>(
        `SELECT (now() AT TIME ZONE 'Europe/Helsinki')::date::text AS today`,
      )
    ).rows[0].today;
    const raw = async () =>
      (
        await client.query(COHORT_PROGRESS_SQL, [
          seed.academyId,
          today,
          'APPLIED',
          'PILOT_PROCUREMENT',
        ])
      ).rows.length;
    const viaService = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${seed.expertToken}`,
        },
        body: JSON.stringify({ query: QUERY, variables: { academyId: seed.academyId } }),
      });
      const body = (await response.json()) as {
        data?: { cohortProgress: unknown[] };
        errors?: unknown[];
      };
      if (!body.data) throw new Error(`cohortProgress failed: ${JSON.stringify(body.errors)}`);
      return body.data.cohortProgress.length;
    };
    if (
      (await viaService()) !== FOLLOW_UP_ORGANISATIONS ||
      (await raw()) !== FOLLOW_UP_ORGANISATIONS
    )
      throw new Error('unexpected cohortProgress answer');
    for (let warm = 0; warm < 20; warm++) {
      await viaService();
      await raw();
    }
    const service: number[] = [];
    const rawSql: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      await viaService();
      service.push(performance.now() - start);
      start = performance.now();
      await raw();
      rawSql.push(performance.now() - start);
    }
    return {
      runs: RUNS,
      pilots: FOLLOW_UP_ORGANISATIONS,
      service: summary(service),
      rawSql: summary(rawSql),
    };
  } finally {
    await client.end();
  }
}

export function followUpLines(result: FollowUpResult): string[] {
  return [
    `F  cohort dashboard — ${result.pilots} organisations × ${TASKS} tasks × ${METRICS} metrics × ${UPDATES} updates, ${result.runs} sequential reads: cohortProgress p50/p99 ${result.service.p50Ms}/${result.service.p99Ms} ms (service: HTTP, auth, GraphQL, 2 statements); raw-SQL baseline of the same statement ${result.rawSql.p50Ms}/${result.rawSql.p99Ms} ms`,
  ];
}
