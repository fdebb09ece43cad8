import type { ApolloServerPlugin } from './apollo-plugin.js';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { getDistDirectory, renderAltair } from 'altair-static';
import type { FastifyInstance } from 'fastify';

export const EXPLORER_ASSETS_PREFIX = '/graphql/explorer/';

/**
 * The in-browser GraphQL explorer (Altair) at GET /graphql. Its code is served from the
 * npm package on this server, so it works on a closed network — unlike Apollo Sandbox,
 * which loads from a CDN.
 */
export function explorerLandingPagePlugin(graphqlPath: string): ApolloServerPlugin {
  const html = renderAltair({
    baseURL: EXPLORER_ASSETS_PREFIX,
    endpointURL: graphqlPath,
    disableAccount: true,
    initialQuery:
      '{\n  academies {\n    slug\n    title { text }\n    applicationDeadline\n  }\n}\n',
  });
  return {
    serverWillStart() {
      return Promise.resolve({
        renderLandingPage() {
          return Promise.resolve({ html });
        },
      });
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);
/** Below this, the headers cost more than compression saves. */
const MIN_COMPRESSED_BYTES = 1024;
type Encoding = 'br' | 'gzip';
const ENCODINGS: Encoding[] = ['br', 'gzip'];

// Brotli's default quality (11) takes seconds on Altair's 3 MB main.js; 5 compresses it to
// about the same size as gzip -9 in a tenth of the time. Either runs on the thread pool.
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    brotli(data, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => gzipped(data, { level: 6 }),
};

/**
 * The encoding to answer in: the accepted one (q > 0) of `br` and `gzip` with the higher
 * weight, `br` on a tie (browsers send `gzip, deflate, br` and mean either); `*` covers
 * whichever is not named. Null when neither is accepted.
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = quality === undefined ? 1 : Number(quality.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding): number => weights.get(encoding) ?? weights.get('*') ?? 0;
  const best = ENCODINGS.reduce((chosen, encoding) =>
    weightOf(encoding) > weightOf(chosen) ? encoding : chosen,
  );
  return weightOf(best) > 0 ? best : null;
}

/**
 * Serves the explorer's files from the altair-static package, compressed (br or gzip) when the
 * browser accepts it: Altair's main.js is 3.1 MB, about 0.8 MB compressed. Each file is
 * compressed once per encoding and kept in memory — the package's dist folder is fixed
 * (a few MB), so the cache is bounded by it. (@fastify/static 10 pulls in dependencies that
 * need Node 22, and @fastify/compress would compress every answer of the API; this
 * read-only route is all the explorer needs.)
 */
export function registerExplorerAssets(fastify: FastifyInstance): void {
  const root = getDistDirectory();
  const compressed = new Map<string, Promise<Buffer>>();
  const compressedFile = (file: string, encoding: Encoding): Promise<Buffer> => {
    const key = `${encoding}:${file}`;
    let cached = compressed.get(key);
    if (!cached) {
      cached = readFile(file).then((data) => compressors[encoding](data));
      // A failed read is not cached: the next request tries again.
      cached.catch(() => compressed.delete(key));
      compressed.set(key, cached);
    }
    return cached;
  };
  fastify.get(`${EXPLORER_ASSETS_PREFIX}*`, async (request, reply) => {
    const relative = decodeURIComponent((request.params as { '*': string })['*']);
    const file = path.resolve(root, relative);
    // Nothing outside the package's dist folder, however the path is spelled.
    if (!file.startsWith(root + path.sep)) return reply.code(404).send();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return reply.code(404).send();
    const extension = path.extname(file);
    void reply
      .header('content-type', CONTENT_TYPES[extension] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=86400')
      .header('vary', 'accept-encoding');
    const encoding =
      COMPRESSIBLE.has(extension) && info.size >= MIN_COMPRESSED_BYTES
        ? preferredEncoding(request.headers['accept-encoding'])
        : null;
    if (encoding) {
      const body = await compressedFile(file, encoding);
      return reply
        .header('content-encoding', encoding)
        .header('content-length', body.length)
        .send(body);
    }
    return reply.header('content-length', info.size).send(createReadStream(file));
  });
}
