import { beforeEach, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
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
let layers: ReturnType<typeof boundaryLayers>;
beforeEach(() => {
  layers = boundaryLayers(topology({ lad: districts }), regionOf);
});

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
  let out: ReturnType<typeof svgPaths>;
  beforeEach(() => {
    out = svgPaths(layers);
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

  it('gives neighbours the very same points along their shared border, so no gap opens between them', () => {
    const first = new Set(points(out.areas[0]![1])[0]!.map(String));
    const second = new Set(points(out.areas[1]![1])[0]!.map(String));
    expect([...first].filter((point) => second.has(point))).toEqual(expect.arrayContaining([onGrid(-1.5, 52), onGrid(-1.5, 52.5)].map(String)));
  });

  it('draws region borders only where neighbours lie in different regions', () => {
    const lines = points(out.regions).flat();
    expect(lines.map((point) => point[0])).toEqual(lines.map(() => onGrid(-1, 52)[0]));
  });

  it('writes a file the page reads back as it is', () => {
    expect(readSvgBoundaries(JSON.parse(JSON.stringify(out)))).toEqual(out);
  });
});

describe('readSvgBoundaries', () => {
  // Written out rather than built with svgPaths: it.each needs it while the file is collected, and Stryker would
  // count svgPaths' code run then as covered by no test.
  const good = { zoom: 7, areas: [['E06000001', 'M0 0l4 0 0 4z']], regions: 'M0 0l4 4' };
  it('accepts boundaries of that shape', () => {
    expect(readSvgBoundaries(good)).toEqual(good);
  });
  it.each([
    ['not an object', 'x', 'it is not a JSON object'],
    ['a fractional zoom', { ...good, zoom: 7.5 }, 'its zoom is not a whole number from 0 to 24'],
    ['no areas', { ...good, areas: [] }, 'it lists no areas'],
    ['markup in path data', { ...good, areas: [['E06000001', 'M1 2"/><script>']] }, 'an area entry is not [code, path data]'],
    ['a broken region line', { ...good, regions: 'M1' }, 'its region borders are not path data'],
  ])('rejects %s', (_name, json, message) => {
    expect(() => readSvgBoundaries(json)).toThrow(message);
  });
});
