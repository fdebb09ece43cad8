// The built web client as the bench and the browser specs both see it: what the first page
// makes the browser fetch, measured in Chromium (its size is the budget of
// docs/performance.md), and the Chromium both drive (Debian's, headless, no network of its own).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

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

/**
 * The first page's budget: the JS and CSS a first visitor's browser fetches for `/` (the entry
 * index.html names, its preloads and styles, and the lazy route chunks the page then imports),
 * gzipped. What Chromium actually receives (brotli) is smaller; both are held to it.
 */
export const FIRST_PAGE_BUDGET_BYTES = 250 * 1024;

/** The .gz the server sends (scripts/precompress-web.mjs), else the file gzipped at level 9. */
function gzippedSize(webDist: string, asset: string): number {
  const file = path.join(webDist, asset);
  return existsSync(`${file}.gz`)
    ? statSync(`${file}.gz`).size
    : gzipSync(readFileSync(file), { level: 9 }).length;
}

export interface FirstPageAsset {
  /** `assets/<name>-<hash>.js`, relative to web/dist. */
  asset: string;
  /** The response body as received (compressed), in bytes. */
  transferredBytes: number;
  /** Its Content-Encoding: br, gzip or identity. */
  encoding: string;
  gzippedBytes: number;
}

export interface FirstPageSize {
  /** Every JS and CSS file the browser fetched for `/`. */
  assets: FirstPageAsset[];
  /** Gzipped JS + CSS of those files (what a browser without brotli downloads), in bytes. */
  gzippedBytes: number;
  jsGzippedBytes: number;
  cssGzippedBytes: number;
  /** The JS + CSS bodies Chromium received (it asks for brotli), in bytes. */
  transferredBytes: number;
}

/**
 * What `/` costs a first visitor, measured in Chromium: a fresh context (empty cache) opens
 * `url`, waits for the page's h1 and a quiet network, and counts every script and style it
 * fetched, lazy route chunks included, with the bytes received and the same files' .gz size.
 */
export async function firstPageSize(
  browser: Browser,
  url: string,
  webDist: string,
): Promise<FirstPageSize> {
  const context = await browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') responses.push(response);
    });
    await page.goto(url);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    const assets: FirstPageAsset[] = [];
    for (const response of responses) {
      const asset = new URL(response.url()).pathname.slice(1);
      if (response.status() !== 200) {
        throw new Error(`${asset} answered ${response.status()}`);
      }
      const { responseBodySize } = await response.request().sizes();
      assets.push({
        asset,
        transferredBytes: responseBodySize,
        encoding: (await response.headerValue('content-encoding')) ?? 'identity',
        gzippedBytes: gzippedSize(webDist, asset),
      });
    }
    const sum = (extension: string) =>
      assets
        .filter(({ asset }) => asset.endsWith(extension))
        .reduce((total, { gzippedBytes }) => total + gzippedBytes, 0);
    const jsGzippedBytes = sum('.js');
    const cssGzippedBytes = sum('.css');
    return {
      assets,
      gzippedBytes: jsGzippedBytes + cssGzippedBytes,
      jsGzippedBytes,
      cssGzippedBytes,
      transferredBytes: assets.reduce((total, { transferredBytes }) => total + transferredBytes, 0),
    };
  } finally {
    await context.close();
  }
}
