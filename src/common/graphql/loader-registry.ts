import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import type { LoaderFactory, LoaderRequest, Loaders } from './loaders.js';

/**
 * Marks a feature's loader factory (`<Feature>Loaders`, an @Injectable with `create()`).
 * Nest has no multi-providers, so the registry finds the marked providers by this decorator's
 * metadata key instead of a shared injection token.
 */
export const ProvidesLoaders = DiscoveryService.createDecorator<void>();

/** Every feature's loader factories, assembled into one `Loaders` object per request. */
@Injectable()
export class LoaderRegistry implements OnApplicationBootstrap {
  private factories: LoaderFactory[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    this.factories = this.discovery
      .getProviders({ metadataKey: ProvidesLoaders.KEY })
      .map((wrapper) => wrapper.instance as LoaderFactory)
      .filter((factory) => typeof factory?.create === 'function');
    // Two features claiming one loader name would silently shadow each other: refuse to start.
    const owners = new Map<string, string>();
    for (const factory of this.factories) {
      for (const name of Object.keys(factory.create({ principal: () => null }))) {
        const owner = owners.get(name);
        if (owner) {
          throw new Error(
            `Loader "${name}" is created by both ${owner} and ${factory.constructor.name}`,
          );
        }
        owners.set(name, factory.constructor.name);
      }
    }
  }

  /** Fresh loaders for one request. */
  createLoaders(request: LoaderRequest): Loaders {
    const loaders = {} as Loaders;
    for (const factory of this.factories) Object.assign(loaders, factory.create(request));
    return loaders;
  }
}

@Module({
  imports: [DiscoveryModule],
  providers: [LoaderRegistry],
  exports: [LoaderRegistry],
})
export class LoaderRegistryModule {}
