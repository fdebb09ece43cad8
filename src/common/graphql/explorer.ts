import type { ApolloServerPlugin } from './apollo-plugin.js';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * Serves the explorer's files from the altair-static package. (@fastify/static 10 pulls in
 * dependencies that need Node 22; this read-only route is all the explorer needs.)
 */
export function registerExplorerAssets(fastify: FastifyInstance): void {
  const root = getDistDirectory();
  fastify.get(`${EXPLORER_ASSETS_PREFIX}*`, async (request, reply) => {
    const relative = decodeURIComponent((request.params as { '*': string })['*']);
    const file = path.resolve(root, relative);
    // Nothing outside the package's dist folder, however the path is spelled.
    if (!file.startsWith(root + path.sep)) return reply.code(404).send();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return reply.code(404).send();
    return reply
      .header('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream')
      .header('content-length', info.size)
      .header('cache-control', 'public, max-age=86400')
      .send(createReadStream(file));
  });
}
