// The boundary tiles' TileJSON, read by the page rather than by MapLibre. Handed to the map as an inline
// source, it lets MapLibre ask for the tiles in its very first frame; given a URL, MapLibre fetched it
// itself only after the style had loaded, and drew a frame for it, which software WebGL pays about 0.1 s
// for (npm run bench).
import type { Bounds } from '../data/types';
import { isBounds } from '../data/schema';
import { fetchJson, withFetchWords } from '../data/fetchJson';

/** What the map needs from the TileJSON, tile URLs made absolute. */
export interface BoundaryTiles {
  /** Absolute URL templates with {z}, {x} and {y}. */
  tiles: string[];
  /** Where tiles exist: MapLibre asks for none outside this box. */
  bounds: Bounds;
  minzoom: number;
  maxzoom: number;
}

/** A URL's path from the site root, as the page names a file in its messages. */
export function siteFile(url: string): string {
  return url.slice(new URL('/', url).href.length);
}

/** Resolves a tile URL template against the TileJSON's address, keeping its {z}/{x}/{y} placeholders. */
function absoluteTemplate(template: string, tileJsonUrl: string): string {
  return new URL(template, tileJsonUrl).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
}

const isZoom = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 24;

/**
 * Checks a parsed TileJSON and returns what the map needs, or throws an Error saying what is wrong with it.
 * `minzoom` and `maxzoom` default as TileJSON 3.0 says (0 and 30, kept within what MapLibre draws).
 */
export function readTileJson(json: unknown, tileJsonUrl: string): BoundaryTiles {
  if (typeof json !== 'object' || json === null) throw new Error('it is not a JSON object');
  const { tiles, bounds, minzoom = 0, maxzoom = 24 } = json as Record<string, unknown>;
  if (!Array.isArray(tiles) || tiles.length === 0 || !tiles.every((tile) => typeof tile === 'string' && tile.length > 0)) {
    throw new Error('it lists no tile URLs');
  }
  if (!isBounds(bounds)) throw new Error('its bounds are not a box [west, south, east, north]');
  if (!isZoom(minzoom) || !isZoom(maxzoom) || minzoom > maxzoom) throw new Error('its zoom range is not valid');
  return { tiles: tiles.map((tile: string) => absoluteTemplate(tile, tileJsonUrl)), bounds, minzoom, maxzoom };
}

/** Fetches and checks the TileJSON; a failure names the file and why, for the page to show. */
export async function loadBoundaryTiles(tileJsonUrl: string): Promise<BoundaryTiles> {
  const file = siteFile(tileJsonUrl);
  const json = await withFetchWords(
    () => fetchJson(tileJsonUrl),
    (failure) =>
      failure.kind === 'offline'
        ? `the boundaries could not be downloaded: ${file} (no connection)`
        : failure.kind === 'status'
          ? `the boundaries could not be downloaded: ${file} (HTTP ${failure.status})`
          : `the boundary tile list is damaged: ${file} (not valid JSON)`,
  );
  try {
    return readTileJson(json, tileJsonUrl);
  } catch (error) {
    throw new Error(`the boundary tile list is damaged: ${file} (${error instanceof Error ? error.message : String(error)})`);
  }
}
