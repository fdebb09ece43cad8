import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { OutboxMessageEntity } from '../src/modules/mail/entities/outbox-message.entity.js';
import { OutboxStatus } from '../src/modules/mail/outbox-message.enums.js';
import { enqueue } from './helpers/outbox.js';
import { SilentSmtpServer, TestSmtpServer } from './helpers/smtp.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';

// Fault tests for the outbox: a relay that hangs, a database blip after the relay accepted a
// message, and shutdown in the middle of a queue.

const rowOf = (testApp: TestApp, id: string) =>
  testApp.dataSource.getRepository(OutboxMessageEntity).findOneByOrFail({ id });

/** Runs `work` and answers how long it took, in milliseconds. */
async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

describe('a relay that accepts the connection and then never answers', () => {
  const silent = new SilentSmtpServer();
  let testApp: TestApp;

  beforeAll(async () => {
    await silent.start();
    testApp = await startTestApp({
      env: {
        SMTP_URL: silent.url,
        MAIL_CONNECTION_TIMEOUT_MS: '500',
        MAIL_GREETING_TIMEOUT_MS: '500',
      },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await silent.stop();
  });

  it('fails each send within the greeting timeout and keeps the messages for a retry', async () => {
    const first = await enqueue(testApp, 'silent-1@example.fi');
    const second = await enqueue(testApp, 'silent-2@example.fi');
    const [result, elapsed] = await timed(() => testApp.sendMail());
    expect(result).toEqual({ sent: 0, retried: 2, parked: 0 });
    // nodemailer's own default waits 30 s for a greeting, per message.
    expect(elapsed).toBeLessThan(5000);
    expect(silent.connections).toBe(2);
    for (const message of [first, second]) {
      const row = await rowOf(testApp, message.id);
      expect(row.status).toBe(OutboxStatus.PENDING);
      expect(row.lastError).toMatch(/greeting/i);
    }
  }, 20_000);
});

describe('a relay that hangs on one message', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;

  beforeAll(async () => {
    await smtp.start();
    testApp = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_SOCKET_TIMEOUT_MS: '500', OUTBOX_RETRY_BASE_MS: '60000' },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  it('holds back only that message, for the socket timeout, and sends it on a later pass', async () => {
    smtp.hangOn.add('stuck@example.fi');
    const stuck = await enqueue(testApp, 'stuck@example.fi');
    const others = ['after-1@example.fi', 'after-2@example.fi', 'after-3@example.fi'];
    for (const address of others) await enqueue(testApp, address);

    const [result, elapsed] = await timed(() => testApp.sendMail());
    expect(result).toEqual({ sent: 3, retried: 1, parked: 0 });
    // nodemailer's own default socket timeout is 10 minutes.
    expect(elapsed).toBeLessThan(5000);
    for (const address of others) expect(smtp.to(address)).toHaveLength(1);
    const row = await rowOf(testApp, stuck.id);
    expect(row.status).toBe(OutboxStatus.PENDING);
    expect(row.lastError).toMatch(/timeout/i);

    smtp.hangOn.clear();
    testApp.clock.advance(61_000);
    expect(await testApp.sendMail()).toEqual({ sent: 1, retried: 0, parked: 0 });
    expect(smtp.to('stuck@example.fi')).toHaveLength(1);
  }, 20_000);

  it('records SENT through a database blip instead of sending the message again', async () => {
    // The first two attempts to mark the row SENT fail as a dropped connection would;
    // a sequence counts them, since it is not rolled back with the failing statement.
    await testApp.dataSource.query(`
      CREATE SEQUENCE fault_sent_updates;
      CREATE FUNCTION fault_sent_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = '${OutboxStatus.SENT}' THEN
          IF nextval('fault_sent_updates') <= 2 THEN
            RAISE EXCEPTION 'terminating connection (injected)' USING ERRCODE = '57P01';
          END IF;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fault_sent_update BEFORE UPDATE ON outbox_messages
        FOR EACH ROW EXECUTE FUNCTION fault_sent_update();`);
    try {
      const message = await enqueue(testApp, 'blip@example.fi');
      expect(await testApp.sendMail()).toEqual({ sent: 1, retried: 0, parked: 0 });
      expect((await rowOf(testApp, message.id)).status).toBe(OutboxStatus.SENT);
      // Nothing is left to send again, whenever the next pass runs.
      testApp.clock.advance(24 * 3600 * 1000);
      expect(await testApp.sendMail()).toEqual({ sent: 0, retried: 0, parked: 0 });
      expect(smtp.to('blip@example.fi')).toHaveLength(1);
    } finally {
      await testApp.dataSource.query(`
        DROP TRIGGER fault_sent_update ON outbox_messages;
        DROP FUNCTION fault_sent_update();
        DROP SEQUENCE fault_sent_updates;`);
    }
  }, 20_000);
});

describe('a relay that trickles', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;

  beforeAll(async () => {
    await smtp.start();
    // The socket timeout alone (30 s) would wait; the whole-send deadline does not.
    testApp = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_SEND_TIMEOUT_MS: '500' } });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  it('gives up on one message at MAIL_SEND_TIMEOUT_MS', async () => {
    smtp.hangOn.add('slow@example.fi');
    const message = await enqueue(testApp, 'slow@example.fi');
    const [result, elapsed] = await timed(() => testApp.sendMail());
    expect(result).toEqual({ sent: 0, retried: 1, parked: 0 });
    expect(elapsed).toBeLessThan(3000);
    expect((await rowOf(testApp, message.id)).lastError).toMatch(/within 500 ms/);
  }, 20_000);
});

