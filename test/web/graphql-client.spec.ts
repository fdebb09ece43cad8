// The web client asks for application/graphql-response+json first, so a request error
// (refused before execution) arrives as HTTP 400, while an error from a resolver, or any
// error under plain application/json, arrives as 200 (GraphQL over HTTP). Either way the
// body is a GraphQL response: the client reads it and never decides on the status alone.
import { jest } from '@jest/globals';
import type { TypedDocumentString } from '../../web/src/gql/graphql';

jest.unstable_mockModule('../../web/src/i18n', () => ({ currentLanguage: () => 'fi' }));
const { ApiError, request } = await import('../../web/src/api/graphql-client');

const document = { toString: () => '{ me { id } }' } as unknown as TypedDocumentString<
  { me: { id: string } | null },
  Record<string, never>
>;

function answer(status: number, body: string, contentType = 'application/json') {
  jest
    .spyOn(globalThis, 'fetch')
    .mockResolvedValueOnce(
      new Response(body, { status, headers: { 'content-type': contentType } }),
    );
}

async function failure(): Promise<InstanceType<typeof ApiError>> {
  const error = await request(document).then(
    () => new Error('expected the request to fail'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw error;
  return error;
}

describe('web client: GraphQL errors whatever the HTTP status', () => {
  afterEach(() => jest.restoreAllMocks());

  const refused = JSON.stringify({
    errors: [
      {
        message: 'Kysely on liian raskas',
        extensions: { code: 'QUERY_TOO_COMPLEX', complexity: 30, maximum: 25 },
      },
    ],
  });

  it.each([
    [200, 'application/json; charset=utf-8'],
    [400, 'application/graphql-response+json; charset=utf-8'],
  ])('reads the coded error of an HTTP %i answer', async (status, contentType) => {
    answer(status, refused, contentType);
    const error = await failure();
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toBe('Kysely on liian raskas');
    expect(error.extensions).toEqual({ complexity: 30, maximum: 25 });
  });

  it('reads field errors of a 200 answer with data null', async () => {
    answer(
      200,
      JSON.stringify({
        data: null,
        errors: [
          {
            message: 'Tarkista tiedot',
            extensions: {
              code: 'BAD_USER_INPUT',
              validationErrors: [{ field: 'input.email', message: 'Virheellinen' }],
            },
          },
        ],
      }),
    );
    const error = await failure();
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fieldMessage('input.email')).toBe('Virheellinen');
  });

  it('answers the data of a 200 answer without errors', async () => {
    answer(200, JSON.stringify({ data: { me: { id: 'a' } } }));
    await expect(request(document)).resolves.toEqual({ me: { id: 'a' } });
  });

  it('reports NETWORK when the body is no GraphQL response (a proxy’s error page)', async () => {
    answer(502, '<html>Bad gateway</html>', 'text/html');
    const error = await failure();
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('HTTP 502');
  });
});
