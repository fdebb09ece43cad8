// Nest 12 ships ES modules only, so Jest runs in its native ESM mode (`npm test` passes
// --experimental-vm-modules). Unit specs sit next to pure logic in src/; integration specs
// in test/ boot the real app against a real PostgreSQL (embedded unless DATABASE_URL is
// set), one database per spec file. Browser specs in test/browser/ drive Debian's Chromium
// (playwright-core) against the real app and the built client (docs/web-client.md).
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // Sources import './x.js' (Node's ESM rule); Jest resolves the .ts file behind it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true, diagnostics: false }],
  },
};

/** @type {import('jest').Config} */
export default {
  // Integration specs boot an app and clone a database in their hooks.
  testTimeout: 60000,
  maxWorkers: process.env.CI ? 2 : '50%',
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      // test/web: checks over the web client's sources (its translations) that need no browser.
      roots: ['<rootDir>/src', '<rootDir>/test/web'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'browser',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
