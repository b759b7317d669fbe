import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { boundaryLayers } from './layers.ts';
import { square, THREE_REGIONS, THREE_TOPOLOGY } from './fixtures/threeDistricts.ts';

describe('boundaryLayers', () => {
  it('keeps only each district’s code, and draws a region border only where neighbours differ in region', () => {
    const { areas, regionBorders } = boundaryLayers(THREE_TOPOLOGY, THREE_REGIONS);
    expect(areas.type).toBe('FeatureCollection');
    expect(areas.features.map((f) => [f.type, f.properties])).toEqual([
      ['Feature', { code: 'E06000001' }],
      ['Feature', { code: 'E06000002' }],
      ['Feature', { code: 'E06000003' }],
    ]);
    // The same square as drawn, its ring starting at another corner.
    expect(areas.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [[[-1.5, 52], [-1.5, 52.5], [-2, 52.5], [-2, 52], [-1.5, 52]]] });
    // The one edge between E06000002 (region 1) and E06000003 (region 2); not the coast, not the edge inside region 1.
    expect(regionBorders).toEqual({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [[[-1, 52], [-1, 52.5]]] } });
  });

  it('draws no border between districts of one region, nor round the outside', () => {
    const oneRegion = new Map([...THREE_REGIONS].map(([code]) => [code, 'E12000001']));
    expect(boundaryLayers(THREE_TOPOLOGY, oneRegion).regionBorders.geometry.coordinates).toEqual([]);
  });

  it('treats a district without a code as in no region', () => {
    const districts: FeatureCollection<Polygon, { code: string } | null> = { type: 'FeatureCollection', features: [square('E06000001', -2, 52), { ...square('x', -1.5, 52), properties: null }] };
    const withoutCode = topology({ lad: districts }) as unknown as Topology;
    expect(boundaryLayers(withoutCode, THREE_REGIONS).regionBorders.geometry.coordinates).toEqual([[[-1.5, 52], [-1.5, 52.5]]]);
  });

  it('needs the “lad” collection', () => {
    expect(() => boundaryLayers({ type: 'Topology', objects: {}, arcs: [] }, THREE_REGIONS)).toThrow('the topology has no “lad” collection');
    expect(() => boundaryLayers({ type: 'Topology', objects: { lad: { type: 'Polygon', arcs: [] } }, arcs: [] } as Topology, THREE_REGIONS)).toThrow('the topology has no “lad” collection');
  });
});
