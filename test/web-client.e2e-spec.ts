import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from './helpers/temp-dir.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const PRECOMPRESS = path.join(import.meta.dirname, '..', 'scripts', 'precompress-web.mjs');
const INDEX_HTML =
  '<!doctype html><html lang="fi"><head><script type="module" src="/assets/index-Ab12Cd.js"></script>' +
  '<link rel="stylesheet" href="/assets/index-Ef34Gh.css"></head><body><div id="root"></div></body></html>';
// Over 1 KB, so the build step compresses it.
const SCRIPT = `console.log(${JSON.stringify('Akatemia '.repeat(400))});\n`;
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/** A tiny stand-in for Vite's web/dist, so the spec needs no client build. */
async function fakeClientBuild(): Promise<string> {
  const root = await makeTempDir('akatemia-web-');
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), INDEX_HTML);
  await writeFile(path.join(root, 'assets', 'index-Ab12Cd.js'), SCRIPT);
  await writeFile(path.join(root, 'assets', 'index-Ef34Gh.css'), 'body{margin:0}');
  await writeFile(path.join(root, 'robots.txt'), 'User-agent: *\n');
  await writeFile(path.join(root, '.env'), 'SECRET=1\n');
  execFileSync(process.execPath, [PRECOMPRESS, root]);
  return root;
}

describe('the web client served at /', () => {
  let testApp: TestApp;
  let root: string;

  beforeAll(async () => {
    root = await fakeClientBuild();
    testApp = await startTestApp({
      // Development: the explorer at GET /graphql must stay, client or not.
      env: { WEB_DIST_DIR: root, NODE_ENV: 'development' },
    });
  });
  afterAll(() => testApp.close());

  const get = (target: string, headers: Record<string, string> = {}) =>
    fetch(`${testApp.url}${target}`, { headers });

  it('precompresses the build: .br and .gz beside big text files only', () => {
    expect(existsSync(path.join(root, 'assets', 'index-Ab12Cd.js.br'))).toBe(true);
    expect(existsSync(path.join(root, 'assets', 'index-Ab12Cd.js.gz'))).toBe(true);
    expect(existsSync(path.join(root, 'assets', 'index-Ef34Gh.css.br'))).toBe(false);
  });

  it('answers / with index.html, revalidated, under a CSP without inline scripts', async () => {
    const response = await get('/', HTML);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
    const policy = response.headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      policy.split(';').find((part) => part.startsWith(`${name} `));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(policy).not.toMatch(/upgrade-insecure-requests/);
  });

  it('sends hashed assets compressed and cached for a year', async () => {
    for (const [acceptEncoding, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await get('/assets/index-Ab12Cd.js', { 'accept-encoding': acceptEncoding });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      // fetch decodes br and gzip: the same script whichever way it travelled.
      expect(await response.text()).toBe(SCRIPT);
    }
    const style = await get('/assets/index-Ef34Gh.css');
    expect(style.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const robots = await get('/robots.txt');
    expect(robots.headers.get('cache-control')).toBe('no-cache');
  });

  it('revalidates with an ETag: an unchanged file is a 304', async () => {
    const first = await get('/', HTML);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // Explicit, or fetch marks a conditional request `Cache-Control: no-cache` (a reload).
    const again = await get('/', { ...HTML, 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
  });

  it.each([
    '/academies/kiertotalous-2027/application',
    '/sign-in?token=abcdefghijklmnopqrstuvwxyz',
    '/sign-in?email=anna%40example.fi',
    '/academies/kiertotalous-2027',
    '/profile',
  ])('answers the client route %s with the app shell', async (target) => {
    const response = await get(target, HTML);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it.each([
    ['/graphql/nope', HTML],
    ['/calendar/nope', HTML],
    ['/exports/nope.csv', HTML],
    ['/health/nope', HTML],
    // Not a page request (fetch, a script tag): no app shell for a missing file.
    ['/academies/x', { accept: 'application/json' }],
    ['/academies/x', {}],
    ['/academies/x', { accept: 'text/html;q=0, application/json' }],
    // A missing hashed file is a stale page asking for an old build: 404, not the shell.
    ['/assets/index-Old000.js', HTML],
    // Never a dotfile, nor anything outside the folder.
    ['/.env', HTML],
    ['/..%2f..%2fetc%2fpasswd', { accept: 'text/plain' }],
  ])('keeps the JSON 404 for %s', async (target, headers) => {
    const response = await get(target, headers);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('leaves the API its paths: health, GraphQL over POST, and the explorer at GET /graphql', async () => {
    expect((await get('/health/live', HTML)).headers.get('content-type')).toMatch(
      /^application\/json/,
    );
    const explorer = await get('/graphql', HTML);
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toMatch(/altair/i);
    const query = await testApp.graphql('{ __typename }');
    expect(query.data).toEqual({ __typename: 'Query' });
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await fetch(`${testApp.url}/academies/x`, { method: 'HEAD', headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('without a client build', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ env: { WEB_DIST_DIR: await makeTempDir('akatemia-empty-') } });
  });
  afterAll(() => testApp.close());

  it('serves the API alone: a page request gets the JSON 404', async () => {
    const response = await fetch(`${testApp.url}/`, { headers: HTML });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
