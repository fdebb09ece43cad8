import { startTestApp, type TestApp } from './helpers/test-app.js';

interface ResponseBody {
  data?: { __schema?: { queryType: { name: string } } } | null;
  errors: Array<{ message: string; extensions: Record<string, unknown> }>;
}

async function postRaw(testApp: TestApp, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${testApp.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as ResponseBody };
}

describe('GraphQL transport rules', () => {
  describe('in production', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({
        env: { NODE_ENV: 'production', GRAPHQL_MAX_DEPTH: '1', GRAPHQL_MAX_COMPLEXITY: '25' },
      });
    });
    afterAll(() => testApp.close());

    it('answers malformed GraphQL with a code and no stack trace, by media type', async () => {
      // GraphQL over HTTP: 200 under application/json (no accept header means that), 400
      // under application/graphql-response+json.
      for (const [accept, expected] of [
        [undefined, 200],
        ['application/graphql-response+json', 400],
      ] as const) {
        const { status, body } = await postRaw(
          testApp,
          JSON.stringify({ query: '{ academies { slug ' }),
          accept ? { accept } : {},
        );
        expect(status).toBe(expected);
        expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
        expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js/);
      }
    });

    it('answers a body that is not JSON with a 400, never a 500', async () => {
      const { status } = await postRaw(testApp, '{not json');
      expect(status).toBe(400);
    });

    it('does not suggest field names (no "Did you mean")', async () => {
      const { status, body } = await postRaw(
        testApp,
        JSON.stringify({ query: '{ academie { slug } }' }),
      );
      expect(status).toBe(200);
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0].message).not.toMatch(/Did you mean/);
    });

    it('refuses introspection', async () => {
      const { body } = await postRaw(
        testApp,
        JSON.stringify({ query: '{ __schema { types { name } } }' }),
      );
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.data).toBeUndefined();
    });

    it('refuses batched requests', async () => {
      const { status, body } = await postRaw(
        testApp,
        JSON.stringify([{ query: '{ academies { slug } }' }, { query: '{ academies { slug } }' }]),
      );
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toMatch(/batch/i);
    });

    it('refuses queries deeper than GRAPHQL_MAX_DEPTH, counting through fragments', async () => {
      const shallow = await postRaw(testApp, JSON.stringify({ query: '{ academies { slug } }' }));
      expect(shallow.body.errors).toBeUndefined();
      const deep = await postRaw(
        testApp,
        JSON.stringify({
          query:
            '{ academies { ...A } } fragment A on Academy { title { ...T } } fragment T on LocalizedText { fi }',
        }),
        { accept: 'application/graphql-response+json' },
      );
      expect(deep.status).toBe(400);
      expect(deep.body.errors[0].extensions).toMatchObject({
        code: 'QUERY_TOO_DEEP',
        depth: 2,
        maximum: 1,
      });
      expect(deep.body.errors[0].message).toMatch(/Kysely on liian syvä/);
    });

    it('refuses queries costlier than GRAPHQL_MAX_COMPLEXITY with QUERY_TOO_COMPLEX', async () => {
      const fields = Array.from({ length: 25 }, (_, index) => `a${index}: slug`).join(' ');
      const { status, body } = await postRaw(
        testApp,
        JSON.stringify({ query: `{ academies { ${fields} } }` }),
        { 'accept-language': 'fi' },
      );
      expect(status).toBe(200);
      expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors[0].extensions.maximum).toBe(25);
      expect(body.errors[0].message).toMatch(/Kysely on liian raskas/);
    });

    it('blocks GET operations without a CSRF preflight header', async () => {
      const response = await fetch(
        `${testApp.url}/graphql?query=${encodeURIComponent('{ academies { slug } }')}`,
      );
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/i);
    });

    it('serves no explorer page', async () => {
      const response = await fetch(`${testApp.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toMatch(/altair/i);
      const asset = await fetch(`${testApp.url}/graphql/explorer/index.html`);
      expect(asset.status).toBe(404);
    });

    it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
      const kept = await fetch(`${testApp.url}/health/live`, {
        headers: { 'x-request-id': 'abc-123' },
      });
      expect(kept.headers.get('x-request-id')).toBe('abc-123');
      const replaced = await fetch(`${testApp.url}/health/live`, {
        headers: { 'x-request-id': 'bad id\u00e4' },
      });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('in development', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({ env: { NODE_ENV: 'development' } });
    });
    afterAll(() => testApp.close());

    it('serves the explorer at /graphql from local assets, with no CDN', async () => {
      const page = await fetch(`${testApp.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/altair/i);
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) {
        expect(src).not.toMatch(/^(https?:)?\/\//);
        const asset = await fetch(new URL(src, `${testApp.url}/graphql/explorer/`));
        expect(asset.status).toBe(200);
        expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
    });

    it('allows introspection, so the explorer can load the schema', async () => {
      const { body } = await postRaw(
        testApp,
        JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      );
      expect(body.data?.__schema?.queryType.name).toBe('Query');
    });
  });
});
