import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pipelineSourceFiles, staleReason } from './freshness.ts';
import { REPO_ROOT } from './paths.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hgm-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, secondsAgo: number): string {
  const p = path.join(dir, name);
  writeFileSync(p, name);
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(p, t, t);
  return p;
}

describe('staleReason', () => {
  it('is null when every output is newer than every input', () => {
    expect(staleReason([file('in1', 100), file('in2', 90)], [file('out1', 10), file('out2', 20)])).toBeNull();
  });

  it('names a missing output', () => {
    expect(staleReason([file('in3', 100)], [path.join(dir, 'nope')])).toMatch(/^output missing: .*nope$/);
  });

  it('names an input newer than the oldest output', () => {
    expect(staleReason([file('in4', 5)], [file('out3', 1), file('out4', 10)])).toMatch(/in4 is newer than .*out4$/);
  });

  it('treats a missing input as stale so the rebuild reports it', () => {
    expect(staleReason([path.join(dir, 'gone')], [file('out5', 1)])).toMatch(/^input missing/);
  });
});

describe('pipelineSourceFiles', () => {
  it('watches the pipeline code, the contract and the catalogue, but not tests or fixtures', () => {
    const files = pipelineSourceFiles(REPO_ROOT).map((f) => path.relative(REPO_ROOT, f));
    expect(files).toContain(path.join('scripts', 'build-data.ts'));
    expect(files).toContain(path.join('scripts', 'pipeline', 'csv.ts'));
    expect(files).toContain(path.join('src', 'lib', 'data', 'types.ts'));
    expect(files).toContain(path.join('src', 'lib', 'indicators', 'catalogue.ts'));
    expect(files.some((f) => f.endsWith('.test.ts') || f.includes('fixtures'))).toBe(false);
  });
});
