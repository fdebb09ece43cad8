import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { AppConfig } from '../../config/app-config.js';
import type { LoaderRegistry } from './loader-registry.js';
import { ErrorCode } from '../errors/error-code.js';
import { complexityLimitPlugin } from './complexity.plugin.js';
import { DateTimeScalar } from './date-time.scalar.js';
import { createDepthLimitRule } from './depth-limit.rule.js';
import { enumInputErrorsPlugin } from './enum-input-errors.plugin.js';
import { explorerLandingPagePlugin } from './explorer.js';
import { buildGraphqlContext } from './graphql-context.js';
import { oneMutationPerRequestPlugin } from './one-mutation.plugin.js';
import { queryLimits, withQueryLimitCode } from './query-limits.plugin.js';
import { requestErrorStatusPlugin } from './request-error-status.plugin.js';

export const GRAPHQL_PATH = '/graphql';

/** Apollo Server settings, in one place so the rules for production are easy to review. */
export function buildGraphqlOptions(
  config: AppConfig,
  loaders: LoaderRegistry,
): ApolloDriverConfig {
  const production = config.isProduction;
  const limits = queryLimits(config.graphql.maxResponseBytes);
  return {
    path: GRAPHQL_PATH,
    // The committed schema.gql is written by `npm run schema:print` and checked by a test;
    // the running server keeps its schema in memory.
    autoSchemaFile: true,
    sortSchema: true,
    // Strict ISO 8601 instants instead of Nest's `new Date(value)` (see date-time.scalar.ts).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    // Our own offline explorer replaces the CDN-loaded GraphiQL/Sandbox pages.
    graphiql: false,
    // Errors thrown in nested field resolvers go through AppExceptionFilter too.
    fieldResolverEnhancers: ['filters'],
    plugins: [
      // Cache-control hints are unused (nothing caches GraphQL responses here) and the
      // default plugin wraps every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.graphql.explorer ? [explorerLandingPagePlugin(GRAPHQL_PATH)] : []),
      complexityLimitPlugin(config.graphql.maxComplexity),
      // One mutation field per request: no partial commits behind a `data: null` answer, and
      // the request's loaders never hold rows an earlier mutation field has since changed.
      oneMutationPerRequestPlugin(),
      limits.plugin,
      // An unknown enum value answers in the app's BAD_USER_INPUT shape and the caller's language.
      enumInputErrorsPlugin(),
      // 200 instead of Apollo's 400 for parse, validation and variable errors when the answer
      // is application/json, as GraphQL over HTTP asks (4xx stays for graphql-response+json).
      // Not `status400ForVariableCoercionErrors: false`: deprecated in Apollo 5, and it would
      // drop the 400 under graphql-response+json too.
      requestErrorStatusPlugin(),
    ],
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: !production,
    // No "did you mean …" hints that leak the schema in production.
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    // Compact JSON (Apollo pretty-prints by default): fewer bytes and less CPU per answer;
    // an answer over GRAPHQL_MAX_RESPONSE_BYTES becomes RESPONSE_TOO_LARGE.
    stringifyResult: limits.stringifyResult,
    csrfPrevention: true,
    // A huge document is refused while parsing, before validation can spend time on it.
    parseOptions: { maxTokens: config.graphql.maxTokens },
    // Depth through fragments, each fragment visited once; graphql-js's own rules (cycles
    // included) run in the same pass.
    validationRules: [createDepthLimitRule(config.graphql.maxDepth)],
    context: (request: FastifyRequest, reply: FastifyReply) =>
      buildGraphqlContext(request, reply, loaders),
    formatError: (rawFormatted, error) => {
      const formatted = withQueryLimitCode(rawFormatted, error);
      const original = unwrapResolverError(error);
      const code = formatted.extensions?.code;
      // Resolver errors were already rendered by AppExceptionFilter. Anything else that
      // claims to be internal (a failure before any resolver) gets no details in production.
      if (
        production &&
        code === ErrorCode.INTERNAL_SERVER_ERROR &&
        !(original instanceof Error && original.name === 'GraphQLError')
      ) {
        return { message: 'Internal server error', extensions: { code } };
      }
      if (production && formatted.extensions) {
        const {
          stacktrace: _stacktrace,
          exception: _exception,
          ...extensions
        } = formatted.extensions;
        return { ...formatted, extensions };
      }
      return formatted;
    },
  };
}
