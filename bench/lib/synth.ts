// Synthetic finer geographies for the scaling curve: every district is cut by a k×k grid laid over its own
// bounding box, so small urban districts get small pieces, much as neighbourhood statistics (MSOA, LSOA)
// are smaller where more people live. Pure geometry, no randomness: the same input always gives the same
// pieces, so runs on different days compare.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Point = readonly [number, number];
type Ring = Point[];
type Box = readonly [west: number, south: number, east: number, north: number];

/** Twice the signed area, in squared degrees; only compared against a tiny threshold. */
function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/**
 * Sutherland–Hodgman clipping of one ring (open: last point not repeated) against an axis-aligned box.
 * A concave ring that the box cuts into several parts comes back as one ring joined by zero-width
 * slivers along the box edge; they have no area, so fills are right, and they lie on the cell edge where
 * a border is drawn anyway.
 */
export function clipRing(ring: readonly Point[], box: Box): Ring {
  const [west, south, east, north] = box;
  const edges: { inside: (p: Point) => boolean; cut: (p: Point, q: Point) => Point }[] = [
    { inside: (p) => p[0] >= west, cut: (p, q) => [west, p[1] + ((west - p[0]) * (q[1] - p[1])) / (q[0] - p[0])] },
    { inside: (p) => p[0] <= east, cut: (p, q) => [east, p[1] + ((east - p[0]) * (q[1] - p[1])) / (q[0] - p[0])] },
    { inside: (p) => p[1] >= south, cut: (p, q) => [p[0] + ((south - p[1]) * (q[0] - p[0])) / (q[1] - p[1]), south] },
    { inside: (p) => p[1] <= north, cut: (p, q) => [p[0] + ((north - p[1]) * (q[0] - p[0])) / (q[1] - p[1]), north] },
  ];
  let points: Ring = [...ring];
  for (const edge of edges) {
    if (points.length === 0) break;
    const next: Ring = [];
    for (let i = 0; i < points.length; i += 1) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      const currentIn = edge.inside(current);
      const previousIn = edge.inside(previous);
      if (currentIn) {
        if (!previousIn) next.push(edge.cut(previous, current));
        next.push(current);
      } else if (previousIn) {
        next.push(edge.cut(previous, current));
      }
    }
    points = next;
  }
  return points;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function openRing(ring: readonly Position[]): Ring {
  const points = ring.map((p) => [p[0]!, p[1]!] as const);
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points;
}

function closeRing(ring: Ring): Position[] {
  return [...ring, ring[0]!].map((p) => [p[0], p[1]]);
}

function boundsOf(polygons: readonly Ring[][]): Box {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    }
  }
  return [west, south, east, north];
}

// Below this (in squared degrees, about 100 m²) a clipped piece is a rounding artefact, not an area.
const MIN_AREA = 1e-8;

/** The non-empty cells of a k×k grid over the feature's bounding box, each as a MultiPolygon. */
export function splitGeometry(geometry: Polygon | MultiPolygon, k: number): MultiPolygon[] {
  const polygons = polygonsOf(geometry).map((polygon) => polygon.map(openRing));
  const [west, south, east, north] = boundsOf(polygons);
  // Shared edge values, so neighbouring cells are cut along exactly the same line.
  const xs = Array.from({ length: k + 1 }, (_, i) => (i === k ? east : west + ((east - west) * i) / k));
  const ys = Array.from({ length: k + 1 }, (_, j) => (j === k ? north : south + ((north - south) * j) / k));
  const pieces: MultiPolygon[] = [];
  for (let j = 0; j < k; j += 1) {
    for (let i = 0; i < k; i += 1) {
      const box: Box = [xs[i]!, ys[j]!, xs[i + 1]!, ys[j + 1]!];
      const parts: Position[][][] = [];
      for (const polygon of polygons) {
        const outer = clipRing(polygon[0]!, box);
        if (outer.length < 3 || Math.abs(ringArea(outer)) < MIN_AREA) continue;
        const holes = polygon
          .slice(1)
          .map((hole) => clipRing(hole, box))
          .filter((hole) => hole.length >= 3 && Math.abs(ringArea(hole)) >= MIN_AREA);
        parts.push([outer, ...holes].map(closeRing));
      }
      if (parts.length > 0) pieces.push({ type: 'MultiPolygon', coordinates: parts });
    }
  }
  return pieces;
}

export interface PieceProperties {
  code: string;
  /** The district the piece was cut from: it takes that district's colour and region. */
  parent: string;
}

/** The code of a district's index-th piece (from 0). */
export function pieceCode(parent: string, index: number): string {
  return `${parent}-${index}`;
}

export function splitAll(districts: readonly Feature<Polygon | MultiPolygon, { code: string }>[], k: number): Feature<MultiPolygon, PieceProperties>[] {
  return districts.flatMap((district) =>
    splitGeometry(district.geometry, k).map((geometry, index) => ({
      type: 'Feature' as const,
      properties: { code: pieceCode(district.properties.code, index), parent: district.properties.code },
      geometry,
    })),
  );
}

/**
 * How many pieces each district was cut into: with pieceCode, every piece's code and district, in a few KB
 * where the list of codes itself would take a megabyte at 30,000 pieces.
 */
export function pieceCounts(pieces: readonly Feature<MultiPolygon, PieceProperties>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const piece of pieces) counts[piece.properties.parent] = (counts[piece.properties.parent] ?? 0) + 1;
  return counts;
}

/** Every piece named by pieceCounts, in district order. */
export function piecesFromCounts(counts: Readonly<Record<string, number>>): PieceProperties[] {
  return Object.entries(counts).flatMap(([parent, count]) => Array.from({ length: count }, (_, index) => ({ code: pieceCode(parent, index), parent })));
}

/**
 * The areas of a topology, read from its properties without converting any geometry: a synthetic
 * geography's pieces, or the real districts, each its own parent.
 */
export function piecesOf(topology: Topology): PieceProperties[] {
  const object = topology.objects.lad as GeometryCollection | undefined;
  if (object?.type !== 'GeometryCollection') throw new Error('the topology has no “lad” collection');
  return object.geometries.map((geometry) => {
    const properties = geometry.properties as { code?: string; parent?: string } | undefined;
    const code = properties?.code ?? '';
    return { code, parent: properties?.parent ?? code };
  });
}

/**
 * Each piece's region, which is its district's: the pieces of one district never get a region border
 * between them, and a border between districts in different regions is drawn along all its pieces.
 */
export function pieceRegions(pieces: readonly PieceProperties[], regionOfDistrict: ReadonlyMap<string, string>): Map<string, string> {
  return new Map(pieces.map((piece) => [piece.code, regionOfDistrict.get(piece.parent) ?? '']));
}

/** Where a synthetic geography's files are, relative to bench-geo/: build.ts writes them, the harness pages read them. */
export function geoFiles(name: string): { topology: string; pieces: string; tileDir: string } {
  return { topology: `${name}.topo.json`, pieces: `${name}.pieces.json`, tileDir: name };
}

/** The grid size whose piece count comes closest to the target. */
export function gridFor(districts: readonly Feature<Polygon | MultiPolygon, { code: string }>[], target: number): { k: number; count: number } {
  let best = { k: 1, count: districts.length };
  for (let k = 2; k <= 40; k += 1) {
    const count = districts.reduce((sum, district) => sum + splitGeometry(district.geometry, k).length, 0);
    if (Math.abs(count - target) < Math.abs(best.count - target)) best = { k, count };
    if (count > target) break;
  }
  return best;
}
