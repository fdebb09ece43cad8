import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AuditEntryEntity } from '../src/modules/audit/entities/audit-entry.entity.js';
import { UserEntity } from '../src/modules/users/entities/user.entity.js';
import { GlobalRole } from '../src/common/auth/global-role.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { TestSmtpServer } from './helpers/smtp.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createSignedInUser, nextBusinessId } from './factories/index.js';
import { ROLES_CLI } from './helpers/temp-dir.js';

const CREATE =
  'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name businessId type region } }';

describe('organisations, members and the audit trail', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;
  beforeAll(async () => {
    await smtp.start();
    testApp = await startTestApp({ env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  it('creates an organisation with the caller as CONTACT, audited', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const businessId = nextBusinessId();
    const response = await testApp.graphql<{ createOrganisation: { id: string } }>(
      CREATE,
      {
        input: {
          name: '  Esimerkkilän kunta ',
          businessId,
          type: 'MUNICIPALITY',
          region: 'Pirkanmaa',
        },
      },
      person.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.createOrganisation).toMatchObject({
      name: 'Esimerkkilän kunta',
      businessId,
      region: 'Pirkanmaa',
    });
    const memberships = await testApp.graphql<{
      myMemberships: Array<{ role: string; organisation: { id: string } }>;
    }>('{ myMemberships { role organisation { id } } }', undefined, person.headers);
    expect(memberships.data?.myMemberships).toEqual([
      { role: 'CONTACT', organisation: { id: response.data!.createOrganisation.id } },
    ]);
    const audit = await testApp.dataSource.getRepository(AuditEntryEntity).findOneByOrFail({
      entityId: response.data!.createOrganisation.id,
      action: 'organisation.created',
    });
    expect(audit.actorId).toBe(person.user.id);
  });

  it('refuses a business ID with a wrong check digit, an overlong name and a taken business ID — writing nothing', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const bad = await testApp.graphql(
      CREATE,
      { input: { name: 'x'.repeat(201), businessId: '0201256-7', type: 'PARISH' } },
      { ...person.headers, 'accept-language': 'fi' },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.validationErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'input.name',
          rule: 'maxLength',
          message: 'Liian pitkä.',
        }),
        expect.objectContaining({ field: 'input.businessId', rule: 'isBusinessId' }),
      ]),
    );
    const businessId = nextBusinessId();
    await graphqlOk(
      testApp,
      CREATE,
      { input: { name: 'First', businessId, type: 'PARISH' } },
      person.headers,
    );
    const other = await createSignedInUser(testApp.dataSource);
    const taken = await testApp.graphql(
      CREATE,
      { input: { name: 'Second', businessId, type: 'PARISH' } },
      other.headers,
    );
    expect(taken.errors?.[0].extensions?.code).toBe('BUSINESS_ID_TAKEN');
    expect(
      await testApp.dataSource.query('SELECT 1 FROM memberships WHERE user_id = $1', [
        other.user.id,
      ]),
    ).toEqual([]);
  });

  it('answers a taken business ID with only "ask the organisation’s contact": no name, no id', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const businessId = nextBusinessId();
    const first = await graphqlOk<{ createOrganisation: { id: string } }>(
      testApp,
      CREATE,
      { input: { name: 'Salainen Yhdistys', businessId, type: 'PARISH' } },
      contact.headers,
    );
    const other = await createSignedInUser(testApp.dataSource);
    const taken = await testApp.graphql(
      CREATE,
      { input: { name: 'Second', businessId, type: 'PARISH' } },
      { ...other.headers, 'accept-language': 'en' },
    );
    const [error] = taken.errors ?? [];
    expect(error.message).toBe(
      'This business ID cannot be registered. Ask the organisation’s contact for an invitation.',
    );
    const { stacktrace: _stacktrace, ...extensions } = error.extensions ?? {};
    expect(extensions).toEqual({ code: 'BUSINESS_ID_TAKEN', field: 'input.businessId' });
    const text = JSON.stringify(taken);
    expect(text).not.toContain('Salainen');
    expect(text).not.toContain(first.createOrganisation.id);
    expect(text).not.toContain(contact.user.email);
  });

  it('lets a contact update, invite and remove members; keeps the last contact; audits each step', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const created = await graphqlOk<{ createOrganisation: { id: string } }>(
      testApp,
      CREATE,
      {
        input: {
          name: 'Kuntayhtymä',
          businessId: nextBusinessId(),
          type: 'JOINT_MUNICIPAL_AUTHORITY',
        },
      },
      contact.headers,
    );
    const organisationId = created.createOrganisation.id;

    const updated = await testApp.graphql(
      'mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name region } }',
      { input: { organisationId, name: 'Kuntayhtymä Oy', region: 'Lappi' } },
      contact.headers,
    );
    expect(updated.data).toEqual({
      updateOrganisation: { name: 'Kuntayhtymä Oy', region: 'Lappi' },
    });

    const invited = await testApp.graphql(
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { email role } }',
      { input: { organisationId, email: 'New.Colleague@Example.fi' } },
      contact.headers,
    );
    expect(invited.data).toEqual({
      inviteMember: { email: 'new.colleague@example.fi', role: 'MEMBER' },
    });
    await testApp.sendMail();
    const [mail] = smtp.to('new.colleague@example.fi');
    expect(mail.subject).toBe('Invitation to join Kuntayhtymä Oy on Akatemia');

    const colleague = await createSignedInUser(testApp.dataSource);
    await testApp.dataSource.query(
      'INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)',
      [organisationId, colleague.user.id, 'MEMBER'],
    );
    const removed = await testApp.graphql(
      'mutation ($input: RemoveMemberInput!) { removeMember(input: $input) }',
      { input: { organisationId, userId: colleague.user.id } },
      contact.headers,
    );
    expect(removed.data).toEqual({ removeMember: true });
    const lastContact = await testApp.graphql(
      'mutation ($input: RemoveMemberInput!) { removeMember(input: $input) }',
      { input: { organisationId, userId: contact.user.id } },
      contact.headers,
    );
    expect(lastContact.errors?.[0].extensions?.code).toBe('LAST_CONTACT');

    const actions = (
      await testApp.dataSource.getRepository(AuditEntryEntity).find({
        where: { entityId: organisationId },
        order: { createdAt: 'ASC' },
      })
    ).map((entry) => entry.action);
    expect(actions).toEqual([
      'organisation.created',
      'organisation.updated',
      'member.invited',
      'member.removed',
    ]);
    const update = await testApp.dataSource
      .getRepository(AuditEntryEntity)
      .findOneByOrFail({ entityId: organisationId, action: 'organisation.updated' });
    expect(update.before).toMatchObject({ name: 'Kuntayhtymä', region: null });
    expect(update.after).toMatchObject({ name: 'Kuntayhtymä Oy', region: 'Lappi' });
  });

  it('lets admins page through the audit trail with a cursor', async () => {
    const admin = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.ADMIN] });
    // Entries of its own (five organisations created, one entry each), so there are pages
    // to walk whatever ran before.
    const person = await createSignedInUser(testApp.dataSource);
    const created: string[] = [];
    for (let index = 0; index < 5; index++) {
      const data = await graphqlOk<{ createOrganisation: { id: string } }>(
        testApp,
        CREATE,
        { input: { name: `Sivutus ${index}`, businessId: nextBusinessId(), type: 'MUNICIPALITY' } },
        person.headers,
      );
      created.push(data.createOrganisation.id);
    }
    const ours = await testApp.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM audit_entries WHERE entity_id = ANY($1::uuid[])',
      [created],
    );
    expect(ours).toHaveLength(5);
    const seen: string[] = [];
    const times: string[] = [];
    let pages = 0;
    let after: string | null = null;
    do {
      const page: {
        auditEntries: {
          items: Array<{ id: string; createdAt: string }>;
          nextCursor: string | null;
        };
      } = await graphqlOk(
        testApp,
        'query ($after: String) { auditEntries(limit: 2, after: $after) { items { id action createdAt } nextCursor } }',
        { after },
        admin.headers,
      );
      pages += 1;
      expect(page.auditEntries.items.length).toBeGreaterThan(0);
      expect(page.auditEntries.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.auditEntries.items.map((item) => item.id));
      times.push(...page.auditEntries.items.map((item) => item.createdAt));
      after = page.auditEntries.nextCursor;
    } while (after);
    const total = await testApp.dataSource.getRepository(AuditEntryEntity).count();
    expect(total).toBeGreaterThanOrEqual(5);
    expect(pages).toBe(Math.ceil(total / 2));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(expect.arrayContaining(ours.map((entry) => entry.id)));
    // Newest first, across page boundaries too.
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('grants and revokes roles from the command line, audited as the system', async () => {
    const person = await createSignedInUser(testApp.dataSource, { email: 'cli.person@example.fi' });
    const run = promisify(execFile);
    const cli = ROLES_CLI;
    const env = {
      ...process.env,
      DATABASE_URL: (testApp.dataSource.options as { url: string }).url,
      LOG_LEVEL: 'silent',
    };
    const { stdout } = await run(
      process.execPath,
      [cli, 'grant', 'EXPERT', 'CLI.Person@example.fi'],
      { env },
    );
    expect(stdout.trim()).toBe('cli.person@example.fi: EXPERT');
    expect(
      (await testApp.dataSource.getRepository(UserEntity).findOneByOrFail({ id: person.user.id }))
        .roles,
    ).toEqual(['EXPERT']);
    await run(process.execPath, [cli, 'revoke', 'EXPERT', 'cli.person@example.fi'], { env });
    expect(
      (await testApp.dataSource.getRepository(UserEntity).findOneByOrFail({ id: person.user.id }))
        .roles,
    ).toEqual([]);
    const entries = await testApp.dataSource
      .getRepository(AuditEntryEntity)
      .findBy({ entityId: person.user.id });
    expect(entries.map((entry) => [entry.action, entry.actorId]).sort()).toEqual([
      ['role.granted', null],
      ['role.revoked', null],
    ]);
  });

  it('sends security headers and no CORS allowance for unknown origins', async () => {
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const health = await fetch(`${testApp.url}/health/live`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('resolves memberships both ways: my user, my organisation and its members', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    await graphqlOk(
      testApp,
      CREATE,
      { input: { name: 'Kiertokunta', businessId: nextBusinessId(), type: 'MUNICIPALITY' } },
      person.headers,
    );
    const response = await testApp.graphql<{
      myMemberships: Array<{
        user: { email: string };
        organisation: { members: Array<{ organisation: { name: string } }> };
      }>;
    }>(
      '{ myMemberships { role user { email } organisation { name members { role user { email } organisation { name } } } } }',
      undefined,
      person.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.myMemberships[0].user.email).toBe(person.user.email);
    expect(response.data!.myMemberships[0].organisation.members[0].organisation.name).toBe(
      'Kiertokunta',
    );
  });

  it('answers in the signed-in person’s language when the request names none', async () => {
    const swede = await createSignedInUser(testApp.dataSource, { locale: 'sv' as never });
    const { ['accept-language']: _dropped, ...headers } = swede.headers;
    const response = await testApp.graphql('{ auditEntries { nextCursor } }', undefined, headers);
    expect(response.errors?.[0].message).toBe('Du har inte behörighet till den här åtgärden.');
  });

  it('refuses an audit cursor it did not issue', async () => {
    const admin = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.ADMIN] });
    const response = await testApp.graphql(
      '{ auditEntries(after: "bm9wZQ") { nextCursor } }',
      undefined,
      admin.headers,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
