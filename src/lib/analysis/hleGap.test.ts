import { describe, expect, it } from 'vitest';
import type { HleInterval, UpperTierHle } from '../data/upperTierHle';
import { areaChanges, gapChange, gapReport, hleGap, normalSource, quantile, seededRandom, tenthSize, Z95 } from './hleGap';

const exact = (value: number): HleInterval => ({ value, lci: value, uci: value });
/** A published interval whose standard error is `se`. */
const withSe = (value: number, se: number): HleInterval => ({ value, lci: value - Z95 * se, uci: value + Z95 * se });

function file(periods: string[], areas: [string, (HleInterval | null)[]][]): UpperTierHle {
  const england = periods.map(() => exact(62));
  return {
    source: 'test.csv',
    periods,
    england: { male: england, female: england },
    areas: areas.map(([name, values], i) => ({ code: `E06${String(i + 1).padStart(6, '0')}`, name, values: { male: values, female: values } })),
  };
}

describe('the gap between the highest and lowest areas', () => {
  it('is the point value exactly, interval included, when every published interval has zero width', () => {
    const [point] = hleGap(file(['2011–13'], [['A', [exact(70)]], ['B', [exact(60)]], ['C', [exact(50)]]]), 'male').points;
    expect(point?.range).toEqual({ value: 20, lci: 20, uci: 20 });
    // Three areas make a tenth of one (never none).
    expect(point?.tenth).toBe(1);
    expect(point?.tenths).toEqual({ value: 20, lci: 20, uci: 20 });
    expect([point?.highest.name, point?.lowest.name]).toEqual(['A', 'C']);
  });

  it('averages a tenth at each end, the areas over ten rounded, each area counted once and unweighted', () => {
    // Twenty areas of 41 … 60 years: a tenth is two, (60 + 59) / 2 − (41 + 42) / 2 = 18.
    const areas = Array.from({ length: 20 }, (_, i): [string, HleInterval[]] => [`Area ${i + 41}`, [exact(i + 41)]]);
    const [point] = hleGap(file(['2022–24'], areas), 'male').points;
    expect(point?.areas).toBe(20);
    expect(point?.tenth).toBe(2);
    expect(point?.tenths).toEqual({ value: 18, lci: 18, uci: 18 });
    expect(point?.top.map((a) => a.name)).toEqual(['Area 60', 'Area 59']);
    expect(point?.bottom.map((a) => a.name)).toEqual(['Area 41', 'Area 42']);
    expect([tenthSize(151), tenthSize(149), tenthSize(144)]).toEqual([15, 15, 14]);
  });

  it('leaves out an area without a figure and says how many were counted', () => {
    const [point] = hleGap(file(['2022–24'], [['A', [exact(70)]], ['City', [null]], ['C', [exact(50)]]]), 'male').points;
    expect(point?.areas).toBe(2);
    expect(point?.range.value).toBe(20);
  });

  it('gives a 95% interval from the published ones: the two ends with standard errors of 1 year each make 20 ± 1.96 × √2', () => {
    const three = file(['2011–13'], [['A', [withSe(70, 1)]], ['B', [exact(60)]], ['C', [withSe(50, 1)]]]);
    const [point] = hleGap(three, 'male', { draws: 20000, seed: 7, level: 0.95 }).points;
    expect(point?.range.value).toBe(20);
    // Within 0.1: about three times the Monte Carlo error of a 2.5% quantile of 20,000 draws with SD √2.
    expect(Math.abs((point?.range.lci ?? 0) - (20 - 1.96 * Math.SQRT2))).toBeLessThan(0.1);
    expect(Math.abs((point?.range.uci ?? 0) - (20 + 1.96 * Math.SQRT2))).toBeLessThan(0.1);
  });

  it('measures between the areas the published figures put at the ends, so noise does not push the interval above the point', () => {
    // A and B tie at the top: re-picking the highest in every draw would take the larger of two noisy values
    // (0.56 of a standard error above 70 on average); the gap between A and C is centred on 20.
    const tie = file(['2022–24'], [['A', [withSe(70, 1)]], ['B', [withSe(70, 1)]], ['C', [exact(50)]]]);
    const [point] = hleGap(tie, 'male', { draws: 20000, seed: 11, level: 0.95 }).points;
    expect(point?.highest.name).toBe('A');
    expect(Math.abs(((point?.range.lci ?? 0) + (point?.range.uci ?? 0)) / 2 - 20)).toBeLessThan(0.05);
    expect(Math.abs((point?.range.lci ?? 0) - (20 - 1.96))).toBeLessThan(0.1);
  });

  it('is reproducible: the same seed gives the same interval, another seed another one', () => {
    const three = file(['2011–13'], [['A', [withSe(70, 1)]], ['B', [exact(60)]], ['C', [withSe(50, 1)]]]);
    const options = { draws: 1000, seed: 1, level: 0.95 };
    expect(hleGap(three, 'male', options).points).toEqual(hleGap(three, 'male', options).points);
    expect(hleGap(three, 'male', { ...options, seed: 2 }).points[0]?.range.lci).not.toBe(hleGap(three, 'male', options).points[0]?.range.lci);
  });

  it("carries England's figure for each period", () => {
    const series = hleGap(file(['2011–13', '2022–24'], [['A', [exact(70), exact(71)]], ['C', [exact(50), exact(48)]]]), 'female');
    expect(series.points.map((p) => p.england?.value)).toEqual([62, 62]);
  });
});

