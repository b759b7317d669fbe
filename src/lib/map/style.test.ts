import { describe, expect, it } from 'vitest';
import { AREA_BORDER, AREA_SOURCE, FILL_LAYER, mapStyle, widthAt } from './style';
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

describe('widthAt', () => {
  const stops = [[5, 0.3], [9, 1.2]] as const;
  it('reads line widths off the same stops MapLibre interpolates, flat beyond the ends', () => {
    expect(widthAt(stops, 4)).toBe(0.3);
    expect(widthAt(stops, 5)).toBe(0.3);
    expect(widthAt(stops, 7)).toBeCloseTo(0.75, 10);
    expect(widthAt(stops, 12)).toBe(1.2);
  });

  it('is what the style hands MapLibre for the area borders', () => {
    const borders = mapStyle(TILES).layers.find((layer) => layer.id === 'area-borders');
    expect(JSON.stringify(borders)).toContain(JSON.stringify(['interpolate', ['linear'], ['zoom'], ...AREA_BORDER.width.flat()]));
  });
});
