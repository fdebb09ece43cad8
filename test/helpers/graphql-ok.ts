import type { GraphqlResponse, TestApp } from './test-app.js';

/**
 * The data of a response that must have succeeded; any error fails the test with the
 * errors printed. For setup steps, whose failure would otherwise surface later as a
 * puzzling assertion.
 */
export function expectOk<TData>(response: GraphqlResponse<TData>, operation = 'GraphQL'): TData {
  if (response.errors?.length || response.data === undefined || response.data === null) {
    throw new Error(
      `${operation} failed (HTTP ${response.status}):\n${JSON.stringify(response.errors ?? response, null, 2)}`,
    );
  }
  return response.data;
}

/** Runs an operation that must succeed and answers its typed data. */
export async function graphqlOk<TData = Record<string, unknown>>(
  testApp: Pick<TestApp, 'graphql'>,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<TData> {
  const operation = /^\s*(?:mutation|query)?[^{]*\{\s*(\w+)/.exec(query)?.[1] ?? 'GraphQL';
  return expectOk(await testApp.graphql<TData>(query, variables, headers), operation);
}

/** The error code of a response ('OK' when it has none): for tallying raced outcomes. */
export const errorCode = (response: {
  errors?: Array<{ extensions?: Record<string, unknown> }>;
}): string => (response.errors ? String(response.errors[0].extensions?.code) : 'OK');
