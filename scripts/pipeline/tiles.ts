// Cuts the simplified boundaries into Mapbox Vector Tiles at build time. The map then only fetches and
// draws the few tiles in view: no GeoJSON crosses from the page to MapLibre's worker, and the worker does
// not have to cut tiles itself before the first frame (see the README's Performance section).
import type { GeoJSON, MultiPolygon, Polygon, Position } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { AREA_LAYER, REGION_LAYER } from '../../src/lib/map/boundaries.ts';
import type { Bounds } from '../../src/lib/data/types.ts';
import type { Geography } from '../../src/lib/data/geographies.ts';
import type { AreaFeatures, BoundaryLayers } from './layers.ts';

export interface TileOptions {
  /** Shallowest zoom cut (0 when absent): a geography not drawn below some zoom needs no tiles there. */
  minzoom?: number;
  /** Deepest zoom cut; the map magnifies these tiles beyond it. */
  maxzoom: number;
  /** Tile units per tile side. */
  extent: number;
  /** Tile units of geometry kept beyond each edge, so that borders meet without seams. */
  buffer: number;
  /** Per-zoom simplification, in tile units: what cannot be seen at that zoom is left out of its tiles. */
  tolerance: number;
  /** A coarser or finer tolerance for the zooms named here, in place of `tolerance`. */
  toleranceAt?: Readonly<Record<number, number>>;
}

/**
 * At zoom 8 one tile unit is about 24 m on the ground in England, finer than the 43 m quantisation of the
 * boundaries themselves, so deeper tiles would add bytes but no detail. A tolerance of 4 units of 4,096 is
 * half a pixel on a 512-pixel tile: a line moves by no more than that, which no one sees, and the zoom 5
 * tiles a laptop opens on are 22 KB gzip instead of 27 KB at 2 units. Up to zoom 3, where a phone opens, it
 * is 2 units: at 4 the City of London, the smallest district, drops out of the zoom 3 tiles (a ring smaller
 * than the tolerance squared is left out), and at 3 it dropped out too.
 */
export const BOUNDARY_TILE_OPTIONS: TileOptions = { maxzoom: 8, extent: 4096, buffer: 64, tolerance: 4, toleranceAt: { 0: 2, 1: 2, 2: 2, 3: 2 } };

/** Every vertex of a polygon or multipolygon (the only geometries the boundaries hold). */
function* vertices(geometry: Polygon | MultiPolygon): Generator<Position> {
  if (geometry.type === 'Polygon') for (const ring of geometry.coordinates) yield* ring;
  else for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
}

/** The box around a geometry's vertices, as [west, south, east, north]; infinite when it has none. */
export function geometryBounds(geometry: Polygon | MultiPolygon): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  // A position without two numbers makes the box NaN, which areaBounds refuses like an empty one.
  for (const [lng = NaN, lat = NaN] of vertices(geometry)) {
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

/** Each area's bounding box, widened to the next 0.0001° (about 10 m) so that it always contains the area. */
export function areaBounds(areas: AreaFeatures): Map<string, Bounds> {
  const down = (n: number): number => Math.floor(n * 1e4) / 1e4;
  const up = (n: number): number => Math.ceil(n * 1e4) / 1e4;
  const result = new Map<string, Bounds>();
  for (const area of areas.features) {
    const [west, south, east, north] = geometryBounds(area.geometry);
    if (![west, south, east, north].every(Number.isFinite)) throw new Error(`${area.properties.code} has no coordinates`);
    result.set(area.properties.code, [down(west), down(south), up(east), up(north)]);
  }
  return result;
}

/** The box around all the given boxes. */
export function unionBounds(boxes: Iterable<Bounds>): Bounds {
  const all = [...boxes];
  if (all.length === 0) throw new Error('no bounds to combine');
  return [Math.min(...all.map((b) => b[0])), Math.min(...all.map((b) => b[1])), Math.max(...all.map((b) => b[2])), Math.max(...all.map((b) => b[3]))];
}

/** Web Mercator tile columns and rows at zoom z that a box touches (inclusive). */
export function tileRange(bounds: Bounds, z: number): { minX: number; maxX: number; minY: number; maxY: number } {
  const n = 2 ** z;
  const clamp = (v: number): number => Math.min(n - 1, Math.max(0, Math.floor(v)));
  const column = (lng: number): number => clamp(((lng + 180) / 360) * n);
  const row = (lat: number): number => {
    const phi = (lat * Math.PI) / 180;
    return clamp(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n);
  };
  const [west, south, east, north] = bounds;
  return { minX: column(west), maxX: column(east), minY: row(north), maxY: row(south) };
}

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** The encoded tile; empty (zero bytes) where nothing lies, which MapLibre reads as a tile with no features. */
  data: Uint8Array;
}

