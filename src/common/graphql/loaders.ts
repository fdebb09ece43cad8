import type { Principal } from '../auth/principal.js';

/**
 * The per-request DataLoaders, by name (`context.loaders.eventHosts`). This file names no
 * feature: each feature adds its own keys from its `<feature>.loaders.ts` by declaration
 * merging —
 *
 *   declare module '../../common/graphql/loaders.js' {
 *     interface Loaders { eventHosts: DataLoader<string, HostSummary[]> }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the features
export interface Loaders {}

/** What a loader factory may know about the request it serves. */
export interface LoaderRequest {
  /**
   * The caller as the AuthGuard resolved them, or null when anonymous. Read it when a batch
   * runs, not when the loader is created: the guard runs after the context is built.
   */
  principal(): Principal | null;
}

/**
 * A feature's loaders: `create` runs once per GraphQL request and returns fresh DataLoaders,
 * so nothing is cached across callers. Mark the class with @ProvidesLoaders() and list it in
 * its module's providers; the GraphQL context assembles every such factory.
 */
export interface LoaderFactory {
  create(request: LoaderRequest): Partial<Loaders>;
}
