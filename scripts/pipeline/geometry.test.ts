import type { Feature, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import { beforeEach, describe, expect, it } from 'vitest';
import { displacements, englishLadFeatures, simplifiedTopology, type SimplifyOptions } from './geometry.ts';

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

  const withFeature = (f: unknown): string => JSON.stringify({ type: 'FeatureCollection', features: [f] });
  const lad = (properties: unknown, geometry: unknown = { type: 'Polygon', coordinates: [square(0, 50, 1)] }) => ({ type: 'Feature', properties, geometry });
  it.each([
    ['a top-level array', '[]', 'geo.json: is not a GeoJSON FeatureCollection'],
    ['a collection of another type', JSON.stringify({ type: 'GeometryCollection', features: [] }), 'geo.json: is not a GeoJSON FeatureCollection'],
    ['features that are not a list', JSON.stringify({ type: 'FeatureCollection', features: {} }), 'geo.json: is not a GeoJSON FeatureCollection'],
    ['a feature that is null', withFeature(null), 'geo.json, column "features[0].properties": feature has no properties'],
    ['a feature that is a string', withFeature('E06000001'), 'geo.json, column "features[0].properties": feature has no properties'],
    ['a feature without properties', withFeature({ type: 'Feature', geometry: null }), 'geo.json, column "features[0].properties": feature has no properties'],
    ['properties that are a list', withFeature(lad(['E06000001'])), 'geo.json, column "features[0].properties": feature has no properties'],
    ['a code that is a number', withFeature(lad({ lad20cd: 6000001, lad20nm: 'A' })), 'geo.json, column "features[0].properties.lad20cd": missing district code'],
    ['a county code', withFeature(lad({ lad20cd: 'E10000001', lad20nm: 'A' })), 'geo.json, column "features[0].properties.lad20cd": not a valid district (E06–E09) code: "E10000001"'],
    ['a name that is a number', withFeature(lad({ lad20cd: 'E06000001', lad20nm: 7 })), 'geo.json, column "features[0].properties.lad20nm": missing district name'],
    ['a blank name', withFeature(lad({ lad20cd: 'E06000001', lad20nm: '  ' })), 'geo.json, column "features[0].properties.lad20nm": missing district name'],
    ['no geometry', withFeature(lad({ lad20cd: 'E06000001', lad20nm: 'A' }, null)), 'geo.json, column "features[0].geometry": geometry must be a Polygon or MultiPolygon'],
    ['a point', withFeature(lad({ lad20cd: 'E06000001', lad20nm: 'A' }, { type: 'Point', coordinates: [0, 50] })), 'geo.json, column "features[0].geometry": geometry must be a Polygon or MultiPolygon'],
    ['a polygon without coordinates', withFeature(lad({ lad20cd: 'E06000001', lad20nm: 'A' }, { type: 'Polygon' })), 'geo.json, column "features[0].geometry": geometry must be a Polygon or MultiPolygon'],
    ['a multipolygon whose coordinates are not a list', withFeature(lad({ lad20cd: 'E06000001', lad20nm: 'A' }, { type: 'MultiPolygon', coordinates: 'x' })), 'geo.json, column "features[0].geometry": geometry must be a Polygon or MultiPolygon'],
  ])('refuses %s, naming where', (_name, text, message) => {
    expect(() => englishLadFeatures(text, 'geo.json', new Set(['E06000001']))).toThrow(message);
  });

  it('takes a Polygon as it is, with a Welsh district before it left out', () => {
    const polygon = { type: 'Polygon', coordinates: [square(0, 50, 1)] };
    const text = JSON.stringify({ type: 'FeatureCollection', features: [lad({ lad20cd: 'W06000001', lad20nm: 7 }, null), lad({ lad20cd: 'E06000001', lad20nm: 'A', lad20nmw: 'A' }, polygon)] });
    expect(englishLadFeatures(text, 'geo.json', new Set(['E06000001']))).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'E06000001', properties: { code: 'E06000001', name: 'A' }, geometry: polygon }],
    });
  });
});

