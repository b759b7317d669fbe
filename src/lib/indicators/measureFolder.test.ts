// The measure folder is the list of measures: every file in it is read, with the ELS metadata files it names.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_FILES } from '../../../scripts/pipeline/files';
import { elsFilesNamed, MEASURE_FOLDER, readMeasureFolder } from './measureFolder';

function folders(measures: Record<string, string>, raw: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'measure-folder-'));
  const measureDir = path.join(root, 'measures');
  const rawDir = path.join(root, 'raw');
  mkdirSync(measureDir);
  for (const [name, text] of Object.entries(measures)) writeFileSync(path.join(measureDir, name), text);
  for (const [name, text] of Object.entries(raw)) {
    mkdirSync(path.dirname(path.join(rawDir, name)), { recursive: true });
    writeFileSync(path.join(rawDir, name), text);
  }
  return { measureDir, rawDir };
}

const measureNaming = (...files: string[]) => JSON.stringify({ releases: files.map((file) => ({ els: { file } })) });

describe('readMeasureFolder', () => {
  it('reads every .json file of the folder, by name in order, and each ELS file they name once', () => {
    const { measureDir, rawDir } = folders(
      { 'b.json': measureNaming('ctx/x.metadata.json'), 'a.json': measureNaming('ctx/x.metadata.json', 'ctx/y.metadata.json'), 'notes.txt': 'not a measure' },
      { 'ctx/x.metadata.json': '{"x": 1}', 'ctx/y.metadata.json': '{"y": 2}' },
    );
    const folder = readMeasureFolder(measureDir, rawDir);
    expect(Object.keys(folder.measures)).toEqual(['a.json', 'b.json']);
    expect(folder.els).toEqual({ 'ctx/x.metadata.json': { x: 1 }, 'ctx/y.metadata.json': { y: 2 } });
    expect(folder.read.map((file) => path.relative(path.dirname(measureDir), file))).toEqual([
      'measures/a.json',
      'raw/ctx/x.metadata.json',
      'raw/ctx/y.metadata.json',
      'measures/b.json',
    ]);
  });

  it('names the file that is not JSON, and the ELS file a measure names that is not there', () => {
    const broken = folders({ 'a.json': '{"releases": [' }, {});
    expect(() => readMeasureFolder(broken.measureDir, broken.rawDir)).toThrow(/^a\.json: is not valid JSON \(/);
    const missing = folders({ 'a.json': measureNaming('ctx/gone.metadata.json') }, {});
    expect(() => readMeasureFolder(missing.measureDir, missing.rawDir)).toThrow(
      `a.json names ELS metadata ctx/gone.metadata.json, which: cannot be read from ${path.join(missing.rawDir, 'ctx/gone.metadata.json')}`,
    );
  });

  it('reads the repository: every measure file, and every ELS file named is one the data build vendors', () => {
    const folder = readMeasureFolder();
    expect(Object.keys(folder.measures)).toEqual(readdirSync(MEASURE_FOLDER).filter((name) => name.endsWith('.json')).sort());
    expect(Object.keys(folder.els).length).toBeGreaterThan(0);
    for (const file of Object.keys(folder.els)) expect(Object.values(RAW_FILES)).toContain(file);
  });
});

describe('elsFilesNamed', () => {
  it('takes the file names of releases that have one, and nothing from a file of another shape', () => {
    expect(elsFilesNamed({ releases: [{ els: { file: 'a' } }, {}, { els: {} }, { els: { file: 3 } }, null, { els: { file: 'b' } }] })).toEqual(['a', 'b']);
    expect(elsFilesNamed({ releases: 'x' })).toEqual([]);
    expect(elsFilesNamed(null)).toEqual([]);
    expect(elsFilesNamed(7)).toEqual([]);
  });
});
