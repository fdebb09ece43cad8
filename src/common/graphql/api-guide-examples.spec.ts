import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  buildSchema,
  parse,
  validate,
  type DefinitionNode,
  type GraphQLError,
} from 'graphql';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const GUIDE = readFileSync(path.join(ROOT, 'docs/api-guide.md'), 'utf8');
const SCHEMA = buildSchema(readFileSync(path.join(ROOT, 'schema.gql'), 'utf8'));

/** Every ```graphql block of the API guide with the line it starts on. */
function examples(): Array<{ line: number; source: string }> {
  const blocks: Array<{ line: number; source: string }> = [];
  for (const match of GUIDE.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    blocks.push({ line: GUIDE.slice(0, match.index).split('\n').length, source: match[1] });
  }
  return blocks;
}

/**
 * Each operation of a block is checked on its own against the printed schema (a block may
 * show several anonymous operations one after the other), with the block's fragments.
 */
function problems(source: string): string[] {
  const document = parse(source);
  const fragments = document.definitions.filter(
    (definition) => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const operations = document.definitions.filter(
    (definition): definition is DefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.flatMap((operation) =>
    validate(SCHEMA, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] })
      .filter((error: GraphQLError) => !/^Fragment ".*" is never used/.test(error.message))
      .map((error) => error.message),
  );
}

describe('the API guide’s GraphQL examples', () => {
  const blocks = examples();

  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThan(50);
  });

  it('parses and validates every example against schema.gql', () => {
    const failures = blocks.flatMap(({ line, source }) => {
      try {
        return problems(source).map((message) => `docs/api-guide.md:${line}: ${message}`);
      } catch (error) {
        return [`docs/api-guide.md:${line}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });
});
