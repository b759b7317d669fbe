import { describe, expect, it } from 'vitest';
import { BOUNDARY_TILEJSON, AREA_LAYER } from '../map/boundaries';
import { GEOGRAPHIES, geographyByParam, isGeographyId, liesWithin, subGeographies } from './geographies';
import { UPPER_TIER_HLE_PATH } from './upperTierHle';

describe('the geographies', () => {
  it('are the 314 districts of 2020, drawn from the districts’ own tiles, the 6,791 MSOAs of 2011 inside them and the 153 upper-tier areas of 2023', () => {
    expect(Object.values(GEOGRAPHIES).map((g) => [g.id, g.count, g.tileJson, g.parent, g.minZoom, g.tileMaxZoom, g.switchZoom])).toEqual([
      ['lad2020', 314, BOUNDARY_TILEJSON, null, 0, 8, null],
      ['msoa2011', 6791, 'geo/msoa2011/tiles.json', 'lad2020', 6, 10, 8],
      ['utla2023', 153, 'geo/utla2023/tiles.json', null, 3, 7, null],
    ]);
    expect(GEOGRAPHIES.lad2020.sourceLayer).toBe(AREA_LAYER);
    expect(subGeographies().map((g) => g.id)).toEqual(['msoa2011']);
  });

  it('recognise their own ids only', () => {
    expect(['lad2020', 'msoa2011', 'utla2023', 'msoa', 'toString'].map(isGeographyId)).toEqual([true, true, true, false, false]);
  });

  it('give the district map only the geographies it can draw: the upper-tier areas are the gap view’s own', () => {
    expect(['lad', 'msoa', 'utla'].map((param) => geographyByParam(param)?.id)).toEqual(['lad2020', 'msoa2011', undefined]);
    // The change map reads the upper-tier areas' figures from the file the gap view reads.
    expect(GEOGRAPHIES.utla2023.figuresFile).toBe(UPPER_TIER_HLE_PATH);
    expect(['E06000001', 'E10000023', 'E07000026'].map((code) => GEOGRAPHIES.utla2023.codePattern.test(code))).toEqual([true, true, false]);
  });

  it('know which geography lies inside which, through the parents', () => {
    expect(liesWithin('msoa2011', 'msoa2011')).toBe(true);
    expect(liesWithin('msoa2011', 'lad2020')).toBe(true);
    expect(liesWithin('lad2020', 'msoa2011')).toBe(false);
    expect(liesWithin('utla2023', 'lad2020')).toBe(false);
  });

  it('know each area’s code shape', () => {
    expect(GEOGRAPHIES.msoa2011.codePattern.test('E02002489')).toBe(true);
    expect(GEOGRAPHIES.msoa2011.codePattern.test('E06000001')).toBe(false);
  });
});
