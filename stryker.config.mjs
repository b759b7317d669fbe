// Mutation testing of the pure modules: run it as `npm run test:mutation`, which says what to mutate
// (scripts/mutation.ts). Not in CI: a full run takes many minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vite.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  ignorePatterns: ['dist', 'static/data', 'static/geo', 'bench/results', 'bench/.build', 'test-results', 'playwright-report'],
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
