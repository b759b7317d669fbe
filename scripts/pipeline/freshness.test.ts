import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allInputs, allOutputs, importGraph, pipelineSourceFiles, rawInputs, relativeImports, staleReason } from './freshness.ts';
import { OUTPUT_FILES, RAW_FILES } from './files.ts';
import { REPO_ROOT } from './paths.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hgm-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// One clock reading for all files, so that "as old as" is exact.
const NOW = Math.floor(Date.now() / 1000);

function file(name: string, secondsAgo: number): string {
  const p = path.join(dir, name);
  writeFileSync(p, name);
  const t = NOW - secondsAgo;
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
    expect(staleReason([path.join(dir, 'gone')], [file('out5', 1)])).toBe(`input missing: ${path.join(dir, 'gone')}`);
  });

  it('is fresh when an input is exactly as old as the oldest output', () => {
    expect(staleReason([file('in6', 50)], [file('out6', 50), file('out7', 10)])).toBeNull();
  });

  it('names the first missing output before looking at any input', () => {
    expect(staleReason([path.join(dir, 'gone')], [file('out8', 1), path.join(dir, 'nope2')])).toBe(`output missing: ${path.join(dir, 'nope2')}`);
  });

  it('compares with the oldest output wherever it is in the list', () => {
    const inputs = [file('in9', 30)];
    expect(staleReason(inputs, [file('out9', 40), file('out10', 5)])).toBe(`${inputs[0]} is newer than ${path.join(dir, 'out9')}`);
    expect(staleReason(inputs, [file('out11', 5), file('out12', 40)])).toBe(`${inputs[0]} is newer than ${path.join(dir, 'out12')}`);
    expect(staleReason(inputs, [file('out13', 40), file('out14', 40)])).toBe(`${inputs[0]} is newer than ${path.join(dir, 'out13')}`);
  });
});

describe('relativeImports', () => {
  it('finds static, re-exported, side-effect, multi-line and dynamic imports, and skips packages and comments', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b';",
      "export { c } from './c.ts';",
      "import './d.ts';",
      'import {',
      '  e,',
      "} from './e.ts';",
      "const f = await import('./f.ts');",
      "import path from 'node:path';",
      "import { feature } from 'topojson-client';",
      "// import { g } from './g.ts';",
      "/* export { h } from './h.ts'; */",
      "const url = 'http://example.org/x'; import { i } from './i.ts';",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a.ts', '../b', './c.ts', './d.ts', './e.ts', './f.ts', './i.ts']);
  });

  it('finds imports written without spaces or with spaces inside the brackets, and keeps a quote before a comment', () => {
    const source = [
      "// import './first.ts';",
      "import{a}from'./a.ts';",
      "import'./b.ts';",
      "const c = await import ('./c.ts');",
      "const d = await import( './d.ts' );",
      "import './e.ts'// the side effect",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts']);
  });
});

describe('importGraph', () => {
  it('follows imports across folders, with or without the extension, each file once', () => {
    const root = mkdtempSync(path.join(dir, 'graph-'));
    mkdirSync(path.join(root, 'scripts'));
    mkdirSync(path.join(root, 'src', 'map'), { recursive: true });
    writeFileSync(path.join(root, 'scripts', 'entry.ts'), "import { x } from './x.ts';\nimport { layer } from '../src/map/layers';\nimport { z } from './lib.js/z.js';\nimport { w } from './w';\n");
    mkdirSync(path.join(root, 'scripts', 'lib.js'));
    writeFileSync(path.join(root, 'scripts', 'lib.js', 'z.ts'), 'export const z = 3;\n');
    mkdirSync(path.join(root, 'scripts', 'w'));
    writeFileSync(path.join(root, 'scripts', 'w', 'index.ts'), 'export const w = 4;\n');
    writeFileSync(path.join(root, 'scripts', 'x.ts'), "export { layer } from '../src/map/layers.ts';\nexport const x = 1;\n");
    writeFileSync(path.join(root, 'src', 'map', 'layers.ts'), "import { y } from './index.js';\nexport const layer = 'areas';\n");
    writeFileSync(path.join(root, 'src', 'map', 'index.ts'), 'export const y = 2;\n');
    const files = importGraph(path.join(root, 'scripts', 'entry.ts')).map((f) => path.relative(root, f));
    expect(files).toEqual([
      path.join('scripts', 'entry.ts'),
      path.join('scripts', 'x.ts'),
      path.join('src', 'map', 'layers.ts'),
      path.join('src', 'map', 'index.ts'),
      path.join('scripts', 'lib.js', 'z.ts'),
      path.join('scripts', 'w', 'index.ts'),
    ]);
  });

  it('names a module whose import is not a file', () => {
    const root = mkdtempSync(path.join(dir, 'broken-'));
    writeFileSync(path.join(root, 'entry.ts'), "import { gone } from './gone.ts';\n");
    expect(() => importGraph(path.join(root, 'entry.ts'))).toThrow(/entry\.ts imports \.\/gone\.ts, which is not a file/);
  });
});

