import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getDistDirectory } from 'altair-static';
import { Locale } from '../src/common/i18n/locale.js';
import { createAdmin, createSignedInUser } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { eventually, freePort, isProcessAlive } from './helpers/processes.js';
import { makeTempDir, ROLES_CLI } from './helpers/temp-dir.js';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A plain HTTP GET with exactly these headers (fetch sets its own Host and Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(chunks),
        }),
      );
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

// What a newcomer tripped on when running the service outside loopback or a terminal.
describe('operations', () => {
  describe('HSTS and upgrade-insecure-requests only over HTTPS', () => {
    let plain: TestApp;
    let proxied: TestApp;
    beforeAll(async () => {
      // The explorer is on in development: the page that stayed blank.
      plain = await startTestApp({ env: { NODE_ENV: 'development' } });
      proxied = await startTestApp({
        env: { PUBLIC_URL: 'https://akatemia.example', TRUST_PROXY: 'true' },
      });
    });
    afterAll(async () => {
      await plain?.close();
      await proxied?.close();
    });

    it('sends neither over plain HTTP by another host name', async () => {
      for (const target of ['/graphql', '/health/live']) {
        const response = await get(`${plain.url}${target}`, {
          host: 'akatemia.example',
          accept: 'text/html',
        });
        expect(response.status).toBe(200);
        expect(response.headers['strict-transport-security']).toBeUndefined();
        expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
        expect(response.headers['content-security-policy']).not.toMatch(/upgrade-insecure/);
      }
      // An X-Forwarded-Proto is believed only behind TRUST_PROXY.
      const spoofed = await get(`${plain.url}/health/live`, {
        host: 'akatemia.example',
        'x-forwarded-proto': 'https',
      });
      expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends both when the request came over HTTPS through a trusted proxy', async () => {
      const response = await get(`${proxied.url}/health/live`, {
        host: 'akatemia.example',
        'x-forwarded-proto': 'https',
      });
      expect(response.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect(response.headers['content-security-policy']).toMatch(
        /default-src 'none'.*;upgrade-insecure-requests$/,
      );
      const overHttp = await get(`${proxied.url}/health/live`, {
        host: '192.168.1.20:3000',
        'x-forwarded-proto': 'http',
      });
      expect(overHttp.headers['strict-transport-security']).toBeUndefined();
      expect(overHttp.headers['content-security-policy']).not.toMatch(/upgrade-insecure/);
    });

    it('sends both for the https PUBLIC_URL host when the proxy names no protocol', async () => {
      const response = await get(`${proxied.url}/health/live`, { host: 'akatemia.example' });
      expect(response.headers['strict-transport-security']).toBeDefined();
      expect(response.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    });

    describe('compressed explorer assets', () => {
      const distribution = getDistDirectory();
      let mainScript: string;
      let original: Buffer;
      beforeAll(async () => {
        // The largest script: Altair's main.js, about 3 MB.
        const scripts = (await readdir(distribution)).filter((name) => name.endsWith('.js'));
        mainScript = scripts.sort(
          (a, b) =>
            readFileSync(path.join(distribution, b)).length -
            readFileSync(path.join(distribution, a)).length,
        )[0];
        original = readFileSync(path.join(distribution, mainScript));
        expect(original.length).toBeGreaterThan(1_000_000);
      });
      const asset = (acceptEncoding?: string) =>
        get(
          `${plain.url}/graphql/explorer/${mainScript}`,
          acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        );

      it('answers br or gzip as accepted, decompressing to the file itself', async () => {
        // What browsers send: br wins the tie.
        const brotli = await asset('gzip, deflate, br, zstd');
        expect(brotli.status).toBe(200);
        expect(brotli.headers['content-encoding']).toBe('br');
        expect(brotli.headers.vary).toMatch(/accept-encoding/i);
        expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
        expect(brotli.body.length).toBeLessThan(original.length / 2);
        expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);

        const gzip = await asset('gzip');
        expect(gzip.headers['content-encoding']).toBe('gzip');
        expect(gzip.body.length).toBeLessThan(original.length / 2);
        expect(gunzipSync(gzip.body).equals(original)).toBe(true);
        // From the cache the second time: the same bytes.
        expect((await asset('gzip')).body.equals(gzip.body)).toBe(true);
      });

      it('answers the file as it is to a client that accepts no compression', async () => {
        for (const acceptEncoding of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
          const response = await asset(acceptEncoding);
          expect(response.status).toBe(200);
          expect(response.headers['content-encoding']).toBeUndefined();
          expect(response.headers.vary).toMatch(/accept-encoding/i);
          expect(response.body.equals(original)).toBe(true);
        }
      });
    });
  });

  describe('REST errors in the caller’s language, naming the field', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp();
    });
    afterAll(() => testApp?.close());

    const getJson = async (target: string, headers: Record<string, string>) => {
      const response = await fetch(`${testApp.url}${target}`, { headers });
      return {
        status: response.status,
        body: (await response.json()) as {
          error: { code: string; message: string; validationErrors?: unknown[] };
        },
      };
    };

    it('names academyId when the CSV export gets a slug, in the admin’s own language', async () => {
      const admin = await createAdmin(testApp.dataSource, { locale: Locale.sv });
      const { authorization } = admin.headers;
      const { status, body } = await getJson('/exports/academies/kevat-2027/applications.csv', {
        authorization,
      });
      expect(status).toBe(400);
      expect(body.error).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Kontrollera uppgifterna: ogiltiga fält 1.',
        validationErrors: [
          {
            field: 'academyId',
            rule: 'isUuid',
            detail: 'academyId must be a UUID',
            message: 'Identifieraren är ogiltig.',
          },
        ],
      });
      // An Accept-Language we speak still wins; one we do not falls back to the person's.
      const english = await getJson('/exports/academies/kevat-2027/applications.csv', {
        authorization,
        'accept-language': 'en',
      });
      expect(english.body.error.message).toBe('Please check your input: invalid fields: 1.');
      const german = await getJson('/exports/academies/kevat-2027/applications.csv', {
        authorization,
        'accept-language': 'de',
      });
      expect(german.body.error.message).toBe('Kontrollera uppgifterna: ogiltiga fält 1.');
    });

    it('answers a calendar error in the signed-in person’s language', async () => {
      const person = await createSignedInUser(testApp.dataSource, { locale: Locale.sv });
      const { status, body } = await getJson(
        '/calendar/events/00000000-0000-4000-8000-000000000000.ics',
        { authorization: person.headers.authorization },
      );
      expect(status).toBe(404);
      expect(body.error).toEqual({ code: 'NOT_FOUND', message: 'Det efterfrågade hittades inte.' });
      // Anonymous: Accept-Language, else Finnish, as before.
      const anonymous = await getJson(
        '/calendar/events/00000000-0000-4000-8000-000000000000.ics',
        {},
      );
      expect(anonymous.body.error.message).toBe('Haettua kohdetta ei löytynyt.');
    });
  });

  describe('npm run roles', () => {
    const cli = ROLES_CLI;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await makeTempDir('akatemia-roles-');
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('refuses to create a database in a DATA_DIR that has none', async () => {
      const environment = { ...process.env };
      delete environment.DATABASE_URL;
      const failure = await promisify(execFile)(
        process.execPath,
        [cli, 'grant', 'ADMIN', 'someone@example.fi'],
        { env: { ...environment, DATA_DIR: dataDir, LOG_LEVEL: 'silent' } },
      ).then(
        () => null,
        (error: unknown) => error as { code: number; stderr: string },
      );
      expect(failure).not.toBeNull();
      expect(failure!.code).toBe(1);
      expect(failure!.stderr).toContain(
        `no Akatemia database in ${path.join(dataDir, 'postgres')}`,
      );
      expect(failure!.stderr).toMatch(/DATA_DIR.*DATABASE_URL/s);
      // Nothing was made: no cluster, no password file.
      expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
      expect(await readdir(dataDir)).toEqual([]);
    });

    it('says which database it changed', async () => {
      const testApp = await startTestApp();
      try {
        const person = await createSignedInUser(testApp.dataSource);
        const url = (testApp.dataSource.options as { url: string }).url;
        const { stdout, stderr } = await promisify(execFile)(
          process.execPath,
          [cli, 'grant', 'EXPERT', person.user.email],
          { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' } },
        );
        expect(stdout.trim()).toBe(`${person.user.email}: EXPERT`);
        const parsed = new URL(url);
        expect(stderr).toContain(
          `Database: DATABASE_URL postgresql://${parsed.hostname}:${parsed.port}${parsed.pathname}`,
        );
        // Never the password.
        if (parsed.password) expect(stderr).not.toContain(decodeURIComponent(parsed.password));
      } finally {
        await testApp.close();
      }
    });
  });

  describe('npm start', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await makeTempDir('akatemia-start-');
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('stops the server and its PostgreSQL when npm itself gets SIGTERM', async () => {
      const port = await freePort();
      const environment: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: 'false',
        OUTBOX_WORKER: 'false',
        SHUTDOWN_TIMEOUT_MS: '10000',
      };
      delete environment.DATABASE_URL;
      // Its own process group, so that the clean-up below can reach whatever npm leaves.
      const npm = spawn('npm', ['start', '--silent'], {
        cwd: path.join(import.meta.dirname, '..'),
        env: environment,
        detached: true,
        stdio: 'ignore',
      });
      const ready = async (): Promise<boolean> =>
        fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (response) => response.ok,
          () => false,
        );
      try {
        await eventually('the server ready', ready, 90_000);
        const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
        const postgres = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
        expect(isProcessAlive(postgres)).toBe(true);

        // What `kill <npm pid>` does: only npm gets the signal.
        process.kill(npm.pid!, 'SIGTERM');
        await eventually(
          'the server and its PostgreSQL stopped',
          async () =>
            !isProcessAlive(postgres) &&
            (await fetch(`http://127.0.0.1:${port}/health/live`).then(
              () => false,
              () => true,
            )),
          15_000,
        );
        expect(existsSync(pidFile)).toBe(false);
      } finally {
        // Whatever is left of the group (before the fix: node and PostgreSQL).
        try {
          process.kill(-npm.pid!, 'SIGINT');
        } catch {
          // Nothing left: the group is gone.
        }
      }
    }, 120_000);
  });
});
