import type { Feature, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeEach, describe, expect, it } from 'vitest';
import { englishLadFeatures, simplifiedTopology, type SimplifyOptions } from './geometry.ts';

const ring = (points: Position[]): Position[] => [...points, points[0] ?? [0, 0]];
const square = (x0: number, y0: number, size: number): Position[] => ring([[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size]]);

// A: a 1° square with a long, very thin spike on its west side (tiny triangle area, 35 km long).
const A = ring([[0, 50], [1, 50], [1, 50.5], [1, 51], [0, 51], [0, 50.5002], [-0.5, 50.5001], [0, 50.5]]);
// B shares A's east edge (same vertices, so one shared arc) and has a ~100 m island.
const B_MAIN = ring([[1, 50], [2, 50], [2, 51], [1, 51], [1, 50.5]]);
const B_ISLAND = ring([[2.5, 50.5], [2.5012, 50.5], [2.5006, 50.5009]]);
// C is tiny (about 70 m × 110 m) and drawn by a single closed arc: only protection keeps it.
const C = square(3, 50, 0.001);

function feat(code: string, name: string, coordinates: Position[][][]): Feature {
  return { type: 'Feature', properties: { lad20cd: code, lad20nm: name, extra: 1 }, geometry: { type: 'MultiPolygon', coordinates } };
}
const COLLECTION = {
  type: 'FeatureCollection',
  features: [
    feat('E06000002', 'B', [[B_MAIN], [B_ISLAND]]),
    feat('E06000001', 'A', [[A]]),
    feat('W06000001', 'Wales', [[square(-4, 52, 1)]]),
    feat('E06000003', 'C', [[C]]),
  ],
};
const BASE = new Set(['E06000001', 'E06000002', 'E06000003']);
// Four vertices are enough to keep C a polygon without also protecting A's spike, which would hide what the cap does.
const OPTIONS: SimplifyOptions = { minTriangleAreaM2: 1_000_000, maxDisplacementM: 500, quantization: 1e4, minVerticesLargestRing: 4 };

describe('englishLadFeatures', () => {
  it('keeps English features only, with id = code and properties { code, name }, in code order', () => {
    const fc = englishLadFeatures(JSON.stringify(COLLECTION), 'geo.json', BASE);
    expect(fc.features.map((f) => f.id)).toEqual(['E06000001', 'E06000002', 'E06000003']);
    expect(fc.features[0]?.properties).toEqual({ code: 'E06000001', name: 'A' });
  });

  it('fails on duplicates, bad codes, missing names, wrong shapes and a code set that differs from the base', () => {
    const withExtra = (f: Feature) => JSON.stringify({ ...COLLECTION, features: [...COLLECTION.features, f] });
    expect(() => englishLadFeatures(withExtra(feat('E06000001', 'A2', [[A]])), 'geo.json', BASE)).toThrow(/geo\.json, column "features\[4\]\.properties\.lad20cd": duplicate district E06000001/);
    expect(() => englishLadFeatures(withExtra(feat('E10000001', 'County', [[A]])), 'geo.json', BASE)).toThrow(/not a valid district/);
    expect(() => englishLadFeatures(withExtra(feat('E06000004', '', [[A]])), 'geo.json', BASE)).toThrow(/features\[4\]\.properties\.lad20nm": missing district name/);
    expect(() => englishLadFeatures(withExtra(feat('E06000004', 'D', [[A]])), 'geo.json', BASE)).toThrow(/in the English boundary features but not in the base geography: E06000004/);
    expect(() => englishLadFeatures('{"type":"Feature"}', 'geo.json', BASE)).toThrow(/geo\.json: is not a GeoJSON FeatureCollection/);
    expect(() => englishLadFeatures('{', 'geo.json', BASE)).toThrow(/geo\.json: is not valid JSON/);
  });
});

/** Area A's decoded coordinates as text, to look for the spike tip at longitude −0.5. */
function decodedA(topology: Topology): string {
  const first = (topology.objects.lad as GeometryCollection).geometries[0];
  return first === undefined ? '' : JSON.stringify(feature(topology, first));
}

describe('simplifiedTopology', () => {
  let fc: ReturnType<typeof englishLadFeatures>;
  beforeEach(() => {
    fc = englishLadFeatures(JSON.stringify(COLLECTION), 'geo.json', BASE);
  });

  it('keeps every area, shares the common boundary, drops only the tiny island, and keeps a long thin spike', () => {
    const { topology, stats } = simplifiedTopology(fc, OPTIONS, 'geo.json');
    const lad = topology.objects.lad as GeometryCollection;
    expect(lad.geometries.map((g) => g.id)).toEqual(['E06000001', 'E06000002', 'E06000003']);
    expect(lad.geometries.map((g) => g.properties)).toEqual([
      { code: 'E06000001', name: 'A' },
      { code: 'E06000002', name: 'B' },
      { code: 'E06000003', name: 'C' },
    ]);
    expect(stats.ringsDroppedByArea).toEqual({ E06000002: 1 });
    // A and B reference one arc between them.
    const arcsOf = (i: number) => new Set(JSON.stringify(lad.geometries[i]).match(/-?\d+/g)?.map((n) => (Number(n) < 0 ? ~Number(n) : Number(n))));
    expect([...arcsOf(0)].some((a) => arcsOf(1).has(a))).toBe(true);
    // The spike's tip (35 km out) survives even though its triangle is under the area threshold.
    expect(decodedA(topology)).toMatch(/-0\.4999|-0\.5\b/);
    expect(stats.maxDisplacementM).toBeLessThanOrEqual(500);
    // A and B merge into one piece; C is separate.
    expect(stats.unionParts).toBe(2);
  });

  it('without the displacement cap, the area threshold alone would cut the spike', () => {
    const { topology } = simplifiedTopology(fc, { ...OPTIONS, maxDisplacementM: Infinity }, 'geo.json');
    expect(decodedA(topology)).not.toMatch(/-0\.4999|-0\.5\b/);
  });

  it('without protection, a tiny single-arc area would collapse, and that fails the build', () => {
    expect(() => simplifiedTopology(fc, { ...OPTIONS, minVerticesLargestRing: 0 }, 'geo.json')).toThrow(/district E06000003 lost all of its rings/);
  });

  it('fails when the union of the areas has a hole (a gap between neighbours)', () => {
    const donut = { type: 'FeatureCollection', features: [feat('E06000001', 'A', [[square(0, 50, 1), square(0.4, 50.4, 0.2).reverse()]])] };
    const one = englishLadFeatures(JSON.stringify(donut), 'geo.json', new Set(['E06000001']));
    expect(() => simplifiedTopology(one, OPTIONS, 'geo.json')).toThrow(/geo\.json: the union of all districts has 1 hole\(s\)/);
  });
});
