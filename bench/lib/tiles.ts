// Vector tile sets for the synthetic geographies, cut by the data pipeline's own tiler so that the harness
// map reads them exactly as the app reads its districts: same layers, same zooms, same tile options.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { boundaryLayers } from '../../scripts/pipeline/layers';
import { boundaryTileSet, tilePath, type Tile, type TileJson } from '../../scripts/pipeline/tiles';
import { servedSize } from './server';
import { pieceRegions, piecesOf } from './synth';

export const TILEJSON_NAME = 'tiles.json';

/** The tile set of a synthetic topology: layer `areas` holds the pieces by their own code. */
export function syntheticTileSet(topology: Topology, regionOfDistrict: ReadonlyMap<string, string>, name: string): { tileJson: TileJson; tiles: Tile[] } {
  const set = boundaryTileSet(boundaryLayers(topology, pieceRegions(piecesOf(topology), regionOfDistrict)), 'Synthetic: the LAD 2020 boundaries (ONS, OGL v3.0) cut by a grid');
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
