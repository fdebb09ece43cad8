// The built client: what the first page `/` makes Chromium fetch — the entry, its preloads and
// styles, and the lazy route chunks the page imports — stays within the budget (≤ 250 KB of
// JS and CSS, gzipped and as received), and every asset of 1 KB or more has its .br and .gz
// beside it for the static server (scripts/precompress-web.mjs leaves out smaller ones).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  FIRST_PAGE_BUDGET_BYTES,
  firstPageSize,
  type FirstPageSize,
} from '../../scripts/bench/web-client.js';
import { WEB_DIST, startBrowserApp, type BrowserApp } from './browser-app.js';

describe('the built web client', () => {
  let app: BrowserApp;
  let firstPage: FirstPageSize;

  beforeAll(async () => {
    app = await startBrowserApp();
    firstPage = await firstPageSize(app.browser, `${app.clientUrl}/`, WEB_DIST);
  });
  afterAll(() => app?.close());

  it('loads at most 250 KB of JS and CSS on the first page, its route chunks included', () => {
    const assets = firstPage.assets.map(({ asset }) => asset);
    const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1],
    );
    // Everything index.html names, and whatever the page imports later (a lazy route's chunk).
    expect(named.filter((asset) => !assets.includes(asset))).toEqual([]);
    expect(named.length).toBeGreaterThan(1);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    // The same figures `npm run bench` reports.
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `First page: ${assets.length} files, ${kb(firstPage.gzippedBytes)} gzipped, ${kb(firstPage.transferredBytes)} received`,
    );
    expect(firstPage.gzippedBytes).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
    expect(firstPage.transferredBytes).toBeGreaterThan(0);
    expect(firstPage.transferredBytes).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
  });

  it('has hashed asset names and a .br and .gz beside each JS and CSS file of 1 KB or more', () => {
    for (const { asset, encoding } of firstPage.assets) {
      expect(path.basename(asset)).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      if (statSync(path.join(WEB_DIST, asset)).size < 1024) continue;
      expect(existsSync(path.join(WEB_DIST, `${asset}.br`))).toBe(true);
      expect(existsSync(path.join(WEB_DIST, `${asset}.gz`))).toBe(true);
      // Chromium asks for brotli, and the server sends the precompressed file.
      expect({ asset, encoding }).toEqual({ asset, encoding: 'br' });
    }
  });
});
