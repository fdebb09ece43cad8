import type { ApolloServerPlugin } from './apollo-plugin';
import fastifyStatic from '@fastify/static';
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
    initialQuery: '{\n  academies {\n    slug\n    title { text }\n    applicationDeadline\n  }\n}\n',
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

export async function registerExplorerAssets(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyStatic, {
    root: getDistDirectory(),
    prefix: EXPLORER_ASSETS_PREFIX,
    decorateReply: false,
    index: false,
  });
}
