import { availableParallelism, loadavg } from 'node:os';
import { getIntrospectionQuery } from 'graphql';
import { createAcademy, createOrganisationWithContact } from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type GraphqlResponse, type TestApp } from './helpers/test-app.js';

/** Fragment i spreads fragment i-1 twice: 1.1 KB, 2^levels paths through `levels` fragments. */
function fragmentFanOut(levels: number): string {
  let fragments = 'fragment F0 on Academy { slug }';
  for (let level = 1; level <= levels; level++)
    fragments += ` fragment F${level} on Academy { ...F${level - 1} ...F${level - 1} }`;
  return `{ academies { ...F${levels} } } ${fragments}`;
}

/** `organisation { members { organisation { members … } } }`, `levels` members deep. */
function nestedMembers(organisationId: string, levels: number): string {
  let selection = 'role user { email }';
  for (let level = 0; level < levels; level++)
    selection = `role user { email } organisation { name members { ${selection} } }`;
  return `organisation(id: "${organisationId}") { name members { ${selection} } }`;
}

/** The request's answer and how long the server took to give it. */
async function timed<T>(request: () => Promise<GraphqlResponse<T>>) {
  const started = performance.now();
  const response = await request();
  return { response, milliseconds: performance.now() - started };
}

/**
 * How fast a refusal must be: 100 ms, the review's figure, on a quiet machine. When the
 * machine runs more than it has cores for (CI beside other work), every request waits for a
 * core, so the budget grows with the load average per core. The attacks this guards against
 * took seconds (4.9 s, 72 s) on a quiet machine; throughput is measured by `npm run bench`.
 */
function refusalBudget(): number {
  const loadPerCore = loadavg()[0] / availableParallelism();
  return 100 * Math.max(1, loadPerCore);
}

const code = (response: GraphqlResponse) => response.errors?.[0]?.extensions?.code;

// GraphQL over HTTP: a refusal before execution is HTTP 400 for a client that asks for
// application/graphql-response+json, and 200 under application/json (also when no accept
// header is sent). The tests below use both.
const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

