import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { allInputs, PIPELINE_ENTRY } from './freshness.ts';
import { RAW_FILES } from './files.ts';
import { rawDataDir, REPO_ROOT } from './paths.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hgm-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The test that fails when an import of the pipeline goes unwatched: run the real build, record every module
// Node loads and every raw file the build says it read, and require each of them to be watched.
describe.skipIf(!existsSync(rawDataDir()))('the watched inputs cover a real build', () => {
  it('watches every module of this repository the build loads, and every raw file it reads', () => {
    const out = mkdtempSync(path.join(dir, 'build-'));
    const log = path.join(out, 'modules.log');
    const recorder = path.join(REPO_ROOT, 'scripts', 'pipeline', 'fixtures', 'recordModules.mjs');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', recorder, path.join(REPO_ROOT, PIPELINE_ENTRY)], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_OUT: out, RECORD_MODULES: log },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const watched = new Set(allInputs(rawDataDir(), REPO_ROOT));
    const loaded = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))]
      .map((url) => fileURLToPath(url))
      .filter((file) => file.startsWith(`${REPO_ROOT}${path.sep}`) && !file.includes(`${path.sep}node_modules${path.sep}`));
    expect(loaded.length).toBeGreaterThan(20);
    expect(loaded.filter((file) => !watched.has(file))).toEqual([]);
    const { inputs } = JSON.parse(readFileSync(path.join(out, 'data', 'build.json'), 'utf8')) as { inputs: { path: string }[] };
    expect(inputs.length).toBe(Object.keys(RAW_FILES).length);
    expect(inputs.map((input) => path.join(rawDataDir(), input.path)).filter((file) => !watched.has(file))).toEqual([]);
  }, 60_000);
});
