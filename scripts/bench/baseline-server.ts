/**
 * The raw baseline for benchmark S1: plain node:http + pg, the same SQL as the service's
 * `academy(slug) { events }` path and the same JSON, no framework. Only the ratio
 * service/baseline is meaningful on a shared machine.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { EVENT_COLUMNS } from '../../src/modules/timeline/event-rows.js';
import { visibleEventCondition } from '../../src/modules/timeline/event-visibility.js';

const pool = new pg.Pool({ connectionString: process.env.BASELINE_DATABASE_URL, max: 10 });
// The service's statements, verbatim.
const ACADEMY_SQL = `SELECT * FROM academies WHERE slug = $1 AND ($2 OR status <> ALL($3::academy_status[])) LIMIT 1`;
const EVENTS_SQL = `SELECT ${EVENT_COLUMNS} FROM timeline_events e JOIN academies a ON a.id = e.academy_id
       WHERE e.academy_id = $1 AND ${visibleEventCondition('$2')}
       ORDER BY e.starts_at, e.id`;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          variables?: { slug?: string };
        };
        const academy = (
          await pool.query<{ id: string; slug: string; title_fi: string }>(ACADEMY_SQL, [
            body.variables?.slug,
            false,
            ['DRAFT', 'ARCHIVED'],
          ])
        ).rows[0];
        let payload: unknown = null;
        if (academy) {
          // Prepared, as the service prepares it.
          const events = (
            await pool.query({
              name: 'timeline-events',
              text: EVENTS_SQL,
              values: [academy.id, null],
            })
          ).rows as Array<Record<string, unknown>>;
          payload = {
            slug: academy.slug,
            title: { fi: academy.title_fi },
            events: events.map((event) => ({
              id: event.id,
              kind: event.kind,
              title: { fi: event.title_fi },
              startsAt: (event.starts_at as Date).toISOString(),
              endsAt: (event.ends_at as Date).toISOString(),
              mode: event.mode,
              place: event.place,
              status: event.status,
              sequence: event.sequence,
            })),
          };
        }
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ data: { academy: payload } }));
      } catch (error) {
        response.writeHead(500);
        response.end(String(error));
      }
    })();
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