/**
 * Every tile from zoom 0 to `maxzoom` that touches `bounds`, each holding the named layers clipped to it.
 * Tiles over open sea are written too (empty), so that the map never asks for a tile that is not there.
 */
export function cutTiles(layers: Record<string, GeoJSON>, bounds: Bounds, options: TileOptions): Tile[] {
  const toleranceAt = (z: number): number => options.toleranceAt?.[z] ?? options.tolerance;
  // One index per tolerance in use: the tiler simplifies by one tolerance at every zoom.
  const byTolerance = new Map<number, (readonly [string, GeoJSONVT])[]>();
  const indexesFor = (tolerance: number): (readonly [string, GeoJSONVT])[] => {
    let indexes = byTolerance.get(tolerance);
    if (!indexes) {
      indexes = Object.entries(layers).map(
        ([name, data]) =>
          [
            name,
            new GeoJSONVT(data, {
              maxZoom: options.maxzoom,
              indexMaxZoom: options.maxzoom,
              indexMaxPoints: 0,
              extent: options.extent,
              buffer: options.buffer,
              tolerance,
            }),
          ] as const,
      );
      byTolerance.set(tolerance, indexes);
    }
    return indexes;
  };
  const tiles: Tile[] = [];
  for (let z = options.minzoom ?? 0; z <= options.maxzoom; z += 1) {
    const indexes = indexesFor(toleranceAt(z));
    const { minX, maxX, minY, maxY } = tileRange(bounds, z);
    for (let x = minX; x <= maxX; x += 1) {
      for (let y = minY; y <= maxY; y += 1) {
        const content: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) content[name] = tile;
        }
        // With no layer in it, vt-pbf writes no bytes at all.
        tiles.push({ z, x, y, data: fromGeojsonVt(content, { version: 2, extent: options.extent }) });
      }
    }
  }
  return tiles;
}

/** Where a tile is written, relative to the TileJSON's folder; the TileJSON's `tiles` URL says the same. */
export function tilePath(tile: Pick<Tile, 'z' | 'x' | 'y'>): string {
  return `${tile.z}/${tile.x}/${tile.y}.pbf`;
}

export interface TileJson {
  tilejson: '3.0.0';
  name: string;
  attribution: string;
  /** Relative to the TileJSON file itself. */
  tiles: [string];
  minzoom: number;
  maxzoom: number;
  bounds: Bounds;
  vector_layers: { id: string; description: string; fields: Record<string, string> }[];
}

/**
 * A geography's tile set (src/lib/data/geographies.ts): one layer of its areas, cut only at the zooms the map
 * draws it at. `tolerance` is larger than the districts': neighbourhoods are small, and a line moved by a
 * pixel at the zoom it is seen at changes nothing a reader can see.
 */
export function geographyTileSet(
  geography: Geography,
  areas: AreaFeatures,
  attribution: string,
  tolerance: number,
): { tileJson: TileJson; tiles: Tile[] } {
  const bounds = unionBounds(areaBounds(areas).values());
  const options: TileOptions = { minzoom: geography.minZoom, maxzoom: geography.tileMaxZoom, extent: 4096, buffer: 64, tolerance };
  const tiles = cutTiles({ [geography.sourceLayer]: areas }, bounds, options);
  const tileJson: TileJson = {
    tilejson: '3.0.0',
    name: `England ${geography.plural} (${geography.id})`,
    attribution,
    tiles: ['{z}/{x}/{y}.pbf'],
    minzoom: geography.minZoom,
    maxzoom: geography.tileMaxZoom,
    bounds,
    vector_layers: [{ id: geography.sourceLayer, description: `One polygon per ${geography.singular}`, fields: { [geography.idProperty]: 'GSS code' } }],
  };
  return { tileJson, tiles };
}

/** The boundary tile set: the TileJSON that describes it and the tiles themselves. */
export function boundaryTileSet(layers: BoundaryLayers, attribution: string, options: TileOptions = BOUNDARY_TILE_OPTIONS): { tileJson: TileJson; tiles: Tile[] } {
  const bounds = unionBounds(areaBounds(layers.areas).values());
  const tiles = cutTiles({ [AREA_LAYER]: layers.areas, [REGION_LAYER]: layers.regionBorders }, bounds, options);
  const tileJson: TileJson = {
    tilejson: '3.0.0',
    name: 'England local authority districts (LAD 2020), simplified',
    attribution,
    tiles: ['{z}/{x}/{y}.pbf'],
    minzoom: 0,
    maxzoom: options.maxzoom,
    bounds,
    vector_layers: [
      { id: AREA_LAYER, description: 'One polygon per district', fields: { code: 'LAD 2020 GSS code' } },
      { id: REGION_LAYER, description: 'Borders between districts in different regions', fields: {} },
    ],
  };
  return { tileJson, tiles };
}
