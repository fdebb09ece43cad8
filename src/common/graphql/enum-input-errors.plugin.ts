import {
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type SourceLocation,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { translate } from '../i18n/messages.js';
import type { ApolloServerPlugin } from './apollo-plugin.js';
import type { GraphqlContext } from './graphql-context.js';

// graphql-js's own wording (v16), for a variable and for a literal in the document.
const VARIABLE_ENUM =
  /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; Value .+ does not exist in "\w+" enum\./s;
const LITERAL_ENUM = /^Value .+ does not exist in "(\w+)" enum\./s;

const sameLocation = (node: ASTNode, location: SourceLocation) =>
  node.loc?.startToken.line === location.line && node.loc.startToken.column === location.column;

/**
 * The argument path of a literal at `location` in the document: `input.stage` for
 * `f(input: { stage: FINISHED })`. Null when it cannot be found.
 */
export function literalPath(document: DocumentNode, location: SourceLocation): string | null {
  let found: string | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (found !== null) return false;
      if (!(node.kind === Kind.ENUM || node.kind === Kind.STRING) || !sameLocation(node, location))
        return undefined;
      // `ancestors` stops above the immediate parent (the field that holds the value).
      found = [...ancestors, parent]
        .flatMap((item) =>
          item !== undefined &&
          !Array.isArray(item) &&
          ((item as ASTNode).kind === Kind.ARGUMENT || (item as ASTNode).kind === Kind.OBJECT_FIELD)
            ? [(item as { name: { value: string } }).name.value]
            : [],
        )
        .join('.');
      return false;
    },
  });
  return found;
}

/** The field an unknown-enum-value error is about, or null for any other error. */
export function enumErrorField(
  error: GraphQLFormattedError,
  document: DocumentNode | undefined,
): string | null {
  const variable = VARIABLE_ENUM.exec(error.message);
  if (variable) return variable[2] ?? variable[1];
  const literal = LITERAL_ENUM.exec(error.message);
  if (!literal) return null;
  const location = error.locations?.[0];
  return (document && location && literalPath(document, location)) || literal[1];
}

/**
 * An enum value outside the list (`stage: FINISHED`), in variables or written in the
 * document, is refused by graphql-js before any resolver runs, in English and under
 * GRAPHQL_VALIDATION_FAILED for a literal. This gives it the app's own shape, as the
 * validation pipe answers other bad input: BAD_USER_INPUT, a message in the caller's
 * language, and `validationErrors: [{ field, rule: 'isEnum', detail, message }]`
 * (graphql-js's text stays in `detail`).
 */
export function enumInputErrorsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue, document }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if (!result.errors) return Promise.resolve();
          const { locale } = contextValue as GraphqlContext;
          response.body.singleResult = {
            ...result,
            errors: result.errors.map((error) => {
              const field = enumErrorField(error, document);
              if (field === null) return error;
              return {
                message: translate('BAD_USER_INPUT', locale, { count: 1 }),
                ...(error.locations ? { locations: error.locations } : {}),
                extensions: {
                  code: ErrorCode.BAD_USER_INPUT,
                  validationErrors: [
                    {
                      field,
                      rule: 'isEnum',
                      detail: error.message,
                      message: translate('rule.isEnum', locale),
                    },
                  ],
                },
              };
            }),
          };
          return Promise.resolve();
        },
      });
    },
  };
}
