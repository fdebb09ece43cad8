import { startTestApp } from './helpers/test-app.js';
import { dropTestDatabase, withAdminClient } from './helpers/test-database.js';

describe('health endpoints', () => {
  it('report live and ready while the database answers', async () => {
    const testApp = await startTestApp();
    try {
      const live = await fetch(`${testApp.url}/health/live`);
      expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
      const ready = await fetch(`${testApp.url}/health/ready`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', database: 'up' }]);
    } finally {
      await testApp.close();
    }
  });

  it('turn not-ready (503) when the database goes away, and the process keeps serving', async () => {
    const testApp = await startTestApp();
    try {
      // Kill every pooled connection under the app's feet: a pool error must not crash it.
      await withAdminClient((client) =>
        client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          testApp.databaseName,
        ]),
      );
      await dropTestDatabase(testApp.databaseName);

      const ready = await fetch(`${testApp.url}/health/ready`);
      expect([ready.status, await ready.json()]).toEqual([
        503,
        { status: 'unavailable', database: 'down' },
      ]);
      const live = await fetch(`${testApp.url}/health/live`);
      expect(live.status).toBe(200);

      const query = await testApp.graphql('{ academies { slug } }', undefined, {
        'accept-language': 'en',
      });
      expect(query.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(query.errors?.[0].message).toBe(
        'Something unexpected went wrong on our side. Please try again in a moment.',
      );
      expect(JSON.stringify(query.errors)).not.toMatch(
        /database|akatemia_t_|ECONNREFUSED|does not exist/,
      );
    } finally {
      await testApp.close();
    }
  });
});
