import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_VIEW_INDICATORS } from '../../src/lib/analysis/needs.ts';
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import type { UpperTierHle } from '../../src/lib/data/upperTierHle.ts';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { makeFile } from '../../src/lib/indicators/testAreas.ts';
import { GEOMETRY_OPTIONS, outputFiles, publishFiles, type Outputs } from './build.ts';
import type { Districts } from './buildBase.ts';
import { districtBoundaries } from './buildGeography.ts';
import { coverageLine } from './coverage.ts';
import { areasCsv } from './csvOut.ts';
import { THREE_DISTRICTS } from './fixtures/threeDistricts.ts';
import { svgPaths } from './svgPaths.ts';
import type { TileJson } from './tiles.ts';
import { areasOutputs } from './writer.ts';

// The write step on three square districts: what it writes where, and that nothing replaces the old outputs
// unless the new ones pass validation. The real build's outputs are checked in build.integration.test.ts.
const CODES = THREE_DISTRICTS.features.map((f) => f.properties.code);

function outputs(): Outputs {
  const base = THREE_DISTRICTS.features.map(({ properties: { code, name } }) => ({ code, name, utla: { code, name }, region: code === 'E06000003' ? { code: 'E12000002', name: 'North West' } : { code: 'E12000001', name: 'North East' } }));
  const features = { ...THREE_DISTRICTS, features: THREE_DISTRICTS.features.map((f) => ({ ...f, id: f.properties.code })) };
  const boundaries = districtBoundaries({ base, features } as unknown as Districts, { ...GEOMETRY_OPTIONS, minTriangleAreaM2: 0, minVerticesLargestRing: 4 });
  const tileSet = (name: string) => ({ tileJson: { name } as unknown as TileJson, tiles: [{ z: 6, x: 31, y: 20, data: new Uint8Array([1, 2, 3]) }] });
  const hleUpperTier: UpperTierHle = { source: 'hle/series.csv', periods: ['2022–24'], england: { male: [null], female: [null] }, areas: [] };
  const made = makeFile(CODES.map((code) => ({ code })));
  const areasFile = { ...made, coverage: Object.values(made.indicators).map(coverageLine) };
  return {
    boundaries: { ...boundaries, areas: areasFile.areas },
    geographies: [
      { geography: GEOGRAPHIES.lad2020, tiles: boundaries.tileSet, figuresJson: null },
      { geography: GEOGRAPHIES.msoa2011, tiles: tileSet('msoa'), figuresJson: '{"msoa":1}' },
      { geography: GEOGRAPHIES.utla2023, tiles: tileSet('utla'), figuresJson: JSON.stringify(hleUpperTier) },
    ],
    areasFile,
    postcodesJson: '{"TS24":["E06000001"]}',
    similar: { file: { similar: 1 } } as unknown as Outputs['similar'],
  };
}

