import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { POLICY_KEY } from '../src/common/auth/policy.decorator.js';
import { MembershipRole } from '../src/modules/organisations/membership.enums.js';
import { GlobalRole } from '../src/common/auth/global-role.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import {
  addMember,
  createOrganisation,
  createSignedInUser,
  type SignedInUser,
} from './factories/index.js';

/** Root fields of the schema mapped to the policy their resolver method declares. */
function declaredPolicies(testApp: TestApp): Map<string, unknown> {
  const modules = testApp.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const policies = new Map<string, unknown>();
  const providers = [...modules.values()].flatMap((module) => [...module.providers.values()]);
  for (const wrapper of providers) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as object;
      const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name =
        (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
      const policy =
        Reflect.getMetadata(POLICY_KEY, handler) ??
        Reflect.getMetadata(POLICY_KEY, instance.constructor);
      policies.set(`${type}.${name}`, policy);
    }
  }
  return policies;
}

interface RestRoute {
  /** e.g. GET /calendar/academies/:file */
  route: string;
  handler: string;
  policy: unknown;
}

const joinPath = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every route of every Nest controller, with the policy its handler (or class) declares. */
function restRoutes(testApp: TestApp): RestRoute[] {
  const modules = testApp.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const routes: RestRoute[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prefixes = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[]].flat();
      const prototype = controller.prototype as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as object;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const verb = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const policy =
          Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller);
        for (const prefix of prefixes) {
          for (const path of [paths].flat()) {
            routes.push({
              route: `${verb} ${joinPath(prefix ?? '', path)}`,
              handler: `${controller.name}.${method}`,
              policy,
            });
          }
        }
      }
    }
  }
  return routes;
}

/**
 * Every route Fastify serves, as "METHOD /path", read from its route tree (each line names
 * one segment; the tree's indentation says whose child it is).
 */
function fastifyRoutes(testApp: TestApp): string[] {
  const tree = testApp.app.getHttpAdapter().getInstance().printRoutes();
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    stack.length = depth;
    stack.push(match[2] === '(empty root node)' ? '' : match[2]);
    for (const method of match[3]?.split(', ') ?? []) {
      if (method !== 'HEAD') routes.push(`${method} ${stack.join('')}`);
    }
  }
  return routes;
}

