import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// The GraphQL-over-HTTP conformance audit of graphql-http (the reference implementation of
// the spec), run against the real server as any client would reach it.
describe('GraphQL over HTTP', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('passes every required audit of the graphql-http suite', async () => {
    const results = await auditServer({ url: `${testApp.url}/graphql` });
    expect(results.length).toBeGreaterThan(20);
    const failures = results.flatMap((result) =>
      result.status === 'error' ? [`${result.id} ${result.name}: ${result.reason}`] : [],
    );
    expect(failures).toEqual([]);
    // The only recommendations not followed: Apollo Server answers a request refused before
    // execution (unparsable, invalid, bad variables) with HTTP 400 also under
    // `application/json`, where the spec recommends 200. Documented in the API guide; a new
    // warning fails here.
    const warnings = results
      .filter((result) => result.status === 'warn')
      .map((result) => result.id)
      .sort();
    expect(warnings).toEqual(['572B', '7B9B', 'FDE2']);
  });
});
