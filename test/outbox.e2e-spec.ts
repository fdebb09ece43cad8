import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { Locale } from '../src/common/i18n/locale.js';
import { OutboxMessageEntity } from '../src/modules/mail/entities/outbox-message.entity.js';
import { OutboxStatus } from '../src/modules/mail/outbox-message.enums.js';
import { enqueue } from './helpers/outbox.js';
import { GlobalRole } from '../src/common/auth/global-role.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { TestSmtpServer } from './helpers/smtp.js';
import { sharedDatabaseOf, startTestApp, type TestApp } from './helpers/test-app.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';
import { createOrganisation, createSignedInUser } from './factories/index.js';

const statusOf = async (testApp: TestApp, id: string) =>
  (await testApp.dataSource.getRepository(OutboxMessageEntity).findOneByOrFail({ id })).status;

describe('mail outbox', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;

  beforeAll(async () => {
    await smtp.start();
    testApp = await startTestApp({
      env: { SMTP_URL: smtp.url, OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_RETRY_BASE_MS: '60000' },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  it('keeps a message while the SMTP server is down and delivers exactly one copy once it is back', async () => {
    await smtp.stop();
    const message = await enqueue(testApp, 'down@example.fi');
    expect(await testApp.sendMail()).toEqual({ sent: 0, retried: 1, parked: 0 });
    expect(await statusOf(testApp, message.id)).toBe(OutboxStatus.PENDING);

    await smtp.start();
    // Not yet due: the retry backs off (60 s here).
    expect(await testApp.sendMail()).toEqual({ sent: 0, retried: 0, parked: 0 });
    testApp.clock.advance(61_000);
    expect(await testApp.sendMail()).toEqual({ sent: 1, retried: 0, parked: 0 });
    expect(await testApp.sendMail()).toEqual({ sent: 0, retried: 0, parked: 0 });
    expect(smtp.to('down@example.fi')).toHaveLength(1);
    expect(await statusOf(testApp, message.id)).toBe(OutboxStatus.SENT);
  });

  it('parks a message that keeps failing, shows it to admins, and lets them retry it', async () => {
    smtp.rejectWith = 451;
    try {
      const message = await enqueue(testApp, 'always-fails@example.fi');
      for (let attempt = 1; attempt <= 3; attempt++) {
        await testApp.sendMail();
        testApp.clock.advance(10 * 60_000);
      }
      expect(await statusOf(testApp, message.id)).toBe(OutboxStatus.PARKED);

      const admin = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.ADMIN] });
      const parked = await testApp.graphql<{
        outboxMessages: { items: Array<{ id: string; attempts: number; lastError: string }> };
      }>(
        '{ outboxMessages(status: PARKED) { total items { id attempts lastError toAddress } } }',
        undefined,
        admin.headers,
      );
      const item = parked.data!.outboxMessages.items.find((entry) => entry.id === message.id);
      expect(item).toMatchObject({ attempts: 3 });
      expect(item?.lastError).toMatch(/451/);

      smtp.rejectWith = null;
      const retry = await testApp.graphql(
        'mutation ($input: RetryOutboxMessageInput!) { retryOutboxMessage(input: $input) { status } }',
        { input: { id: message.id } },
        admin.headers,
      );
      expect(retry.data).toEqual({ retryOutboxMessage: { status: 'PENDING' } });
      await testApp.sendMail();
      expect(smtp.to('always-fails@example.fi')).toHaveLength(1);
    } finally {
      smtp.rejectWith = null;
    }
  });

  it('parks at once when the relay refuses for good (5xx)', async () => {
    smtp.rejectWith = 550;
    try {
      const message = await enqueue(testApp, 'refused@example.fi');
      expect(await testApp.sendMail()).toEqual({ sent: 0, retried: 0, parked: 1 });
      expect(await statusOf(testApp, message.id)).toBe(OutboxStatus.PARKED);
    } finally {
      smtp.rejectWith = null;
    }
  });

  it('writes no mail (and no invitation) when the invitation is refused', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const before = await testApp.dataSource.getRepository(OutboxMessageEntity).count();
    const response = await testApp.graphql(
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { organisationId: organisation.id, email: contact.user.email } },
      contact.headers,
    );
    expect(response.errors?.[0].extensions?.code).toBe('ALREADY_MEMBER');
    expect(await testApp.dataSource.getRepository(OutboxMessageEntity).count()).toBe(before);
    expect(
      await testApp.dataSource.query('SELECT 1 FROM invitations WHERE organisation_id = $1', [
        organisation.id,
      ]),
    ).toEqual([]);
  });

  it('keeps user input out of headers and escapes it in HTML', async () => {
    const contact = await createSignedInUser(testApp.dataSource, { locale: Locale.en });
    const organisation = await createOrganisation(testApp.dataSource, contact.user, {
      name: 'Evil <b>Org</b>\r\nBcc: victim@example.fi',
    });
    await graphqlOk(
      testApp,
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { organisationId: organisation.id, email: 'new.member@example.fi' } },
      contact.headers,
    );
    await testApp.sendMail();
    const [mail] = smtp.to('new.member@example.fi');
    expect(mail.subject).toBe(
      'Invitation to join Evil <b>Org</b> Bcc: victim@example.fi on Akatemia',
    );
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.html).toContain('Evil &lt;b&gt;Org&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Org</b>');
    expect(mail.text).toContain('Evil <b>Org</b>');
  });

  it('is shared by several instances without sending a message twice', async () => {
    const second = await startTestApp({
      database: sharedDatabaseOf(testApp),
      env: { SMTP_URL: smtp.url },
      now: testApp.clock.now(),
    });
    try {
      const addresses = Array.from({ length: 30 }, (_, index) => `bulk-${index}@example.fi`);
      for (const address of addresses) await enqueue(testApp, address);
      const results = await Promise.all([
        testApp.sendMail(),
        second.sendMail(),
        testApp.sendMail(),
        second.sendMail(),
      ]);
      expect(results.reduce((total, result) => total + result.sent, 0)).toBe(30);
      for (const address of addresses) expect(smtp.to(address)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});

describe('mail without SMTP_URL (the embedded default)', () => {
  it('writes each message as an .eml file under DATA_DIR/mail/, with the sign-in link', async () => {
    const database = await createTestDatabase();
    const testApp = await startTestApp({ database });
    try {
      await graphqlOk(
        testApp,
        'mutation { requestSignIn(input: { email: "eml@example.fi", locale: fi }) }',
      );
      expect(await testApp.sendMail()).toEqual({ sent: 1, retried: 0, parked: 0 });
      const directory = path.join(testApp.dataDir, 'mail');
      const files = (await readdir(directory)).filter((file) => file.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const raw = await readFile(path.join(directory, files[0]));
      // RFC 5322 ends every line with CRLF; mail programs open the file as it is.
      expect(raw.toString('latin1').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(raw.toString('latin1').endsWith('\r\n')).toBe(true);
      const mail = await simpleParser(raw);
      // A Message-ID on a full domain (PUBLIC_URL's host), not a bare word.
      expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@akatemia\.test>$/);
      expect(mail.subject).toBe('Kirjautumislinkkisi Akatemiaan');
      expect([mail.to].flat()[0]?.text).toBe('eml@example.fi');
      expect(mail.text).toMatch(/https:\/\/akatemia\.test\/sign-in\?token=[A-Za-z0-9_-]{40,}/);
    } finally {
      await testApp.close();
      await dropTestDatabase(database.name).catch(() => undefined);
    }
  });
});
