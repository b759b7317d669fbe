// `npm run test:mutation [-- --mutate 'glob,glob']`: Stryker over the pure modules, leaving tests and test
// fixtures out of any `--mutate` given, so a folder glob never mutates the tests that judge it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './pipeline/paths.ts';
import { NOT_PRODUCTION } from '../stryker.config.mjs';

const withoutTests = (mutate: string): string => [...mutate.split(','), ...NOT_PRODUCTION.map((pattern) => `!${pattern}`)].join(',');

const args = process.argv.slice(2).map((arg, i, all) => {
  if (arg.startsWith('--mutate=')) return `--mutate=${withoutTests(arg.slice('--mutate='.length))}`;
  const previous = all[i - 1];
  return previous === '--mutate' || previous === '-m' ? withoutTests(arg) : arg;
});
const stryker = path.join(REPO_ROOT, 'node_modules', '.bin', 'stryker');
const result = spawnSync(stryker, ['run', path.join(REPO_ROOT, 'stryker.config.mjs'), ...args], { stdio: 'inherit', cwd: REPO_ROOT });
process.exitCode = result.status ?? 1;