describe('pipelineSourceFiles', () => {
  const watchedFiles = () => pipelineSourceFiles(REPO_ROOT).map((f) => path.relative(REPO_ROOT, f));

  it('watches the pipeline code, what it imports from src/ (the tile layer names too) and the lock file', () => {
    const files = watchedFiles();
    expect(files).toContain(path.join('scripts', 'build-data.ts'));
    expect(files).toContain(path.join('scripts', 'pipeline', 'csv.ts'));
    expect(files).toContain(path.join('src', 'lib', 'data', 'types.ts'));
    expect(files).toContain(path.join('src', 'lib', 'indicators', 'catalogue.ts'));
    expect(files).toContain(path.join('src', 'lib', 'map', 'boundaries.ts'));
    expect(files).toContain('package-lock.json');
  });

  it('leaves out tests, fixtures and scripts the pipeline does not run', () => {
    const files = watchedFiles();
    expect(files.filter((f) => f.endsWith('.test.ts') || f.includes('fixtures'))).toEqual([]);
    expect(files).not.toContain(path.join('scripts', 'ensure-data.ts'));
  });
});

describe('rawInputs', () => {
  it('watches each raw file the pipeline reads, present or not, and every other file in the raw folder', () => {
    const raw = mkdtempSync(path.join(dir, 'raw-'));
    mkdirSync(path.join(raw, 'funds'));
    writeFileSync(path.join(raw, RAW_FILES.luf), 'x');
    writeFileSync(path.join(raw, 'MANIFEST.sha256'), 'x');
    const inputs = rawInputs(raw).map((f) => path.relative(raw, f));
    expect(inputs.sort()).toEqual([...Object.values(RAW_FILES), 'MANIFEST.sha256'].sort());
    expect(rawInputs(path.join(dir, 'no-such-folder')).length).toBe(Object.keys(RAW_FILES).length);
  });

  it('watches files only: a link in the raw folder is not followed', () => {
    const raw = mkdtempSync(path.join(dir, 'raw-link-'));
    writeFileSync(path.join(raw, 'MANIFEST.sha256'), 'x');
    symlinkSync(path.join(raw, 'MANIFEST.sha256'), path.join(raw, 'link.sha256'));
    const declared = new Set<string>(Object.values(RAW_FILES));
    expect(rawInputs(raw).map((f) => path.relative(raw, f)).filter((f) => !declared.has(f))).toEqual(['MANIFEST.sha256']);
  });
});

describe('allInputs and allOutputs', () => {
  it('watches the raw files and the pipeline code together', () => {
    const raw = mkdtempSync(path.join(dir, 'raw-all-'));
    writeFileSync(path.join(raw, 'MANIFEST.sha256'), 'x');
    const inputs = allInputs(raw, REPO_ROOT);
    expect(inputs.slice(0, rawInputs(raw).length)).toEqual(rawInputs(raw));
    expect(inputs.slice(rawInputs(raw).length)).toEqual(pipelineSourceFiles(REPO_ROOT));
    expect(inputs).toContain(path.join(raw, 'MANIFEST.sha256'));
  });

  it('expects every output file under the output root', () => {
    const outputs = allOutputs('/out');
    expect(outputs).toHaveLength(Object.keys(OUTPUT_FILES).length);
    expect(outputs).toContain(path.join('/out', 'data', 'areas.json'));
    expect(outputs).toContain(path.join('/out', 'geo', 'lad2020.topo.json'));
  });
});
