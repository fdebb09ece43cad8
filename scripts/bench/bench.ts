/**
 * `npm run bench`: starts the production build on a fresh embedded PostgreSQL, seeds a
 * realistic volume, drives load over loopback with autocannon and prints a markdown table
 * (and JSON to bench-results.json). Scenarios:
 *  S1  public `academy(slug) { events }` — service vs. a raw node:http + pg baseline;
 *  S2  a personal calendar feed — 200 built, 200 from the feed cache, and the 304 answer
 *      to If-None-Match (BENCH_ONLY=S2 runs only this one);
 *  S3  deadline rush — 500 organisations submit in the final minute;
 *  S4  booking rush — 300 organisations race for 30 consultation slots;
 *  S5  query limits — the costliest anonymous query the limits accept, and a refused
 *      fragment fan-out, each under load while /health/live is timed;
 *  S6  selection — the board of 500 applications × 3 reviews (latency, statements), and
 *      publishSelection of 500 staged decisions when the API has it (BENCH_ONLY=selection);
 *  S7  registration rush — 400 participants for 40 seats at once, then the 40 seat holders
 *      cancel at once (each promotes the next waitlisted); BENCH_ONLY=registration;
 *  F   follow-up — the cohort dashboard `cohortProgress` of 50 pilots × 30 tasks × 5 metrics
 *      × 20 updates, service vs. the same statement in raw SQL (BENCH_ONLY=followup);
 *  C   the web client — the first page's gzipped JS + CSS, and the academy page's time to
 *      first render in Chromium (BENCH_ONLY=client runs only this one).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { migrateUnderLock } from '../../src/database/migrate.js';
import { measureFirstRender, type FirstRenderResult } from './client-first-render.js';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  FIRST_PAGE_BUDGET_BYTES,
  firstPageSize,
  type FirstPageSize,
} from './web-client.js';
import {
  countBoardStatements,
  SELECTION_APPLICATIONS,
  seedSelection,
  stageDecisions,
  timeBoard,
  timePublish,
  type BoardResult,
  type PublishResult,
} from './selection.js';
import {
  registrationLines,
  registrationRulesHold,
  registrationRush,
  seedRegistrationRush,
} from './registration.js';
import { followUpLines, seedFollowUp, timeFollowUp } from './follow-up.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ACADEMIES = 20;
const EVENTS_PER_ACADEMY = 40;
const ORGANISATIONS = 200;
const PEOPLE = 2000;
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const logger = pino({ level: 'warn' });

const S1_QUERY = `query ($slug: String!) { academy(slug: $slug) { slug title { fi } events { id kind title { fi } startsAt endsAt mode place status sequence } } }`;

/**
 * S5: the worst anonymous query the default limits accept — every published academy with
 * every event and its local start time formatted (`text` costs 3): estimated
 * 1 + 20 × (2 + 50 × 9) = 9041 of 10000; one more field per event and it is refused.
 * On the bench data it answers 22 academies × up to 40 events.
 */
const S5_WORST_ACCEPTED = `{ academies { slug events { id kind title { fi } start { text } hostNames } } }`;

