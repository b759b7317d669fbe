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
});
