// The client scenario's browser half: the academy page opened in Debian's Chromium over
// loopback, each run in a fresh context (empty cache, no cookies: a first visit). Timed from
// navigation start (performance.timeOrigin) to the frame after the academy's h1 appears
// with its title; the bytes are what the browser's network stack received (headers and
// compressed bodies, CDP's encodedDataLength) until the network went quiet.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './web-client.js';

export interface FirstRenderResult {
  runs: number;
  runsMs: number[];
  medianMs: number;
  p95Ms: number;
  /** Bytes on the wire for the whole first visit (HTML, JS, CSS, fonts, GraphQL), median run. */
  transferredBytes: number;
  /** Of those, the JS and CSS. */
  jsCssTransferredBytes: number;
  requests: number;
  /** The Accept-Encoding Chromium sent for the scripts, and the Content-Encodings it got. */
  acceptEncoding: string;
  contentEncodings: Record<string, number>;
}

/**
 * Resolves `window.akatemiaFirstRender` with performance.now() (ms since navigation start) in
 * the frame after `main h1` shows `title`: laid out (has a height) and then painted.
 */
function firstRenderProbe(title: string): string {
  return `window.akatemiaFirstRender = new Promise((resolve) => {
    const shown = () => {
      const heading = document.querySelector('main h1');
      return heading !== null && heading.textContent === ${JSON.stringify(title)} &&
        heading.getBoundingClientRect().height > 0;
    };
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });`;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(sorted.length * share) - 1)];
}

interface Visit {
  ms: number;
  bytes: number;
  jsCssBytes: number;
  requests: number;
  acceptEncoding: string;
  encodings: string[];
}

async function visit(browser: Browser, url: string, title: string): Promise<Visit> {
  const context = await browser.newContext({
    locale: 'fi-FI',
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    // In-page code as text: this Node program has no DOM types (tsconfig.bench.json).
    await page.addInitScript(firstRenderProbe(title));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const encodings: string[] = [];
    let acceptEncoding = '';
    let bytes = 0;
    let jsCssBytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
      const header = Object.entries(event.headers).find(
        ([name]) => name.toLowerCase() === 'accept-encoding',
      );
      if (header && !acceptEncoding) acceptEncoding = String(header[1]);
    });
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, event.type);
      if (event.type === 'Script' || event.type === 'Stylesheet') {
        const encoding = Object.entries(event.response.headers).find(
          ([name]) => name.toLowerCase() === 'content-encoding',
        );
        encodings.push(encoding ? String(encoding[1]) : 'identity');
      }
    });
    cdp.on('Network.loadingFinished', (event) => {
      requests += 1;
      bytes += event.encodedDataLength;
      const type = types.get(event.requestId);
      if (type === 'Script' || type === 'Stylesheet') jsCssBytes += event.encodedDataLength;
    });
    await page.goto(url, { waitUntil: 'commit' });
    const ms = Number(await page.evaluate('window.akatemiaFirstRender'));
    await page.waitForLoadState('networkidle');
    return { ms, bytes, jsCssBytes, requests, acceptEncoding, encodings };
  } finally {
    await context.close();
  }
}

/** `warmUp` unmeasured visits (the server's JIT, the OS's file cache), then `runs` measured. */
export async function measureFirstRender(options: {
  url: string;
  title: string;
  runs: number;
  warmUp: number;
}): Promise<FirstRenderResult> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    for (let run = 0; run < options.warmUp; run++) await visit(browser, options.url, options.title);
    const visits: Visit[] = [];
    for (let run = 0; run < options.runs; run++) {
      visits.push(await visit(browser, options.url, options.title));
    }
    const runsMs = visits.map((one) => Math.round(one.ms));
    const sorted = [...runsMs].sort((a, b) => a - b);
    const byBytes = [...visits].sort((a, b) => a.bytes - b.bytes);
    const median = byBytes[Math.floor(byBytes.length / 2)];
    const contentEncodings: Record<string, number> = {};
    for (const encoding of median.encodings) {
      contentEncodings[encoding] = (contentEncodings[encoding] ?? 0) + 1;
    }
    return {
      runs: visits.length,
      runsMs,
      medianMs: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      transferredBytes: median.bytes,
      jsCssTransferredBytes: median.jsCssBytes,
      requests: median.requests,
      acceptEncoding: median.acceptEncoding,
      contentEncodings,
    };
  } finally {
    await browser.close();
  }
}
