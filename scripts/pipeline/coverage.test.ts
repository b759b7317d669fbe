import { describe, expect, it } from 'vitest';
import type { AreaRecord } from '../../src/lib/data/types.ts';
import { SAMPLE_AREA } from '../fixtures/sampleArea.ts';
import { assertCoverage, coverage, formatCoverage } from './coverage.ts';

const official: AreaRecord = {
  ...SAMPLE_AREA,
  code: 'E06000001',
  hle2009: {
    male: { value: 58.51, lci: 58.12, uci: 58.91, method: 'official', msoaCount: null, source: { code: 'E06000001', name: 'Hartlepool' } },
    female: null,
  },
  townsFund: { townDeals: 0, futureHighStreets: 0, totalGrantGbp: 0, places: [] },
};

describe('coverage', () => {
  const lines = coverage([SAMPLE_AREA, official]);

  it('counts values per indicator with a breakdown by kind', () => {
    expect(lines.find((l) => l.indicator === 'hle-male')).toEqual({
      indicator: 'hle-male',
      withValue: 2,
      total: 2,
      breakdown: { 'msoa-estimate': 1, official: 1 },
    });
    expect(lines.find((l) => l.indicator === 'hle-female')?.withValue).toBe(0);
    expect(lines.find((l) => l.indicator === 'towns-fund')?.breakdown).toEqual({ 'with places': 1, 'no places': 1 });
  });

  it('prints official before estimated, and the missing count', () => {
    const male = lines.find((l) => l.indicator === 'hle-male');
    const female2018 = lines.find((l) => l.indicator === 'hle-female-2018');
    if (male === undefined || female2018 === undefined) throw new Error('lines');
    expect(formatCoverage(male)).toBe('HLE males 2009–13: 2/2: 1 official, 1 estimated');
    expect(formatCoverage(female2018)).toBe('HLE females 2018–20: 0/2: 2 without a value');
  });

  it('fails, naming the source file, when coverage falls below the minimum', () => {
    const minimum = Object.fromEntries(lines.map((l) => [l.indicator, 0]));
    expect(() => assertCoverage(lines, minimum, {})).not.toThrow();
    expect(() => assertCoverage(lines, { ...minimum, 'hle-female': 1 }, {})).toThrow(
      /^hle\/hle2009_13_utla_ons2015\.csv: coverage of hle-female is 0\/2, below the 1 the sources allow$/,
    );
    expect(() => assertCoverage(lines, minimum, { 'hle-male': { official: 2 } })).toThrow(/hle-male has 1 official values, below the 2/);
  });
});
