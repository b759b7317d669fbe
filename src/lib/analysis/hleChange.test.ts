import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UpperTierHle } from '../data/upperTierHle';
import { baselineLabel, baselinePeriod, changeColours, changeMapData, changeSentence, isChangeBaseline } from './hleChange';

const est = (value: number, half: number) => ({ value, lci: value - half, uci: value + half });
const series = (first: ReturnType<typeof est> | null, baseline: ReturnType<typeof est> | null, last: ReturnType<typeof est> | null) => [first, baseline, last];
/** Three periods; each area's change has a half-width of √(h₁² + h₂²), the published half-widths. */
const FILE: UpperTierHle = {
  source: 's',
  periods: ['2011–13', '2018–20', '2022–24'],
  england: { male: series(est(63, 0.1), est(63, 0.1), est(61, 0.1)), female: series(null, null, null) },
  areas: [
    // −3 ± √(2² + 2²) = −3 ± 2.83: −5.8 to −0.2, a fall beyond the noise.
    { code: 'E06000001', name: 'Hartlepool', values: { male: series(est(60, 2), est(58, 1.5), est(57, 2)), female: series(null, null, null) } },
    // +1 ± √(1 + 1) = +1 ± 1.41: −0.4 to +2.4, within the noise.
    { code: 'E06000002', name: 'Middlesbrough', values: { male: series(est(60, 1), est(61.5, 0.8), est(61, 1)), female: series(null, null, null) } },
    // +2 ± √(0.25 + 0.25) = +2 ± 0.71: +1.3 to +2.7, a rise beyond the noise.
    { code: 'E06000003', name: 'Redcar and Cleveland', values: { male: series(est(55, 0.5), est(56, 0.6), est(57, 0.5)), female: series(null, null, null) } },
    { code: 'E09000001', name: 'City of London', values: { male: series(null, null, null), female: series(null, null, null) } },
    // 0 ± √(0.3² + 0.4²) = 0 ± 0.5.
    { code: 'E06000004', name: 'Stockton-on-Tees', values: { male: series(est(61, 0.3), est(60, 0.6), est(61, 0.4)), female: series(null, null, null) } },
  ],
};

