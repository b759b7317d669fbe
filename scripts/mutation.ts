// `npm run test:mutation [-- --mutate 'glob,glob']`: Stryker over the pure modules, or over the files given,
// one folder at a time on a small machine (`-- --mutate 'src/lib/state/**/*.ts' --concurrency 1`). Tests and
// test fixtures are left out of any pattern, so a folder glob never mutates the tests that judge it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './pipeline/paths.ts';

const PURE_MODULES = [
  'src/lib/analysis/**/*.ts',
  'src/lib/state/**/*.ts',
  'src/lib/indicators/**/*.ts',
  'src/lib/data/**/*.ts',
  'src/lib/search.ts',
  'src/lib/format.ts',
  'scripts/pipeline/**/*.ts',
];
// .svelte.ts files hold runes state, not logic; testAreas.ts and fakeBrowser.ts are test stand-ins.
const NOT_PRODUCTION = ['**/*.test.ts', '**/fixtures/**', 'src/lib/indicators/testAreas.ts', 'src/lib/state/fakeBrowser.ts', '**/*.svelte.ts'];

const withoutTests = (patterns: string): string => [...patterns.split(','), ...NOT_PRODUCTION.map((pattern) => `!${pattern}`)].join(',');

const given = process.argv.slice(2);
const args = given.map((arg, i) => {
  if (arg.startsWith('--mutate=')) return `--mutate=${withoutTests(arg.slice('--mutate='.length))}`;
  return given[i - 1] === '--mutate' || given[i - 1] === '-m' ? withoutTests(arg) : arg;
});
if (!given.some((arg) => arg === '--mutate' || arg === '-m' || arg.startsWith('--mutate='))) args.push('--mutate', withoutTests(PURE_MODULES.join(',')));

const stryker = path.join(REPO_ROOT, 'node_modules', '.bin', 'stryker');
const result = spawnSync(stryker, ['run', path.join(REPO_ROOT, 'stryker.config.mjs'), ...args], { stdio: 'inherit', cwd: REPO_ROOT, env: { ...process.env, MUTATION_RUN: '1' } });
process.exitCode = result.status ?? 1;
