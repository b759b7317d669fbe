import { describe, expect, it } from 'vitest';
import { AREA_SOURCE, FILL_LAYER, mapStyle } from './style';
import type { BoundaryTiles } from './tileSource';

const TILES: BoundaryTiles = { tiles: ['http://x/geo/lad2020/{z}/{x}/{y}.pbf'], bounds: [-6.4, 49.9, 1.8, 55.8], minzoom: 0, maxzoom: 8 };

describe('mapStyle', () => {
  it('without boundaries draws the sea alone: the empty map the benchmark compares against', () => {
    const style = mapStyle(null);
    expect(style.sources).toEqual({});
    expect(style.layers.map((layer) => layer.type)).toEqual(['background']);
  });

  it('with boundaries has the tile source and every layer from the start, all reading that one source', () => {
    const style = mapStyle(TILES);
    expect(Object.keys(style.sources)).toEqual([AREA_SOURCE]);
    // Inline, not a TileJSON URL: MapLibre can ask for tiles in its first frame.
    expect(style.sources[AREA_SOURCE]).toMatchObject({ type: 'vector', tiles: TILES.tiles, bounds: TILES.bounds, minzoom: 0, maxzoom: 8 });
    const drawn = style.layers.filter((layer) => layer.type !== 'background');
    expect(drawn.map((layer) => layer.id)).toEqual([FILL_LAYER, 'area-no-data', 'area-borders', 'region-borders', 'area-outline']);
    expect(drawn.every((layer) => 'source' in layer && layer.source === AREA_SOURCE)).toBe(true);
    expect(drawn.map((layer) => ('source-layer' in layer ? layer['source-layer'] : null))).toEqual(['areas', 'areas', 'areas', 'regions', 'areas']);
  });

  it('leaves an area without a colour transparent, so that a map still loading shows no class it has not got', () => {
    const fill = mapStyle(TILES).layers.find((layer) => layer.id === FILL_LAYER);
    expect(JSON.stringify(fill)).toContain('["coalesce",["feature-state","colour"],"rgba(0, 0, 0, 0)"]');
  });
});
