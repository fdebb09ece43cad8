import type { DiscoveryService } from '@nestjs/core';
import DataLoader from 'dataloader';
import { LoaderRegistry } from './loader-registry.js';
import type { LoaderFactory, LoaderRequest, Loaders } from './loaders.js';

// Loader names of this spec only (the features' real ones are declared in their modules).
type TestLoaders = Loaders & Record<string, DataLoader<string, string>>;

function registryOf(...factories: LoaderFactory[]): LoaderRegistry {
  const discovery = {
    getProviders: () => factories.map((instance) => ({ instance })),
  } as unknown as DiscoveryService;
  const registry = new LoaderRegistry(discovery);
  registry.onApplicationBootstrap();
  return registry;
}

class Echo implements LoaderFactory {
  batches: string[][] = [];
  create(request: LoaderRequest) {
    return {
      echo: new DataLoader<string, string>((keys) => {
        this.batches.push([...keys]);
        const who = request.principal()?.user.id ?? 'anonymous';
        return Promise.resolve(keys.map((key) => `${key}:${who}`));
      }),
    } as unknown as Partial<Loaders>;
  }
}

class Other implements LoaderFactory {
  create() {
    return {
      other: new DataLoader<string, string>((keys) => Promise.resolve([...keys])),
    } as unknown as Partial<Loaders>;
  }
}

describe('LoaderRegistry', () => {
  it("assembles every feature's loaders, fresh for each request, batching within one", async () => {
    const echo = new Echo();
    const registry = registryOf(echo, new Other());
    const first = registry.createLoaders({ principal: () => null }) as TestLoaders;
    const second = registry.createLoaders({ principal: () => null }) as TestLoaders;

    expect(Object.keys(first).sort()).toEqual(['echo', 'other']);
    expect(first.echo).not.toBe(second.echo);
    expect(await Promise.all([first.echo.load('a'), first.echo.load('b')])).toEqual([
      'a:anonymous',
      'b:anonymous',
    ]);
    // A second request asks again: nothing is cached between callers.
    await second.echo.load('a');
    expect(echo.batches).toEqual([['a', 'b'], ['a']]);
  });

  it('reads the caller when the batch runs, not when the loaders are made', async () => {
    let principal: { user: { id: string } } | null = null;
    const loaders = registryOf(new Echo()).createLoaders({
      principal: () => principal as never,
    }) as TestLoaders;
    principal = { user: { id: 'u1' } };
    expect(await loaders.echo.load('a')).toBe('a:u1');
  });

  it('refuses to start when two features create the same loader', () => {
    class EchoAgain extends Echo {}
    expect(() => registryOf(new Echo(), new EchoAgain())).toThrow(
      'Loader "echo" is created by both Echo and EchoAgain',
    );
  });
});
