import { describe, expect, it } from 'vitest';
import { bandDrawn, curvePath, isolatedPeriods, seriesBand, seriesLine, type SeriesScales } from './seriesPaths';

// Five periods ten units apart; values drawn upwards from 100, so the strings are easy to read.
const PERIODS = ['2011-13', '2012-14', '2013-15', '2014-16', '2015-17'];
const scales: SeriesScales = { x: (period) => PERIODS.indexOf(period) * 10, y: (value) => 100 - value };

const values = (...list: (number | null)[]) => list.map((value, i) => ({ period: PERIODS[i]!, value }));
const intervals = (...list: ([number, number] | null)[]) =>
  list.map((pair, i) => ({ period: PERIODS[i]!, low: pair?.[0] ?? null, high: pair?.[1] ?? null }));

describe('seriesLine', () => {
  it('draws every period when none is missing', () => {
    expect(seriesLine(values(1, 2, 3, 4, 5), scales)).toBe('M0,99L10,98L20,97L30,96L40,95');
  });

  it('breaks the line at a missing middle period instead of bridging it', () => {
    expect(seriesLine(values(1, 2, null, 4, 5), scales)).toBe('M0,99L10,98M30,96L40,95');
  });

  it('starts at the first period with a figure and ends at the last', () => {
    expect(seriesLine(values(null, 2, 3, 4, null), scales)).toBe('M10,98L20,97L30,96');
  });

  it('draws nothing for a series with no figure', () => {
    expect(seriesLine(values(null, null, null, null, null), scales)).toBe('');
    expect(seriesLine([], scales)).toBe('');
  });

  it('rounds positions to hundredths', () => {
    expect(seriesLine(values(1 / 3, 2 / 3), scales)).toBe('M0,99.67L10,99.33');
  });
});

describe('seriesBand', () => {
  it('shades the interval from the first period to the last: upper edge forward, lower edge back', () => {
    expect(seriesBand(intervals([0, 2], [1, 3], [2, 4]), scales)).toBe('M0,98L10,97L20,96L20,98L10,99L0,100Z');
  });

  it('breaks the band at a period with no interval, closing each piece', () => {
    expect(seriesBand(intervals([0, 2], [1, 3], null, [3, 5], [4, 6]), scales)).toBe(
      'M0,98L10,97L10,99L0,100ZM30,95L40,94L40,96L30,97Z',
    );
  });

  it('treats a half interval as none, whichever half is missing', () => {
    const points = intervals([0, 2], [1, 3], [2, 4]);
    points[1] = { period: PERIODS[1]!, low: 1, high: null };
    expect(seriesBand(points, scales)).toBe('M0,98L0,100ZM20,96L20,98Z');
    points[1] = { period: PERIODS[1]!, low: null, high: 3 };
    expect(seriesBand(points, scales)).toBe('M0,98L0,100ZM20,96L20,98Z');
  });

  it('draws nothing for no periods', () => {
    expect(seriesBand([], scales)).toBe('');
  });
});

describe('bandDrawn', () => {
  it('is true where two neighbouring periods have an interval', () => {
    expect(bandDrawn(intervals(null, [1, 3], [2, 4]))).toBe(true);
  });

  it('is false where a neighbour has only half an interval', () => {
    const points = intervals([0, 2], [1, 3]);
    expect(bandDrawn([points[0]!, { ...points[1]!, low: null }])).toBe(false);
    expect(bandDrawn([points[0]!, { ...points[1]!, high: null }])).toBe(false);
  });

  it('is false where no two neighbours have one, however many periods do', () => {
    expect(bandDrawn(intervals([0, 2], null, [2, 4], null, [4, 6]))).toBe(false);
    expect(bandDrawn(intervals([0, 2]))).toBe(false);
    expect(bandDrawn([])).toBe(false);
  });
});

describe('isolatedPeriods', () => {
  it('finds a period with a figure between two without, and one at either end beside a gap', () => {
    expect(isolatedPeriods(values(1, null, 3, null, 5)).map((p) => p.period)).toEqual(['2011-13', '2013-15', '2015-17']);
  });

  it('finds none where every figure has a neighbour', () => {
    expect(isolatedPeriods(values(1, 2, null, 4, 5))).toEqual([]);
    expect(isolatedPeriods(values(null, null))).toEqual([]);
  });

  it('counts a single period as isolated', () => {
    expect(isolatedPeriods(values(7))).toEqual([{ period: '2011-13', value: 7 }]);
  });
});

describe('curvePath', () => {
  it('joins every point, to a tenth of a unit', () => {
    const curve = [
      { at: 0, n: 1.04 },
      { at: 50, n: 2.25 },
      { at: 100, n: 3 },
    ];
    expect(curvePath(curve, (p) => p.at, (p) => p.n)).toBe('M0,1L50,2.3L100,3');
  });

  it('draws nothing for no points', () => {
    expect(curvePath([], () => 0, () => 0)).toBe('');
  });
});
