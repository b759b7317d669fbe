import { beforeEach, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { readSvgBoundaries } from '../../src/lib/map/svgBoundaries.ts';
import { worldX, worldY } from '../../src/lib/map/projection.ts';
import { boundaryLayers } from './layers.ts';
import { SVG_ZOOM, svgPaths } from './svgPaths.ts';

const square = (code: string, west: number, south: number, size = 0.5): Feature<Polygon, { code: string }> => ({
  type: 'Feature',
  properties: { code },
  geometry: { type: 'Polygon', coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]] },
});

// Two neighbours in one region and a third in another, side by side along 52°N.
const districts: FeatureCollection<Polygon, { code: string }> = {
  type: 'FeatureCollection',
  features: [square('E06000001', -2, 52), square('E06000002', -1.5, 52), square('E06000003', -1, 52)],
};
const regionOf = new Map([
  ['E06000001', 'E12000001'],
  ['E06000002', 'E12000001'],
  ['E06000003', 'E12000002'],
]);
const layers = boundaryLayers(topology({ lad: districts }), regionOf);

/** The absolute points of path data made of `M x y l dx dy dx dy … z` runs. */
function points(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) => {
      const [move, lines = ''] = run.replace('z', '').split('l');
      const [x0, y0] = move!.split(' ').map(Number) as [number, number];
      const numbers = lines.split(' ').filter(Boolean).map(Number);
      const ring: [number, number][] = [[x0, y0]];
      for (let i = 0; i < numbers.length; i += 2) ring.push([ring.at(-1)![0] + numbers[i]!, ring.at(-1)![1] + numbers[i + 1]!]);
      return ring;
    });
}

const onGrid = (lng: number, lat: number): [number, number] => [Math.round(worldX(lng, SVG_ZOOM)), Math.round(worldY(lat, SVG_ZOOM))];

describe('svgPaths', () => {
  // Made in each test, not once as the file is read: a mutation test must see svgPaths run inside a test.
  let file: ReturnType<typeof svgPaths>;
  let out: ReturnType<typeof readSvgBoundaries>;
  beforeEach(() => {
    file = svgPaths(layers);
    out = readSvgBoundaries(JSON.parse(JSON.stringify(file)));
  });

  it('projects every corner onto whole world pixels at SVG_ZOOM, as MapLibre would, and closes each ring once', () => {
    const [code, d] = out.areas[0]!;
    expect(code).toBe('E06000001');
    expect(d.endsWith('z')).toBe(true);
    const ring = points(d)[0]!;
    // The source ring's five positions repeat the first; the path lists four corners and closes with z.
    expect(ring).toHaveLength(4);
    expect(new Set(ring.map(String))).toEqual(new Set([onGrid(-2, 52), onGrid(-1.5, 52), onGrid(-1.5, 52.5), onGrid(-2, 52.5)].map(String)));
    expect(out.zoom).toBe(SVG_ZOOM);
  });

  it('writes the border two neighbours share once, as one arc both refer to', () => {
    const border = [onGrid(-1.5, 52), onGrid(-1.5, 52.5)].map(String);
    let x = 0;
    let y = 0;
    const arcs = file.arcs.map((arc) => {
      x += arc[0]!;
      y += arc[1]!;
      const ring: string[] = [String([x, y])];
      for (let i = 2, px = x, py = y; i < arc.length; i += 2) ring.push(String([(px += arc[i]!), (py += arc[i + 1]!)]));
      return ring;
    });
    const holding = arcs.map((arc, i) => [arc, i] as const).filter(([arc]) => arc.length === 2 && border.every((point) => arc.includes(point)));
    expect(holding).toHaveLength(1);
    const index = holding[0]![1];
    const uses = (code: string): number[] => file.areas.find(([c]) => c === code)![1].flat(2).map((i) => (i < 0 ? ~i : i));
    expect(uses('E06000001')).toContain(index);
    expect(uses('E06000002')).toContain(index);
    expect(uses('E06000003')).not.toContain(index);
  });

  it('gives neighbours the very same points along their shared border, so no gap opens between them', () => {
    const first = new Set(points(out.areas[0]![1])[0]!.map(String));
    const second = new Set(points(out.areas[1]![1])[0]!.map(String));
    expect([...first].filter((point) => second.has(point))).toEqual(expect.arrayContaining([onGrid(-1.5, 52), onGrid(-1.5, 52.5)].map(String)));
  });

  it('draws region borders only where neighbours lie in different regions', () => {
    const lines = points(out.regions).flat();
    expect(lines.map((point) => point[0])).toEqual(lines.map(() => onGrid(-1, 52)[0]));
  });

  it('gives every district one path, closed, in the order of the layers', () => {
    expect(out.areas.map(([code]) => code)).toEqual(['E06000001', 'E06000002', 'E06000003']);
    expect(out.areas.every(([, d]) => /^M-?\d+ -?\d+l(-?\d+ -?\d+ ?)+z$/.test(d))).toBe(true);
  });
});