describe('outputFiles', () => {
  it('lays out every output file: tiles under their geography, figures, boundaries, the catalogue and areas.json split by view', () => {
    const given = outputs();
    const files = outputFiles(given);
    const districtTiles = given.boundaries.tileSet.tiles.map((tile) => `geo/lad2020/${tile.z}/${tile.x}/${tile.y}.pbf`);
    const split = areasOutputs(given.areasFile, FIRST_VIEW_INDICATORS);
    expect(files.map((f) => f.relPath)).toEqual([
      'geo/lad2020/tiles.json',
      ...districtTiles,
      'geo/msoa2011/tiles.json',
      'geo/msoa2011/6/31/20.pbf',
      'data/msoa2011.json',
      'geo/utla2023/tiles.json',
      'geo/utla2023/6/31/20.pbf',
      'data/hle-upper-tier.json',
      'geo/lad2020.topo.json',
      'geo/lad2020.svg.json',
      'data/indicators.json',
      'data/areas.csv',
      ...split.map((f) => f.relPath),
      'data/postcodes.json',
      'data/similar.json',
    ]);
    const content = (relPath: string) => files.find((f) => f.relPath === relPath)?.content;
    expect(content('geo/msoa2011/tiles.json')).toBe('{"name":"msoa"}');
    expect(content('geo/msoa2011/6/31/20.pbf')).toEqual(new Uint8Array([1, 2, 3]));
    expect(content('data/msoa2011.json')).toBe('{"msoa":1}');
    expect(content('geo/utla2023/tiles.json')).toBe('{"name":"utla"}');
    expect(content('geo/lad2020.topo.json')).toBe(JSON.stringify(given.boundaries.simplified.topology));
    expect(content('geo/lad2020/tiles.json')).toBe(JSON.stringify(given.boundaries.tileSet.tileJson));
    expect(content('geo/lad2020.svg.json')).toBe(JSON.stringify(svgPaths(given.boundaries.layers)));
    expect(content(districtTiles[0] ?? '')).toBe(given.boundaries.tileSet.tiles[0]?.data);
    expect(content('data/indicators.json')).toBe(JSON.stringify(INDICATORS));
    expect(content('data/hle-upper-tier.json')).toBe(given.geographies[2]?.figuresJson);
    expect(content('data/areas.csv')).toBe(areasCsv(given.areasFile.areas, Object.values(given.areasFile.indicators)));
    for (const f of split) expect(content(f.relPath)).toBe(f.content);
    expect(content('data/postcodes.json')).toBe('{"TS24":["E06000001"]}');
    expect(content('data/similar.json')).toBe('{"similar":1}');
  });
});

describe('publishFiles', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), 'hgm-publish-'));
    // The previous build's outputs: a stale district tile and an areas.json.
    mkdirSync(path.join(out, 'geo', 'lad2020', '9'), { recursive: true });
    writeFileSync(path.join(out, 'geo', 'lad2020', '9', 'stale.pbf'), 'old');
    mkdirSync(path.join(out, 'data'));
    writeFileSync(path.join(out, 'data', 'areas.json'), 'old');
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('replaces the outputs once they validate, the tile folders as a whole, and logs each file and the tile count', () => {
    const files = outputFiles(outputs());
    const log: string[] = [];
    publishFiles(files, out, (line) => log.push(line), 3);
    expect(existsSync(path.join(out, 'geo', 'lad2020', '9'))).toBe(false);
    expect(readFileSync(path.join(out, 'data', 'areas.json'), 'utf8')).toBe(files.find((f) => f.relPath === 'data/areas.json')?.content);
    expect(readdirSync(path.join(out, 'data')).filter((name) => name.startsWith('.staging'))).toEqual([]);
    const notTiles = files.filter((f) => !f.relPath.endsWith('.pbf'));
    expect(log).toEqual([
      ...notTiles.map((f) => `Wrote ${path.join(out, f.relPath)} (${Buffer.byteLength(f.content).toLocaleString('en-GB')} bytes)`),
      `Wrote ${files.length - notTiles.length} tiles under ${['geo/lad2020', 'geo/msoa2011', 'geo/utla2023'].map((dir) => path.join(out, dir)).join(', ')}`,
    ]);
    expect(log[1]).toBe(`Wrote ${path.join(out, 'geo/msoa2011/tiles.json')} (15 bytes)`);
  });

  it("leaves the previous outputs untouched when the new ones fail validation (England's 314 districts unless told otherwise)", () => {
    const log: string[] = [];
    expect(() => publishFiles(outputFiles(outputs()), out, (line) => log.push(line))).toThrow(/^output validation failed:\n {2}.*314/);
    expect(readFileSync(path.join(out, 'geo', 'lad2020', '9', 'stale.pbf'), 'utf8')).toBe('old');
    expect(readFileSync(path.join(out, 'data', 'areas.json'), 'utf8')).toBe('old');
    expect(readdirSync(path.join(out, 'data'))).toEqual(['areas.json']);
    expect(log).toEqual([]);
  });
});