describe('displacements', () => {
  const M = (Math.PI / 180) * 6371008.8;
  it('measures each removed vertex against the nearest segment of its simplified arc, in metres at the arc start\'s latitude', () => {
    // At 60°N a degree of longitude is half a degree of latitude. The first removed vertex is 0.002° of latitude
    // off the east–west segment; the second 0.003° of longitude off the north–south one.
    const arc = [[1, 60], [1.25, 60.002], [2, 60], [2.003, 60.75], [2, 61]];
    expect(displacements([arc], [[[1, 60], [2, 60], [2, 61]]])).toEqual([expect.closeTo(0.002 * M, 6), expect.closeTo(0.0015 * M, 6)]);
  });

  it('measures a vertex beyond a segment\'s end from that end', () => {
    const arc = [[0, 0], [-0.001, 0], [-0.001, 0.002], [1, 0]];
    expect(displacements([arc], [[[0, 0], [1, 0]]])).toEqual([expect.closeTo(0.001 * M, 6), expect.closeTo(Math.hypot(0.001, 0.002) * M, 6)]);
  });

  it('measures open arcs whatever they are cut down to, but skips a closed arc cut below four points (its ring is dropped)', () => {
    const alongParallel = [[1, 0], [1.5, 0.001], [2, 0]];
    const alongMeridian = [[2, 0], [2.002, 0.5], [2, 1]];
    const closedToThree = [[0, 0], [1, 0], [1, 1], [0.5, 1.001], [0, 0]];
    const closedToFour = [[0, 0], [1, 0], [1, 1], [0.5, 1.001], [0, 1], [0, 0]];
    const out = displacements(
      [[], alongParallel, alongMeridian, closedToThree, closedToFour],
      [[], [[1, 0], [2, 0]], [[2, 0], [2, 1]], [[0, 0], [1, 0], [0, 0]], [[0, 0], [1, 0], [1, 1], [0, 0]]],
    );
    expect(out).toEqual([expect.closeTo(0.001 * M, 6), expect.closeTo(0.002 * M, 6), expect.closeTo(0.501 * Math.SQRT1_2 * M, 6), expect.closeTo(Math.SQRT1_2 * M, 6)]);
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

/** Districts E06000001, E06000002, … in order, each given as [GeoJSON type, coordinates]. */
function districts(...geometries: [string, unknown][]): ReturnType<typeof englishLadFeatures> {
  const codes = geometries.map((_, i) => `E0600000${i + 1}`);
  const features = geometries.map(([type, coordinates], i) => ({ type: 'Feature', properties: { lad20cd: codes[i], lad20nm: codes[i] }, geometry: { type, coordinates } }));
  return englishLadFeatures(JSON.stringify({ type: 'FeatureCollection', features }), 'geo.json', new Set(codes));
}

/** Each district's decoded rings, to 6 decimals (the quantised grid is not a round number of degrees). */
function rings(topology: Topology): Record<string, number[][][]> {
  const round = (p: Position): number[] => p.map((n) => Math.round(n * 1e6) / 1e6);
  return Object.fromEntries(
    (topology.objects.lad as GeometryCollection).geometries.map((g) => {
      const polygons = g.type === 'Polygon' ? [feature(topology, g).geometry.coordinates] : feature(topology, g as MultiPolygon).geometry.coordinates;
      return [String(g.id), polygons.flat().map((r) => r.map(round))];
    }),
  );
}

describe('simplifiedTopology on a 2° square whose extra vertices are known', () => {
  const M = (Math.PI / 180) * 6371008.8;
  // Corners 0–2°E, 50–52°N. The extra vertices' triangles are all under 100 km²: 0.002° north of the south edge
  // (222 m), 0.004° east of the east edge (286 m at 50°N), and the midpoints of the north and west edges.
  const G = [[0, 50], [1, 50.002], [2, 50], [2.004, 51], [2, 52], [1, 52], [0, 52], [0, 51], [0, 50]];
  const options: SimplifyOptions = { minTriangleAreaM2: 1e8, maxDisplacementM: 300, quantization: 2001, minVerticesLargestRing: 4 };
  // A 2001-point grid over the box 0–2.004°E, 50–52°N; the error is half a cell's diagonal at the box's middle latitude.
  const quantizationErrorM = Math.hypot((2.004 / 2000) * M * Math.cos((51 * Math.PI) / 180), (2 / 2000) * M) / 2;

  it('keeps the corners, and reports how far the removed vertices were from the line, and the grid error', () => {
    const { topology, stats } = simplifiedTopology(districts(['Polygon', [G]]), options, 'geo.json');
    expect(rings(topology)).toEqual({ E06000001: [[[0, 50], [1.999992, 50], [1.999992, 52], [0, 52], [0, 50]]] });
    // The corners' triangles are far over 100 km²: they need neither protection nor the cap.
    const byAreaAlone = { ...options, minVerticesLargestRing: 0, maxDisplacementM: Infinity };
    expect(rings(simplifiedTopology(districts(['Polygon', [G]]), byAreaAlone, 'geo.json').topology)).toEqual(rings(topology));
    // Removed: 286 m (0.004° of longitude at 50°N: the arc starts there), 222 m, 0 and 0. The 95th percentile
    // lies 85% of the way from the second largest to the largest.
    const east = 0.004 * M * Math.cos((50 * Math.PI) / 180);
    expect(stats).toEqual({
      arcsBefore: 1,
      verticesBefore: 9,
      arcsAfter: 1,
      verticesAfter: 5,
      verticesRestored: 0,
      ringsDropped: 0,
      ringsDroppedByArea: {},
      maxDisplacementM: expect.closeTo(east, 6),
      p95DisplacementM: expect.closeTo(0.002 * M + 0.85 * (east - 0.002 * M), 6),
      quantizationErrorM: expect.closeTo(quantizationErrorM, 6),
      unionParts: 1,
    });
  });

  it('brings back a vertex further from the line than the cap, and only that one', () => {
    const { topology, stats } = simplifiedTopology(districts(['Polygon', [G]]), { ...options, maxDisplacementM: 250 }, 'geo.json');
    expect(rings(topology).E06000001).toEqual([[[0, 50], [1.999992, 50], [2.004, 51], [1.999992, 52], [0, 52], [0, 50]]]);
    expect(stats).toMatchObject({ verticesAfter: 6, verticesRestored: 1, maxDisplacementM: expect.closeTo(0.002 * M, 6) });
  });

  it('keeps the largest ring to the vertices asked for by raising its heaviest removed vertices', () => {
    // Six vertices: the corners, then the east bulge and the north edge's midpoint, whose triangles are the two
    // largest (the north edge, a parallel, bows away from the great circle through its ends).
    const { topology, stats } = simplifiedTopology(districts(['Polygon', [G]]), { ...options, minVerticesLargestRing: 6 }, 'geo.json');
    expect(rings(topology).E06000001).toEqual([[[0, 50], [1.999992, 50], [2.004, 51], [1.999992, 52], [0.999996, 52], [0, 52], [0, 50]]]);
    expect(stats).toMatchObject({ verticesAfter: 7, verticesRestored: 0, maxDisplacementM: expect.closeTo(0.002 * M, 6), p95DisplacementM: expect.closeTo(0.95 * 0.002 * M, 6) });
  });

  it('keeps a triangle, and drops a hole too small to survive, counting it against its district', () => {
    const triangle = [[0, 50], [2, 50], [1, 52], [0, 50]];
    const { topology, stats } = simplifiedTopology(districts(['Polygon', [triangle]], ['Polygon', [square(2, 50, 2), square(3, 51, 0.001).reverse()]]), options, 'geo.json');
    // The triangle's ring starts where it meets its neighbour.
    expect(rings(topology)).toEqual({ E06000001: [[[2, 50], [1, 52], [0, 50], [2, 50]]], E06000002: [[[2, 50], [4, 50], [4, 52], [2, 52], [2, 50]]] });
    // The triangle touches the square at one corner only: two pieces of land.
    expect(stats).toMatchObject({ ringsDropped: 1, ringsDroppedByArea: { E06000002: 1 }, unionParts: 2 });
  });

  it('protects the first of two equally large rings, and the other collapses', () => {
    // Squares of 1/16°, whose areas are exactly equal in binary; each corner's triangle is under 100 km². The cap is
    // wider than the squares, so that only protection can keep one; 18 grid points put the corners on the grid.
    const twins = districts(['MultiPolygon', [[square(0, 50, 0.0625)], [square(1, 50, 0.0625)]]]);
    const { topology, stats } = simplifiedTopology(twins, { ...options, maxDisplacementM: 10_000, quantization: 18 }, 'geo.json');
    expect(rings(topology)).toEqual({ E06000001: [[[0, 50], [0.0625, 50], [0.0625, 50.0625], [0, 50.0625], [0, 50]]] });
    expect(stats).toMatchObject({ ringsDropped: 1, ringsDroppedByArea: { E06000001: 1 } });
  });

  it('protects the largest ring, not the first, and measures it along an arc it shares reversed', () => {
    // E06000002's island comes first; its main square shares its east edge with E06000001, which wrote the arc
    // first, southward: E06000002 goes along it reversed.
    const fc = districts(['Polygon', [square(1, 50, 1)]], ['MultiPolygon', [[square(3, 50, 0.001)], [square(0, 50, 1)]]]);
    const { topology, stats } = simplifiedTopology(fc, options, 'geo.json');
    expect(Object.keys(rings(topology))).toEqual(['E06000001', 'E06000002']);
    expect(stats).toMatchObject({ arcsBefore: 4, verticesBefore: 15, ringsDropped: 1, ringsDroppedByArea: { E06000002: 1 }, unionParts: 1 });
  });

  it('keeps a small island whose every vertex lies further from its one remaining point than the cap', () => {
    // The island's arc is closed: its two ends are one point, and the line from it to itself is that point.
    const { stats } = simplifiedTopology(districts(['MultiPolygon', [[square(0, 50, 2)], [B_ISLAND]]]), { ...options, maxDisplacementM: 1 }, 'geo.json');
    expect(stats).toMatchObject({ verticesRestored: 2, ringsDropped: 0, ringsDroppedByArea: {}, unionParts: 2 });
  });

  it('fails for a district with no rings at all', () => {
    expect(() => simplifiedTopology(districts(['Polygon', []]), options, 'geo.json')).toThrow('geo.json: district E06000001 lost all of its rings in simplification; lower the simplification threshold');
    expect(() => simplifiedTopology(districts(['Polygon', [G]], ['Polygon', []], ['Polygon', []]), options, 'geo.json')).toThrow('geo.json: district E06000002, E06000003 lost all of its rings');
  });
});
