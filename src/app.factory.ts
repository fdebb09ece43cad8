import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import { LogController } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { registerExplorerAssets } from './common/graphql/explorer.js';
import { registerHttpsOnlyHeaders } from './common/http/security-headers.js';
import { registerWebClient } from './common/http/web-client.js';
import { createRootLogger, PinoNestLogger } from './common/logging/logger.js';
import type { Clock } from './common/time/clock.js';
import type { JobClock } from './database/job-queue.js';
import type { AppConfig } from './config/app-config.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export interface CreateAppOptions {
  logger?: Logger;
  clock?: Clock;
  jobClock?: JobClock;
}

/**
 * Builds the whole application (not yet listening). Used by main.ts and by every
 * integration spec, so tests exercise exactly what production runs.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createRootLogger(config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // A caller's (or proxy's) X-Request-Id is kept when it looks sane, else we make one.
    genReqId: (request: IncomingMessage) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // Per-request lines are info level; above that, skip building them at all.
      disableRequestLogging: !['info', 'debug', 'trace'].includes(config.logLevel),
    }),
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    trustProxy: config.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, logger, clock: options.clock, jobClock: options.jobClock }),
    adapter,
    { logger: new PinoNestLogger(logger), abortOnError: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });
  await app.register(helmet, {
    // The JSON API needs no scripts; the development explorer (Altair) needs its own.
    contentSecurityPolicy: config.graphql.explorer
      ? {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'", "'unsafe-inline'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            fontSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            upgradeInsecureRequests: null,
          },
        }
      : {
          directives: {
            defaultSrc: ["'none'"],
            frameAncestors: ["'none'"],
            upgradeInsecureRequests: null,
          },
        },
    // Both only over HTTPS: registerHttpsOnlyHeaders adds them per request.
    hsts: false,
  });
  registerHttpsOnlyHeaders(fastify, config.publicUrl);
  // Browsers may call the API only from the configured origins.
  app.enableCors({ origin: config.corsOrigins.length > 0 ? [...config.corsOrigins] : false });
  if (config.graphql.explorer) registerExplorerAssets(fastify);
  // After Helmet: the client's route brings its own CSP, which Helmet reads as routes are added.
  await registerWebClient(app, config.webDistDir, logger);
  await app.init();
  return app;
}
