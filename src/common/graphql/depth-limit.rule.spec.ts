import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { createDepthLimitRule, QueryTooDeepError } from './depth-limit.rule.js';

const schema = buildSchema(`
  type Query { academies: [Academy!]! }
  type Academy { slug: String! title: Text! academy: Academy }
  type Text { fi: String! }
`);

const check = (query: string, maximum: number) =>
  validate(schema, parse(query), [...specifiedRules, createDepthLimitRule(maximum)]);

/** Fragment i spreads fragment i-1 twice: 2^levels paths, `levels` fragments. */
function fanOut(levels: number): string {
  let fragments = 'fragment F0 on Academy { academy { slug } }';
  for (let level = 1; level <= levels; level++)
    fragments += ` fragment F${level} on Academy { ...F${level - 1} ...F${level - 1} }`;
  return `{ academies { ...F${levels} } } ${fragments}`;
}

describe('createDepthLimitRule', () => {
  it('counts nesting as graphql-depth-limit did: { academies { slug } } is 1 deep', () => {
    expect(check('{ academies { slug } }', 1)).toEqual([]);
    const [error] = check('{ academies { title { fi } } }', 1);
    expect(error).toBeInstanceOf(QueryTooDeepError);
    expect(error.extensions).toMatchObject({
      code: ErrorCode.QUERY_TOO_DEEP,
      depth: 2,
      maximum: 1,
    });
  });

  it('counts through fragments and inline fragments', () => {
    const query =
      '{ academies { ...A } } fragment A on Academy { ... on Academy { academy { title { fi } } } }';
    expect(check(query, 3)).toEqual([]);
    expect(check(query, 2)[0]).toMatchObject({ extensions: { depth: 3 } });
  });

  it('ignores introspection fields', () => {
    expect(check('{ __schema { types { fields { type { ofType { name } } } } } }', 1)).toEqual([]);
  });

  it('visits each fragment once: a 40-level fan-out (2^40 paths) is measured at once', () => {
    const started = performance.now();
    expect(check(fanOut(40), 12)).toEqual([]);
    expect(check(fanOut(40), 1)[0]).toMatchObject({ extensions: { depth: 2 } });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('survives fragment cycles and leaves them to NoFragmentCyclesRule', () => {
    for (const query of [
      '{ academies { ...A } } fragment A on Academy { ...A }',
      '{ academies { ...A } } fragment A on Academy { academy { ...B } } fragment B on Academy { slug ...A }',
    ]) {
      const errors = check(query, 12);
      expect(errors.map((error) => error.message)).toEqual([
        expect.stringMatching(/^Cannot spread fragment "[AB]" within itself/),
      ]);
    }
  });
});
