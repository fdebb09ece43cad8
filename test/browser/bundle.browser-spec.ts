// The built client: what the first page loads stays within the budget (≤ 250 KB of gzipped
// JS and CSS), and every asset of 1 KB or more has its .br and .gz beside it for the static
// server (scripts/precompress-web.mjs leaves out smaller ones).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from './browser-app.js';

const BUDGET_BYTES = 250 * 1024;

/** The JS and CSS index.html makes the browser fetch at once (entry, preloads, styles). */
function firstPageAssets(): string[] {
  const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

describe('the built web client', () => {
  it('loads at most 250 KB of gzipped JS and CSS on the first page', () => {
    const assets = firstPageAssets();
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    const gzippedSize = (asset: string) => {
      const file = path.join(WEB_DIST, asset);
      return existsSync(`${file}.gz`)
        ? statSync(`${file}.gz`).size
        : gzipSync(readFileSync(file), { level: 9 }).length;
    };
    const gzipped = assets.reduce((total, asset) => total + gzippedSize(asset), 0);
    console.log(`First page: ${assets.length} files, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('has hashed asset names and a .br and .gz beside each JS and CSS file of 1 KB or more', () => {
    for (const asset of firstPageAssets()) {
      expect(path.basename(asset)).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      if (statSync(path.join(WEB_DIST, asset)).size < 1024) continue;
      expect(existsSync(path.join(WEB_DIST, `${asset}.br`))).toBe(true);
      expect(existsSync(path.join(WEB_DIST, `${asset}.gz`))).toBe(true);
    }
  });
});
