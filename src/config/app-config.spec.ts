import path from 'node:path';
import { ConfigValidationError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('starts with no environment at all, on the embedded defaults', () => {
    const config = loadConfig({}, '/srv/akatemia');
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/akatemia', '.data'),
      webDistDir: path.resolve('/srv/akatemia', 'web/dist'),
      logLevel: 'info',
      publicUrl: 'http://127.0.0.1:3000',
      seedDemoData: true,
      graphql: {
        introspection: true,
        explorer: true,
        maxDepth: 12,
        maxComplexity: 10000,
        maxTokens: 5000,
        maxResponseBytes: 4194304,
      },
    });
  });

  it('turns production defaults off: no demo data, introspection or explorer', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db/akatemia',
    });
    expect(config.isProduction).toBe(true);
    expect(config.seedDemoData).toBe(false);
    expect(config.graphql).toMatchObject({ introspection: false, explorer: false });
  });

  it('parses numbers, booleans and lists from their string form', () => {
    const config = loadConfig({
      PORT: '8080',
      GRAPHQL_INTROSPECTION: 'false',
      SEED_DEMO_DATA: 'no',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      PUBLIC_URL: 'https://akatemia.example/',
    });
    expect(config.port).toBe(8080);
    expect(config.graphql.introspection).toBe(false);
    expect(config.seedDemoData).toBe(false);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.publicUrl).toBe('https://akatemia.example');
  });

  it('bounds database waits: pool wait 3 s, contended locks 1 s, queries 5 s past the statement timeout', () => {
    expect(loadConfig({}).database).toMatchObject({
      poolWaitMs: 3000,
      contendedLockTimeoutMs: 1000,
      queryTimeoutMs: 20000,
    });
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '30000' }).database.queryTimeoutMs).toBe(
      35000,
    );
    expect(loadConfig({ DATABASE_QUERY_TIMEOUT_MS: '1000' }).database.queryTimeoutMs).toBe(1000);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it('lists every problem at once, naming each variable, and never echoes a secret', () => {
    let caught: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        NODE_ENV: 'staging',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://root:hunter2@db/akatemia',
        PUBLIC_URL: 'not a url',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    const { problems, message } = caught as ConfigValidationError;
    expect(problems).toHaveLength(5);
    for (const name of ['PORT', 'NODE_ENV', 'LOG_LEVEL', 'DATABASE_URL', 'PUBLIC_URL']) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('hunter2');
    expect(message).toContain('"eighty"');
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must not be greater than 65535/);
  });
});
