import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { filter, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { assertSameCodes } from './base.ts';
import { LAD_CODE } from '../../src/lib/data/codes.ts';
import { PipelineError } from './errors.ts';
import { percentile } from './stats.ts';

export interface LadProperties {
  code: string;
  name: string;
}

export type LadFeature = Feature<Polygon | MultiPolygon, LadProperties>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The English districts of the boundary file, each reduced to `id` = code and properties { code, name }:
 * the app needs nothing else, and every extra property costs bytes on every page load.
 */
export function englishLadFeatures(text: string, file: string, baseCodes: ReadonlySet<string>): FeatureCollection<Polygon | MultiPolygon, LadProperties> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new PipelineError({ file }, `is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(parsed) || parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    throw new PipelineError({ file }, 'is not a GeoJSON FeatureCollection');
  }
  const features: LadFeature[] = [];
  const seen = new Set<string>();
  parsed.features.forEach((raw: unknown, index: number) => {
    const where = (column: string): PipelineError['location'] => ({ file, column: `features[${index}].${column}` });
    if (!isRecord(raw) || !isRecord(raw.properties)) throw new PipelineError(where('properties'), 'feature has no properties');
    const code = raw.properties.lad20cd;
    if (typeof code !== 'string') throw new PipelineError(where('properties.lad20cd'), 'missing district code');
    // The file covers the UK; Scottish, Welsh and Northern Irish districts are out of scope.
    if (!code.startsWith('E')) return;
    if (!LAD_CODE.test(code)) throw new PipelineError(where('properties.lad20cd'), `not a valid district (E06–E09) code: ${JSON.stringify(code)}`);
    if (seen.has(code)) throw new PipelineError(where('properties.lad20cd'), `duplicate district ${code}`);
    seen.add(code);
    const name = raw.properties.lad20nm;
    if (typeof name !== 'string' || name.trim() === '') throw new PipelineError(where('properties.lad20nm'), 'missing district name');
    const geometry = raw.geometry;
    if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !Array.isArray(geometry.coordinates)) {
      throw new PipelineError(where('geometry'), 'geometry must be a Polygon or MultiPolygon');
    }
    // Shape of the coordinate arrays is trusted from here on: topojson-server reads them as GeoJSON.
    const typed = geometry as unknown as Polygon | MultiPolygon;
    features.push({ type: 'Feature', id: code, properties: { code, name }, geometry: typed });
  });
  assertSameCodes(file, 'the base geography', baseCodes, 'the English boundary features', seen);
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { type: 'FeatureCollection', features };
}

export interface SimplifyOptions {
  /** Visvalingam threshold: points whose effective triangle is smaller than this many square metres go. */
  minTriangleAreaM2: number;
  /** Grid cells per axis over the bounding box. */
  quantization: number;
  /** The largest ring of every area keeps at least this many vertices, so no area collapses to a sliver. */
  minVerticesLargestRing: number;
  /** No removed vertex may lie further than this from the simplified line, metres. */
  maxDisplacementM: number;
}

export interface GeometryStats {
  arcsBefore: number;
  verticesBefore: number;
  arcsAfter: number;
  verticesAfter: number;
  /** Vertices kept only because dropping them would have moved the line more than the tolerance. */
  verticesRestored: number;
  /** Rings (islands, or holes inside them) that simplification reduced to nothing and were removed. */
  ringsDropped: number;
  /** Areas that lost a ring (an island, or a hole inside one), with how many. */
  ringsDroppedByArea: Record<string, number>;
  /** Largest / 95th-percentile distance from a removed vertex to the simplified line, metres. */
  maxDisplacementM: number;
  p95DisplacementM: number;
  /** Worst-case quantisation error: half a grid cell's diagonal, metres. */
  quantizationErrorM: number;
  /** Separate pieces of land in the union of all areas (mainland and islands). */
  unionParts: number;
}

const EARTH_RADIUS_M = 6371008.8;
const M_PER_DEG_LAT = (Math.PI / 180) * EARTH_RADIUS_M;

type Arc = Position[];
/**
 * Every feature is a Polygon or MultiPolygon (englishLadFeatures), and so is every geometry topojson-server
 * makes of one; filter() drops the geometries it empties rather than leave them null.
 */
type Geometry = TopoPolygon | TopoMultiPolygon;

function arcsOf(geometry: Geometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

function ringCount(geometry: Geometry): number {
  return arcsOf(geometry).reduce((n, polygon) => n + polygon.length, 0);
}

function arcIndex(i: number): number {
  return i < 0 ? ~i : i;
}

function countVertices(arcs: readonly Arc[]): number {
  return arcs.reduce((n, a) => n + a.length, 0);
}

/**
 * The shoelace sum along a line: twice the signed planar area it sweeps about the origin. A closed ring's is
 * twice its area; a ring's is the sum of its arcs' (a reversed arc's negated). Areas are only compared here
 * (with each other, or with zero), so twice the area serves as well as the area.
 */
function shoelace(line: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

function ringArea(arcs: readonly Arc[], ring: readonly number[]): number {
  return Math.abs(ring.reduce((sum, i) => (i < 0 ? sum - shoelace(arcs[~i]!) : sum + shoelace(arcs[i]!)), 0));
}

/**
 * Raises the weights of the most significant points of each area's largest ring so that it keeps at least
 * `minVertices` vertices. Small areas drawn by one or two arcs (the City of London, the Isles of Scilly, a
 * district enclosed by another) would otherwise keep only their arc end points and vanish.
 */
// presimplify() gives every point of every arc its weight as p[2] (Infinity at the arc's ends).
function protectLargestRings(weightedArcs: readonly Arc[], original: readonly Arc[], geometries: readonly Geometry[], minWeight: number, minVertices: number): void {
  for (const geometry of geometries) {
    let largest: number[] | undefined;
    let largestArea = -1;
    for (const [exterior] of arcsOf(geometry)) {
      // A Polygon feature with no coordinates becomes a polygon with no rings.
      if (exterior === undefined) continue;
      const area = ringArea(original, exterior);
      if (area > largestArea) {
        largestArea = area;
        largest = exterior;
      }
    }
    if (largest === undefined) continue;
    const arcIds = [...new Set(largest.map(arcIndex))];
    const kept = (): number => arcIds.reduce((n, a) => n + weightedArcs[a]!.filter((p) => p[2]! >= minWeight).length - 1, 0);
    const candidates = arcIds
      .flatMap((a) => weightedArcs[a]!.filter((p) => p[2]! < minWeight))
      .sort((p, q) => q[2]! - p[2]!);
    let missing = minVertices - kept();
    for (const point of candidates) {
      if (missing <= 0) break;
      point[2] = Infinity;
      missing--;
    }
  }
}

/**
 * Visvalingam removes thin features (a spit, a narrow estuary) however long they are, because their
 * triangles are small. Restore, Douglas–Peucker style, the farthest removed vertex of any gap whose chord
 * strays more than `maxM` from the original line, until none does. Returns how many vertices came back.
 */
function enforceMaxDisplacement(weightedArcs: readonly Arc[], minWeight: number, maxM: number): number {
  let restored = 0;
  for (const arc of weightedArcs) {
    // Every arc has two end points at least.
    const cosLat = Math.cos((arc[0]![1]! * Math.PI) / 180);
    const metres = arc.map((p) => toMetres(p, cosLat));
    let changed = true;
    while (changed) {
      changed = false;
      const kept = arc.flatMap((p, i) => (p[2]! >= minWeight ? [i] : []));
      for (let k = 1; k < kept.length; k++) {
        const from = kept[k - 1]!;
        const to = kept[k]!;
        const a = metres[from]!;
        const b = metres[to]!;
        let worst = -1;
        let worstDistance = maxM;
        for (let i = from + 1; i < to; i++) {
          const d = distanceToSegment(metres[i]!, a, b);
          if (d > worstDistance) {
            worst = i;
            worstDistance = d;
          }
        }
        const point = arc[worst];
        if (point !== undefined) {
          point[2] = Infinity;
          restored++;
          changed = true;
        }
      }
    }
  }
  return restored;
}

function toMetres(p: Position, cosLat: number): [number, number] {
  return [p[0]! * M_PER_DEG_LAT * cosLat, p[1]! * M_PER_DEG_LAT];
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Distance from every removed vertex to its simplified arc, in metres (equirectangular, fine at this scale).
 * Closed arcs cut down to fewer than 4 points are skipped: those rings (small islands) are dropped whole,
 * and are counted separately rather than reported as a displacement.
 */
export function displacements(original: readonly Arc[], simplified: readonly Arc[]): number[] {
  const out: number[] = [];
  original.forEach((arc, i) => {
    const simple = simplified[i]!;
    const first = arc[0];
    if (first === undefined) return;
    const last = arc[arc.length - 1]!;
    if (first[0] === last[0] && first[1] === last[1] && simple.length < 4) return;
    const cosLat = Math.cos((first[1]! * Math.PI) / 180);
    const segments = simple.map((p) => toMetres(p, cosLat));
    const kept = new Set(simple.map((p) => `${p[0]},${p[1]}`));
    for (const p of arc) {
      if (kept.has(`${p[0]},${p[1]}`)) continue;
      const m = toMetres(p, cosLat);
      let best = Infinity;
      for (let k = 1; k < segments.length; k++) best = Math.min(best, distanceToSegment(m, segments[k - 1]!, segments[k]!));
      out.push(best);
    }
  });
  return out;
}

export interface SimplifiedTopology {
  topology: Topology;
  stats: GeometryStats;
}

/**
 * Shared-arc topology (neighbours share one line, so simplification cannot open gaps or slivers),
 * Visvalingam simplification by spherical triangle area, then quantisation. Rings that end up with no area
 * are removed; every area must keep at least one.
 */
export function simplifiedTopology(fc: FeatureCollection<Polygon | MultiPolygon, LadProperties>, options: SimplifyOptions, file: string): SimplifiedTopology {
  const full = buildTopology({ lad: fc });
  const original: Arc[] = full.arcs.map((a) => a.map((p) => [p[0] ?? 0, p[1] ?? 0]));
  // topojson-server makes a FeatureCollection a GeometryCollection of one geometry per feature.
  const before = (full.objects.lad as GeometryCollection<GeoJsonProperties>).geometries as Geometry[];

  const minWeight = options.minTriangleAreaM2 / (EARTH_RADIUS_M * EARTH_RADIUS_M);
  // @types/topojson-server types properties as possibly null, @types/topojson-simplify as {}; ours are
  // always { code, name }, so the narrower view is safe.
  const weighted = presimplify(full as Topology<Objects>, sphericalTriangleArea);
  protectLargestRings(weighted.arcs, original, before, minWeight, options.minVerticesLargestRing);
  const restored = enforceMaxDisplacement(weighted.arcs, minWeight, options.maxDisplacementM);
  const simplified = simplify(weighted, minWeight);
  const moved = displacements(original, simplified.arcs);

  const quantized = quantize(simplified, options.quantization);
  let ringsDropped = 0;
  const cleaned = filter(quantized, (ring) => {
    // @types/topojson-simplify declares the ring as coordinates, but filter() passes the ring's arc indexes
    // (see its own filterWeight, which decodes them exactly like this).
    const arcs = ring as unknown as number[];
    // Decoding through topojson-client applies the delta encoding and the transform.
    const decoded = feature(quantized, { type: 'Polygon', arcs: [arcs] }).geometry.coordinates[0]!;
    // A ring of fewer than four positions (three distinct corners) has no area either.
    const keep = shoelace(decoded) !== 0;
    if (!keep) ringsDropped++;
    return keep;
  });

  // filter() leaves no collection at all when it empties every geometry.
  const lad = cleaned.objects.lad!;
  const areas = (lad.type === 'GeometryCollection' ? lad.geometries : []) as Geometry[];
  const ringsBefore = new Map(before.map((g) => [String(g.id), ringCount(g)]));
  const ringsDroppedByArea: Record<string, number> = {};
  for (const g of areas) {
    const lost = (ringsBefore.get(String(g.id)) ?? 0) - ringCount(g);
    if (lost > 0) ringsDroppedByArea[String(g.id)] = lost;
  }
  // filter() drops a geometry whose every ring went, so compare ids rather than look for empty geometries.
  const kept = new Set(areas.map((g) => String(g.id)));
  const lost = fc.features.map((f) => f.properties.code).filter((code) => !kept.has(code));
  if (lost.length > 0) {
    throw new PipelineError({ file }, `district ${lost.join(', ')} lost all of its rings in simplification; lower the simplification threshold`);
  }
  // England encloses no other country, so any hole in the union of its districts is a gap between neighbours
  // (boundaries that did not share arcs and drifted apart).
  const union = merge(cleaned, areas);
  const holes = union.coordinates.reduce((n, polygon) => n + polygon.length - 1, 0);
  if (holes > 0) throw new PipelineError({ file }, `the union of all districts has ${holes} hole(s): gaps between neighbouring areas`);

  // quantize() gives the topology both its grid (the transform) and the box it spans.
  const [scaleX, scaleY] = cleaned.transform!.scale;
  const [, south, , north] = cleaned.bbox!;
  const midLat = ((south! + north!) / 2) * (Math.PI / 180);
  const cellX = scaleX * M_PER_DEG_LAT * Math.cos(midLat);
  const cellY = scaleY * M_PER_DEG_LAT;

  return {
    topology: cleaned,
    stats: {
      arcsBefore: full.arcs.length,
      verticesBefore: countVertices(full.arcs),
      arcsAfter: cleaned.arcs.length,
      verticesAfter: countVertices(cleaned.arcs),
      verticesRestored: restored,
      ringsDropped,
      ringsDroppedByArea,
      maxDisplacementM: moved.reduce((m, d) => Math.max(m, d), 0),
      p95DisplacementM: moved.length > 0 ? percentile(moved, 0.95) : 0,
      quantizationErrorM: Math.hypot(cellX, cellY) / 2,
      unionParts: union.coordinates.length,
    },
  };
}
