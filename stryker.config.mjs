// Mutation testing of the pure modules (`npm run test:mutation`; not in CI: a full run takes many minutes).
// One folder at a time: `npm run test:mutation -- --mutate 'src/lib/state/**/*.ts'` (tests and fixtures
// are left out of any pattern by scripts/mutation.ts).
/** Tests and test fixtures: never mutated, whatever `--mutate` asks for. */
export const NOT_PRODUCTION = ['**/*.test.ts', '**/fixtures/**', 'src/lib/data/testAreas.ts', '**/*.svelte.ts'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vite.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/lib/analysis/**/*.ts',
    'src/lib/state/**/*.ts',
    'src/lib/indicators/**/*.ts',
    'src/lib/data/**/*.ts',
    'src/lib/search.ts',
    'src/lib/format.ts',
    'scripts/pipeline/**/*.ts',
    ...NOT_PRODUCTION.map((pattern) => `!${pattern}`),
  ],
  ignorePatterns: ['dist', 'static/data', 'static/geo', 'bench/results', 'bench/.build', 'test-results', 'playwright-report'],
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
