import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBoundaryTiles, readTileJson, siteFile } from './tileSource';

const TILEJSON_URL = 'http://127.0.0.1:4173/geo/lad2020/tiles.json';
const GOOD = { tilejson: '3.0.0', tiles: ['{z}/{x}/{y}.pbf'], minzoom: 0, maxzoom: 8, bounds: [-6.3651, 49.8823, 1.7638, 55.8111] };

describe('readTileJson', () => {
  it('resolves relative tile URLs against the TileJSON and keeps the {z}/{x}/{y} placeholders', () => {
    expect(readTileJson(GOOD, TILEJSON_URL)).toEqual({
      tiles: ['http://127.0.0.1:4173/geo/lad2020/{z}/{x}/{y}.pbf'],
      bounds: [-6.3651, 49.8823, 1.7638, 55.8111],
      minzoom: 0,
      maxzoom: 8,
    });
    expect(readTileJson({ ...GOOD, tiles: ['../tiles/{z}/{x}/{y}.pbf'] }, TILEJSON_URL).tiles).toEqual(['http://127.0.0.1:4173/geo/tiles/{z}/{x}/{y}.pbf']);
    expect(readTileJson({ ...GOOD, tiles: ['https://cdn.example/{z}/{x}/{y}.pbf'] }, TILEJSON_URL).tiles).toEqual(['https://cdn.example/{z}/{x}/{y}.pbf']);
  });

  it('takes the TileJSON defaults for a missing zoom range', () => {
    const { minzoom, maxzoom } = readTileJson({ tiles: GOOD.tiles, bounds: GOOD.bounds }, TILEJSON_URL);
    expect([minzoom, maxzoom]).toEqual([0, 24]);
  });

  it.each([
    ['not an object', 'tiles', 'it is not a JSON object'],
    ['no tiles', { ...GOOD, tiles: [] }, 'it lists no tile URLs'],
    ['a tile that is not a string', { ...GOOD, tiles: [3] }, 'it lists no tile URLs'],
    ['no bounds', { ...GOOD, bounds: undefined }, 'its bounds are not a box'],
    ['bounds west of east', { ...GOOD, bounds: [2, 49, 1, 55] }, 'its bounds are not a box'],
    ['a zoom range upside down', { ...GOOD, minzoom: 9 }, 'its zoom range is not valid'],
    ['a fractional zoom', { ...GOOD, maxzoom: 8.5 }, 'its zoom range is not valid'],
  ])('rejects %s', (_, json, message) => {
    expect(() => readTileJson(json, TILEJSON_URL)).toThrow(message);
  });
});

describe('loadBoundaryTiles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the file and the status when it cannot be downloaded', async () => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    await expect(loadBoundaryTiles(TILEJSON_URL)).rejects.toThrow('the boundaries could not be downloaded: geo/lad2020/tiles.json (HTTP 404)');
  });

  it('says the list is damaged when it is not JSON or not a tile list', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"tiles": [', { status: 200 }));
    await expect(loadBoundaryTiles(TILEJSON_URL)).rejects.toThrow('the boundary tile list is damaged: geo/lad2020/tiles.json (not valid JSON)');
    vi.stubGlobal('fetch', async () => new Response('{"tiles": []}', { status: 200 }));
    await expect(loadBoundaryTiles(TILEJSON_URL)).rejects.toThrow('the boundary tile list is damaged: geo/lad2020/tiles.json (it lists no tile URLs)');
  });

  it('says so when there is no connection', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadBoundaryTiles(TILEJSON_URL)).rejects.toThrow('the boundaries could not be downloaded: geo/lad2020/tiles.json (no connection)');
  });

  it('reads a good one', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(GOOD), { status: 200 }));
    expect((await loadBoundaryTiles(TILEJSON_URL)).tiles).toEqual(['http://127.0.0.1:4173/geo/lad2020/{z}/{x}/{y}.pbf']);
  });
});

describe('siteFile', () => {
  it('is the path from the site root', () => {
    expect(siteFile('http://127.0.0.1:4173/geo/lad2020/5/15/10.pbf')).toBe('geo/lad2020/5/15/10.pbf');
  });
});
