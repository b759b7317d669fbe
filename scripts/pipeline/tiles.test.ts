import { beforeEach, describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { square, THREE_DISTRICTS, THREE_REGIONS, THREE_TOPOLOGY } from './fixtures/threeDistricts.ts';
import { boundaryLayers } from './layers.ts';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Bounds } from '../../src/lib/data/types.ts';
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import { areaBounds, boundaryTileSet, cutTiles, geographyTileSet, geometryBounds, tilePath, tileRange, unionBounds, type Tile } from './tiles.ts';

const districts = THREE_DISTRICTS;
const regionOf = THREE_REGIONS;
const topo = THREE_TOPOLOGY;

function decode(data: Uint8Array): VectorTile {
  return new VectorTile(new PbfReader(data));
}

describe('boundaryLayers', () => {
  it('keeps only the code on each district, and draws a region border only between different regions', () => {
    const layers = boundaryLayers(topo, regionOf);
    expect(layers.areas.features.map((f) => f.properties)).toEqual([{ code: 'E06000001' }, { code: 'E06000002' }, { code: 'E06000003' }]);
    // The one edge shared across regions is the line at longitude −1, from 52 to 52.5.
    const lines = layers.regionBorders.geometry.coordinates;
    expect(lines).toHaveLength(1);
    expect(lines[0]?.every(([lng]) => lng === -1)).toBe(true);
  });

  it('refuses a topology without districts', () => {
    expect(() => boundaryLayers(topology({ other: districts }), regionOf)).toThrow(/no “lad” collection/);
  });
});

describe('areaBounds and unionBounds', () => {
  it('boxes each area, widened outward to 0.0001°, and boxes them all', () => {
    const boxes = areaBounds(boundaryLayers(topo, regionOf).areas);
    expect(boxes.get('E06000002')).toEqual([-1.5, 52, -1, 52.5]);
    expect(unionBounds(boxes.values())).toEqual([-2, 52, -0.5, 52.5]);
    const odd = areaBounds({ type: 'FeatureCollection', features: [{ ...square('E06000009', -1.23456, 52.00004, 0.1), properties: { code: 'E06000009' } }] });
    expect(odd.get('E06000009')).toEqual([-1.2346, 52, -1.1345, 52.1001]);
  });

  it('refuses an area with a position that has no latitude, and a union of no boxes', () => {
    const halfPoint = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [[[0, 50], [1, 50], [1], [0, 50]]] }, properties: { code: 'E06000001' } }] };
    expect(() => areaBounds(halfPoint)).toThrow('E06000001 has no coordinates');
    expect(() => unionBounds([])).toThrow('no bounds to combine');
  });
});

describe('geometryBounds', () => {
  it('boxes every ring of every part of a multipolygon, holes included', () => {
    const islands = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [[[0, 0], [1, 0], [1, 1], [0, 0]]],
        [[[-3, 50], [-2, 50], [-2, 51], [-3, 50]], [[-2.5, 50.2], [-2.4, 50.2], [-2.4, 50.3], [-2.5, 50.2]]],
      ],
    };
    expect(geometryBounds(islands)).toEqual([-3, 0, 1, 51]);
  });

  it('gives an infinite box for a polygon with no vertices, which areaBounds refuses', () => {
    expect(geometryBounds({ type: 'Polygon', coordinates: [] })).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
    const empty = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [] }, properties: { code: 'E06000001' } }] };
    expect(() => areaBounds(empty)).toThrow('E06000001 has no coordinates');
  });
});

describe('tileRange', () => {
  it('gives the columns and rows of web Mercator tiles a box touches', () => {
    expect(tileRange([-2, 52, -0.5, 52.5], 0)).toEqual({ minX: 0, maxX: 0, minY: 0, maxY: 0 });
    // At zoom 5 England's west and east straddle the meridian (columns 15 and 16) and latitude 52.48 (rows 9 and 10).
    expect(tileRange([-6.37, 49.88, 1.77, 55.82], 5)).toEqual({ minX: 15, maxX: 16, minY: 9, maxY: 10 });
  });

  it('keeps a box that reaches the antimeridian or past Web Mercator\'s poles inside the world', () => {
    expect(tileRange([-180, -89, 180, 89], 1)).toEqual({ minX: 0, maxX: 1, minY: 0, maxY: 1 });
  });
});

