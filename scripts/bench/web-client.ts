// The built web client as the bench and the browser specs both see it: what the first page
// makes the browser fetch (its gzipped size is the budget of docs/performance.md), and the
// Chromium both drive (Debian's, headless, with no network of its own).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * No network of its own (no updates, sync, QUIC or first-run pages): the browser talks to
 * the app on loopback and nothing else. Playwright gives every launch a fresh, temporary
 * user-data-dir and removes it on close.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The first page's budget: gzipped JS and CSS that `/` loads at once. */
export const FIRST_PAGE_BUDGET_BYTES = 250 * 1024;

/** The JS and CSS index.html makes the browser fetch at once (entry, preloads, styles). */
export function firstPageAssets(webDist: string): string[] {
  const html = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

/** The .gz the server sends (scripts/precompress-web.mjs), else the file gzipped at level 9. */
function gzippedSize(webDist: string, asset: string): number {
  const file = path.join(webDist, asset);
  return existsSync(`${file}.gz`)
    ? statSync(`${file}.gz`).size
    : gzipSync(readFileSync(file), { level: 9 }).length;
}

export interface FirstPageSize {
  files: number;
  /** Gzipped JS + CSS, in bytes. */
  gzippedBytes: number;
  jsGzippedBytes: number;
  cssGzippedBytes: number;
}

/** What `/` costs a first visitor: the gzipped JS and CSS its index.html loads at once. */
export function firstPageSize(webDist: string): FirstPageSize {
  const assets = firstPageAssets(webDist);
  const sum = (extension: string) =>
    assets
      .filter((asset) => asset.endsWith(extension))
      .reduce((total, asset) => total + gzippedSize(webDist, asset), 0);
  const jsGzippedBytes = sum('.js');
  const cssGzippedBytes = sum('.css');
  return {
    files: assets.length,
    gzippedBytes: jsGzippedBytes + cssGzippedBytes,
    jsGzippedBytes,
    cssGzippedBytes,
  };
}