describe('the change of the gap between two periods', () => {
  it('is exact with zero-width intervals, and then beyond the noise whenever it is not zero', () => {
    const series = hleGap(file(['2011–13', '2022–24'], [['A', [exact(70), exact(71)]], ['C', [exact(50), exact(48)]]]), 'male');
    const change = gapChange(series, 'range', 0, 1);
    expect(change.change).toEqual({ value: 3, lci: 3, uci: 3 });
    expect(change.beyondNoise).toBe(true);
  });

  it('is within the noise when its interval includes zero', () => {
    const wide = file(['2011–13', '2022–24'], [['A', [withSe(70, 1), withSe(71, 1)]], ['C', [withSe(50, 1), withSe(50, 1)]]]);
    const change = gapChange(hleGap(wide, 'male', { draws: 20000, seed: 3, level: 0.95 }), 'range', 0, 1);
    expect(change.change.value).toBe(1);
    // Four independent errors of 1 year: 1 ± 1.96 × 2.
    // Within 0.15: about three times the Monte Carlo error of a 2.5% quantile of 20,000 draws with SD 2.
    expect(Math.abs(change.change.lci - (1 - 1.96 * 2))).toBeLessThan(0.15);
    expect(Math.abs(change.change.uci - (1 + 1.96 * 2))).toBeLessThan(0.15);
    expect(change.beyondNoise).toBe(false);
  });
});

describe("each area's own change", () => {
  it('adds the two published uncertainties, and flags a change beyond the noise', () => {
    const two = file(['2011–13', '2022–24'], [['Up a little', [withSe(60, 1), withSe(62, 1)]], ['Down a lot', [withSe(65, 0.5), withSe(60, 0.5)]], ['City', [null, null]]]);
    const [little, lot, city] = areaChanges(two, 'male', 0, 1);
    expect(little?.change?.value).toBeCloseTo(2, 10);
    expect(little?.change?.lci).toBeCloseTo(2 - Z95 * Math.SQRT2, 10);
    expect(little?.beyondNoise).toBe(false);
    expect(lot?.change?.value).toBeCloseTo(-5, 10);
    expect(lot?.change?.uci).toBeCloseTo(-5 + Z95 * Math.SQRT1_2, 10);
    expect(lot?.beyondNoise).toBe(true);
    expect(city).toEqual({ code: 'E06000003', name: 'City', from: null, to: null, change: null, beyondNoise: false });
  });
});

describe('the simulation tools', () => {
  it('draws standard normals: mean near 0, standard deviation near 1', () => {
    const z = normalSource(seededRandom(42));
    const draws = Array.from({ length: 20000 }, z);
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, v) => s + (v - mean) ** 2, 0) / draws.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
  });

  it('interpolates quantiles between order statistics', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1, 10);
    expect(quantile([0, 10], 0.975)).toBeCloseTo(9.75, 10);
  });
});

describe('the report the view shows', () => {
  it("measures changes from the first period and from the white paper's 2018–20 baseline to the last", () => {
    const three = file(['2011–13', '2018–20', '2022–24'], [['A', [exact(70), exact(71), exact(72)]], ['C', [exact(50), exact(50), exact(49)]]]);
    const report = gapReport(three, 'male');
    expect(report.sinceFirst.range.change.value).toBe(3);
    expect(report.sinceBaseline?.range.change.value).toBe(2);
    expect(report.areas.map((a) => [a.name, a.sinceFirst.change?.value, a.sinceBaseline?.change?.value])).toEqual([
      ['A', 2, 1],
      ['C', -1, -1],
    ]);
  });

  it('has no baseline change when the series lacks 2018–20', () => {
    const two = file(['2011–13', '2022–24'], [['A', [exact(70), exact(71)]], ['C', [exact(50), exact(48)]]]);
    const report = gapReport(two, 'male');
    expect(report.sinceBaseline).toBeNull();
    expect(report.areas[0]?.sinceBaseline).toBeNull();
  });
});
