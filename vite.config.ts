import { configDefaults, defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtCatalogue } from './scripts/cataloguePlugin.ts';

export default defineConfig({
  // Vitest reads the measure folder itself (catalogueEntries.ts), so a test can add a measure file to it.
  plugins: [svelte(), ...(process.env.VITEST ? [] : [builtCatalogue()])],
  // The chances worker reads the catalogue too.
  worker: { format: 'es', plugins: () => [builtCatalogue()] },
  // The data pipeline writes static/geo and static/data; they are served as-is from the site root.
  publicDir: 'static',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // Under Stryker (scripts/mutation.ts) the contract fuzz test would rerun its 600 corruptions for every
    // mutant of every module it imports; the field-by-field contract tests judge those mutants instead.
    // The pipeline's integration tests build from the real raw data in a beforeAll, which Stryker counts as
    // "static" coverage: every pipeline mutant would then rerun every related test, hours a folder. Unit tests
    // judge the modules; only the build's own steps (build*.ts, newMeasures.ts) are scored with
    // MUTATION_INTEGRATION=1, as nothing smaller exercises them.
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.MUTATION_RUN ? ['src/lib/analysis/contract.fuzz.test.ts'] : []),
      ...(process.env.MUTATION_RUN && !process.env.MUTATION_INTEGRATION ? ['scripts/**/*.integration.test.ts'] : []),
    ],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
  },
});
