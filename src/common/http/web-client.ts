import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';

/** Paths that stay the API's: never a file of the client, never its app shell. */
export const API_PATHS = ['/graphql', '/calendar', '/exports', '/health'] as const;

/** Hashed file names (Vite's `assets/`): a new build gets new names, so a year is safe. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the other unhashed files: revalidated (ETag) on every load. */
export const REVALIDATE = 'no-cache';

/**
 * The client's Content-Security-Policy: its own scripts only (the build has no inline
 * script), and inline styles, which suomifi-ui-components' styled-components injects as
 * <style> tags. Calls go to the same origin (/graphql); nothing may frame the pages.
 */
export const WEB_CLIENT_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Added per request over HTTPS only (security-headers.ts).
  upgradeInsecureRequests: null,
};

export function isApiPath(pathname: string): boolean {
  return API_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** A browser navigating to a page names text/html; fetch(), curl and <script> do not. */
export function wantsHtml(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return type === 'text/html' && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Serves the built web client (web/dist by default, WEB_DIST_DIR) at `/` when it has an
 * index.html: its files, compressed when the build left `.br`/`.gz` beside them
 * (scripts/precompress-web.mjs), and index.html for every other GET that asks for a page,
 * so client-side routes (`/sign-in?token=…`, `/academies/x/application`) load the app. The
 * API's paths and every request that is not for a page keep the API's JSON 404.
 * Answers whether the client is served.
 */
export async function registerWebClient(
  app: NestFastifyApplication,
  root: string,
  logger: Logger,
): Promise<boolean> {
  if (!(await isFile(path.join(root, 'index.html')))) {
    logger.info({ webDistDir: root }, 'No built web client; serving the API only');
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    // One route of our own below decides what is a file, a page or an API 404.
    serve: false,
    preCompressed: true,
    // A stray .env or .git in the folder is never served.
    dotfiles: 'ignore',
    // Cache-Control is ours (setHeaders): @fastify/send's default would be max-age=0.
    cacheControl: false,
    setHeaders: (reply: FastifyReply, file: string) => {
      const relative = path.relative(root, file);
      void reply.header(
        'cache-control',
        relative.startsWith(`assets${path.sep}`) ? IMMUTABLE : REVALIDATE,
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get(
    '/*',
    { helmet: { contentSecurityPolicy: { directives: WEB_CLIENT_CSP_DIRECTIVES } } },
    async (request, reply) => {
      const relative = (request.params as { '*': string })['*'];
      const pathname = `/${relative}`;
      if (isApiPath(pathname)) return reply.callNotFound();
      const file = path.resolve(root, relative);
      // Nothing outside the client's folder, however the path is spelled (send checks too).
      if (relative !== '' && file.startsWith(root + path.sep) && (await isFile(file))) {
        return reply.sendFile(relative);
      }
      // A missing hashed file is a 404 (an old page asking for a removed build), not a page.
      if (wantsHtml(request.headers.accept) && !pathname.startsWith('/assets/')) {
        return reply.sendFile('index.html');
      }
      return reply.callNotFound();
    },
  );
  logger.info({ webDistDir: root }, 'Serving the web client at /');
  return true;
}
