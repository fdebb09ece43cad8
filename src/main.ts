import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './app.factory.js';
import { loadConfigOrExit } from './config/app-config.js';
import { createRootLogger } from './common/logging/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';

async function main(): Promise<void> {
  let config = loadConfigOrExit();
  const logger = createRootLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;
  let app: NestFastifyApplication | undefined;
  let ready = false;
  let stopping = false;
  // Aborted by a signal that arrives before the server is ready: the start-up sequence stops
  // at its next step (the embedded database at once) and cleans up after itself.
  const startup = new AbortController();

  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'Unhandled rejection'),
  );

  // Registered before anything starts, so that a SIGTERM during start-up (a supervisor
  // giving up, a deploy) stops the embedded database instead of leaving it running.
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'Second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    const deadline = setTimeout(() => {
      logger.error('Shutdown took too long; stopping the database and exiting');
      void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
    }, config.shutdownTimeoutMs);
    deadline.unref();
    if (!ready) {
      logger.info({ signal }, 'Signal during start-up: stopping');
      startup.abort(signal);
      return;
    }
    logger.info({ signal }, 'Shutting down: draining requests');
    // Order matters: stop taking requests and finish in-flight ones, close the pool,
    // and only then stop the embedded database.
    void app!
      .close()
      .catch((error: unknown) => logger.error({ err: error }, 'Error while closing the app'))
      .then(() => embedded?.stop())
      .then(
        () => {
          logger.info('Stopped cleanly');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'Error while stopping the embedded PostgreSQL');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  try {
    if (!config.databaseUrl) {
      embedded = await startEmbeddedPostgres({
        directory: config.dataDir,
        logger,
        signal: startup.signal,
        onUnexpectedExit: (exit) => {
          if (stopping) {
            // Ctrl+C in a terminal signals PostgreSQL too; the shutdown goes on without it.
            logger.warn({ postgres: exit }, 'The embedded PostgreSQL stopped before Akatemia');
            return;
          }
          // Every request would fail from now on while /health/live stays 200: exit, so
          // that the supervisor restarts Akatemia (and the start recovers the cluster).
          logger.fatal(
            { postgres: exit },
            'The embedded PostgreSQL exited unexpectedly; exiting so that a supervisor restarts Akatemia',
          );
          process.exit(1);
        },
      });
      config = config.with({ databaseUrl: embedded.url });
    }
    startup.signal.throwIfAborted();
    app = await createApp(config, { logger });
    startup.signal.throwIfAborted();
    await app.listen({ port: config.port, host: config.host });
    startup.signal.throwIfAborted();
    ready = true;
    logger.info(
      { graphql: `${config.publicUrl}/graphql`, nodeEnv: config.nodeEnv },
      'Akatemia is ready',
    );
  } catch (error) {
    const interrupted = startup.signal.aborted;
    if (!interrupted) logger.fatal({ err: error }, 'Akatemia could not start');
    let stoppedCleanly = true;
    await app
      ?.close()
      .catch((closeError: unknown) => logger.error({ err: closeError }, 'Error while closing'));
    await embedded?.stop().catch((stopError: unknown) => {
      stoppedCleanly = false;
      logger.error({ err: stopError }, 'Error while stopping the embedded PostgreSQL');
    });
    if (interrupted) {
      // A requested stop, done: status 0 as after a shutdown of a ready server.
      logger.info('Stopped during start-up');
      process.exit(stoppedCleanly ? 0 : 1);
    }
    process.exit(1);
  }
}

void main();