describe('shutdown with mail in the queue', () => {
  const smtp = new TestSmtpServer();

  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  /** The rows' statuses and attempts, read after the app has stopped. */
  async function rowsAfterStop(
    url: string,
  ): Promise<Array<{ to_address: string; status: string; attempts: number }>> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const result = await client.query<{ to_address: string; status: string; attempts: number }>(
        'SELECT to_address, status, attempts FROM outbox_messages ORDER BY to_address',
      );
      return result.rows;
    } finally {
      await client.end();
    }
  }

  it('stops between messages and puts the claimed, unsent ones back', async () => {
    const database = await createTestDatabase();
    try {
      const testApp = await startTestApp({ database, env: { SMTP_URL: smtp.url } });
      smtp.delayMs = 300;
      const addresses = Array.from({ length: 8 }, (_, index) => `queued-${index}@example.fi`);
      for (const address of addresses) await enqueue(testApp, address);

      const pass = testApp.sendMail();
      while (smtp.connections === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const [, elapsed] = await timed(() => testApp.stop());
      const result = await pass;

      // The message in flight finishes; the rest waits for the next start.
      expect(result.sent).toBeLessThanOrEqual(2);
      expect(elapsed).toBeLessThan(2000);
      const rows = await rowsAfterStop(database.url);
      expect(rows.filter((row) => row.status === (OutboxStatus.SENDING as string))).toEqual([]);
      const pending = rows.filter((row) => row.status === (OutboxStatus.PENDING as string));
      expect(pending.length).toBeGreaterThanOrEqual(6);
      // Not the relay's fault: the attempt is not counted.
      for (const row of pending) expect(row.attempts).toBe(0);
    } finally {
      smtp.delayMs = 0;
      await dropTestDatabase(database.name);
    }
  }, 30_000);

  it('aborts a send that hangs past half of SHUTDOWN_TIMEOUT_MS and puts it back', async () => {
    const database = await createTestDatabase();
    smtp.hangOn.add('hangs-at-shutdown@example.fi');
    try {
      const testApp = await startTestApp({
        database,
        env: { SMTP_URL: smtp.url, SHUTDOWN_TIMEOUT_MS: '3000' },
      });
      await enqueue(testApp, 'hangs-at-shutdown@example.fi');
      const connectionsBefore = smtp.connections;
      const pass = testApp.sendMail();
      while (smtp.connections === connectionsBefore) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const [, elapsed] = await timed(() => testApp.stop());
      expect(await pass).toEqual({ sent: 0, retried: 0, parked: 0 });
      // Half of SHUTDOWN_TIMEOUT_MS for the message in flight: stopped before the deadline.
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(3000);
      expect(await rowsAfterStop(database.url)).toEqual([
        { to_address: 'hangs-at-shutdown@example.fi', status: OutboxStatus.PENDING, attempts: 0 },
      ]);
    } finally {
      smtp.hangOn.clear();
      await dropTestDatabase(database.name);
    }
  }, 30_000);
});

describe('mail to files on a full disk', () => {
  // A file-size limit (`ulimit -f`, 1 KiB) makes every write past 1 KiB fail (EFBIG), as a
  // full disk does, also for root. The limit applies to a process of its own: the built
  // transport in a child.
  const root = path.join(import.meta.dirname, '..');
  const script = `
    import 'reflect-metadata';
    import pino from 'pino';
    import { loadConfig } from './dist/src/config/app-config.js';
    import { MailTransport } from './dist/src/modules/mail/mail-transport.js';
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: process.env.MAIL_TEST_DATA_DIR });
    const transport = new MailTransport(config, pino({ level: 'silent' }));
    const message = {
      id: '5b0c1bde-8d0e-4c6b-9d61-3a1f4b0a2c11', type: 'TEST', toAddress: 'full@example.fi',
      toName: null, subject: 'Hello', textBody: 'x'.repeat(4000), htmlBody: '<p>x</p>',
      attachments: [],
    };
    try {
      await transport.send(message);
      console.log('sent');
    } catch (error) {
      console.log('failed ' + error.code);
    }
    transport.onModuleDestroy();`;

  it('fails the send and leaves no empty or cut-off .eml behind', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'akatemia-full-disk-'));
    try {
      const { stdout } = await promisify(execFile)(
        'bash',
        ['-c', 'ulimit -f 1 && exec "$0" --input-type=module -e "$1"', process.execPath, script],
        { cwd: root, env: { ...process.env, MAIL_TEST_DATA_DIR: dataDir } },
      );
      expect(stdout.trim()).toBe('failed EFBIG');
      // The outbox retries a failed send; nothing in the folder looks like a mail meanwhile.
      expect(await readdir(path.join(dataDir, 'mail'))).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