describe('Query limits: attacks are refused fast with a code', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
    await createAcademy(testApp.dataSource);
    // Warm up the request path, so the timings below measure the limits and not the JIT.
    for (let round = 0; round < 3; round++)
      await graphqlOk(testApp, '{ academies { slug events { id } } }');
  });
  afterAll(() => testApp.close());

  it('accepts the explorer’s full introspection query (introspection is not multiplied)', async () => {
    const response = await testApp.graphql(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    expect(response.errors).toBeUndefined();
  });

  it.each([25, 29])(
    'refuses an anonymous fragment fan-out of %i levels in under 100 ms (on a quiet machine)',
    async (levels) => {
      const query = fragmentFanOut(levels);
      expect(query.length).toBeLessThan(1300);
      const { response, milliseconds } = await timed(() =>
        testApp.graphql(query, undefined, GRAPHQL_RESPONSE),
      );
      expect(response.status).toBe(400);
      expect(['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']).toContain(code(response));
      expect(milliseconds).toBeLessThan(refusalBudget());
      // The server is still free for everyone else.
      expect((await fetch(`${testApp.url}/health/live`)).status).toBe(200);
    },
  );

  it('refuses a fragment cycle with a validation error, never a 500', async () => {
    for (const query of [
      '{ academies { ...A } } fragment A on Academy { ...A }',
      '{ academies { ...A } } fragment A on Academy { slug ...B } fragment B on Academy { id ...A }',
    ]) {
      const { response, milliseconds } = await timed(() => testApp.graphql(query));
      expect(response.status).toBe(200);
      expect(code(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0].message).toMatch(/Cannot spread fragment "[AB]" within itself/);
      expect(milliseconds).toBeLessThan(refusalBudget());
    }
  });

  it('refuses the members-of-members attack on an 8-member organisation with QUERY_TOO_COMPLEX', async () => {
    const { organisation, contact } = await createOrganisationWithContact(testApp.dataSource, {
      members: 7,
    });
    // One level of members is what the app asks for; it passes.
    const members = await graphqlOk<{ organisation: { members: unknown[] } }>(
      testApp,
      `{ ${nestedMembers(organisation.id, 0)} }`,
      undefined,
      contact.headers,
    );
    expect(members.organisation.members).toHaveLength(8);
    const { response, milliseconds } = await timed(() =>
      testApp.graphql(`{ ${nestedMembers(organisation.id, 4)} }`, undefined, {
        ...contact.headers,
        ...GRAPHQL_RESPONSE,
        'accept-language': 'sv',
      }),
    );
    expect(response.status).toBe(400);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0].message).toMatch(/Frågan är för tung/);
    expect(response.data).toBeUndefined();
    expect(milliseconds).toBeLessThan(refusalBudget());
  });

  it('refuses 90 aliased copies of a query that passes alone', async () => {
    const { organisation, contact } = await createOrganisationWithContact(testApp.dataSource, {
      members: 7,
    });
    const once = nestedMembers(organisation.id, 1);
    await graphqlOk(testApp, `{ ${once} }`, undefined, contact.headers);
    const copies = Array.from({ length: 90 }, (_, index) => `c${index}: ${once}`).join(' ');
    const { response, milliseconds } = await timed(() =>
      testApp.graphql(`{ ${copies} }`, undefined, contact.headers),
    );
    expect(response.status).toBe(200);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    expect(milliseconds).toBeLessThan(refusalBudget());
  });

  it('refuses a document of more than GRAPHQL_MAX_TOKENS tokens while parsing', async () => {
    const query = `{ academies { ${'slug '.repeat(6000)} } }`;
    const { response, milliseconds } = await timed(() => testApp.graphql(query));
    expect(response.status).toBe(200);
    expect(code(response)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0].message).toMatch(/more tha[nt] 5000 tokens/);
    expect(milliseconds).toBeLessThan(refusalBudget());
  });

  it('refuses selections deeper than GRAPHQL_MAX_DEPTH with QUERY_TOO_DEEP in the caller’s language', async () => {
    // 14 levels: organisation › members › organisation › … (depth is checked before cost).
    let selection = 'id';
    for (let level = 0; level < 6; level++) selection = `members { organisation { ${selection} } }`;
    const { response, milliseconds } = await timed(() =>
      testApp.graphql(
        `{ organisation(id: "00000000-0000-0000-0000-000000000000") { ${selection} } }`,
        undefined,
        { ...GRAPHQL_RESPONSE, 'accept-language': 'fi' },
      ),
    );
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({
      message: 'Kysely on liian syvä (13/12 tasoa). Pyydä vähemmän sisäkkäisiä kenttiä.',
      extensions: { code: 'QUERY_TOO_DEEP', depth: 13, maximum: 12 },
    });
    expect(milliseconds).toBeLessThan(refusalBudget());
  });
});

describe('Query limits: the response size cap', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({
      // A generous cost budget, so only the size cap stands in the way.
      env: { GRAPHQL_MAX_RESPONSE_BYTES: '10000', GRAPHQL_MAX_COMPLEXITY: '100000' },
    });
    await createAcademy(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  it('answers RESPONSE_TOO_LARGE instead of an answer over GRAPHQL_MAX_RESPONSE_BYTES', async () => {
    const fields = 'slug title { fi sv en } description { fi sv en }';
    const small = await testApp.graphql(`{ academies { ${fields} } }`);
    expect(small.errors).toBeUndefined();
    const copies = Array.from({ length: 100 }, (_, index) => `a${index}: academies { ${fields} }`);
    const large = await testApp.graphql(`{ ${copies.join(' ')} }`, undefined, {
      'accept-language': 'en',
    });
    expect(large.data).toBeNull();
    expect(large.errors).toEqual([
      {
        message:
          'The answer would be too large (over 10000 bytes). Ask for fewer fields or a smaller page.',
        extensions: { code: 'RESPONSE_TOO_LARGE', maximumBytes: 10000 },
      },
    ]);
  });
});
