// `users`: the admins' list of people, for the role page (who holds ADMIN or EXPERT).
import { type GlobalRole } from '../src/common/auth/global-role.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createAdmin, createExpert, createSignedInUser } from './factories/index.js';

const USERS = `query Users($role: GlobalRole, $limit: Int!, $offset: Int!) {
  users(role: $role, limit: $limit, offset: $offset) { total items { email roles } }
}`;

interface UsersData {
  users: { total: number; items: Array<{ email: string; roles: GlobalRole[] }> };
}

describe('users (admins)', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('lists the holders of a role by e-mail address, and follows grants', async () => {
    const admin = await createAdmin(testApp.dataSource, { email: 'a-admin.users@example.fi' });
    await createExpert(testApp.dataSource, { email: 'c-expert.users@example.fi' });
    await createExpert(testApp.dataSource, { email: 'b-expert.users@example.fi' });
    const person = await createSignedInUser(testApp.dataSource, {
      email: 'd-person.users@example.fi',
    });

    const experts = await graphqlOk<UsersData>(
      testApp,
      USERS,
      { role: 'EXPERT', limit: 50, offset: 0 },
      admin.headers,
    );
    expect(experts.users.items.map((user) => user.email)).toEqual([
      'b-expert.users@example.fi',
      'c-expert.users@example.fi',
    ]);
    expect(experts.users.total).toBe(2);

    const everyone = await graphqlOk<UsersData>(
      testApp,
      USERS,
      { limit: 50, offset: 0 },
      admin.headers,
    );
    expect(everyone.users.items.map((user) => user.email)).toContain(person.user.email);

    await graphqlOk(
      testApp,
      `mutation { grantRole(input: { email: "${person.user.email}", role: EXPERT }) { id } }`,
      undefined,
      admin.headers,
    );
    const after = await graphqlOk<UsersData>(
      testApp,
      USERS,
      { role: 'EXPERT', limit: 50, offset: 0 },
      admin.headers,
    );
    expect(after.users.items.map((user) => user.email)).toContain(person.user.email);
    expect(after.users.total).toBe(3);
  });

  it('pages with a capped limit', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const first = await graphqlOk<UsersData>(
      testApp,
      USERS,
      { role: 'ADMIN', limit: 1, offset: 0 },
      admin.headers,
    );
    expect(first.users.items).toHaveLength(1);
    expect(first.users.total).toBeGreaterThanOrEqual(1);
    const second = await graphqlOk<UsersData>(
      testApp,
      USERS,
      { role: 'ADMIN', limit: 1, offset: first.users.total },
      admin.headers,
    );
    expect(second.users.items).toHaveLength(0);

    const tooMany = await testApp.graphql(USERS, { limit: 101, offset: 0 }, admin.headers);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for admins only', async () => {
    const expert = await createExpert(testApp.dataSource);
    const person = await createSignedInUser(testApp.dataSource);
    for (const caller of [expert, person]) {
      const response = await testApp.graphql(USERS, { limit: 5, offset: 0 }, caller.headers);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await testApp.graphql(USERS, { limit: 5, offset: 0 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('finds one person by address in any letter case; `email: null` is no filter', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const person = await createSignedInUser(testApp.dataSource, {
      email: 'haettava.henkilo@example.fi',
    });
    const BY_EMAIL = `query ($email: String) {
      users(email: $email, limit: 100, offset: 0) { total items { email } }
    }`;
    const found = await graphqlOk<UsersData>(
      testApp,
      BY_EMAIL,
      { email: ' Haettava.Henkilo@Example.FI ' },
      admin.headers,
    );
    expect(found.users.items).toEqual([{ email: person.user.email }]);
    const unfiltered = await graphqlOk<UsersData>(
      testApp,
      BY_EMAIL,
      { email: null },
      admin.headers,
    );
    expect(unfiltered.users.total).toBeGreaterThanOrEqual(2);
    expect(unfiltered.users.items.map((item) => item.email)).toContain(person.user.email);
  });
});
