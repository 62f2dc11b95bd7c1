// One jest run covers every tier: unit tests beside the code, integration tests of each
// subgraph against real PostgreSQL, end-to-end tests through the real gateway, and
// browser tests of the built system in Chromium.
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// intl-messageformat and its parser ship ES modules only: compiled like the sources.
const ESM_PACKAGES = ['/node_modules/(?!(?:\\.pnpm/)?(?:intl-messageformat|@formatjs))'];
const reflectMetadata = require.resolve('reflect-metadata', { paths: [path.join(__dirname, 'server')] });

const project = (displayName, rootDir, testMatch, extra = {}) => ({
  displayName,
  rootDir: path.join(__dirname, rootDir),
  testMatch,
  transform: { '^.+\\.[jt]sx?$': swc },
  transformIgnorePatterns: ESM_PACKAGES,
  setupFiles: [reflectMetadata],
  testEnvironment: 'node',
  ...extra,
});

module.exports = {
  globalSetup: './server/test-support/global-setup.ts',
  globalTeardown: './server/test-support/global-teardown.ts',
  transform: { '^.+\\.tsx?$': swc },
  testTimeout: 60_000,
  projects: [
    project('unit', 'server', ['**/__tests__/**/*.test.ts'], {
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '/node_modules/', '/dist/'],
    }),
    project('server', 'server', ['**/__tests__/**/*.int.test.ts'], { testPathIgnorePatterns: ['/node_modules/', '/dist/'] }),
    // The dashboard's data shaping (ranges, unknowns, CSV rows): pure functions, no browser.
    project('dashboard', 'dashboard', ['<rootDir>/src/**/__tests__/**/*.test.ts']),
    project('e2e', 'tests', ['<rootDir>/e2e/**/*.test.ts', '<rootDir>/docker/**/*.test.ts']),
    // Real Chromium against the built server (`pnpm build` first); kept out of e2e, which runs from source.
    project('browser', 'tests', ['<rootDir>/browser/**/*.test.ts'], {
      setupFilesAfterEnv: ['<rootDir>/browser/support/jest-timeout.ts'],
    }),
  ],
};
