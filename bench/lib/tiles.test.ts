import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { pieceRegions, piecesOf, splitAll } from './synth';
import { TILEJSON_NAME, syntheticTileSet, tileSetSize, writeTileSet } from './tiles';

const square = (code: string, west: number): Feature<Polygon, { code: string }> => ({
  type: 'Feature',
  properties: { code },
  geometry: { type: 'Polygon', coordinates: [[[west, 52], [west + 0.5, 52], [west + 0.5, 52.5], [west, 52.5], [west, 52]]] },
});

// Three districts in a row, each cut into 2×2 pieces; the third lies in another region.
const districts = [square('E06000001', -2), square('E06000002', -1.5), square('E06000003', -1)];
const regionOfDistrict = new Map([
  ['E06000001', 'E12000001'],
  ['E06000002', 'E12000001'],
  ['E06000003', 'E12000002'],
]);
const pieces: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: splitAll(districts, 2) };
const topo = topology({ lad: pieces }, 1e5);

describe('synthetic tile sets', () => {
  it('gives each piece its district’s region', () => {
    const regions = pieceRegions(piecesOf(topo), regionOfDistrict);
    expect(regions.size).toBe(12);
    expect(regions.get('E06000002-3')).toBe('E12000001');
    expect(regions.get('E06000003-0')).toBe('E12000002');
  });

  it('puts every piece by its own code in the areas layer, and only the border between regions in the regions layer', () => {
    const { tileJson, tiles } = syntheticTileSet(topo, regionOfDistrict, 'test');
    expect(tileJson.name).toBe('test');
    expect(tileJson.tiles).toEqual(['{z}/{x}/{y}.pbf']);
    const world = tiles.find((tile) => tile.z === 0)!;
    const decoded = new VectorTile(new PbfReader(world.data));
    const areas = decoded.layers.areas!;
    const codes = Array.from({ length: areas.length }, (_, i) => areas.feature(i).properties.code).sort();
    expect(codes).toEqual(pieces.features.map((piece) => String(piece.properties?.code)).sort());
    // One feature, on longitude −1 only: the west edge of the third district, where two of its pieces meet
    // two of the second's. The borders between pieces of one region are not in it.
    const regions = decoded.layers.regions!;
    expect(regions.length).toBe(1);
    const x = (lng: number): number => ((lng + 180) / 360) * regions.extent;
    for (const line of regions.feature(0).loadGeometry()) {
      for (const point of line) expect(Math.abs(point.x - x(-1))).toBeLessThanOrEqual(1);
    }
  });

  describe('on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-tiles-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the TileJSON and every tile where its URL says, and sizes them as served', () => {
      const set = syntheticTileSet(topo, regionOfDistrict, 'test');
      // A stray file from an earlier set must not survive, nor be counted.
      writeFileSync(join(dir, 'stale.pbf'), 'x');
      writeTileSet(dir, set);
      expect(JSON.parse(readFileSync(join(dir, TILEJSON_NAME), 'utf8'))).toEqual(set.tileJson);
      const tile = set.tiles.find((item) => item.data.length > 0)!;
      expect(new Uint8Array(readFileSync(join(dir, `${tile.z}/${tile.x}/${tile.y}.pbf`)))).toEqual(tile.data);
      const size = tileSetSize(dir);
      expect(size.tiles).toBe(set.tiles.length);
      expect(size.bytes).toBe(set.tiles.reduce((sum, item) => sum + item.data.length, 0) + JSON.stringify(set.tileJson).length);
      expect(size.gzip).toBeGreaterThan(0);
      expect(size.gzip).toBeLessThan(size.bytes);
    });
  });
});
