// `npm run test:mutation [-- --mutate 'glob,glob']`: Stryker over the pure modules, or over the files given,
// one folder at a time on a small machine (`-- --mutate 'src/lib/state/**/*.ts' --concurrency 1`). Tests and
// test fixtures are left out of any pattern, so a folder glob never mutates the tests that judge it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mergeScores, renderScores, scoresFromReport, type ScoreBook, type StrykerReport } from './mutationReport.ts';
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

const REPORT = path.join(REPO_ROOT, 'reports', 'mutation', 'mutation.json');
const SCORES = path.join(REPO_ROOT, 'docs', 'mutation-scores.json');
const started = Date.now();

const stryker = path.join(REPO_ROOT, 'node_modules', '.bin', 'stryker');
const result = spawnSync(stryker, ['run', path.join(REPO_ROOT, 'stryker.config.mjs'), ...args], { stdio: 'inherit', cwd: REPO_ROOT, env: { ...process.env, MUTATION_RUN: '1' } });
process.exitCode = result.status ?? 1;

// Only a report this run wrote updates the book: a stale one from an earlier run would re-date old figures.
if (existsSync(REPORT) && statSync(REPORT).mtimeMs >= started) {
  const measured = new Date().toISOString().slice(0, 10);
  const older: ScoreBook = existsSync(SCORES) ? (JSON.parse(readFileSync(SCORES, 'utf8')) as ScoreBook) : {};
  const book = mergeScores(older, scoresFromReport(JSON.parse(readFileSync(REPORT, 'utf8')) as StrykerReport, measured));
  writeFileSync(SCORES, `${JSON.stringify(book, null, 1)}\n`);
  writeFileSync(path.join(REPO_ROOT, 'docs', 'MUTATION.md'), renderScores(book));
  console.log('Scores written to docs/MUTATION.md');
}
