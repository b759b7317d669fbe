import { describe, expect, it } from 'vitest';
import { colourMap, derivedScale, indicatorScale } from './scales';
import { PALETTES } from './catalogue';
import { code, makeFile } from './testAreas';

const file = makeFile(
  Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), hleMale: 55 + i, imdRank: i + 1, luf: ((i % 3) + 1) as 1 | 2 | 3, hleMale2018: i === 9 ? null : 60 + i })),
);

describe('indicatorScale', () => {
  it('splits healthy life expectancy into fifths, darkest for the lowest', () => {
    const scale = indicatorScale(file, 'hle-male');
    expect(scale.classes.map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
    expect(scale.classes.map((c) => c.colour)).toEqual([...PALETTES.health]);
    expect(scale.classOf.get(code(1))).toBe(0);
    expect(scale.classOf.get(code(10))).toBe(4);
    expect(scale.classes[0]!.label).toBe('55.0 to under 56.8 years');
    expect(scale.classes[4]!.label).toBe('62.2 to 64.0 years');
  });

  it('marks the class holding the England value', () => {
    // England 63.5 lies among the top fifth (62.2 and above).
    expect(indicatorScale(file, 'hle-male').england).toEqual({ label: 'England 63.5', classIndex: 4 });
  });

  it('counts areas without a figure as no data, never as a class', () => {
    const scale = indicatorScale(file, 'hle-male-2018');
    expect(scale.noDataCount).toBe(1);
    expect(scale.classOf.get(code(10))).toBeNull();
    expect(colourMap(scale).get(code(10))).toBeNull();
    expect(scale.classes.reduce((sum, c) => sum + c.count, 0)).toBe(9);
  });

  it('counts a damaged figure as no data and keeps the area', () => {
    const damaged = makeFile([{ code: code(1), hleMale: 60 }, { code: code(2), hleMale: 61 }]);
    damaged.indicators['hle-male']!.byArea[code(2)] = { value: null, status: 'damaged' };
    const scale = indicatorScale(damaged, 'hle-male');
    expect(scale.noDataCount).toBe(1);
    expect([...scale.classOf.keys()]).toEqual([code(1), code(2)]);
  });

  it('colours deprivation rank by fifths of all areas, rank 1 darkest', () => {
    const scale = indicatorScale(file, 'imd');
    expect(scale.classes[0]!.label).toBe('Rank 1 to 2 (most deprived)');
    expect(scale.classes[4]!.label).toBe('Rank 9 to 10 (least deprived)');
    expect(colourMap(scale).get(code(1))).toBe(PALETTES.deprivation[0]);
    expect(colourMap(scale).get(code(10))).toBe(PALETTES.deprivation[4]);
    expect(scale.england).toBeNull();
  });

  it('colours a score where higher is worse darkest at the top', () => {
    const scores = makeFile(Array.from({ length: 5 }, (_, i) => ({ code: code(i + 1), figures: { 'imd-score': { value: 10 + i, status: 'official' as const } } })));
    const scale = indicatorScale(scores, 'imd-score');
    expect(colourMap(scale).get(code(5))).toBe(PALETTES.deprivation[0]);
    expect(colourMap(scale).get(code(1))).toBe(PALETTES.deprivation[4]);
  });

  it('colours fund priority by category', () => {
    const scale = indicatorScale(file, 'luf');
    expect(colourMap(scale).get(code(1))).toBe('#54278f');
    expect(scale.classes.map((c) => c.count)).toEqual([4, 3, 3]);
  });

  it('puts areas with no money in a class of their own, then quarters of the rest, darker for more', () => {
    const money = makeFile(
      Array.from({ length: 9 }, (_, i) => ({ code: code(i + 1), figures: { 'towns-fund': { value: i < 5 ? 0 : i * 1000, status: 'official' as const } } })),
    );
    const scale = indicatorScale(money, 'towns-fund');
    expect(scale.classes.map((c) => c.count)).toEqual([5, 1, 1, 1, 1]);
    expect(scale.classes[0]!.label).toBe('None');
    expect(colourMap(scale).get(code(9))).toBe(PALETTES.money[0]);
    expect(colourMap(scale).get(code(1))).toBe(PALETTES.money[4]);
  });
});

describe('indicatorScale: legend notes and labels', () => {
  const scores = (id: 'imd-score' | 'health-index-2021' | 'hle-male-msoa-gap', values: (number | null)[]) =>
    makeFile(values.map((value, i) => ({ code: code(i + 1), figures: { [id]: value === null ? { value: null, status: 'missing-at-source' as const } : { value, status: 'official' as const } } })));

  it('says which end is darker in words that fit the indicator', () => {
    expect(indicatorScale(file, 'hle-male').note).toBe('Fifths of areas (quintiles); darker = fewer years in good health.');
    expect(indicatorScale(scores('imd-score', [10, 20, 30, 40, 50]), 'imd-score').note).toBe('Fifths of areas (quintiles); darker = higher values.');
    expect(indicatorScale(scores('health-index-2021', [90, 95, 100, 105, 110]), 'health-index-2021').note).toBe('Fifths of areas (quintiles); darker = lower values, the worse end.');
    // Years, but a gap: darker is the wider gap, not fewer years in good health.
    expect(indicatorScale(scores('hle-male-msoa-gap', [3, 8, 12, 16, 25]), 'hle-male-msoa-gap').note).toBe('Fifths of areas (quintiles); darker = higher values.');
    expect(indicatorScale(file, 'imd').note).toBe('Rank of average rank among 10 districts; 1 = most deprived.');
    expect(indicatorScale(file, 'luf').note).toBeNull();
  });

  it('gives a score its ranges without a unit, and no England class where England has no value', () => {
    const scale = indicatorScale(scores('health-index-2021', [90, 95, 100, 105, 110]), 'health-index-2021');
    expect(scale.classes.map((c) => c.label)).toEqual(['90.0 to under 94.0', '94.0 to under 98.0', '98.0 to under 102.0', '102.0 to under 106.0', '106.0 to 110.0']);
    expect(scale.classes[0]!.colour).toBe(PALETTES.health[0]);
    expect(scale.england).toBeNull();
  });

  it('has no classes, only no data, where no area has a figure', () => {
    const scale = indicatorScale(scores('health-index-2021', [null, null, null]), 'health-index-2021');
    expect(scale.classes).toEqual([]);
    expect(scale.noDataCount).toBe(3);
    expect([...scale.classOf]).toEqual([[code(1), null], [code(2), null], [code(3), null]]);
    expect(scale.note).toBe('No area has a figure for this layer.');
  });

  it('leaves an area without a rank out of the deprivation fifths', () => {
    const ranks = makeFile([{ code: code(1), imdRank: 1 }, { code: code(2), figures: { imd: { value: null, status: 'damaged' } } }, { code: code(3), imdRank: 3 }]);
    const scale = indicatorScale(ranks, 'imd');
    expect(scale.classOf.get(code(2))).toBeNull();
    expect(scale.classOf.get(code(3))).toBe(2);
    expect(scale.noDataCount).toBe(1);
  });
});

describe('derivedScale', () => {
  it('colours classes in legend order, with areas in none of them as no data', () => {
    const classes = new Map<string, 'a' | 'b' | 'no-data'>(file.areas.map((area, i) => [area.code, i === 0 ? 'a' : i === 1 ? 'no-data' : 'b']));
    const scale = derivedScale(file.areas, classes, { layer: 'divergence', title: 'T', order: ['a', 'b'], labels: { a: 'A', b: 'B' }, colours: { a: '#111111', b: '#222222' }, note: null });
    expect(scale.classes.map((c) => [c.label, c.count])).toEqual([['A', 1], ['B', 8]]);
    expect(scale.noDataCount).toBe(1);
    expect(colourMap(scale).get(code(1))).toBe('#111111');
  });
});
