import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UpperTierHle } from '../../src/lib/data/upperTierHle.ts';
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import { RAW_FILES } from './files.ts';
import { rawDataDir } from './paths.ts';
import { fsSource } from './source.ts';
import { geographyTileSet } from './tiles.ts';
import { existedIn, joinUpperTier, upperTierFeatures } from './upperTier.ts';

const FILES = { boundaries: 'b.json', figures: 'f.json' };
const square = (x: number): number[][] => [
  [x, 0],
  [x + 1, 0],
  [x + 1, 1],
  [x, 0],
];
/** A topology of four upper-tier areas, one Welsh and one that ended in 2022, without shared arcs. */
const topology = JSON.stringify({
  type: 'Topology',
  arcs: [square(0), square(2), square(4), square(6)],
  objects: {
    utla: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { areacd: 'E06000001', areanm: 'Hartlepool' } },
        { type: 'Polygon', arcs: [[1]], properties: { areacd: 'E10000023', areanm: 'North Yorkshire', end: 2022 } },
        { type: 'Polygon', arcs: [[2]], properties: { areacd: 'E06000065', areanm: 'North Yorkshire', start: 2023 } },
        { type: 'Polygon', arcs: [[3]], properties: { areacd: 'W06000001', areanm: 'Isle of Anglesey' } },
      ],
    },
  },
});
const none = { male: [null], female: [null] };
const some = { male: [{ value: 60, lci: 59, uci: 61 }], female: [null] };
const hle = (codes: string[]): UpperTierHle => ({
  source: 's',
  periods: ['2022–24'],
  england: some,
  areas: codes.map((code, i) => ({ code, name: `Area ${i}`, values: i === 0 ? none : some })),
});

describe('the upper-tier areas of a year', () => {
  it('are those whose start and end years include it', () => {
    expect([{}, { start: 2023 }, { start: 2024 }, { end: 2022 }, { end: 2023 }].map((p) => existedIn(p, 2023))).toEqual([true, true, false, false, true]);
  });

  it('are read from the utla object, English only, with their codes', () => {
    expect(upperTierFeatures(topology, FILES.boundaries).features.map((f) => f.properties.code)).toEqual(['E06000001', 'E06000065']);
    expect(upperTierFeatures(topology, FILES.boundaries, 2022).features.map((f) => f.properties.code)).toEqual(['E06000001', 'E10000023']);
  });

  it('join every area of the figures file to one boundary, or stop the build saying which do not', () => {
    const features = upperTierFeatures(topology, FILES.boundaries);
    expect(joinUpperTier(features, hle(['E06000001', 'E06000065']), FILES, 2)).toEqual({ boundaries: 2, withFigure: 1, noFigure: ['Area 0'] });
    expect(() => joinUpperTier(features, hle(['E06000001', 'E10000023']), FILES, 2)).toThrow(
      'b.json, column "areacd": boundaries and figures differ: 1 areas of f.json without a boundary (E10000023), 1 boundaries with no entry there (E06000065)',
    );
    expect(() => joinUpperTier(features, hle(['E06000001']), FILES, 3)).toThrow(/^b\.json, column "areacd": 2 upper-tier areas, expected 3$/);
  });

  it('stop the build when only one side has extra areas, listing the first five', () => {
    const features = upperTierFeatures(topology, FILES.boundaries);
    const extra = ['E10000001', 'E10000002', 'E10000003', 'E10000004', 'E10000005', 'E10000006'];
    expect(() => joinUpperTier(features, hle(['E06000001', 'E06000065', ...extra]), FILES, 2)).toThrow(
      /^b\.json, column "areacd": boundaries and figures differ: 6 areas of f\.json without a boundary \(E10000001, E10000002, E10000003, E10000004, E10000005\), 0 boundaries with no entry there \(\)$/,
    );
    expect(() => joinUpperTier(features, hle(['E06000001']), FILES, 2)).toThrow(
      /^b\.json, column "areacd": boundaries and figures differ: 0 areas of f\.json without a boundary \(\), 1 boundaries with no entry there \(E06000065\)$/,
    );
    const many = JSON.parse(topology) as { arcs: number[][][]; objects: { utla: { geometries: unknown[] } } };
    many.arcs = Array.from({ length: 7 }, (_, i) => square(i * 2));
    many.objects.utla.geometries = many.arcs.map((_, i) => ({ type: 'Polygon', arcs: [[i]], properties: { areacd: `E0600000${i + 1}` } }));
    expect(() => joinUpperTier(upperTierFeatures(JSON.stringify(many), FILES.boundaries), hle(['E06000001']), FILES, 7)).toThrow(
      /^b\.json, column "areacd": boundaries and figures differ: 0 areas of f\.json without a boundary \(\), 6 boundaries with no entry there \(E06000002, E06000003, E06000004, E06000005, E06000006\)$/,
    );
  });
});

const RAW = rawDataDir();
const FIGURES = path.join(RAW, '..', '..', 'static', 'data', 'hle-upper-tier.json');
describe.skipIf(!existsSync(path.join(RAW, RAW_FILES.utlaBoundaries)) || !existsSync(FIGURES))('the real upper-tier boundaries', () => {
  // Read on first use inside a test, not while the file is collected, so Stryker attributes the reading to the tests.
  let real: ReturnType<typeof upperTierFeatures> | undefined;
  const boundaries = () => (real ??= upperTierFeatures(fsSource(RAW).readText(RAW_FILES.utlaBoundaries), RAW_FILES.utlaBoundaries));

  it('give each of the 153 areas of the HLE file a boundary; 151 have a figure', () => {
    const features = boundaries();
    const join = joinUpperTier(features, JSON.parse(readFileSync(FIGURES, 'utf8')) as UpperTierHle, FILES);
    expect(join).toEqual({ boundaries: 153, withFigure: 151, noFigure: ['Isles of Scilly', 'City of London'] });
    // The 2023 unitaries formed from 2020 districts are there, their predecessors not.
    const codes = new Set(features.features.map((f) => f.properties.code));
    expect(['E06000063', 'E06000064', 'E06000065', 'E06000066', 'E10000006', 'E10000023', 'E10000027'].map((c) => codes.has(c))).toEqual([true, true, true, true, false, false, false]);
  });

  it('are cut into tiles only at the zooms the change map draws', () => {
    const { tileJson, tiles } = geographyTileSet(GEOGRAPHIES.utla2023, boundaries(), 'attribution', 4);
    expect([tileJson.minzoom, tileJson.maxzoom, tileJson.vector_layers[0]?.id]).toEqual([3, 7, 'utla']);
    expect(tiles).toHaveLength(39);
  });
});
