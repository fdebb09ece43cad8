/**
 * Scenario S7, the registration rush (issue 14): 400 cohort participants register for a
 * closing event with 40 seats, all at once; then the 40 seat holders cancel, all at once,
 * and each freed seat goes to the next waitlisted person. Checked in SQL afterwards: 40
 * registered on distinct seats, arrival numbers 1…400 without gaps, the first 40 arrivals
 * seated, one promotion and one mail per cancelled seat.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export const REGISTRATION_PARTICIPANTS = Number(process.env.BENCH_REGISTRATION_PEOPLE ?? 400);
export const REGISTRATION_SEATS = 40;

export interface RegistrationSeed {
  eventId: string;
  tokens: string[];
}

/** An academy whose cohort is 40 organisations × 10 members, and its closing event with 40 seats. */
export async function seedRegistrationRush(url: string): Promise<RegistrationSeed> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id: academyId }] = (
      await client.query<{ id: string }>(
        `INSERT INTO academies (slug, theme, title_fi, description_fi, time_zone, application_opens_at,
          application_deadline, consultation_booking_deadline, selection_announcement_at, capacity, status)
        VALUES ('registration-bench', 'bench', 'Ilmoittautuminen', 'Kuvaus', 'Europe/Helsinki', now() - interval '200 days',
          now() - interval '150 days', now() - interval '150 days', now() - interval '120 days', 40, 'RUNNING') RETURNING id`,
      )
    ).rows;
    const [{ id: eventId }] = (
      await client.query<{ id: string }>(
        `INSERT INTO timeline_events (academy_id, kind, title_fi, description_fi, starts_at, ends_at, mode, audience, status, sequence)
         VALUES ($1, 'CLOSING', 'Päätöstilaisuus', '', now() + interval '30 days', now() + interval '30 days 6 hours', 'IN_PERSON', 'COHORT', 'SCHEDULED', 0)
         RETURNING id`,
        [academyId],
      )
    ).rows;
    await client.query(
      `INSERT INTO event_registration_settings (event_id, capacity, closes_at) VALUES ($1, $2, now() + interval '20 days')`,
      [eventId, REGISTRATION_SEATS],
    );
    const organisations = Math.ceil(REGISTRATION_PARTICIPANTS / 10);
    await client.query(`INSERT INTO organisations (name, business_id, type, region)
      SELECT 'Rekisterikunta ' || i, lpad((4000000 + i)::text, 7, '0') || '-' || (i % 10), 'MUNICIPALITY', 'Uusimaa'
      FROM generate_series(1, ${organisations}) i`);
    await client.query(
      `INSERT INTO cohort_members (academy_id, organisation_id) SELECT $1, id FROM organisations WHERE name LIKE 'Rekisterikunta %'`,
      [academyId],
    );
    await client.query(`INSERT INTO users (email, name, locale, roles)
      SELECT 'participant' || i || '@bench.test', 'Osallistuja ' || i, (ARRAY['fi','sv','en']::locale[])[1 + i % 3], '{}'
      FROM generate_series(1, ${REGISTRATION_PARTICIPANTS}) i`);
    await client.query(`INSERT INTO memberships (organisation_id, user_id, role)
      SELECT o.id, u.id, 'MEMBER' FROM users u
      JOIN organisations o ON o.name = 'Rekisterikunta ' || (1 + (substring(u.email from 'participant(\\d+)@')::int - 1) / 10)
      WHERE u.email LIKE 'participant%@bench.test'`);
    const tokens = Array.from({ length: REGISTRATION_PARTICIPANTS }, () =>
      randomBytes(32).toString('base64url'),
    );
    await client.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at)
       SELECT t.hash, u.id, now() + interval '1 day'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(hash, n)
       JOIN users u ON u.email = 'participant' || t.n || '@bench.test'`,
      [tokens.map((token) => createHash('sha256').update(`SESSION:${token}`).digest('hex'))],
    );
    await client.query('ANALYZE');
    return { eventId, tokens };
  } finally {
    await client.end();
  }
}

export interface RushPhase {
  requests: number;
  /** Answers other than OK: since the per-event queue, a rush should have none. */
  failures: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  codes: Record<string, number>;
}

export interface RegistrationRushResult {
  register: RushPhase;
  cancel: RushPhase;
  /** Right after the rush: min(seats, successful registrations) and the rest. */
  registeredAfterRush: number;
  waitlistedAfterRush: number;
  /** After the cancellations. */
  registered: number;
  waitlisted: number;
  distinctSeats: number;
  arrivalsWithoutGap: boolean;
  firstArrivalsSeated: boolean;
  promotions: number;
  promotionMails: number;
}

/** Every caller's request at once; latency of each, outcome codes. */
async function allAtOnce(
  port: number,
  tokens: string[],
  query: string,
  eventId: string,
): Promise<RushPhase> {
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      const begin = performance.now();
      let code: string;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { input: { eventId } } }),
        });
        const body = (await response.json()) as {
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        code = body.errors ? (body.errors[0].extensions?.code ?? 'UNKNOWN') : 'OK';
      } catch {
        code = 'NETWORK';
      }
      latencies.push(performance.now() - begin);
      codes[code] = (codes[code] ?? 0) + 1;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: tokens.length,
    failures: tokens.length - (codes.OK ?? 0),
    seconds,
    p50Ms: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
    p99Ms: Math.round(
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
    ),
    maxMs: Math.round(latencies[latencies.length - 1]),
    codes,
  };
}

/** The rules S7 checks: no seat twice, seats filled first, one promotion and one mail per freed seat. */
export function registrationRulesHold(result: RegistrationRushResult): boolean {
  const accepted = result.register.codes.OK ?? 0;
  const seated = Math.min(REGISTRATION_SEATS, accepted);
  const freed = result.cancel.codes.OK ?? 0;
  const promoted = Math.min(freed, result.waitlistedAfterRush);
  return (
    result.register.failures === 0 &&
    result.cancel.failures === 0 &&
    result.registeredAfterRush === seated &&
    result.waitlistedAfterRush === accepted - seated &&
    result.distinctSeats === result.registered &&
    result.arrivalsWithoutGap &&
    result.firstArrivalsSeated &&
    result.promotions === promoted &&
    result.promotionMails === promoted &&
    result.registered === seated - freed + promoted
  );
}

/**
 * The rush, then the cancellations. Nobody retries: a caller refused (e.g. SERVICE_UNAVAILABLE,
 * which the rush drew before the per-event queue) is counted as a failure, and any failure
 * breaks the run — a person must not get an error because others register at the same moment.
 */
export async function registrationRush(
  port: number,
  url: string,
  seed: RegistrationSeed,
): Promise<RegistrationRushResult> {
  const register = await allAtOnce(
    port,
    seed.tokens,
    'mutation ($input: EventRegistrationInput!) { registerForEvent(input: $input) { registeredCount } }',
    seed.eventId,
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [rush] = (
      await client.query<{ registered: number; waitlisted: number }>(
        `SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
         FROM event_registrations WHERE event_id = $1`,
        [seed.eventId],
      )
    ).rows;
    const seated = (
      await client.query<{ hash: string }>(
        `SELECT s.token_hash AS hash FROM event_registrations r JOIN sessions s ON s.user_id = r.user_id
         WHERE r.event_id = $1 AND r.status = 'REGISTERED'`,
        [seed.eventId],
      )
    ).rows.map((row) => row.hash);
    const byHash = new Map(
      seed.tokens.map((token) => [
        createHash('sha256').update(`SESSION:${token}`).digest('hex'),
        token,
      ]),
    );
    const cancel = await allAtOnce(
      port,
      seated.map((hash) => byHash.get(hash)!),
      'mutation ($input: EventRegistrationInput!) { cancelEventRegistration(input: $input) { registeredCount } }',
      seed.eventId,
    );
    const [facts] = (
      await client.query<{
        registered: number;
        waitlisted: number;
        distinct_seats: number;
        arrivals: number;
        max_arrival: number;
        first_seated: boolean;
        promotions: number;
        mails: number;
      }>(
        `SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
                count(DISTINCT seat_no) FILTER (WHERE status = 'REGISTERED')::int AS distinct_seats,
                count(DISTINCT arrival)::int AS arrivals, max(arrival)::int AS max_arrival,
                bool_and(arrival <= $2 OR promoted_at IS NOT NULL OR status <> 'REGISTERED') AS first_seated,
                count(*) FILTER (WHERE promoted_at IS NOT NULL)::int AS promotions,
                (SELECT count(*)::int FROM outbox_messages WHERE type = 'EVENT_REGISTRATION_PROMOTED') AS mails
         FROM event_registrations WHERE event_id = $1`,
        [seed.eventId, REGISTRATION_SEATS],
      )
    ).rows;
    return {
      register,
      cancel,
      registeredAfterRush: rush.registered,
      waitlistedAfterRush: rush.waitlisted,
      registered: facts.registered,
      waitlisted: facts.waitlisted,
      distinctSeats: facts.distinct_seats,
      arrivalsWithoutGap: facts.arrivals === facts.max_arrival,
      firstArrivalsSeated: facts.first_seated,
      promotions: facts.promotions,
      promotionMails: facts.mails,
    };
  } finally {
    await client.end();
  }
}

export function registrationLines(result: RegistrationRushResult): string[] {
  const codes = (phase: RushPhase) =>
    Object.entries(phase.codes)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
  return [
    `S7 registration rush — ${result.register.requests} participants for ${REGISTRATION_SEATS} seats at once: ${result.register.seconds.toFixed(2)} s, p50 ${result.register.p50Ms} ms, p99 ${result.register.p99Ms} ms, max ${result.register.maxMs} ms; failures ${result.register.failures}; answers ${codes(result.register)}`,
    `S7 cancellations — ${result.cancel.requests} seat holders at once: ${result.cancel.seconds.toFixed(2)} s, p50 ${result.cancel.p50Ms} ms, p99 ${result.cancel.p99Ms} ms, max ${result.cancel.maxMs} ms; failures ${result.cancel.failures}; answers ${codes(result.cancel)}`,
    `S7 after the rush: ${result.registeredAfterRush} registered, ${result.waitlistedAfterRush} waitlisted`,
    `S7 after the cancellations: ${result.registered} registered on ${result.distinctSeats} distinct seats, ${result.waitlisted} waitlisted, arrivals without gap ${result.arrivalsWithoutGap}, first arrivals seated ${result.firstArrivalsSeated}, ${result.promotions} promotions, ${result.promotionMails} promotion mails`,
  ];
}