/** S5: the attack of issue 11 — 29 fragments, each spreading the previous one twice. */
function fragmentFanOut(levels: number): string {
  let fragments = 'fragment F0 on Academy { slug }';
  for (let level = 1; level <= levels; level++)
    fragments += ` fragment F${level} on Academy { ...F${level - 1} ...F${level - 1} }`;
  return `{ academies { ...F${levels} } } ${fragments}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function seed(url: string, appSecret: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO academies (slug, theme, title_fi, title_sv, title_en, description_fi, time_zone,
        application_opens_at, application_deadline, consultation_booking_deadline, selection_announcement_at, capacity, status)
      SELECT 'bench-' || i, 'bench', 'Akatemia ' || i, 'Akademi ' || i, 'Academy ' || i, 'Kuvaus', 'Europe/Helsinki',
        now() - interval '10 days', now() + interval '50 days', now() + interval '50 days', now() + interval '70 days', 10, 'OPEN'
      FROM generate_series(1, ${ACADEMIES}) i`);
    await client.query(`INSERT INTO timeline_events (academy_id, kind, title_fi, title_sv, title_en, description_fi, starts_at, ends_at, mode, place, audience, status, sequence)
      SELECT a.id, (ARRAY['KICKOFF','WORKSHOP','SPARRING','CLOSING']::event_kind[])[1 + n % 4], 'Tilaisuus ' || n, 'Evenemang ' || n, 'Event ' || n,
        'Kuvaus, jossa on vähän tekstiä tilaisuudesta ' || n, now() + (n || ' days')::interval, now() + (n || ' days')::interval + interval '150 minutes',
        'REMOTE', CASE WHEN n % 3 = 0 THEN 'Helsinki' END, 'COHORT', 'SCHEDULED', 0
      FROM academies a CROSS JOIN generate_series(1, ${EVENTS_PER_ACADEMY}) n WHERE a.theme = 'bench'`);
    await client.query(`INSERT INTO organisations (name, business_id, type)
      SELECT 'Organisaatio ' || i, lpad(i::text, 7, '0') || '-' || (i % 10), 'MUNICIPALITY' FROM generate_series(1, ${ORGANISATIONS}) i`);
    await client.query(`INSERT INTO users (email, name, locale, roles)
      SELECT 'person' || i || '@bench.test', 'Henkilö ' || i, 'fi', '{}' FROM generate_series(1, ${PEOPLE}) i`);
    await client.query(`INSERT INTO memberships (organisation_id, user_id, role)
      SELECT o.id, u.id, 'MEMBER' FROM users u
      JOIN organisations o ON o.name = 'Organisaatio ' || (((substring(u.email from 'person(\\d+)@')::int - 1) % ${ORGANISATIONS}) + 1)`);
    await client.query(`INSERT INTO cohort_members (academy_id, organisation_id)
      SELECT a.id, o.id FROM organisations o
      JOIN academies a ON a.slug = 'bench-' || (((substring(o.name from 'Organisaatio (\\d+)')::int - 1) % ${ACADEMIES}) + 1)`);
    const feeds = await client.query<{
      id: string;
    }>(`INSERT INTO calendar_feeds (user_id, generation, token_hash)
      SELECT id, 1, encode(sha256(id::text::bytea), 'hex') FROM users WHERE email LIKE '%@bench.test' RETURNING id`);
    // The same derivation as AppSecret.derive('calendar-feed', `${id}:${generation}`).
    const tokens = feeds.rows.map(({ id }) => ({
      id,
      token: createHmac('sha256', Buffer.from(appSecret, 'utf8'))
        .update(`calendar-feed\u0000${id}:1`)
        .digest('base64url'),
    }));
    const values = tokens
      .map((_, index) => `($${index * 2 + 1}::uuid, $${index * 2 + 2})`)
      .join(', ');
    await client.query(
      `UPDATE calendar_feeds f SET token_hash = v.hash FROM (VALUES ${values}) AS v(id, hash) WHERE f.id = v.id`,
      tokens.flatMap(({ id, token }) => [id, createHash('sha256').update(token).digest('hex')]),
    );
    await client.query('ANALYZE');
    return tokens.map(({ token }) => token);
  } finally {
    await client.end();
  }
}

function startChild(script: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.once('message', () => resolve(child));
  });
}

