import { buildSchema, parse } from 'graphql';
import { DEFAULT_LIST_SIZE, estimateQueryCost } from './query-cost.js';

const schema = buildSchema(`
  type Query {
    organisation: Organisation
    organisations(limit: Int! = 50): OrganisationPage!
  }
  type OrganisationPage { total: Int! items: [Organisation!]! }
  type Organisation { name: String! members: [Membership!]! }
  type Membership { role: String! organisation: Organisation! }
`);
const L = DEFAULT_LIST_SIZE;

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  estimateQueryCost({ schema, document: parse(query), variables });

describe('estimateQueryCost', () => {
  it('costs each field 1 and multiplies a list’s selection by its size', () => {
    expect(cost('{ organisation { name } }')).toBe(2);
    expect(cost('{ organisation { members { role } } }')).toBe(1 + 1 + L * 1);
    // Nested lists multiply: the members-of-members attack grows by L per level.
    expect(cost('{ organisation { members { organisation { members { role } } } } }')).toBe(
      1 + 1 + L * (1 + 1 + L),
    );
  });

  it('counts a page’s items `limit` times, from literals and variables, defaults included', () => {
    expect(cost('{ organisations(limit: 10) { total items { name } } }')).toBe(1 + 1 + 1 + 10);
    expect(cost('query ($n: Int!) { organisations(limit: $n) { items { name } } }', { n: 3 })).toBe(
      1 + 1 + 3,
    );
    expect(cost('{ organisations { items { name } } }')).toBe(1 + 1 + 50);
  });

  it('adds up aliased copies and honours @skip/@include', () => {
    expect(cost('{ a: organisation { name } b: organisation { name } }')).toBe(4);
    expect(cost('{ a: organisation @skip(if: true) { name } b: organisation { name } }')).toBe(2);
  });

  it('costs each fragment once, however often it is spread (2^40 paths, 40 fragments)', () => {
    let fragments = 'fragment F0 on Organisation { name }';
    for (let level = 1; level <= 40; level++)
      fragments += ` fragment F${level} on Organisation { ...F${level - 1} ...F${level - 1} }`;
    const started = performance.now();
    expect(cost(`{ organisation { ...F40 } } ${fragments}`)).toBe(1 + 2 ** 40);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('never recurses forever on a fragment cycle (validation refuses it anyway)', () => {
    expect(cost('{ organisation { ...A } } fragment A on Organisation { name ...A }')).toBe(2);
  });
});
