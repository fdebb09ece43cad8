// The built client: what the first page loads stays within the budget (≤ 250 KB of gzipped
// JS and CSS), and every asset of 1 KB or more has its .br and .gz beside it for the static
// server (scripts/precompress-web.mjs leaves out smaller ones).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  FIRST_PAGE_BUDGET_BYTES,
  firstPageAssets,
  firstPageSize,
} from '../../scripts/bench/web-client.js';
import { WEB_DIST } from './browser-app.js';

describe('the built web client', () => {
  it('loads at most 250 KB of gzipped JS and CSS on the first page', () => {
    const assets = firstPageAssets(WEB_DIST);
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    // The same figure `npm run bench` reports.
    const { gzippedBytes } = firstPageSize(WEB_DIST);
    console.log(
      `First page: ${assets.length} files, ${(gzippedBytes / 1024).toFixed(1)} KB gzipped`,
    );
    expect(gzippedBytes).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
  });

  it('has hashed asset names and a .br and .gz beside each JS and CSS file of 1 KB or more', () => {
    for (const asset of firstPageAssets(WEB_DIST)) {
      expect(path.basename(asset)).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      if (statSync(path.join(WEB_DIST, asset)).size < 1024) continue;
      expect(existsSync(path.join(WEB_DIST, `${asset}.br`))).toBe(true);
      expect(existsSync(path.join(WEB_DIST, `${asset}.gz`))).toBe(true);
    }
  });
});
