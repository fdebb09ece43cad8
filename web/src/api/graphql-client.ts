// The one way the client talks to the API: a JSON POST to same-origin /graphql. The browser
// session is an HttpOnly cookie the API sets on `signIn`; scripts never see a token.
import type { TypedDocumentString } from '../gql/graphql';
import { currentLanguage } from '../i18n';

/** One field problem from `extensions.validationErrors` (docs/api-guide.md, Validation errors). */
export interface FieldError {
  field: string;
  rule?: string;
  message: string;
}

interface GraphqlErrorBody {
  message: string;
  extensions?: { code?: string; validationErrors?: FieldError[]; field?: string } & Record<
    string,
    unknown
  >;
}

/** `code` is the API's `extensions.code`, or NETWORK when no GraphQL answer arrived. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message the API gave for one input field (`input.email`), if any. */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.message;
  }
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'accept-language': currentLanguage(),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (cause) {
    throw new ApiError('NETWORK', String(cause));
  }
  // A request error (refused before execution) comes as HTTP 400 under the
  // graphql-response+json we ask for, every other GraphQL error as 200: the body tells,
  // not the status (test/web/graphql-client.spec.ts).
  let body: { data?: TResult | null; errors?: GraphqlErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError('NETWORK', `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const {
      code = 'INTERNAL_SERVER_ERROR',
      validationErrors,
      ...extensions
    } = first.extensions ?? {};
    const fieldErrors =
      validationErrors ??
      (typeof extensions.field === 'string'
        ? [{ field: extensions.field, message: first.message }]
        : []);
    throw new ApiError(code, first.message, fieldErrors, extensions);
  }
  if (!body.data) throw new ApiError('NETWORK', `HTTP ${response.status}`);
  return body.data;
}