describe('cutTiles', () => {
  const options = { maxzoom: 6, extent: 4096, buffer: 64, tolerance: 3 };
  let layers: ReturnType<typeof boundaryLayers>;
  let bounds: ReturnType<typeof unionBounds>;
  let tiles: ReturnType<typeof cutTiles>;
  beforeEach(() => {
    layers = boundaryLayers(topo, regionOf);
    bounds = unionBounds(areaBounds(layers.areas).values());
    tiles = cutTiles({ areas: layers.areas, regions: layers.regionBorders }, bounds, options);
  });

  it('writes every tile the bounds touch, at every zoom up to maxzoom', () => {
    for (let z = 0; z <= options.maxzoom; z += 1) {
      const { minX, maxX, minY, maxY } = tileRange(bounds, z);
      expect(tiles.filter((tile) => tile.z === z)).toHaveLength((maxX - minX + 1) * (maxY - minY + 1));
    }
    expect(tiles.some((tile) => tile.z > options.maxzoom)).toBe(false);
  });

  it('puts every district, with its code, and the region border in the world tile', () => {
    const world = decode(tiles.find((tile) => tile.z === 0)!.data);
    const areas = world.layers.areas!;
    const codes = Array.from({ length: areas.length }, (_, i) => areas.feature(i).properties.code);
    expect(codes.sort()).toEqual(['E06000001', 'E06000002', 'E06000003']);
    expect(world.layers.regions?.length).toBe(1);
  });

  it('writes version 2 tiles at the extent asked for', () => {
    const small = cutTiles({ areas: layers.areas }, bounds, { ...options, maxzoom: 0, extent: 512 });
    const areas = decode(small[0]!.data).layers.areas!;
    expect([areas.version, areas.extent]).toEqual([2, 512]);
  });

  it('simplifies the zooms named in toleranceAt by their own tolerance, and the others by the one tolerance', () => {
    // A square whose south edge zigzags by 0.02° of latitude: about 12 tile units at zoom 5.
    const zigzag = Array.from({ length: 41 }, (_, i) => [-2 + i * 0.0125, 52 + (i % 2) * 0.02]);
    const ring = [...zigzag, [-1.5, 52.5], [-2, 52.5], [-2, 52]];
    const wiggly: FeatureCollection<Polygon, { code: string }> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'E06000001' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    };
    const box: Bounds = [-2, 52, -1.5, 52.5];
    const points = (tiles: Tile[], z: number): number =>
      tiles
        .filter((tile) => tile.z === z && tile.data.length > 0)
        .reduce((sum, tile) => sum + decode(tile.data).layers.areas!.feature(0).loadGeometry().flat().length, 0);
    const even = cutTiles({ areas: wiggly }, box, { ...options, tolerance: 1 });
    const coarseAtFive = cutTiles({ areas: wiggly }, box, { ...options, tolerance: 1, toleranceAt: { 5: 64 } });
    expect(points(coarseAtFive, 5)).toBeLessThan(points(even, 5));
    expect(points(coarseAtFive, 5)).toBe(5);
    for (const z of [0, 1, 2, 3, 4, 6]) expect(points(coarseAtFive, z)).toBe(points(even, z));
  });

  it('leaves a tile with nothing in it empty, which reads as a tile with no layers', () => {
    const wide = cutTiles({ areas: layers.areas }, [-4, 50, -0.5, 52.5], { ...options, maxzoom: 7 });
    const empty = wide.filter((tile) => tile.data.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(Object.keys(decode(empty[0]!.data).layers)).toEqual([]);
  });
});

describe('boundaryTileSet', () => {
  it('describes the tiles in a TileJSON whose tile URL is relative to itself', () => {
    const { tileJson, tiles } = boundaryTileSet(boundaryLayers(topo, regionOf), 'Contains OS data', { maxzoom: 3, extent: 4096, buffer: 64, tolerance: 3 });
    expect(tileJson).toEqual({
      tilejson: '3.0.0',
      name: 'England local authority districts (LAD 2020), simplified',
      attribution: 'Contains OS data',
      tiles: ['{z}/{x}/{y}.pbf'],
      minzoom: 0,
      maxzoom: 3,
      bounds: [-2, 52, -0.5, 52.5],
      vector_layers: [
        { id: 'areas', description: 'One polygon per district', fields: { code: 'LAD 2020 GSS code' } },
        { id: 'regions', description: 'Borders between districts in different regions', fields: {} },
      ],
    });
    expect(tiles.map(tilePath)).toContain('3/3/2.pbf');
  });
});

describe('geographyTileSet', () => {
  it('cuts one layer named for the geography, only at the zooms it is drawn at, and describes it', () => {
    const geography = { ...GEOGRAPHIES.msoa2011, minZoom: 2, tileMaxZoom: 3 };
    const { tileJson, tiles } = geographyTileSet(geography, boundaryLayers(topo, regionOf).areas, 'Contains OS data', 3);
    expect(tileJson).toEqual({
      tilejson: '3.0.0',
      name: 'England neighbourhoods (msoa2011)',
      attribution: 'Contains OS data',
      tiles: ['{z}/{x}/{y}.pbf'],
      minzoom: 2,
      maxzoom: 3,
      bounds: [-2, 52, -0.5, 52.5],
      vector_layers: [{ id: 'msoa', description: 'One polygon per neighbourhood', fields: { code: 'GSS code' } }],
    });
    // The three squares lie in one tile at zoom 2 and one at zoom 3.
    expect(tiles.map(tilePath)).toEqual(['2/1/1.pbf', '3/3/2.pbf']);
    expect(Object.keys(decode(tiles[1]!.data).layers)).toEqual(['msoa']);
  });
});