describe('each area’s change since a baseline', () => {
  it('reads the link’s baselines only, and names their periods', () => {
    expect(['2011-13', '2018-20', '2011–13', '2019-21', ''].map(isChangeBaseline)).toEqual([true, true, false, false, false]);
    expect(baselinePeriod('2018-20')).toBe('2018–20');
    expect(baselineLabel('2011-13')).toBe('Since 2011–13');
    expect(baselineLabel('2018-20')).toBe('Since 2018–20, the white paper’s baseline');
  });

  it('classes each area by its interval: a fall or a rise beyond the noise, within it, or no figure', () => {
    const data = changeMapData(FILE, 'male', '2011-13')!;
    expect([data.from, data.to]).toEqual(['2011–13', '2022–24']);
    const hartlepool = data.changes[0]!.change!;
    expect([hartlepool.value, hartlepool.lci, hartlepool.uci].map((n) => Number(n.toFixed(4)))).toEqual([-3, -5.8284, -0.1716]);
    expect(Object.fromEntries(data.classOf)).toEqual({ E06000001: 'fell', E06000002: 'within', E06000003: 'rose', E09000001: 'none', E06000004: 'within' });
    expect(data.classes.map((c) => [c.label, c.count])).toEqual([
      ['Fell beyond the noise', 1],
      ['Within the noise (neutral)', 2],
      ['Rose beyond the noise', 1],
      ['No figure', 1],
    ]);
    expect(Object.fromEntries(changeColours(data))).toEqual({ E06000001: '#b35806', E06000002: '#d9d9d9', E06000003: '#542788', E09000001: null, E06000004: '#d9d9d9' });
  });

  it('measures from the white paper’s baseline when asked', () => {
    // Hartlepool −1 ± 2.5 and Middlesbrough −0.5 ± 1.28: within; Redcar +1 ± 0.78 and Stockton +1 ± 0.72: rose.
    const data = changeMapData(FILE, 'male', '2018-20')!;
    expect(data.from).toBe('2018–20');
    expect(Object.fromEntries(data.classOf)).toEqual({ E06000001: 'within', E06000002: 'within', E06000003: 'rose', E09000001: 'none', E06000004: 'rose' });
    expect(data.classes.map((c) => c.count)).toEqual([0, 2, 2, 1]);
  });

  it('says, for one area, how it moved, by how much, with its interval, and whether that is beyond the noise', () => {
    const data = changeMapData(FILE, 'male', '2011-13')!;
    const say = (i: number): string => changeSentence(data.changes[i]!, 'male', data.from, data.to);
    expect(say(0)).toBe('Hartlepool: male healthy life expectancy fell from 60.0 (2011–13) to 57.0 (2022–24), a change of −3.0 years (95% interval −5.8 to −0.2): beyond the noise.');
    expect(say(1)).toBe('Middlesbrough: male healthy life expectancy rose from 60.0 (2011–13) to 61.0 (2022–24), a change of +1.0 years (95% interval −0.4 to +2.4): within the noise.');
    expect(say(2)).toBe('Redcar and Cleveland: male healthy life expectancy rose from 55.0 (2011–13) to 57.0 (2022–24), a change of +2.0 years (95% interval +1.3 to +2.7): beyond the noise.');
    expect(say(3)).toBe('City of London: ONS publishes no male healthy life expectancy for 2011–13 or 2022–24, so there is no change to show.');
    expect(say(4)).toBe('Stockton-on-Tees: male healthy life expectancy was 61.0 in both 2011–13 and 2022–24, a change of 0.0 years (95% interval −0.5 to +0.5): within the noise.');
  });

  it('names only the period without a figure when the other has one', () => {
    const only = (baseline: ReturnType<typeof est> | null, last: ReturnType<typeof est> | null) => ({
      ...FILE,
      areas: [{ code: 'E06000060', name: 'Buckinghamshire', values: { male: series(est(60, 1), baseline, last), female: series(null, null, null) } }],
    });
    const say = (file: UpperTierHle) => {
      const data = changeMapData(file, 'male', '2018-20')!;
      return changeSentence(data.changes[0]!, 'male', data.from, data.to);
    };
    expect(say(only(null, est(61, 1)))).toBe('Buckinghamshire: ONS publishes no male healthy life expectancy for 2018–20, so there is no change to show.');
    expect(say(only(est(61, 1), null))).toBe('Buckinghamshire: ONS publishes no male healthy life expectancy for 2022–24, so there is no change to show.');
  });

  it('has nothing to show when the file lacks the baseline, or the baseline is its newest period', () => {
    expect(changeMapData({ ...FILE, periods: ['2019–21', '2020–22', '2022–24'] }, 'male', '2018-20')).toBeNull();
    expect(changeMapData({ ...FILE, periods: ['2011–13', '2018–20'] }, 'male', '2018-20')).toBeNull();
  });
});

const REAL = 'static/data/hle-upper-tier.json';
// Vitest runs a skipped suite's body to collect its tests, so the file is read inside the test, not beside it.
describe.skipIf(!existsSync(REAL))('the real upper-tier figures', () => {
  // Male since 2011–13: the 28 falls of the gap view's sentence; no area rose beyond the noise either way, either sex.
  it('give these counts of falls, neutral, rises and no figure (what the map’s legend shows)', () => {
    const file = JSON.parse(readFileSync(REAL, 'utf8')) as UpperTierHle;
    const counts = (sex: 'male' | 'female', baseline: '2011-13' | '2018-20') => changeMapData(file, sex, baseline)!.classes.map((c) => c.count);
    expect([counts('male', '2011-13'), counts('male', '2018-20'), counts('female', '2011-13'), counts('female', '2018-20')]).toEqual([
      [28, 123, 0, 2],
      [19, 132, 0, 2],
      [40, 111, 0, 2],
      [23, 128, 0, 2],
    ]);
  });
});
