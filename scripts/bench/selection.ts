/**
 * Scenario S6, the selection (issue 13): an academy with 500 submitted applications × 3
 * submitted reviews on a five-criterion rubric, seeded in SQL. Measures `selectionBoard`
 * (latency over sequential requests, and the statements one board costs, counted on an
 * in-process app on the same database), then `publishSelection` of
 * 500 staged decisions (7 ACCEPTED, 50 RESERVE ranks 1…50, the rest REJECTED).
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/app.factory.js';

export const SELECTION_APPLICATIONS = 500;
const REVIEWERS = 3;
const CRITERIA_WEIGHTS = [2, 1.5, 3, 1, 1];
const BOARD_RUNS = Number(process.env.BENCH_BOARD_RUNS ?? 60);

export const BOARD_QUERY = `query ($academyId: ID!) { selectionBoard(academyId: $academyId) {
  rows { rank application { id } organisation { name type region }
    reviews { reviewer { name } status weightedTotal recommendation }
    aggregate { count mean median stdDev accept reserve reject }
    flags { noConsultation ineligible missingReviews } decision { outcome reserveRank } }
  balance { accepted capacity byOrganisationType { key count } byRegion { key count } byPilotCategory { key count } } } }`;

export interface SelectionSeed {
  academyId: string;
  adminToken: string;
}

/** The academy, its rubric, 500 organisations with a contact each, applications, reviews. */
export async function seedSelection(url: string): Promise<SelectionSeed> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id: academyId }] = (
      await client.query<{ id: string }>(
        `INSERT INTO academies (slug, theme, title_fi, description_fi, time_zone, application_opens_at,
          application_deadline, consultation_booking_deadline, selection_announcement_at, capacity, status)
        VALUES ('selection-bench', 'bench', 'Valinta', 'Kuvaus', 'Europe/Helsinki', now() - interval '60 days',
          now() - interval '10 days', now() - interval '10 days', now() + interval '10 days', 7, 'OPEN') RETURNING id`,
      )
    ).rows;
    const adminToken = randomBytes(32).toString('base64url');
    const [{ id: adminId }] = (
      await client.query<{ id: string }>(
        `INSERT INTO users (email, name, locale, roles) VALUES ('selection-admin@bench.test', 'Ohjelmapäällikkö', 'fi', '{ADMIN}') RETURNING id`,
      )
    ).rows;
    await client.query(
      "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
      [createHash('sha256').update(`SESSION:${adminToken}`).digest('hex'), adminId],
    );
    await client.query(`INSERT INTO users (email, name, locale, roles)
      SELECT 'reviewer' || i || '@bench.test', 'Arvioija ' || i, 'fi', '{EXPERT}' FROM generate_series(1, ${REVIEWERS}) i`);
    await client.query(`INSERT INTO users (email, name, locale, roles)
      SELECT 'selection-contact' || i || '@bench.test', 'Yhteyshenkilö ' || i,
        (ARRAY['fi','sv','en']::locale[])[1 + i % 3], '{}' FROM generate_series(1, ${SELECTION_APPLICATIONS}) i`);
    await client.query(`INSERT INTO organisations (name, business_id, type, region)
      SELECT 'Valintakunta ' || i, lpad((3000000 + i)::text, 7, '0') || '-' || (i % 10),
        (ARRAY['MUNICIPALITY','JOINT_MUNICIPAL_AUTHORITY','WELLBEING_SERVICES_COUNTY','IN_HOUSE_COMPANY']::organisation_type[])[1 + i % 4],
        (ARRAY['Uusimaa','Pirkanmaa','Varsinais-Suomi','Pohjois-Pohjanmaa','Lappi'])[1 + i % 5]
      FROM generate_series(1, ${SELECTION_APPLICATIONS}) i`);
    await client.query(`INSERT INTO memberships (organisation_id, user_id, role)
      SELECT o.id, u.id, 'CONTACT' FROM organisations o
      JOIN users u ON u.email = 'selection-contact' || substring(o.name from 'Valintakunta (\\d+)') || '@bench.test'
      WHERE o.name LIKE 'Valintakunta %'`);
    await client.query(
      `INSERT INTO applications (academy_id, organisation_id, status, submitted_at, answers, version)
      SELECT $1, o.id, 'SUBMITTED', now() - interval '12 days',
        jsonb_build_object('pilotProcurement', jsonb_build_object('title', 'Pilotti', 'category',
          (ARRAY['CONSTRUCTION','FOOD','TRANSPORT'])[1 + substring(o.name from '(\\d+)')::int % 3]),
          'team', jsonb_build_object('responsiblePerson', jsonb_build_object('name', 'Vastuu', 'email', 'vastuu@bench.test'))),
        2
      FROM organisations o WHERE o.name LIKE 'Valintakunta %'`,
      [academyId],
    );
    await client.query(
      `INSERT INTO review_criteria (academy_id, position, weight, scale_min, scale_max, allows_not_applicable, label_fi, guidance_fi)
      SELECT $1, n, (ARRAY[${CRITERIA_WEIGHTS.join(',')}]::float8[])[n], 0, 5, n = 5, 'Kriteeri ' || n, 'Ohje'
      FROM generate_series(1, ${CRITERIA_WEIGHTS.length}) n`,
      [academyId],
    );
    await client.query(
      `INSERT INTO reviews (academy_id, application_id, reviewer_id, status, recommendation, submitted_at, assigned_by_id)
      SELECT $1, a.id, u.id, 'SUBMITTED',
        (ARRAY['ACCEPT','RESERVE','REJECT']::review_recommendation[])[1 + abs(hashtext(a.id::text || u.id::text)) % 3],
        now() - interval '5 days', $2
      FROM applications a CROSS JOIN users u
      WHERE a.academy_id = $1 AND u.email LIKE 'reviewer%@bench.test'`,
      [academyId, adminId],
    );
    // Pseudo-random but repeatable scores 0–5 (the fifth criterion sometimes "not applicable").
    await client.query(
      `INSERT INTO review_scores (review_id, criterion_id, academy_id, score)
      SELECT r.id, c.id, $1,
        CASE WHEN c.position = 5 AND abs(hashtext(r.id::text)) % 4 = 0 THEN NULL
             ELSE abs(hashtext(r.id::text || c.id::text)) % 6 END
      FROM reviews r JOIN review_criteria c ON c.academy_id = r.academy_id WHERE r.academy_id = $1`,
      [academyId],
    );
    await client.query('ANALYZE');
    return { academyId, adminToken };
  } finally {
    await client.end();
  }
}

