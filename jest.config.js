/** One jest run: fast unit tests of libs/ and end-to-end tests of both apps on real PostgreSQL and Redis. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      // Path aliases resolved at transform time, so that globalSetup (outside jest's resolver) sees them too.
      baseUrl: __dirname,
      paths: Object.fromEntries(
        ['domain', 'db', 'queue', 'minutes', 'config', 'notifications'].flatMap((lib) => [
          [`@quorum/${lib}`, [`./libs/${lib}/src`]],
          [`@quorum/${lib}/*`, [`./libs/${lib}/src/*`]],
        ]),
      ),
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  // NestJS 12 and a few of its dependencies ship ES modules only: let swc turn them into CommonJS.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|uint8array-extras|@tokenizer|load-esm|@borewit|content-disposition)/)',
  ],
  moduleNameMapper: { '^@quorum/(domain|db|queue|minutes|config|notifications)(/.*)?$': '<rootDir>/libs/$1/src$2' },
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
  // Three on two cores: several suites wait on a worker process, an SMTP peer or a lock expiring, and a
  // third worker keeps the CPU busy meanwhile (147 s against 191 s with two, on a quiet machine).
  maxWorkers: 3,
  testTimeout: 30_000,
};
