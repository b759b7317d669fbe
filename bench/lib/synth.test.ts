import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clipRing, pieceCounts, piecesFromCounts, splitAll, splitGeometry } from './synth';

function area(rings: Position[][]): number {
  const ringArea = (ring: Position[]): number => ring.reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    return sum + x1! * y2! - x2! * y1!;
  }, 0) / 2;
  const [outer, ...holes] = rings;
  return Math.abs(ringArea(outer!)) - holes.reduce((sum, hole) => sum + Math.abs(ringArea(hole)), 0);
}

const total = (pieces: MultiPolygon[]): number => pieces.reduce((sum, piece) => sum + piece.coordinates.reduce((s, polygon) => s + area(polygon), 0), 0);

describe('synthetic geographies', () => {
  it('clips a ring to a box', () => {
    const clipped = clipRing([[0, 0], [4, 0], [4, 4], [0, 4]], [1, 1, 2, 3]);
    expect(Math.abs(area([[...clipped, clipped[0]!].map(([x, y]) => [x, y])]))).toBeCloseTo(2);
  });

  it('cuts a polygon into grid pieces that add up to it, holes included', () => {
    const shape: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[0, 0], [10, 0], [10, 6], [5, 2], [0, 6], [0, 0]],
        [[1, 0.5], [2, 0.5], [2, 1], [1, 1], [1, 0.5]],
      ],
    };
    const pieces = splitGeometry(shape, 4);
    expect(pieces.length).toBeGreaterThan(8);
    expect(total(pieces)).toBeCloseTo(area(shape.coordinates), 6);
  });

  it('gives the same pieces every time', () => {
    const shape: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0.5], [2, 3], [0, 0]]] };
    expect(splitGeometry(shape, 5)).toEqual(splitGeometry(shape, 5));
  });

  it('names every piece again from the count per district', () => {
    const districts = [
      { type: 'Feature' as const, properties: { code: 'A' }, geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [4, 0], [0, 4], [0, 0]]] } },
      { type: 'Feature' as const, properties: { code: 'B' }, geometry: { type: 'Polygon' as const, coordinates: [[[4, 0], [8, 0], [8, 4], [4, 0]]] } },
    ];
    const pieces = splitAll(districts, 3);
    expect(piecesFromCounts(pieceCounts(pieces))).toEqual(pieces.map((piece) => piece.properties));
  });
});
