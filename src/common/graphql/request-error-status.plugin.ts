import { ApolloServerErrorCode } from '@apollo/server/errors';
import Negotiator from 'negotiator';
import { ErrorCode } from '../errors/error-code.js';
import type { ApolloServerPlugin } from './apollo-plugin.js';

/**
 * GraphQL request errors: the document or its variables are refused before execution, in a
 * well-formed request. graphql-js's parse and validation errors (the token limit is a parse
 * error), our own validation-time rules (depth, cost, one mutation), an operationName that
 * names no operation, and variables that do not coerce. Apollo's BAD_REQUEST (no `query`, …)
 * is not here: that request is malformed, and keeps its 400.
 */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.ONE_MUTATION_PER_REQUEST,
]);

// Apollo Server's candidates, in its order (chooseContentTypeForSingleResultResponse in
// @apollo/server's ApolloServer.js): the order decides what `*/*` and ties get.
const SINGLE_RESULT_MEDIA_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/**
 * The media type Apollo Server will answer with: one a plugin already set, else the same
 * negotiation Apollo runs after the plugins (no accept header: application/json). `null`
 * when nothing is acceptable (Apollo answers 406).
 */
function responseMediaType(
  responseContentType: string | undefined,
  accept: string | undefined,
): string | null {
  if (responseContentType) return responseContentType;
  if (!accept) return SINGLE_RESULT_MEDIA_TYPES[0];
  return new Negotiator({ headers: { accept } }).mediaType(SINGLE_RESULT_MEDIA_TYPES) ?? null;
}

const essence = (mediaType: string) => mediaType.split(';')[0].trim().toLowerCase();

/**
 * GraphQL over HTTP: under `application/json` (legacy clients: no accept header, any type,
 * `application/json`) a well-formed request SHOULD get 200 whatever GraphQL errors it
 * raised; under `application/graphql-response+json` a request error (no `data`) gets 4xx.
 * Apollo Server answers 400 under both, so this turns that 400 into 200 for request errors
 * (REQUEST_ERROR_CODES) when the answer will be `application/json`. Anything else keeps its
 * status: a malformed request (bad JSON, no `query`: 400), a GET mutation (405), CSRF (400,
 * refused before any plugin runs), an answer with `data` (already 200).
 */
export function requestErrorStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ request, response }) {
          const { body, http } = response;
          if (!request.http || http.status !== 400 || body.kind !== 'single')
            return Promise.resolve();
          const { data, errors } = body.singleResult;
          if (data !== undefined || !errors?.length) return Promise.resolve();
          if (!errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code))))
            return Promise.resolve();
          const mediaType = responseMediaType(
            http.headers.get('content-type'),
            request.http.headers.get('accept'),
          );
          if (mediaType !== null && essence(mediaType) === 'application/json') http.status = 200;
          return Promise.resolve();
        },
      });
    },
  };
}