describe('authorisation', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('every query and mutation in the schema declares a policy', () => {
    const { schema } = testApp.app.get(GraphQLSchemaHost);
    const policies = declaredPolicies(testApp);
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ];
    expect(rootFields.length).toBeGreaterThan(10);
    const undeclared = rootFields.filter((field) => !policies.get(field));
    expect(undeclared).toEqual([]);
  });

  it('every route of every REST controller declares a policy: @Public, @SignedIn or @Roles', () => {
    const routes = restRoutes(testApp);
    // Calendar (3), CSV export (1), health (2): a controller lost from the scan fails here.
    expect(routes.map((route) => route.route).sort()).toEqual(
      expect.arrayContaining([
        'GET /calendar/academies/:file',
        'GET /calendar/events/:file',
        'GET /calendar/feeds/:file',
        'GET /exports/academies/:id/applications.csv',
        'GET /health/live',
        'GET /health/ready',
      ]),
    );
    const undeclared = routes.filter(
      (route) =>
        !['public', 'signed-in', 'roles'].includes(
          (route.policy as { kind?: string } | undefined)?.kind ?? '',
        ),
    );
    expect(undeclared).toEqual([]);
  });

  it('serves no HTTP route outside the policy check: each is a controller route or named here', async () => {
    // The explorer's assets are registered straight on Fastify in development only.
    const development = await startTestApp({ env: { NODE_ENV: 'development' } });
    try {
      const controllerRoutes = new Set(restRoutes(development).map((route) => route.route));
      const served = fastifyRoutes(development);
      expect(served.length).toBeGreaterThan(controllerRoutes.size);
      const FRAMEWORK: Record<string, string> = {
        // Apollo: every operation is covered by the schema walk above.
        'GET /graphql': 'GraphQL',
        'POST /graphql': 'GraphQL',
        'OPTIONS /graphql': 'GraphQL (CORS preflight)',
        // Altair's static files (public by design: no data), development only.
        'GET /graphql/explorer/*': 'explorer assets',
        // CORS preflight for every path.
        'OPTIONS *': 'CORS',
        // The built web client's files and app shell (public by design: no data; the API's
        // paths answer their own 404), registered when web/dist is built (npm run build).
        'GET /*': 'web client',
      };
      const unchecked = served.filter(
        (route) => !controllerRoutes.has(route) && !(route in FRAMEWORK),
      );
      expect(unchecked).toEqual([]);
      for (const route of controllerRoutes) expect(served).toContain(route);
    } finally {
      await development.close();
    }
  });

  describe('anonymous callers', () => {
    it.each([
      ['me', '{ me { id } }'],
      ['myMemberships', '{ myMemberships { id } }'],
      ['organisation', '{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }'],
      ['organisations', '{ organisations { total } }'],
      ['auditEntries', '{ auditEntries { nextCursor } }'],
      ['outboxMessages', '{ outboxMessages { total } }'],
      ['signOut', 'mutation { signOut }'],
      [
        'createOrganisation',
        'mutation { createOrganisation(input: { name: "X", businessId: "0201256-6", type: MUNICIPALITY }) { id } }',
      ],
    ])('are refused %s with UNAUTHENTICATED', async (_name, query) => {
      const response = await testApp.graphql(query);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('admin-only operations refuse non-admins with FORBIDDEN', () => {
    let person: SignedInUser;
    let expert: SignedInUser;
    beforeAll(async () => {
      person = await createSignedInUser(testApp.dataSource);
      expert = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.EXPERT] });
    });

    it.each([
      ['auditEntries', '{ auditEntries { nextCursor } }'],
      ['outboxMessages', '{ outboxMessages { total } }'],
      [
        'retryOutboxMessage',
        'mutation { retryOutboxMessage(input: { id: "00000000-0000-4000-8000-000000000000" }) { id } }',
      ],
      ['grantRole', 'mutation { grantRole(input: { email: "x@example.fi", role: ADMIN }) { id } }'],
      [
        'revokeRole',
        'mutation { revokeRole(input: { email: "x@example.fi", role: ADMIN }) { id } }',
      ],
    ])('%s', async (_name, query) => {
      for (const caller of [person, expert]) {
        const response = await testApp.graphql(query, undefined, caller.headers);
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('organisations (the full list) is for admins and experts only', async () => {
      expect(
        (await testApp.graphql('{ organisations { total } }', undefined, person.headers))
          .errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await testApp.graphql('{ organisations { total } }', undefined, expert.headers)).errors,
      ).toBeUndefined();
    });
  });

  describe('a member of organisation A acting on organisation B', () => {
    let contactA: SignedInUser;
    let memberA: SignedInUser;
    let contactB: SignedInUser;
    let memberB: SignedInUser;
    let organisationB: { id: string; name: string };

    beforeAll(async () => {
      contactA = await createSignedInUser(testApp.dataSource);
      memberA = await createSignedInUser(testApp.dataSource);
      const organisationA = await createOrganisation(testApp.dataSource, contactA.user);
      await addMember(testApp.dataSource, organisationA, memberA.user);
      contactB = await createSignedInUser(testApp.dataSource);
      memberB = await createSignedInUser(testApp.dataSource);
      organisationB = await createOrganisation(testApp.dataSource, contactB.user, {
        name: 'Kunta B',
      });
      await addMember(testApp.dataSource, organisationB, memberB.user);
    });

    const expectHidden = (response: {
      errors?: Array<{ extensions?: Record<string, unknown> }>;
      data?: unknown;
    }) => {
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(response.data ?? null)).not.toContain('Kunta B');
    };

    it('organisation(id) — also its nested members and invitations', async () => {
      for (const caller of [contactA, memberA]) {
        expectHidden(
          await testApp.graphql(
            'query ($id: ID!) { organisation(id: $id) { name members { user { email } } invitations { email } } }',
            { id: organisationB.id },
            caller.headers,
          ),
        );
      }
    });

    it('updateOrganisation', async () => {
      for (const caller of [contactA, memberA]) {
        expectHidden(
          await testApp.graphql(
            'mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name } }',
            { input: { organisationId: organisationB.id, name: 'Hijacked' } },
            caller.headers,
          ),
        );
      }
      const [row] = await testApp.dataSource.query<Array<{ name: string }>>(
        'SELECT name FROM organisations WHERE id = $1',
        [organisationB.id],
      );
      expect(row.name).toBe('Kunta B');
    });

    it('inviteMember', async () => {
      for (const caller of [contactA, memberA]) {
        expectHidden(
          await testApp.graphql(
            'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
            { input: { organisationId: organisationB.id, email: 'intruder@example.fi' } },
            caller.headers,
          ),
        );
      }
      expect(
        await testApp.dataSource.query('SELECT 1 FROM invitations WHERE organisation_id = $1', [
          organisationB.id,
        ]),
      ).toEqual([]);
    });

    it('removeMember', async () => {
      for (const caller of [contactA, memberA]) {
        expectHidden(
          await testApp.graphql(
            'mutation ($input: RemoveMemberInput!) { removeMember(input: $input) }',
            { input: { organisationId: organisationB.id, userId: memberB.user.id } },
            caller.headers,
          ),
        );
      }
      expect(
        await testApp.dataSource.query('SELECT 1 FROM memberships WHERE user_id = $1', [
          memberB.user.id,
        ]),
      ).toHaveLength(1);
    });

    it('myMemberships lists only the caller’s own organisations', async () => {
      const response = await testApp.graphql<{
        myMemberships: Array<{ role: string; organisation: { id: string } }>;
      }>('{ myMemberships { role organisation { id name } } }', undefined, memberA.headers);
      expect(response.data?.myMemberships).toHaveLength(1);
      expect(JSON.stringify(response.data)).not.toContain(organisationB.id);
    });

    it('members of B see B; a plain member may not manage it', async () => {
      const read = await testApp.graphql<{ organisation: { members: Array<{ role: string }> } }>(
        'query ($id: ID!) { organisation(id: $id) { members { role user { email } } } }',
        { id: organisationB.id },
        memberB.headers,
      );
      expect(read.data?.organisation.members.map((member) => member.role).sort()).toEqual([
        MembershipRole.CONTACT,
        MembershipRole.MEMBER,
      ]);
      const manage = await testApp.graphql(
        'mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name } }',
        { input: { organisationId: organisationB.id, name: 'By a member' } },
        memberB.headers,
      );
      expect(manage.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const invitations = await testApp.graphql(
        'query ($id: ID!) { organisation(id: $id) { invitations { email } } }',
        { id: organisationB.id },
        memberB.headers,
      );
      expect(invitations.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
