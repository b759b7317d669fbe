import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PipelineError } from './errors.ts';
import { fsSource, memorySource } from './source.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hgm-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('raw sources', () => {
  it('records every file read with its sha256', () => {
    const source = memorySource({ 'b/x.csv': 'abc', 'a/y.csv': '' });
    expect(source.readText('b/x.csv')).toBe('abc');
    source.readText('a/y.csv');
    expect(source.inputs()).toEqual([
      { path: 'a/y.csv', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      { path: 'b/x.csv', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    ]);
  });

  it('names a missing file', () => {
    expect(() => fsSource(dir).readText('funds/missing.csv')).toThrow(PipelineError);
    expect(() => fsSource(dir).readText('funds/missing.csv')).toThrow(`funds/missing.csv: file not found (looked for ${path.join(dir, 'funds/missing.csv')})`);
    expect(() => memorySource({}).readText('funds/missing.csv')).toThrow(new PipelineError({ file: 'funds/missing.csv' }, 'file not found (in-memory source)'));
  });

  it('reads a file from disk, and takes a folder of that name for a missing file', () => {
    writeFileSync(path.join(dir, 'here.csv'), 'a,b\n');
    const source = fsSource(dir);
    expect(source.readText('here.csv')).toBe('a,b\n');
    expect(source.inputs()).toEqual([{ path: 'here.csv', sha256: '5be08c9684a1d25efcee09318204824278b08bbfb4aef973ffefd0b9d7478313' }]);
    mkdirSync(path.join(dir, 'folder.csv'));
    expect(() => source.readText('folder.csv')).toThrow(`folder.csv: file not found (looked for ${path.join(dir, 'folder.csv')})`);
  });

  it('rejects a file that is not UTF-8 rather than garbling names', () => {
    writeFileSync(path.join(dir, 'latin1.csv'), Buffer.from([0x61, 0x2c, 0xa3, 0x0a]));
    expect(() => fsSource(dir).readText('latin1.csv')).toThrow(/latin1\.csv: is not valid UTF-8/);
  });
});
