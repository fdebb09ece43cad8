import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('GraphQL over HTTP', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  // The GraphQL-over-HTTP conformance audit of graphql-http (the reference implementation of
  // the spec), run against the real server as any client would reach it.
  it('passes every audit of the graphql-http suite, recommendations included', async () => {
    const results = await auditServer({ url: `${testApp.url}/graphql` });
    expect(results.length).toBeGreaterThan(20);
    const outcome = (status: 'error' | 'warn') =>
      results.flatMap((result) =>
        result.status !== 'ok' && result.status === status
          ? [`${result.id} ${result.name}: ${result.reason}`]
          : [],
      );
    // error: a MUST not followed.
    expect(outcome('error')).toEqual([]);
    // warn: a SHOULD not followed. None is left: Apollo's 400 for parse, validation and
    // variable errors under application/json becomes 200 (request-error-status.plugin.ts).
    expect(outcome('warn')).toEqual([]);
    // notice: a MAY not taken. The audit's GETs carry no preflight header, so CSRF
    // prevention refuses them (400); GET with `apollo-require-preflight` works. A new
    // notice fails here, so it gets a look.
    expect(
      results
        .filter((result) => result.status === 'notice')
        .map((result) => result.id)
        .sort(),
    ).toEqual(['5A70', '6A70', 'D6D5']);
    const query = encodeURIComponent('query Q($slug: String!) { academy(slug: $slug) { id } }');
    const variables = encodeURIComponent(JSON.stringify({ slug: 'no-such-academy' }));
    const preflighted = await fetch(
      `${testApp.url}/graphql?query=${query}&variables=${variables}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toHaveProperty('data');
  });

  // Every GraphQL request error (refused before execution, no `data`) under each way of
  // asking: 200 exactly when the answer is application/json, 4xx under
  // application/graphql-response+json. The status must follow Apollo's own choice of media
  // type, so each answer's content-type is checked against its status.
  describe('status of request errors by media type', () => {
    const requestErrors: Array<[string, Record<string, unknown>, string]> = [
      ['unparsable', { query: '{' }, 'GRAPHQL_PARSE_FAILED'],
      ['invalid', { query: '{ noSuchField }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'a variable that does not coerce',
        {
          query: 'query Q($slug: String!) { academy(slug: $slug) { id } }',
          variables: { slug: 7 },
        },
        'BAD_USER_INPUT',
      ],
      [
        'an operationName that names no operation',
        { query: 'query A { __typename }', operationName: 'B' },
        'OPERATION_RESOLUTION_FAILURE',
      ],
    ];
    const JSON_TYPE = 'application/json; charset=utf-8';
    const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';
    const accepts: Array<[string | undefined, number, string]> = [
      [undefined, 200, JSON_TYPE],
      ['*/*', 200, JSON_TYPE],
      ['application/json', 200, JSON_TYPE],
      ['application/graphql-response+json;q=0.5, application/json', 200, JSON_TYPE],
      ['application/graphql-response+json', 400, GRAPHQL_RESPONSE],
      // The web client's header.
      ['application/graphql-response+json, application/json', 400, GRAPHQL_RESPONSE],
      ['application/json;q=0.5, application/graphql-response+json', 400, GRAPHQL_RESPONSE],
    ];

    it.each(requestErrors)('answers %s by the negotiated media type', async (_, body, code) => {
      for (const [accept, status, contentType] of accepts) {
        const response = await fetch(`${testApp.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as {
          data?: unknown;
          errors: Array<{ extensions: { code: string } }>;
        };
        expect({
          accept,
          status: response.status,
          type: response.headers.get('content-type'),
        }).toEqual({
          accept,
          status,
          type: contentType,
        });
        expect(answer.errors[0].extensions.code).toBe(code);
        expect(answer).not.toHaveProperty('data');
      }
    });

    it('keeps 406 when no JSON type is acceptable', async () => {
      const response = await fetch(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/plain' },
        body: JSON.stringify({ query: '{' }),
      });
      expect(response.status).toBe(406);
    });

    it('keeps 4xx under application/json for requests that are not well-formed', async () => {
      const post = (body: string, headers: Record<string, string> = {}) =>
        fetch(`${testApp.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
          body,
        });
      const noQuery = await post(JSON.stringify({ variables: {} }));
      expect(noQuery.status).toBe(400);
      expect(await noQuery.json()).toMatchObject({
        errors: [{ extensions: { code: 'BAD_REQUEST' } }],
      });
      expect((await post('{not json')).status).toBe(400);
      expect((await post(JSON.stringify([{ query: '{ __typename }' }]))).status).toBe(400);
      expect((await post('query=%7B__typename%7D', { 'content-type': 'text/plain' })).status).toBe(
        400,
      );
      const getMutation = await fetch(
        `${testApp.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`,
        { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } },
      );
      expect(getMutation.status).toBe(405);
    });
  });
});