async function waitForHttp(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

interface Row {
  scenario: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  statusSeen: string;
  peakRssMb: number;
}

async function load(options: autocannon.Options): Promise<Result> {
  return autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
}

function row(
  scenario: string,
  result: Result,
  pid: number | undefined,
  expectedStatus: number,
): Row {
  const counts = result as unknown as Record<string, number>;
  return {
    scenario,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    // autocannon counts 304 as non-2xx; report it against the status we expect.
    non2xx: expectedStatus === 304 ? counts['2xx'] + counts['4xx'] + counts['5xx'] : result.non2xx,
    statusSeen: expectedStatus === 304 ? `${counts['3xx']}×3xx` : `${counts['2xx']}×2xx`,
    peakRssMb: peakRssMb(pid),
  };
}

const RUSH_ORGANISATIONS = 500;
const RUSH_CONCURRENCY = Number(process.env.BENCH_RUSH_CONCURRENCY ?? 50);

/**
 * S3/S4 preparation: an open academy whose deadlines are `deadline` away and `count`
 * organisations, each with a contact (open session) and a complete draft application.
 */
async function seedApplicants(
  url: string,
  options: { slug: string; count: number; deadline: string; businessIdBase: number },
): Promise<{ academyId: string; pairs: Array<{ token: string; applicationId: string }> }> {
  const { slug, count, deadline, businessIdBase } = options;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id: academyId }] = (
      await client.query<{
        id: string;
      }>(
        `INSERT INTO academies (slug, theme, title_fi, description_fi, time_zone, application_opens_at,
          application_deadline, consultation_booking_deadline, selection_announcement_at, capacity, status)
        VALUES ($1, 'bench', 'Ruuhka', 'Kuvaus', 'Europe/Helsinki', now() - interval '30 days', now() + $2::interval,
          now() + $2::interval, now() + interval '60 days', 10, 'OPEN') RETURNING id`,
        [slug, deadline],
      )
    ).rows;
    const users = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, locale, roles)
      SELECT $1 || i || '@bench.test', 'Kiire ' || i, 'fi', '{}' FROM generate_series(1, ${count}) i RETURNING id`,
      [slug],
    );
    const organisations = await client.query<{
      id: string;
    }>(`INSERT INTO organisations (name, business_id, type)
      SELECT 'Ruuhkakunta ' || i, lpad((${businessIdBase} + i)::text, 7, '0') || '-' || (i % 10), 'MUNICIPALITY'
      FROM generate_series(1, ${count}) i RETURNING id`);
    const answers = JSON.stringify({
      pilotProcurement: {
        title: 'Päiväkodin uudisrakennus',
        category: 'CONSTRUCTION',
        plannedStart: '2027-10-01',
      },
      team: { responsiblePerson: { name: 'Vastuu Henkilö', email: 'vastuu@bench.test' } },
    });
    const pairs: Array<{ token: string; applicationId: string }> = [];
    for (let index = 0; index < count; index++) {
      const userId = users.rows[index].id;
      const organisationId = organisations.rows[index].id;
      const token = randomBytes(32).toString('base64url');
      await client.query(
        "INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'CONTACT')",
        [organisationId, userId],
      );
      await client.query(
        "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
        [createHash('sha256').update(`SESSION:${token}`).digest('hex'), userId],
      );
      const [{ id }] = (
        await client.query<{ id: string }>(
          "INSERT INTO applications (academy_id, organisation_id, status, answers, version) VALUES ($1, $2, 'DRAFT', $3, 1) RETURNING id",
          [academyId, organisationId, answers],
        )
      ).rows;
      pairs.push({ token, applicationId: id });
    }
    return { academyId, pairs };
  } finally {
    await client.end();
  }
}

/**
 * Sends one GraphQL mutation per caller, `concurrency` at a time, and times each: the
 * answer's error code (or `OK`, or what `check` says of the data), throughput and
 * percentiles.
 */
async function timedMutations<T extends { token: string }>(
  port: number,
  callers: T[],
  concurrency: number,
  request: (caller: T, index: number) => { query: string; variables: unknown },
  check: (data: unknown) => string = () => 'OK',
): Promise<{ seconds: number; p50Ms: number; p99Ms: number; codes: Record<string, number> }> {
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < callers.length) {
      const index = next++;
      const caller = callers[index];
      const begin = performance.now();
      let code: string;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
          body: JSON.stringify(request(caller, index)),
        });
        const body = (await response.json()) as {
          errors?: Array<{ extensions?: { code?: string } }>;
          data?: unknown;
        };
        code = body.errors ? (body.errors[0].extensions?.code ?? 'UNKNOWN') : check(body.data);
      } catch {
        code = 'NETWORK';
      }
      latencies.push(performance.now() - begin);
      codes[code] = (codes[code] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, callers.length) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    p50Ms: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
    p99Ms: Math.round(latencies[Math.floor(latencies.length * 0.99)]),
    codes,
  };
}

/** S3: every organisation submits within the final minute, 50 at a time. */
async function deadlineRush(
  port: number,
  url: string,
  pairs: Array<{ token: string; applicationId: string }>,
): Promise<Row & { persisted: number }> {
  // The final minute starts now: the deadline is 60 s away while everyone submits.
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(
    "UPDATE academies SET application_deadline = now() + interval '60 seconds', consultation_booking_deadline = now() + interval '60 seconds' WHERE slug = 'rush'",
  );
  await setup.end();
  const run = await timedMutations(
    port,
    pairs,
    RUSH_CONCURRENCY,
    (pair) => ({
      query:
        'mutation ($input: ApplicationIdInput!) { submitApplication(input: $input) { id status } }',
      variables: { input: { applicationId: pair.applicationId } },
    }),
    (data) =>
      (data as { submitApplication?: { status: string } } | undefined)?.submitApplication
        ?.status === 'SUBMITTED'
        ? 'OK'
        : 'NOT_SUBMITTED',
  );
  const errors = pairs.length - (run.codes.OK ?? 0);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const persisted = Number(
    (
      await client.query<{ count: string }>(
        "SELECT count(*) FROM applications a JOIN academies ac ON ac.id = a.academy_id WHERE ac.slug = 'rush' AND a.status = 'SUBMITTED'",
      )
    ).rows[0].count,
  );
  await client.end();
  return {
    scenario: `S3 deadline rush — ${pairs.length} submissions, ${RUSH_CONCURRENCY} at a time`,
    requestsPerSecond: Math.round(pairs.length / run.seconds),
    p50Ms: run.p50Ms,
    p99Ms: run.p99Ms,
    errors,
    non2xx: 0,
    statusSeen: `${persisted}/${pairs.length} persisted in ${run.seconds.toFixed(1)} s`,
    peakRssMb: 0,
    persisted,
  };
}

const BOOKING_ORGANISATIONS = 300;
const BOOKING_SLOTS = 30;

/** S4 preparation: an expert's 30 consultation slots, a day ahead, in the booking academy. */
async function seedSlots(url: string, academyId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id: expertId }] = (
      await client.query<{ id: string }>(
        "INSERT INTO users (email, name, locale, roles) VALUES ('expert@bench.test', 'Asiantuntija', 'fi', '{EXPERT}') RETURNING id",
      )
    ).rows;
    const slots = await client.query<{ id: string }>(
      `INSERT INTO consultation_slots (academy_id, expert_id, starts_at, ends_at, mode, status)
       SELECT $1, $2, date_trunc('hour', now()) + interval '1 day' + i * interval '1 hour',
              date_trunc('hour', now()) + interval '1 day' + i * interval '1 hour' + interval '45 minutes', 'REMOTE', 'OPEN'
       FROM generate_series(0, ${BOOKING_SLOTS - 1}) i RETURNING id`,
      [academyId, expertId],
    );
    return slots.rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

/**
 * S4: 300 organisations race for 30 slots, all at once: organisation i asks for slot
 * i mod 30, so ten race for each slot. Exactly 30 bookings must win; the rest are told
 * SLOT_TAKEN; a direct SQL check counts double bookings (must be 0).
 */
async function bookingRush(
  port: number,
  url: string,
  pairs: Array<{ token: string; applicationId: string }>,
  slots: string[],
): Promise<Row & { booked: number; codes: Record<string, number>; doubles: number }> {
  // All at once: as many in flight as there are organisations.
  const { codes, ...run } = await timedMutations(port, pairs, pairs.length, (pair, index) => ({
    query: 'mutation ($input: BookConsultationInput!) { bookConsultation(input: $input) { id } }',
    variables: {
      input: { slotId: slots[index % slots.length], applicationId: pair.applicationId },
    },
  }));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const [{ booked, doubles }] = (
    await client.query<{ booked: number; doubles: number }>(
      `SELECT (SELECT count(*)::int FROM consultation_bookings WHERE status = 'ACTIVE' AND slot_id = ANY($1::uuid[])) AS booked,
              (SELECT count(*)::int FROM (
                 SELECT slot_id FROM consultation_bookings WHERE status = 'ACTIVE' GROUP BY slot_id HAVING count(*) > 1
                 UNION ALL
                 SELECT application_id FROM consultation_bookings WHERE status = 'ACTIVE' GROUP BY application_id HAVING count(*) > 1) d) AS doubles`,
      [slots],
    )
  ).rows;
  await client.end();
  const unexpected = Object.entries(codes)
    .filter(([code]) => code !== 'OK' && code !== 'SLOT_TAKEN')
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    scenario: `S4 booking rush — ${pairs.length} organisations, ${slots.length} slots, all at once`,
    requestsPerSecond: Math.round(pairs.length / run.seconds),
    p50Ms: run.p50Ms,
    p99Ms: run.p99Ms,
    errors: unexpected,
    non2xx: 0,
    statusSeen: Object.entries(codes)
      .sort()
      .map(([code, n]) => `${n}×${code}`)
      .join(', '),
    peakRssMb: 0,
    booked,
    codes,
    doubles,
  };
}

/**
 * Asks /health/live every 50 ms until `done` settles and answers the latency percentiles:
 * what a load balancer's probe sees while the service is busy.
 */
async function timeHealthDuring(
  port: number,
  done: Promise<unknown>,
): Promise<{ p50Ms: number; p99Ms: number; maxMs: number; samples: number; failures: number }> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  let failures = 0;
  while (!finished) {
    const begin = performance.now();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/live`);
      await response.arrayBuffer();
      if (!response.ok) failures++;
    } catch {
      failures++;
    }
    latencies.push(performance.now() - begin);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  latencies.sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.floor((latencies.length - 1) * share)]);
  return {
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: Math.round(latencies[latencies.length - 1]),
    samples: latencies.length,
    failures,
  };
}

