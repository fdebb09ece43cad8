import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeFromAcceptLanguage, type Locale, type LocaleContext } from '../i18n/locale.js';
import type { LoaderRegistry } from './loader-registry.js';
import type { Loaders } from './loaders.js';

/** What every resolver can reach through `@Context()`; built once per HTTP request. */
export interface GraphqlContext extends LocaleContext {
  req: FastifyRequest;
  reply: FastifyReply;
  /**
   * The language for messages: Accept-Language when it names one of ours, else the signed-in
   * person's own (set by the AuthGuard), else Finnish.
   */
  locale: Locale;
  /** Every feature's per-request DataLoaders (see loaders.ts). */
  loaders: Loaders;
}

export function buildGraphqlContext(
  request: FastifyRequest,
  reply: FastifyReply,
  registry: LoaderRegistry,
): GraphqlContext {
  return {
    req: request,
    reply,
    locale: localeFromAcceptLanguage(request.headers['accept-language']),
    loaders: registry.createLoaders({ principal: () => request.principal ?? null }),
  };
}