/** 7 ACCEPTED, 50 RESERVE (ranks 1…50), the rest REJECTED, in the board's order. */
export async function stageDecisions(url: string, academyId: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO selection_decisions (application_id, academy_id, outcome, reserve_rank, staged_by_id, staged_at)
      SELECT id, academy_id,
        CASE WHEN n <= 7 THEN 'ACCEPTED' WHEN n <= 57 THEN 'RESERVE' ELSE 'REJECTED' END::selection_outcome,
        CASE WHEN n > 7 AND n <= 57 THEN n - 7 END,
        (SELECT id FROM users WHERE email = 'selection-admin@bench.test'), now()
      FROM (SELECT id, academy_id, row_number() OVER (ORDER BY id) AS n FROM applications WHERE academy_id = $1) ranked`,
      [academyId],
    );
  } finally {
    await client.end();
  }
}

async function graphql(
  port: number,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: Record<string, unknown>; errors?: Array<{ message: string }> }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as never;
}

export interface BoardResult {
  runs: number;
  rows: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  kilobytes: number;
}

/** The board answered BOARD_RUNS times in a row (after 5 unmeasured), one request at a time. */
export async function timeBoard(port: number, seed: SelectionSeed): Promise<BoardResult> {
  const ask = () => graphql(port, seed.adminToken, BOARD_QUERY, { academyId: seed.academyId });
  let answer = await ask();
  if (answer.errors) throw new Error(`selectionBoard failed: ${JSON.stringify(answer.errors)}`);
  for (let index = 0; index < 4; index++) await ask();
  const latencies: number[] = [];
  for (let index = 0; index < BOARD_RUNS; index++) {
    const begin = performance.now();
    answer = await ask();
    latencies.push(performance.now() - begin);
    if (answer.errors) throw new Error(`selectionBoard failed: ${JSON.stringify(answer.errors)}`);
  }
  latencies.sort((a, b) => a - b);
  const board = answer.data?.selectionBoard as { rows: unknown[] };
  return {
    runs: BOARD_RUNS,
    rows: board.rows.length,
    p50Ms: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
    p99Ms: Math.round(
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
    ),
    maxMs: Math.round(latencies[latencies.length - 1]),
    kilobytes: Math.round(JSON.stringify(answer).length / 1024),
  };
}

/**
 * The statements one board costs, counted on an app started in this process on the same
 * database (every statement passes through pg.Client.prototype.query, as in
 * test/helpers/query-count.ts); the production child cannot be instrumented from outside.
 */
export async function countBoardStatements(
  databaseUrl: string,
  dataDir: string,
  appSecret: string,
  seed: SelectionSeed,
): Promise<number> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    APP_SECRET: appSecret,
    OUTBOX_WORKER: 'false',
    JOBS_ENABLED: 'false',
    SEED_DEMO_DATA: 'false',
    DATA_DIR: dataDir,
  });
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let statements = 0;
  try {
    // Warm: the first request also prepares what later requests reuse.
    await graphql(address.port, seed.adminToken, BOARD_QUERY, { academyId: seed.academyId });
    prototype.query = function (this: unknown, ...args: unknown[]) {
      const first = args[0];
      const text =
        typeof first === 'string'
          ? first
          : typeof first === 'object' && first !== null && 'text' in first
            ? String(first.text)
            : '';
      if (!/^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET)\b/i.test(text))
        statements++;
      return original.apply(this, args);
    };
    const answer = await graphql(address.port, seed.adminToken, BOARD_QUERY, {
      academyId: seed.academyId,
    });
    if (answer.errors) throw new Error(`selectionBoard failed: ${JSON.stringify(answer.errors)}`);
  } finally {
    prototype.query = original;
    await app.close();
  }
  return statements;
}

export interface PublishResult {
  seconds?: number;
  outboxRows?: number;
  error?: string;
}

/** `publishSelection` of the 500 staged decisions: one transaction, a mail per contact. */
export async function timePublish(
  port: number,
  databaseUrl: string,
  seed: SelectionSeed,
): Promise<PublishResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async () =>
      Number(
        (await client.query<{ n: string }>('SELECT count(*) AS n FROM outbox_messages')).rows[0].n,
      );
    const before = await count();
    const begin = performance.now();
    const answer = await graphql(
      port,
      seed.adminToken,
      'mutation ($input: PublishSelectionInput!) { publishSelection(input: $input) { __typename } }',
      { input: { academyId: seed.academyId } },
    );
    const seconds = (performance.now() - begin) / 1000;
    if (answer.errors) return { error: JSON.stringify(answer.errors) };
    return { seconds, outboxRows: (await count()) - before };
  } finally {
    await client.end();
  }
}
