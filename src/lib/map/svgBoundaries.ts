// The districts for the SVG map, made by the data pipeline (scripts/pipeline/svgPaths.ts) and read by the
// SVG map (canvasRenderer.ts): the map that is on screen before MapLibre has started, and the only map where
// there is no WebGL. The file holds shared arcs of whole grid units; this turns them back into path data.
import { siteFile } from './tileSource';
import { nextTask } from '../nextTask';

/** As the file holds them: every border once, as an arc the districts on both sides refer to. */
export interface SvgBoundaryFile {
  /** Coordinates are whole world pixels at this zoom, in Web Mercator with 512-pixel tiles (as MapLibre: projection.ts). */
  zoom: number;
  /**
   * Each arc as [x0, y0, dx1, dy1, …]: its first point relative to the previous arc's first point (the first
   * arc's absolute), then each point relative to the one before it.
   */
  arcs: number[][];
  /** One [district code, polygons] per district; a polygon is a list of rings, a ring a list of arc indices (~i: arc i reversed). */
  areas: [code: string, polygons: number[][][]][];
  /** The lines where neighbouring districts lie in different regions, as lists of arc indices. */
  regions: number[][];
}

export interface SvgBoundaries {
  /**
   * Path coordinates are whole world pixels at this zoom, in Web Mercator with 512-pixel tiles (as
   * MapLibre: projection.ts), so a viewBox alone places them where MapLibre would draw them.
   */
  zoom: number;
  /** One [district code, path data] per district. */
  areas: [code: string, d: string][];
  /** The lines where neighbouring districts lie in different regions, as path data. */
  regions: string;
}

const isInteger = (value: unknown): value is number => Number.isInteger(value);

/** Absolute points of each arc, flat: [x0, y0, x1, y1, …]. */
function absoluteArcs(arcs: readonly number[][]): number[][] {
  let x = 0;
  let y = 0;
  return arcs.map((arc) => {
    x += arc[0]!;
    y += arc[1]!;
    const points = [x, y];
    for (let i = 2; i < arc.length; i += 2) points.push(points[i - 2]! + arc[i]!, points[i - 1]! + arc[i + 1]!);
    return points;
  });
}

/** Path data for a ring or line made of arcs: an absolute move, then relative lines, repeated points left out. */
function pathOf(indices: readonly number[], arcs: readonly number[][], close: boolean): string {
  const points: number[] = [];
  for (const index of indices) {
    const arc = arcs[index < 0 ? ~index : index]!;
    const count = arc.length / 2;
    for (let k = 0; k < count; k += 1) {
      const at = index < 0 ? count - 1 - k : k;
      const x = arc[2 * at]!;
      const y = arc[2 * at + 1]!;
      if (points.length > 0 && points[points.length - 2] === x && points[points.length - 1] === y) continue;
      points.push(x, y);
    }
  }
  // A closed ring ends where it began; `z` closes it instead.
  if (close && points.length > 2 && points[0] === points[points.length - 2] && points[1] === points[points.length - 1]) points.length -= 2;
  if (points.length < (close ? 6 : 4)) return '';
  let d = `M${points[0]} ${points[1]}`;
  if (points.length > 2) {
    const steps: string[] = [];
    for (let i = 2; i < points.length; i += 2) steps.push(`${points[i]! - points[i - 2]!} ${points[i + 1]! - points[i - 1]!}`);
    d += `l${steps.join(' ')}`;
  }
  return close ? `${d}z` : d;
}

/** Checks a parsed file and returns its path data, or throws an Error saying what is wrong. */
export function readSvgBoundaries(json: unknown): SvgBoundaries {
  if (typeof json !== 'object' || json === null) throw new Error('it is not a JSON object');
  const { zoom, arcs, areas, regions } = json as Record<string, unknown>;
  if (!isInteger(zoom) || zoom < 0 || zoom > 24) throw new Error('its zoom is not a whole number from 0 to 24');
  if (!Array.isArray(arcs) || !arcs.every((arc) => Array.isArray(arc) && arc.length >= 2 && arc.length % 2 === 0 && arc.every(isInteger))) {
    throw new Error('its arcs are not lists of whole numbers');
  }
  const isArcList = (list: unknown): list is number[] =>
    Array.isArray(list) && list.length > 0 && list.every((index) => isInteger(index) && (index < 0 ? ~index : index) < arcs.length);
  if (!Array.isArray(areas) || areas.length === 0) throw new Error('it lists no areas');
  for (const entry of areas) {
    const ok =
      Array.isArray(entry) &&
      entry.length === 2 &&
      typeof entry[0] === 'string' &&
      Array.isArray(entry[1]) &&
      entry[1].every((polygon: unknown) => Array.isArray(polygon) && polygon.length > 0 && polygon.every(isArcList));
    if (!ok) throw new Error(`an area entry is not [code, polygons of arcs]: ${JSON.stringify(entry).slice(0, 60)}`);
  }
  if (!Array.isArray(regions) || !regions.every(isArcList)) throw new Error('its region borders are not lists of arcs');
  const points = absoluteArcs(arcs as number[][]);
  return {
    zoom,
    areas: (areas as [string, number[][][]][]).map(([code, polygons]) => [code, polygons.flatMap((rings) => rings.map((ring) => pathOf(ring, points, true))).join('')]),
    regions: (regions as number[][]).map((line) => pathOf(line, points, false)).join(''),
  };
}

/** Fetches and checks the file; a failure names the file and why. */
export async function loadSvgBoundaries(url: string): Promise<SvgBoundaries> {
  const file = siteFile(url);
  const response = await fetch(url).catch(() => null);
  if (!response) throw new Error(`${file} could not be downloaded (no connection)`);
  if (!response.ok) throw new Error(`${file} could not be downloaded (HTTP ${response.status})`);
  const json: unknown = await response.json().catch(() => undefined);
  if (json === undefined) throw new Error(`${file} is damaged (not valid JSON)`);
  // Parsing, turning arcs into paths, and then making the map from them are each a long piece of work on a phone.
  await nextTask();
  try {
    return readSvgBoundaries(json);
  } catch (error) {
    throw new Error(`${file} is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}
