import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { square } from './fixtures/threeDistricts.ts';
import { topologyFeatures, type TopologyObject } from './topoFeatures.ts';

const OPTIONS: TopologyObject = { object: 'areas', codeProperty: 'code', codePattern: /^E02\d{6}$/ };
const withCode = (code: unknown, west: number): Feature<Polygon | null, Record<string, unknown>> => ({ ...square('x', west, 52), properties: { code, name: 'n' } });
const text = (features: Feature<Polygon | null, Record<string, unknown>>[]): string => {
  const areas: FeatureCollection<Polygon | null, Record<string, unknown>> = { type: 'FeatureCollection', features };
  return JSON.stringify(topology({ areas }));
};

describe('topologyFeatures', () => {
  it('keeps the accepted polygons in file order, each with its code alone', () => {
    const keep = (properties: Readonly<Record<string, unknown>>): boolean => properties.code !== 'E02000002';
    const areas = topologyFeatures(text([withCode('E02000003', 0), withCode('E02000002', 1), withCode('E02000001', 2)]), 'm.json', { ...OPTIONS, keep });
    expect(areas.type).toBe('FeatureCollection');
    expect(areas.features.map((f) => [f.type, f.properties, f.geometry.type])).toEqual([
      ['Feature', { code: 'E02000003' }, 'Polygon'],
      ['Feature', { code: 'E02000001' }, 'Polygon'],
    ]);
    expect(topologyFeatures(text([withCode('E02000003', 0), withCode('E02000002', 1)]), 'm.json', OPTIONS).features).toHaveLength(2);
  });

  it('names the file and what is wrong with it', () => {
    expect(() => topologyFeatures('{', 'm.json', OPTIONS)).toThrow(/^m\.json: not valid JSON: /);
    expect(() => topologyFeatures(JSON.stringify({ type: 'Topology', objects: {}, arcs: [] }), 'm.json', OPTIONS)).toThrow(/^m\.json: no “areas” collection$/);
    expect(() => topologyFeatures(JSON.stringify({ type: 'Topology', arcs: [] }), 'm.json', OPTIONS)).toThrow(/^m\.json: no “areas” collection$/);
    expect(() => topologyFeatures(text([withCode('E02000001', 0), withCode('E01000002', 1)]), 'm.json', OPTIONS)).toThrow(/^m\.json, column "code": geometry 1 has no valid code$/);
    expect(() => topologyFeatures(text([withCode(2, 0)]), 'm.json', OPTIONS)).toThrow(/^m\.json, column "code": geometry 0 has no valid code$/);
    expect(() => topologyFeatures(text([withCode('E02000001', 0), withCode('E02000001', 1)]), 'm.json', OPTIONS)).toThrow(/^m\.json, column "code": E02000001 appears twice$/);
    expect(() => topologyFeatures(text([{ type: 'Feature', properties: { code: 'E02000004' }, geometry: null }]), 'm.json', OPTIONS)).toThrow(
      /^m\.json, column "code": E02000004 has no geometry$/,
    );
  });
});