describe('svgPaths, written out in full', () => {
  it('writes each shared arc once, on the grid, each arc starting from the one before, and an island as a second polygon', () => {
    const west: Feature<Polygon, { code: string }> = {
      type: 'Feature',
      properties: { code: 'E06000001' },
      // The vertex 0.001° east of the south-west corner falls on the corner's pixel, so it is left out.
      geometry: { type: 'Polygon', coordinates: [[[-2, 52], [-1.999, 52], [-1.5, 52], [-1.5, 52.5], [-2, 52.5], [-2, 52]]] },
    };
    const east: Feature<MultiPolygon, { code: string }> = {
      type: 'Feature',
      properties: { code: 'E06000002' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[[[-1.5, 52], [-1, 52], [-1, 52.5], [-1.5, 52.5], [-1.5, 52]]], [[[-1, 53], [-0.9, 53], [-0.9, 53.1], [-1, 53]]]],
      },
    };
    const two = boundaryLayers(topology({ lad: { type: 'FeatureCollection', features: [west, east] } as FeatureCollection }), new Map([['E06000001', 'E12000001'], ['E06000002', 'E12000002']]));
    const [x0, y0] = onGrid(-2, 52);
    const [x1, y1] = onGrid(-1.5, 52.5);
    const [x2, y2] = onGrid(-1, 53);
    const [x3, y3] = onGrid(-0.9, 53.1);
    expect(svgPaths(two)).toEqual({
      zoom: SVG_ZOOM,
      arcs: [
        // The shared border, north from (−1.5, 52): the first arc's first point is absolute.
        [x1, y0, 0, y1 - y0],
        // The west district's own arc, from (−1.5, 52.5) round to (−1.5, 52); it starts where the border ends.
        [0, y1 - y0, x0 - x1, 0, 0, y0 - y1, x1 - x0, 0],
        // The east district's own arc, from (−1.5, 52) round to (−1.5, 52.5).
        [0, y0 - y1, onGrid(-1, 52)[0] - x1, 0, 0, y1 - y0, x1 - onGrid(-1, 52)[0], 0],
        // The island, a closed triangle, relative to where the arc before it began.
        [x2 - x1, y2 - y0, x3 - x2, 0, 0, y3 - y2, x2 - x3, y2 - y3],
      ],
      areas: [
        ['E06000001', [[[0, 1]]]],
        ['E06000002', [[[2, -1]], [[3]]]],
      ],
      regions: [[0]],
    });
  });
});

describe('readSvgBoundaries', () => {
  // Each case spoils a good file, made inside the test (see svgPaths above).
  type Good = ReturnType<typeof svgPaths>;
  it.each([
    ['not an object', () => 'x', 'it is not a JSON object'],
    ['a fractional zoom', (good: Good) => ({ ...good, zoom: 7.5 }), 'its zoom is not a whole number from 0 to 24'],
    ['a fractional coordinate', (good: Good) => ({ ...good, arcs: [[1, 2, 0.5, 1]] }), 'its arcs are not lists of whole numbers'],
    ['an arc with half a point', (good: Good) => ({ ...good, arcs: [[1, 2, 3]] }), 'its arcs are not lists of whole numbers'],
    ['no areas', (good: Good) => ({ ...good, areas: [] }), 'it lists no areas'],
    ['markup instead of arcs', (good: Good) => ({ ...good, areas: [['E06000001', 'M1 2"/><script>']] }), 'an area entry is not [code, polygons of arcs]'],
    ['an arc that is not there', (good: Good) => ({ ...good, areas: [['E06000001', [[[good.arcs.length]]]]] }), 'an area entry is not [code, polygons of arcs]'],
    ['a reversed arc that is not there', (good: Good) => ({ ...good, areas: [['E06000001', [[[~good.arcs.length]]]]] }), 'an area entry is not [code, polygons of arcs]'],
    ['a broken region line', (good: Good) => ({ ...good, regions: 'M1' }), 'its region borders are not lists of arcs'],
  ])('rejects %s', (_name, spoil: (good: Good) => unknown, message) => {
    expect(() => readSvgBoundaries(spoil(svgPaths(layers)))).toThrow(message);
  });
});
