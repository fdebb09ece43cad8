import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { loadConfigOrExit } from './config/app-config.js';
import { createRootLogger } from './common/logging/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';

async function main(): Promise<void> {
  let config = loadConfigOrExit();
  const logger = createRootLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;

  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'Unhandled rejection'),
  );

  try {
    if (!config.databaseUrl) {
      embedded = await startEmbeddedPostgres({ directory: config.dataDir, logger });
      config = config.with({ databaseUrl: embedded.url });
    }
    const app = await createApp(config, { logger });
    await app.listen({ port: config.port, host: config.host });
    logger.info(
      { graphql: `${config.publicUrl}/graphql`, nodeEnv: config.nodeEnv },
      'Akatemia is ready',
    );

    let stopping = false;
    const shutdown = (signal: NodeJS.Signals): void => {
      if (stopping) {
        logger.warn({ signal }, 'Second signal: exiting without waiting');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, 'Shutting down: draining requests');
      const deadline = setTimeout(() => {
        logger.error('Shutdown took too long; stopping the database and exiting');
        void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
      }, config.shutdownTimeoutMs);
      deadline.unref();
      // Order matters: stop taking requests and finish in-flight ones, close the pool,
      // and only then stop the embedded database.
      void app
        .close()
        .catch((error: unknown) => logger.error({ err: error }, 'Error while closing the app'))
        .then(() => embedded?.stop())
        .then(() => {
          logger.info('Stopped cleanly');
          process.exit(0);
        });
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (error) {
    logger.fatal({ err: error }, 'Akatemia could not start');
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
