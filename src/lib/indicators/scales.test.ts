import { describe, expect, it } from 'vitest';
import { colourMap, HLE_PALETTE, IMD_PALETTE, layerScale, LUF_PALETTE, WHAT_IF_PALETTE, type DerivedClasses } from './scales';
import { code, makeArea, makeFile } from '../data/testAreas';
import type { DivergenceClass } from '../analysis/divergence';

const areas = Array.from({ length: 10 }, (_, i) =>
  makeArea({ code: code(i + 1), hleMale: 55 + i, imdRank: i + 1, luf: ((i % 3) + 1) as 1 | 2 | 3, hleMale2018: i === 9 ? null : 60 + i }),
);
const file = makeFile(areas);
const noClasses: DerivedClasses = { divergence: new Map(), 'what-if': new Map() };

describe('layerScale', () => {
  it('splits healthy life expectancy into fifths, darkest for the lowest', () => {
    const scale = layerScale('hle-male', areas, file.england, 'HLE', noClasses);
    expect(scale.classes.map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
    expect(scale.classes.map((c) => c.colour)).toEqual([...HLE_PALETTE]);
    expect(scale.classOf.get(code(1))).toBe(0);
    expect(scale.classOf.get(code(10))).toBe(4);
    expect(scale.classes[0]!.label).toBe('55.0 to under 56.8 years');
  });

  it('marks the class holding the England value', () => {
    const scale = layerScale('hle-male', areas, file.england, 'HLE', noClasses);
    // England 63.5 lies among the top fifth (62.2 and above).
    expect(scale.england).toEqual({ label: 'England 63.5', classIndex: 4 });
  });

  it('counts areas without a figure as no data, never as a class', () => {
    const scale = layerScale('hle-male-2018', areas, file.england, 'HLE', noClasses);
    expect(scale.noDataCount).toBe(1);
    expect(scale.classOf.get(code(10))).toBeNull();
    expect(colourMap(scale).get(code(10))).toBeNull();
    expect(scale.classes.reduce((sum, c) => sum + c.count, 0)).toBe(9);
  });

  it('colours deprivation rank by fifths of all areas, rank 1 darkest', () => {
    const scale = layerScale('imd', areas, file.england, 'IMD', noClasses);
    expect(scale.classes[0]!.label).toBe('Rank 1 to 2 (most deprived)');
    expect(colourMap(scale).get(code(1))).toBe(IMD_PALETTE[0]);
    expect(scale.england).toBeNull();
  });

  it('colours fund priority by category', () => {
    const scale = layerScale('luf', areas, file.england, 'LUF', noClasses);
    expect(colourMap(scale).get(code(1))).toBe(LUF_PALETTE[1]);
    expect(scale.classes.map((c) => c.count)).toEqual([4, 3, 3]);
  });

  it('colours divergence classes, with no data apart', () => {
    const classes = new Map<string, DivergenceClass>(areas.map((a, i) => [a.code, i === 0 ? 'need-not-priority' : i === 1 ? 'no-data' : 'aligned']));
    const scale = layerScale('divergence', areas, file.england, 'Need', { ...noClasses, divergence: classes });
    expect(scale.classes.map((c) => c.count)).toEqual([1, 0, 8]);
    expect(scale.noDataCount).toBe(1);
  });

  it('colours what-if movers with their own classes, in legend order, with no data apart', () => {
    const movers = new Map(areas.map((a, i) => [a.code, (['enters', 'leaves', 'stays-in', 'stays-out', 'no-data'] as const)[i % 5]!]));
    const scale = layerScale('what-if', areas, file.england, 'Movers', { ...noClasses, 'what-if': movers });
    expect(scale.classes.map((c) => [c.label, c.colour, c.count])).toEqual([
      ['Would enter the top group', WHAT_IF_PALETTE.enters, 2],
      ['Would leave the top group', WHAT_IF_PALETTE.leaves, 2],
      ['Stays in the top group', WHAT_IF_PALETTE['stays-in'], 2],
      ['Stays out of the top group', WHAT_IF_PALETTE['stays-out'], 2],
    ]);
    expect(scale.noDataCount).toBe(2);
    expect(colourMap(scale).get(code(1))).toBe(WHAT_IF_PALETTE.enters);
    expect(colourMap(scale).get(code(5))).toBeNull();
  });
});
