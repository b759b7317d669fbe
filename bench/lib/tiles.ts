// Vector tile sets for the synthetic geographies, cut by the data pipeline's own tiler so that the harness
// map reads them exactly as the app reads its districts: same layers, same zooms, same tile options.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boundaryLayers } from '../../scripts/pipeline/layers';
import { boundaryTileSet, tilePath, type Tile, type TileJson } from '../../scripts/pipeline/tiles';
import { servedSize } from './server';

export const TILEJSON_NAME = 'tiles.json';

/**
 * Each piece's region, which is its district's: the pieces of one district never get a region border
 * between them, and a border between districts in different regions is drawn along all its pieces.
 */
export function pieceRegions(topology: Topology, regionOfDistrict: ReadonlyMap<string, string>): Map<string, string> {
  const object = topology.objects.lad as GeometryCollection | undefined;
  if (object?.type !== 'GeometryCollection') throw new Error('the topology has no “lad” collection');
  return new Map(
    object.geometries.map((geometry) => {
      const properties = geometry.properties as { code?: string; parent?: string } | undefined;
      const code = properties?.code ?? '';
      return [code, regionOfDistrict.get(properties?.parent ?? code) ?? ''];
    }),
  );
}

/** The tile set of a synthetic topology: layer `areas` holds the pieces by their own code. */
export function syntheticTileSet(topology: Topology, regionOfDistrict: ReadonlyMap<string, string>, name: string): { tileJson: TileJson; tiles: Tile[] } {
  const set = boundaryTileSet(boundaryLayers(topology, pieceRegions(topology, regionOfDistrict)), 'Synthetic: the LAD 2020 boundaries (ONS, OGL v3.0) cut by a grid');
  return { tileJson: { ...set.tileJson, name }, tiles: set.tiles };
}

/** Replaces `dir` with the TileJSON and its tiles, laid out as its relative tile URL says. */
export function writeTileSet(dir: string, set: { tileJson: TileJson; tiles: readonly Tile[] }): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, TILEJSON_NAME), JSON.stringify(set.tileJson));
  for (const tile of set.tiles) {
    const file = join(dir, tilePath(tile));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, tile.data);
  }
}

export interface TileSetSize {
  /** Tiles on disk, the TileJSON not counted. */
  tiles: number;
  /** TileJSON and every tile. */
  bytes: number;
  /** The same as served (bench/lib/server.ts): gzip -9 of each file, an empty tile as the nothing it is. */
  gzip: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The whole tile set in `dir` (TileJSON and tiles), as a visitor who panned everywhere would download it. */
export function tileSetSize(dir: string): TileSetSize {
  const files = filesUnder(dir).filter((path) => path.endsWith('.pbf') || relative(dir, path) === TILEJSON_NAME);
  let bytes = 0;
  let gzip = 0;
  for (const path of files) {
    const body = readFileSync(path);
    bytes += body.length;
    gzip += servedSize(path, body);
  }
  return { tiles: files.filter((path) => path.endsWith('.pbf')).length, bytes, gzip };
}
