import { describe, expect, it } from 'vitest';
import { BOUNDARY_TILEJSON, AREA_LAYER } from '../map/boundaries';
import { GEOGRAPHIES, isGeographyId, SUB_GEOGRAPHIES } from './geographies';

describe('the geographies', () => {
  it('are the 314 districts of 2020, drawn from the districts’ own tiles, and the 6,791 MSOAs of 2011 inside them', () => {
    expect(Object.values(GEOGRAPHIES).map((g) => [g.id, g.count, g.tileJson, g.parent, g.minZoom, g.tileMaxZoom, g.switchZoom])).toEqual([
      ['lad2020', 314, BOUNDARY_TILEJSON, null, 0, 8, null],
      ['msoa2011', 6791, 'geo/msoa2011/tiles.json', 'lad2020', 6, 10, 8],
    ]);
    expect(GEOGRAPHIES.lad2020.sourceLayer).toBe(AREA_LAYER);
    expect(SUB_GEOGRAPHIES.map((g) => g.id)).toEqual(['msoa2011']);
  });

  it('recognise their own ids only', () => {
    expect(['lad2020', 'msoa2011', 'msoa', 'toString'].map(isGeographyId)).toEqual([true, true, false, false]);
  });

  it('know each area’s code shape', () => {
    expect(GEOGRAPHIES.msoa2011.codePattern.test('E02002489')).toBe(true);
    expect(GEOGRAPHIES.msoa2011.codePattern.test('E06000001')).toBe(false);
  });
});
