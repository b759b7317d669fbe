// The districts as SVG path data, made by the data pipeline (scripts/pipeline/svgPaths.ts) and read by the
// SVG map (svgRenderer.ts): the map that is on screen before MapLibre has started, and the only map where
// there is no WebGL.
import { siteFile } from './tileSource';

export interface SvgBoundaries {
  /**
   * Path coordinates are whole world pixels at this zoom, in Web Mercator with 512-pixel tiles (as
   * MapLibre: projection.ts), so a viewBox alone places them where MapLibre would draw them.
   */
  zoom: number;
  /** One [district code, path data] per district. */
  areas: [code: string, d: string][];
  /** The lines where neighbouring districts lie in different regions. */
  regions: string;
}

/** Path data as the pipeline writes it: absolute moves, relative lines, closed rings; integers only. */
const PATH_DATA = /^(M-?\d+ -?\d+(l-?\d+ -?\d+( -?\d+ -?\d+)*)?z?)+$/;

/** Checks a parsed file and returns it, or throws an Error saying what is wrong. */
export function readSvgBoundaries(json: unknown): SvgBoundaries {
  if (typeof json !== 'object' || json === null) throw new Error('it is not a JSON object');
  const { zoom, areas, regions } = json as Record<string, unknown>;
  if (!Number.isInteger(zoom) || (zoom as number) < 0 || (zoom as number) > 24) throw new Error('its zoom is not a whole number from 0 to 24');
  if (!Array.isArray(areas) || areas.length === 0) throw new Error('it lists no areas');
  for (const entry of areas) {
    const ok = Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string' && PATH_DATA.test(entry[1]);
    if (!ok) throw new Error(`an area entry is not [code, path data]: ${JSON.stringify(entry).slice(0, 60)}`);
  }
  if (typeof regions !== 'string' || !(regions === '' || PATH_DATA.test(regions))) throw new Error('its region borders are not path data');
  return { zoom: zoom as number, areas: areas as [string, string][], regions };
}

/** Fetches and checks the file; a failure names the file and why. */
export async function loadSvgBoundaries(url: string): Promise<SvgBoundaries> {
  const file = siteFile(url);
  const response = await fetch(url).catch(() => null);
  if (!response) throw new Error(`${file} could not be downloaded (no connection)`);
  if (!response.ok) throw new Error(`${file} could not be downloaded (HTTP ${response.status})`);
  const json: unknown = await response.json().catch(() => undefined);
  if (json === undefined) throw new Error(`${file} is damaged (not valid JSON)`);
  try {
    return readSvgBoundaries(json);
  } catch (error) {
    throw new Error(`${file} is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}
