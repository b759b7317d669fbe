import { describe, expect, it } from 'vitest';
import { AREA_SOURCE, FILL_LAYER, mapStyle } from './style';

describe('mapStyle', () => {
  it('without boundaries draws the sea alone: the empty map the benchmark compares against', () => {
    const style = mapStyle(null);
    expect(style.sources).toEqual({});
    expect(style.layers.map((layer) => layer.type)).toEqual(['background']);
  });

  it('with boundaries has the tile source and every layer from the start, all reading that one source', () => {
    const style = mapStyle('http://127.0.0.1:4173/geo/lad2020/tiles.json');
    expect(Object.keys(style.sources)).toEqual([AREA_SOURCE]);
    const drawn = style.layers.filter((layer) => layer.type !== 'background');
    expect(drawn.map((layer) => layer.id)).toEqual([FILL_LAYER, 'area-no-data', 'area-borders', 'region-borders', 'area-hover', 'area-selected']);
    expect(drawn.every((layer) => 'source' in layer && layer.source === AREA_SOURCE)).toBe(true);
    expect(drawn.map((layer) => ('source-layer' in layer ? layer['source-layer'] : null))).toEqual(['areas', 'areas', 'areas', 'regions', 'areas', 'areas']);
  });

  it('leaves an area without a colour transparent, so that a map still loading shows no class it has not got', () => {
    const fill = mapStyle('http://x/tiles.json').layers.find((layer) => layer.id === FILL_LAYER);
    expect(JSON.stringify(fill)).toContain('["coalesce",["feature-state","colour"],"rgba(0, 0, 0, 0)"]');
  });
});
