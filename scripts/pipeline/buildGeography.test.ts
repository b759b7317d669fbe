import { describe, expect, it } from 'vitest';
import { GEOMETRY_OPTIONS } from './build.ts';
import { readDistricts, type Districts } from './buildBase.ts';
import { districtBoundaries, logDistrictGeometry, neighbourhoodTiles, readNeighbourhoods, upperTierTiles } from './buildGeography.ts';
import { THREE_DISTRICTS } from './fixtures/threeDistricts.ts';
import type { SimplifyOptions } from './geometry.ts';
import { newMeasures } from './newMeasures.ts';
import { VENDORED_RAW_DIR } from './paths.ts';
import { fsSource } from './source.ts';

// The three squares are drawn with four corners each, so the simplification keeps them whole.
const OPTIONS: SimplifyOptions = { ...GEOMETRY_OPTIONS, minTriangleAreaM2: 0, minVerticesLargestRing: 4 };
const REGION = { E06000001: 'E12000001', E06000002: 'E12000001', E06000003: 'E12000002' } as Record<string, string>;

/** The parts of a Districts the boundary step reads: the base areas and their features (with id = code, as englishLadFeatures gives them). */
function threeDistricts(): Districts {
  const base = THREE_DISTRICTS.features.map(({ properties: { code, name } }) => ({
    code,
    name,
    utla: { code, name },
    region: { code: REGION[code] ?? '', name: `Region ${REGION[code]}` },
  }));
  const features = { ...THREE_DISTRICTS, features: THREE_DISTRICTS.features.map((f) => ({ ...f, id: f.properties.code })) };
  return { base, features } as unknown as Districts;
}

describe('districtBoundaries', () => {
  it('gives each base district its record with its bounding box, and tiles them under the ONS credit', () => {
    const boundaries = districtBoundaries(threeDistricts(), OPTIONS);
    expect(boundaries.areas).toEqual([
      { code: 'E06000001', name: 'Area E06000001', region: { code: 'E12000001', name: 'Region E12000001' }, utla: { code: 'E06000001', name: 'Area E06000001' }, bounds: [-2, 52, -1.5, 52.5] },
      { code: 'E06000002', name: 'Area E06000002', region: { code: 'E12000001', name: 'Region E12000001' }, utla: { code: 'E06000002', name: 'Area E06000002' }, bounds: [-1.5, 52, -1, 52.5] },
      { code: 'E06000003', name: 'Area E06000003', region: { code: 'E12000002', name: 'Region E12000002' }, utla: { code: 'E06000003', name: 'Area E06000003' }, bounds: [-1, 52, -0.4999, 52.5] },
    ]);
    expect(boundaries.tileSet.tileJson.attribution).toBe(
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.',
    );
    expect(boundaries.tileSet.tiles).toHaveLength(14);
    // The region border between the second and third squares is its own layer.
    expect(boundaries.layers.regionBorders.geometry.coordinates).toEqual([[[-1, 52], [-1, 52.5]]]);
  });

  it('stops on a base district the boundaries never drew, a bug in the pipeline itself', () => {
    const districts = threeDistricts();
    const lost = { code: 'E06000004', name: 'Lost', utla: { code: 'E06000004', name: 'Lost' }, region: { code: 'E12000001', name: 'Region E12000001' } };
    expect(() => districtBoundaries({ ...districts, base: [...districts.base, lost] }, OPTIONS)).toThrow(new Error('internal: no boundary for E06000004'));
  });
});

