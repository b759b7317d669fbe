import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishOutputs } from './writer.ts';

let out: string;
beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'hgm-writer-'));
  mkdirSync(path.join(out, 'data'));
  writeFileSync(path.join(out, 'data', 'areas.json'), 'previous');
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const FILES = [
  { relPath: 'geo/lad.json', content: 'new geo' },
  { relPath: 'data/areas.json', content: 'new areas' },
];

describe('publishOutputs', () => {
  it('replaces outputs after validation and removes the staging folder', () => {
    publishOutputs(out, FILES, () => undefined, path.join(out, 'data'));
    expect(readFileSync(path.join(out, 'data', 'areas.json'), 'utf8')).toBe('new areas');
    expect(readFileSync(path.join(out, 'geo', 'lad.json'), 'utf8')).toBe('new geo');
    expect(readdirSync(path.join(out, 'data'))).toEqual(['areas.json']);
  });

  it('lets validation see the staged files, and leaves previous outputs untouched when it fails', () => {
    let seen = '';
    expect(() =>
      publishOutputs(out, FILES, (stage) => {
        seen = readFileSync(path.join(stage, 'data', 'areas.json'), 'utf8');
        throw new Error('validation failed');
      }),
    ).toThrow('validation failed');
    expect(seen).toBe('new areas');
    expect(readFileSync(path.join(out, 'data', 'areas.json'), 'utf8')).toBe('previous');
    expect(existsSync(path.join(out, 'geo'))).toBe(false);
    expect(readdirSync(out).filter((n) => n.startsWith('.staging'))).toEqual([]);
  });

  it('replaces an owned folder as a whole, so no file of an earlier build is left inside it', () => {
    mkdirSync(path.join(out, 'geo', 'tiles', '9'), { recursive: true });
    writeFileSync(path.join(out, 'geo', 'tiles', '9', 'stale.pbf'), 'old');
    const tile = new Uint8Array([0x1a, 0x02, 0x08, 0x01]);
    publishOutputs(out, [...FILES, { relPath: 'geo/tiles/0/0/0.pbf', content: tile }], () => undefined, path.join(out, 'data'), ['geo/tiles']);
    expect(readdirSync(path.join(out, 'geo', 'tiles'))).toEqual(['0']);
    expect([...readFileSync(path.join(out, 'geo', 'tiles', '0', '0', '0.pbf'))]).toEqual([...tile]);
    expect(readFileSync(path.join(out, 'geo', 'lad.json'), 'utf8')).toBe('new geo');
  });

  it('publishes nothing when given no files', () => {
    publishOutputs(out, [], () => undefined);
    expect(readdirSync(out)).toEqual(['data']);
  });

  it('removes an owned folder the build no longer writes, creates one under a new folder, and moves a file that only shares its name’s start', () => {
    mkdirSync(path.join(out, 'geo', 'old', '0'), { recursive: true });
    writeFileSync(path.join(out, 'geo', 'old', '0', 'stale.pbf'), 'old');
    const files = [...FILES, { relPath: 'geo/old.json', content: 'beside' }, { relPath: 'geo/msoa/tiles/0.pbf', content: 'tile' }];
    publishOutputs(out, files, () => undefined, path.join(out, 'data'), ['geo/old', 'geo/msoa/tiles']);
    expect(readdirSync(path.join(out, 'geo')).sort()).toEqual(['lad.json', 'msoa', 'old.json']);
    expect(readFileSync(path.join(out, 'geo', 'old.json'), 'utf8')).toBe('beside');
    expect(readFileSync(path.join(out, 'geo', 'msoa', 'tiles', '0.pbf'), 'utf8')).toBe('tile');
  });
});

describe('areasOutputs', () => {
  it('writes the first-view file, one file per measure and build.json, each indicator once', async () => {
    const { areasOutputs } = await import('./writer.ts');
    const { makeFile, code } = await import('../../src/lib/indicators/testAreas.ts');
    const { FIRST_VIEW_INDICATORS } = await import('../../src/lib/analysis/needs.ts');
    const { INDICATORS } = await import('../../src/lib/indicators/catalogue.ts');
    const files = areasOutputs(makeFile([{ code: code(1) }, { code: code(2) }]), FIRST_VIEW_INDICATORS);
    const paths = files.map((file) => file.relPath);
    expect(paths[0]).toBe('data/areas.json');
    expect(paths.at(-1)).toBe('data/build.json');
    expect(paths.slice(1, -1).every((p) => /^data\/measures\/[a-z0-9-]+\.json$/.test(p))).toBe(true);
    const held = files.flatMap((file) => Object.keys((JSON.parse(String(file.content)) as { indicators?: object }).indicators ?? {}));
    expect(held.sort()).toEqual(INDICATORS.map((entry) => entry.id).sort());
    expect(Object.keys((JSON.parse(String(files[0]!.content)) as { indicators: object }).indicators).sort()).toEqual([...FIRST_VIEW_INDICATORS].sort());
    expect(JSON.parse(String(files.at(-1)!.content))).toEqual({ schemaVersion: 2, coverage: [], inputs: [] });
  });
});