/**
 * S5: `body` under load (autocannon, as S1) while /health/live is timed; two rows, the query
 * and the probe. `expectedStatus` is what every answer must have (200 accepted, 400 refused).
 */
async function underLoadWithHealth(
  port: number,
  name: string,
  body: string,
  expectedStatus: number,
  pid: number | undefined,
): Promise<{ rows: Row[]; health: Awaited<ReturnType<typeof timeHealthDuring>> }> {
  const run = load({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const health = await timeHealthDuring(port, run);
  const result = await run;
  const counts = result as unknown as Record<string, number>;
  const queryRow = row(name, result, pid, 200);
  if (expectedStatus === 400) {
    queryRow.non2xx = counts['2xx'] + counts['5xx'];
    queryRow.statusSeen = `${counts['4xx']}×4xx`;
  }
  return {
    health,
    rows: [
      queryRow,
      {
        scenario: `${name.split(' — ')[0]} — /health/live meanwhile (every 50 ms)`,
        requestsPerSecond: 0,
        p50Ms: health.p50Ms,
        p99Ms: health.p99Ms,
        errors: health.failures,
        non2xx: 0,
        statusSeen: `${health.samples} probes, max ${health.maxMs} ms`,
        peakRssMb: peakRssMb(pid),
      },
    ],
  };
}

/** Two runs of one scenario as one row: mean throughput, worst percentiles, summed counts. */
function combined(scenario: string, results: Result[], pid: number | undefined): Row {
  const parts = results.map((result) => row(scenario, result, pid, 200));
  return {
    scenario,
    requestsPerSecond: Math.round(
      parts.reduce((sum, part) => sum + part.requestsPerSecond, 0) / parts.length,
    ),
    p50Ms: Math.max(...parts.map((part) => part.p50Ms)),
    p99Ms: Math.max(...parts.map((part) => part.p99Ms)),
    errors: parts.reduce((sum, part) => sum + part.errors, 0),
    non2xx: parts.reduce((sum, part) => sum + part.non2xx, 0),
    statusSeen: `${results.reduce((sum, result) => sum + (result as unknown as Record<string, number>)['2xx'], 0)}×2xx`,
    peakRssMb: peakRssMb(pid),
  };
}

interface ClientResult {
  firstPage: FirstPageSize;
  render: FirstRenderResult;
  /** The 1-minute load average just before the browser runs (how quiet the machine was). */
  loadAverageBefore: number;
}

/**
 * C: what a first visitor's browser loads and how soon the academy page shows. Runs before
 * any load scenario, so no autocannon run's aftermath is measured.
 */
async function clientScenario(port: number): Promise<ClientResult> {
  const loadAverageBefore = Math.round(loadavg()[0] * 100) / 100;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let firstPage: FirstPageSize;
  try {
    firstPage = await firstPageSize(
      browser,
      `http://127.0.0.1:${port}/`,
      path.join(ROOT, 'web', 'dist'),
    );
  } finally {
    await browser.close();
  }
  const render = await measureFirstRender({
    // Bench academy 7 (40 events) in Finnish: its h1 is its Finnish title.
    url: `http://127.0.0.1:${port}/academies/bench-7`,
    title: 'Akatemia 7',
    runs: Number(process.env.BENCH_RENDER_RUNS ?? 15),
    warmUp: 3,
  });
  return { firstPage, render, loadAverageBefore };
}

function encodingCounts(encodings: string[]): string {
  const counts = new Map<string, number>();
  for (const encoding of encodings) counts.set(encoding, (counts.get(encoding) ?? 0) + 1);
  return [...counts].map(([encoding, count]) => `${count}×${encoding}`).join(', ');
}

function clientLines(client: ClientResult): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const { firstPage, render } = client;
  const encodings = Object.entries(render.contentEncodings)
    .map(([encoding, count]) => `${count}×${encoding}`)
    .join(', ');
  return [
    `C first page (/) in Chromium: ${firstPage.assets.length} JS + CSS files, lazy route chunks included; gzipped ${kb(firstPage.gzippedBytes)} (JS ${kb(firstPage.jsGzippedBytes)}, CSS ${kb(firstPage.cssGzippedBytes)}; target ≤ ${kb(FIRST_PAGE_BUDGET_BYTES)}), received ${kb(firstPage.transferredBytes)} (${encodingCounts(firstPage.assets.map(({ encoding }) => encoding))})`,
    `C academy page first render in Chromium (navigation start → h1 shown, fresh context, loopback): median ${render.medianMs} ms, p95 ${render.p95Ms} ms over ${render.runs} runs [${render.runsMs.join(', ')}]; load average before ${client.loadAverageBefore}`,
    `C bytes the browser received for that visit: ${kb(render.transferredBytes)} in ${render.requests} requests (JS + CSS ${kb(render.jsCssTransferredBytes)}); Accept-Encoding "${render.acceptEncoding}", JS/CSS came ${encodings}`,
  ];
}

function selectionLines(board: BoardResult, statements: number, publish: PublishResult): string[] {
  return [
    `S6 selectionBoard — ${board.rows}/${SELECTION_APPLICATIONS} applications × 3 reviews, ${board.kilobytes} KB: p50 ${board.p50Ms} ms, p99 ${board.p99Ms} ms, max ${board.maxMs} ms over ${board.runs} sequential requests; ${statements} SQL statements per board`,
    publish.error
      ? `S6 publishSelection failed: ${publish.error}`
      : `S6 publishSelection of ${SELECTION_APPLICATIONS} decisions (one transaction): ${publish.seconds?.toFixed(2)} s, ${publish.outboxRows} mails into the outbox`,
  ];
}

/**
 * S2: a person's feed three ways. Built: each request a different person (round robin over
 * every seeded feed, more than one run asks for), so every answer builds a calendar, as
 * every 200 did before the feed cache. Cached: one person asked again without
 * If-None-Match, answered from FeedCache. 304: the same with the current ETag.
 */
async function feedScenario(
  port: number,
  tokens: string[],
  feedPath: string,
  etag: string,
  pid: number | undefined,
): Promise<Row[]> {
  let next = 1;
  const built = await load({
    url: `http://127.0.0.1:${port}${feedPath}`,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `/calendar/feeds/${tokens[next++ % tokens.length]}.ics`,
        }),
      },
    ],
  });
  if (next > tokens.length)
    process.stderr.write(`S2 built: ${next} requests for ${tokens.length} feeds, some cached\n`);
  return [
    row(`S2 personal feed — 200 built (${tokens.length} people, round robin)`, built, pid, 200),
    row(
      'S2 personal feed — 200 from the cache (same person)',
      await load({ url: `http://127.0.0.1:${port}${feedPath}` }),
      pid,
      200,
    ),
    row(
      'S2 personal feed — 304',
      await load({
        url: `http://127.0.0.1:${port}${feedPath}`,
        headers: { 'if-none-match': etag },
      }),
      pid,
      304,
    ),
  ];
}

