import { describe, expect, it } from 'vitest';
import { checkElsMetadata } from './elsMetadata.ts';
import { memorySource } from './source.ts';

const META = { 'ess-beta-metadata': { label: 'Deaths', decimalPlaces: 1 } };

describe('checkElsMetadata', () => {
  it('reads every ELS file the catalogue loaded, so the build lists it among its inputs', () => {
    const source = memorySource({ 'ctx/a.metadata.json': JSON.stringify(META, null, 2), 'ctx/b.metadata.json': '{"x": 1}' });
    checkElsMetadata(source, { 'ctx/a.metadata.json': META, 'ctx/b.metadata.json': { x: 1 } });
    expect(source.inputs().map((input) => input.path)).toEqual(['ctx/a.metadata.json', 'ctx/b.metadata.json']);
  });

  it('stops when the file read differs from what the catalogue loaded, or is not JSON', () => {
    expect(() => checkElsMetadata(memorySource({ 'a.metadata.json': '{"x": 2}' }), { 'a.metadata.json': { x: 1 } })).toThrow(
      "a.metadata.json: differs from the copy the catalogue was built from (the repository's data/raw)",
    );
    expect(() => checkElsMetadata(memorySource({ 'a.metadata.json': '{"x": ' }), { 'a.metadata.json': { x: 1 } })).toThrow('a.metadata.json: is not valid JSON');
  });

  it('holds for the real catalogue and the repository’s raw files', async () => {
    const { fsSource } = await import('./source.ts');
    const { VENDORED_RAW_DIR } = await import('./paths.ts');
    expect(() => checkElsMetadata(fsSource(VENDORED_RAW_DIR))).not.toThrow();
  });
});
