import { describe, expect, it } from 'vitest';
import type { HleInterval, UpperTierHle } from '../data/upperTierHle';
import { gapReport, Z95 } from './hleGap';
import { countBeyondNoise, gapTableRows, sortGapRows } from './gapTable';

const fig = (value: number, se = 0): HleInterval => ({ value, lci: value - Z95 * se, uci: value + Z95 * se });
const PERIODS = ['2011–13', '2018–20', '2022–24'];
const areas: [string, string, (HleInterval | null)[]][] = [
  ['E06000001', 'Hartlepool', [fig(58), fig(57), fig(52, 1)]],
  ['E06000002', 'Middlesbrough', [fig(56, 1), fig(56, 1), fig(57, 1)]],
  ['E06000053', 'Isles of Scilly', [null, null, null]],
  ['E06000041', 'Wokingham', [fig(70), fig(71), fig(69)]],
];
const file: UpperTierHle = {
  source: 'test.csv',
  periods: PERIODS,
  england: { male: PERIODS.map(() => fig(62)), female: PERIODS.map(() => fig(62)) },
  areas: areas.map(([code, name, values]) => ({ code, name, values: { male: values, female: values } })),
};
const rows = gapTableRows(gapReport(file, 'male', { draws: 100, seed: 1, level: 0.95 }));

describe('the table of upper-tier areas', () => {
  it('gives each area its figures in the first period, the white paper baseline and the last, and its changes', () => {
    const hartlepool = rows.find((r) => r.name === 'Hartlepool');
    expect([hartlepool?.first, hartlepool?.baseline, hartlepool?.last]).toEqual([58, 57, 52]);
    expect(hartlepool?.sinceFirst).toEqual({ value: -6, lci: expect.closeTo(-6 - Z95, 10), uci: expect.closeTo(-6 + Z95, 10), beyondNoise: true });
    expect(hartlepool?.sinceBaseline?.value).toBe(-5);
    expect(rows.find((r) => r.name === 'Isles of Scilly')).toMatchObject({ first: null, last: null, sinceFirst: null, sinceBaseline: null });
  });

  it('sorts by any column, areas without a figure last either way', () => {
    expect(sortGapRows(rows, 'sinceFirst', true).map((r) => r.name)).toEqual(['Hartlepool', 'Wokingham', 'Middlesbrough', 'Isles of Scilly']);
    expect(sortGapRows(rows, 'sinceFirst', false).map((r) => r.name)).toEqual(['Middlesbrough', 'Wokingham', 'Hartlepool', 'Isles of Scilly']);
    expect(sortGapRows(rows, 'name', false).map((r) => r.name)).toEqual(['Wokingham', 'Middlesbrough', 'Isles of Scilly', 'Hartlepool']);
    expect(sortGapRows(rows, 'last', false)[0]?.name).toBe('Wokingham');
  });

  it('counts the changes beyond the noise each way', () => {
    // Wokingham's −1 has zero-width intervals, so it is beyond the noise; Middlesbrough's +1 with SEs of 1 is not.
    expect(countBeyondNoise(rows, 'sinceFirst')).toEqual({ measured: 3, falls: 2, rises: 0 });
  });
});