describe('logDistrictGeometry', () => {
  it('logs what the simplification did, the topology file and the tiles', () => {
    const districts = threeDistricts();
    const boundaries = districtBoundaries(districts, OPTIONS);
    const log: string[] = [];
    logDistrictGeometry(districts, boundaries, OPTIONS, (line) => log.push(line));
    expect(log).toEqual([
      'Geometry: 3 areas; arcs 6 → 6, vertices 16 → 16 (0 kept by the 500 m cap); removed vertices moved the line by at most 0 m (95th percentile 0 m); ' +
        'quantisation 10000 (≤ 6 m); small rings dropped: 0; union 1 parts, no gaps',
      'Geometry file: 705 bytes raw, 286 bytes gzip',
      'Vector tiles: zooms 0–8, 14 tiles (0 empty, over sea) of 2,130 bytes raw, 1,752 bytes gzip in all',
    ]);
  });

  it('names the districts that lost small rings, and counts empty tiles without gzipping them', () => {
    const districts = threeDistricts();
    const boundaries = districtBoundaries(districts, OPTIONS);
    const stats = { ...boundaries.simplified.stats, ringsDropped: 3, ringsDroppedByArea: { E06000001: 1, E06000003: 2 }, maxDisplacementM: 498.6, p95DisplacementM: 120.4 };
    const empty = { z: 8, x: 0, y: 0, data: new Uint8Array(0) };
    const log: string[] = [];
    logDistrictGeometry(
      districts,
      { ...boundaries, simplified: { ...boundaries.simplified, stats }, tileSet: { ...boundaries.tileSet, tiles: [...boundaries.tileSet.tiles, empty] } },
      OPTIONS,
      (line) => log.push(line),
    );
    expect(log[0]).toBe(
      'Geometry: 3 areas; arcs 6 → 6, vertices 16 → 16 (0 kept by the 500 m cap); removed vertices moved the line by at most 499 m (95th percentile 120 m); ' +
        'quantisation 10000 (≤ 6 m); small rings dropped: 3 (E06000001 ×1, E06000003 ×2); union 1 parts, no gaps',
    );
    expect(log[2]).toBe('Vector tiles: zooms 0–8, 15 tiles (1 empty, over sea) of 2,130 bytes raw, 1,752 bytes gzip in all');
  });
});

describe('neighbourhoods and upper-tier areas, on the raw files', () => {
  it('reads the MSOAs with their figures, tiles them and logs both', () => {
    const source = fsSource(VENDORED_RAW_DIR);
    const districts = readDistricts(source, () => {});
    const started = performance.now();
    const neighbourhoods = readNeighbourhoods(source, districts);
    expect(neighbourhoods.features.features).toHaveLength(6791);
    expect(neighbourhoods.figures.codes).toHaveLength(6791);
    expect(neighbourhoods.figures.source).toBe(
      'Source: Office for National Statistics, Life expectancy and healthy life expectancy at birth by sex for MSOAs in England, 2009 to 2013 (2015), licensed under the Open Government Licence v3.0. ' +
        'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.',
    );
    const log: string[] = [];
    const outputs = neighbourhoodTiles(neighbourhoods, 12, (line) => log.push(line));
    const took = (performance.now() - started) / 1000;
    expect(outputs.figuresJson).toBe(JSON.stringify(neighbourhoods.figures));
    expect(outputs.geography.id).toBe('msoa2011');
    expect(outputs.tiles.tileJson.attribution).toBe(
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.',
    );
    expect(log[0]).toBe('Neighbourhoods: 6791 MSOAs, every one with a boundary, a district and a row of figures; 6790 with a male and 6786 with a female HLE');
    expect(log[1]).toMatch(
      /^Neighbourhood tiles: zooms 6–10, 1005 tiles, 4,089,454 bytes raw, 3,028,097 gzip \(largest tile 68,768 gzip\); figures file 910,973 bytes raw, 253,292 gzip; \d+\.\d s$/,
    );
    expect(log).toHaveLength(2);
    // The time logged is the time reading and tiling took, in seconds.
    expect(Number(/ (\d+\.\d) s$/.exec(log[1] ?? '')?.[1])).toBeLessThanOrEqual(Math.ceil(took * 10) / 10);
  }, 60_000);

  it("tiles the 2023 upper-tier areas, joined to the gap view's figures, and logs the two without one", () => {
    const source = fsSource(VENDORED_RAW_DIR);
    const districts = readDistricts(source, () => {});
    const added = newMeasures(source, districts.base, { ladLookup: districts.ladLookup, msoas: districts.msoas }, () => {});
    const log: string[] = [];
    const { geography, tiles, figuresJson } = upperTierTiles(source, added.hleUpperTier, 4, (line) => log.push(line));
    expect(geography.id).toBe('utla2023');
    expect(figuresJson).toBe(JSON.stringify(added.hleUpperTier));
    expect(tiles.tiles).toHaveLength(39);
    expect(tiles.tileJson.attribution).toBe(
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023.',
    );
    expect(log).toEqual([
      'Upper-tier areas (2023): 153 boundaries, each joined by code to one area of data/hle-upper-tier.json; 151 with a figure, none for Isles of Scilly and City of London; ' +
        'tiles at zooms 3–7, 39 tiles, 148,599 bytes raw, 108,230 gzip (largest tile 14,737 gzip)',
    ]);
  }, 60_000);
});