function feedLines(rows: Row[]): string[] {
  return [
    '| scenario | req/s | p50 ms | p99 ms | errors | unexpected status | answers | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} | ${r.statusSeen} | ${r.peakRssMb} |`,
    ),
  ];
}

async function main(): Promise<void> {
  const directory = await mkdtemp(path.join(tmpdir(), 'akatemia-bench-'));
  await chmod(directory, 0o755);
  const database = await startEmbeddedPostgres({ directory, logger, ephemeral: true });
  const children: ChildProcess[] = [];
  try {
    const dataSource = await new DataSource(
      buildDataSourceOptions(
        { url: database.url, poolSize: 2, statementTimeoutMs: 120000, lockTimeoutMs: 60000 },
        logger,
      ),
    ).initialize();
    await migrateUnderLock(dataSource, logger);
    await dataSource.destroy();
    const appSecret = randomBytes(32).toString('base64url');
    const tokens = await seed(database.url, appSecret);
    const { pairs: rushPairs } = await seedApplicants(database.url, {
      slug: 'rush',
      count: RUSH_ORGANISATIONS,
      deadline: '2 minutes',
      businessIdBase: 1000000,
    });
    const booking = await seedApplicants(database.url, {
      slug: 'booking-rush',
      count: BOOKING_ORGANISATIONS,
      deadline: '30 days',
      businessIdBase: 2000000,
    });
    const bookingSlots = await seedSlots(database.url, booking.academyId);
    const selection = await seedSelection(database.url);
    await stageDecisions(database.url, selection.academyId);
    const registrationSeed = await seedRegistrationRush(database.url);
    const followUpSeed = await seedFollowUp(database.url);

    const servicePort = await freePort();
    const service = fork(path.join(ROOT, 'dist', 'src', 'main.js'), [], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        PORT: String(servicePort),
        LOG_LEVEL: 'warn',
        APP_SECRET: appSecret,
        OUTBOX_WORKER: 'false',
        DATA_DIR: directory,
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // BENCH_PROFILE=1 writes a CPU profile of the service under .data/profiles (never committed).
      execArgv: process.env.BENCH_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, '.data', 'profiles')}`]
        : [],
    });
    children.push(service);
    await waitForHttp(`http://127.0.0.1:${servicePort}/health/ready`);
    const baselinePort = await freePort();
    const baseline = await startChild(
      path.join(ROOT, 'dist', 'scripts', 'bench', 'baseline-server.js'),
      {
        BASELINE_DATABASE_URL: database.url,
        PORT: String(baselinePort),
      },
    );
    children.push(baseline);

    const s1Body = JSON.stringify({ query: S1_QUERY, variables: { slug: 'bench-7' } });
    const s1 = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: s1Body,
    };
    // Same answer from both, or the comparison means nothing.
    const [fromService, fromBaseline] = await Promise.all(
      [servicePort, baselinePort].map(
        async (port) =>
          (await fetch(`http://127.0.0.1:${port}/graphql`, { ...s1 })).json() as Promise<{
            data: { academy: { events: unknown[] } };
          }>,
      ),
    );
    if (JSON.stringify(fromService) !== JSON.stringify(fromBaseline))
      throw new Error('service and baseline answers differ');
    if (fromService.data.academy.events.length !== EVENTS_PER_ACADEMY)
      throw new Error('unexpected S1 answer');

    const feedPath = `/calendar/feeds/${tokens[0]}.ics`;
    const feed = await fetch(`http://127.0.0.1:${servicePort}${feedPath}`);
    const etag = feed.headers.get('etag') ?? '';
    if (feed.status !== 200 || !(await feed.text()).includes('BEGIN:VEVENT'))
      throw new Error('feed did not answer');

    if (process.env.BENCH_ONLY === 'S2') {
      const feedRows = await feedScenario(servicePort, tokens, feedPath, etag, service.pid);
      process.stdout.write(`${feedLines(feedRows).join('\n')}\n`);
      return;
    }

    if (process.env.BENCH_ONLY === 'followup') {
      const followUp = await timeFollowUp(servicePort, database.url, followUpSeed);
      process.stdout.write(`${followUpLines(followUp).join('\n')}\n`);
      return;
    }

    // S7 on a quiet service, before anything else writes: the rush is its own load.
    const registration = await registrationRush(servicePort, database.url, registrationSeed);
    if (!registrationRulesHold(registration)) {
      process.stderr.write(`Registration rush broke a rule: ${JSON.stringify(registration)}\n`);
      process.exitCode = 1;
    }
    if (process.env.BENCH_ONLY === 'registration') {
      process.stdout.write(`${registrationLines(registration).join('\n')}\n`);
      return;
    }

    // The client first, while no load scenario has run yet.
    const client = await clientScenario(servicePort);
    if (process.env.BENCH_ONLY === 'client') {
      process.stdout.write(`${clientLines(client).join('\n')}\n`);
      return;
    }

    // S6 before the load scenarios too: one board at a time, on a quiet service.
    const boardStatements = await countBoardStatements(
      database.url,
      directory,
      appSecret,
      selection,
    );
    const board = await timeBoard(servicePort, selection);
    if (process.env.BENCH_ONLY === 'selection') {
      const publish = await timePublish(servicePort, database.url, selection);
      process.stdout.write(`${selectionLines(board, boardStatements, publish).join('\n')}\n`);
      return;
    }

    // F: reads only, on a quiet service too.
    const followUp = await timeFollowUp(servicePort, database.url, followUpSeed);

    // Warm-up, then measure.
    await load({ url: `http://127.0.0.1:${servicePort}/graphql`, ...s1, duration: 2 });
    await load({ url: `http://127.0.0.1:${baselinePort}/graphql`, ...s1, duration: 2 });
    const rows: Row[] = [];
    // Service and baseline alternate (two rounds each) so drift on a shared machine hits both.
    const serviceRuns: Result[] = [];
    const baselineRuns: Result[] = [];
    for (let round = 0; round < 2; round++) {
      serviceRuns.push(await load({ url: `http://127.0.0.1:${servicePort}/graphql`, ...s1 }));
      baselineRuns.push(await load({ url: `http://127.0.0.1:${baselinePort}/graphql`, ...s1 }));
    }
    rows.push(combined('S1 academy(slug){events} — service', serviceRuns, service.pid));
    rows.push(combined('S1 academy(slug){events} — raw baseline', baselineRuns, baseline.pid));
    if (process.env.BENCH_ONLY === 'S1') {
      process.stdout.write(`${JSON.stringify(rows)}\n`);
      return;
    }
    rows.push(...(await feedScenario(servicePort, tokens, feedPath, etag, service.pid)));
    // S5: the worst accepted query must answer (no error), the attack must be refused.
    const worstBody = JSON.stringify({ query: S5_WORST_ACCEPTED });
    const attackBody = JSON.stringify({ query: fragmentFanOut(29) });
    const worstAnswer = await fetch(`http://127.0.0.1:${servicePort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: worstBody,
    });
    const worstText = await worstAnswer.text();
    const worst = JSON.parse(worstText) as {
      errors?: unknown[];
      data?: { academies: Array<{ events: unknown[] }> };
    };
    if (worst.errors || !worst.data) throw new Error(`S5 query refused: ${worstText}`);
    const worstEvents = worst.data.academies.reduce((sum, a) => sum + a.events.length, 0);
    const attackAnswer = await fetch(`http://127.0.0.1:${servicePort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: attackBody,
    });
    if (attackAnswer.status !== 400) throw new Error('S5 fan-out attack was not refused');
    const idleHealth = await timeHealthDuring(
      servicePort,
      new Promise((resolve) => setTimeout(resolve, 3000)),
    );
    const worstRun = await underLoadWithHealth(
      servicePort,
      `S5 worst accepted query — ${worst.data.academies.length} academies, ${worstEvents} events, ${Math.round(worstText.length / 1024)} KB`,
      worstBody,
      200,
      service.pid,
    );
    rows.push(...worstRun.rows);
    const attackRun = await underLoadWithHealth(
      servicePort,
      'S5 fan-out attack, 29 levels (refused) — anonymous',
      attackBody,
      400,
      service.pid,
    );
    rows.push(...attackRun.rows);

    const rush = await deadlineRush(servicePort, database.url, rushPairs);
    rows.push({ ...rush, peakRssMb: peakRssMb(service.pid) });
    if (rush.persisted !== RUSH_ORGANISATIONS || rush.errors > 0) {
      process.stderr.write(
        `Deadline rush lost submissions: ${rush.persisted}/${RUSH_ORGANISATIONS} persisted, ${rush.errors} errors\n`,
      );
      process.exitCode = 1;
    }

    const rushForSlots = await bookingRush(servicePort, database.url, booking.pairs, bookingSlots);
    rows.push({ ...rushForSlots, peakRssMb: peakRssMb(service.pid) });
    if (
      rushForSlots.booked !== BOOKING_SLOTS ||
      (rushForSlots.codes.OK ?? 0) !== BOOKING_SLOTS ||
      rushForSlots.doubles > 0 ||
      rushForSlots.errors > 0
    ) {
      process.stderr.write(
        `Booking rush broke a rule: ${rushForSlots.booked} booked, ${rushForSlots.doubles} doubles, ${rushForSlots.statusSeen}\n`,
      );
      process.exitCode = 1;
    }

    const publish = await timePublish(servicePort, database.url, selection);
    const ratio = rows[0].requestsPerSecond / Math.max(1, rows[1].requestsPerSecond);
    const feed304Speedup = rows[4].requestsPerSecond / Math.max(1, rows[2].requestsPerSecond);
    const feedCachedSpeedup = rows[3].requestsPerSecond / Math.max(1, rows[2].requestsPerSecond);
    const lines = [
      `Akatemia benchmark — ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} cores, ${CONNECTIONS} connections, ${DURATION} s per scenario`,
      `Data: ${ACADEMIES} academies × ${EVENTS_PER_ACADEMY} events, ${ORGANISATIONS} organisations, ${PEOPLE} people with feeds`,
      '',
      '| scenario | req/s | p50 ms | p99 ms | errors | unexpected status | answers | peak RSS MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.scenario} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} | ${r.statusSeen} | ${r.peakRssMb} |`,
      ),
      '',
      `S1 service/baseline throughput ratio: ${ratio.toFixed(2)} (target ≥ 0.50)`,
      `S2 304/200 throughput ratio: ${feed304Speedup.toFixed(2)} (a 304 builds no calendar); cached 200/built 200: ${feedCachedSpeedup.toFixed(2)}`,
      `S3 deadline rush: ${rush.persisted}/${RUSH_ORGANISATIONS} submissions persisted, ${rush.errors} errors`,
      `S4 booking rush: ${rushForSlots.booked}/${BOOKING_SLOTS} slots booked, ${rushForSlots.doubles} double bookings, answers ${rushForSlots.statusSeen}`,
      ...clientLines(client),
      ...selectionLines(board, boardStatements, publish),
      ...registrationLines(registration),
      ...followUpLines(followUp),
      `S5 /health/live p50/p99/max: idle ${idleHealth.p50Ms}/${idleHealth.p99Ms}/${idleHealth.maxMs} ms; under the worst accepted query ${worstRun.health.p50Ms}/${worstRun.health.p99Ms}/${worstRun.health.maxMs} ms; under the refused attack ${attackRun.health.p50Ms}/${attackRun.health.p99Ms}/${attackRun.health.maxMs} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    await writeFile(
      path.join(process.cwd(), 'bench-results.json'),
      `${JSON.stringify({ at: new Date().toISOString(), node: process.version, durationSeconds: DURATION, connections: CONNECTIONS, rows, ratios: { s1ServiceToBaseline: ratio, s2NotModifiedToFull: feed304Speedup, s2CachedToBuilt: feedCachedSpeedup }, health: { idle: idleHealth, worstAccepted: worstRun.health, refusedAttack: attackRun.health }, client, rush: { persisted: rush.persisted, expected: RUSH_ORGANISATIONS }, selection: { board, boardStatements, publish }, registration, followUp, bookingRush: { booked: rushForSlots.booked, slots: BOOKING_SLOTS, organisations: BOOKING_ORGANISATIONS, codes: rushForSlots.codes, doubles: rushForSlots.doubles } }, null, 2)}\n`,
    );
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await database.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
