import { describe, expect, it } from 'vitest';
import type { IndicatorFigures } from '../../src/lib/data/figures.ts';
import { assertCoverage, coverageLine, formatCoverage } from './coverage.ts';

const hleMale: IndicatorFigures = {
  id: 'hle-male',
  england: null,
  byArea: {
    E06000001: { value: 58.51, lci: 58.12, uci: 58.91, status: 'official' },
    E07000026: { value: 62.1, status: 'estimate' },
    E07000027: { value: null, status: 'missing-at-source' },
  },
};

const luf: IndicatorFigures = {
  id: 'luf',
  england: null,
  byArea: { E06000001: { value: 1, status: 'official' }, E07000026: { value: 3, status: 'official' }, E07000027: { value: 1, status: 'official' } },
};

describe('coverage', () => {
  it('counts values with a breakdown by status', () => {
    expect(coverageLine(hleMale)).toEqual({ indicator: 'hle-male', withValue: 2, total: 3, breakdown: { official: 1, estimate: 1 } });
  });

  it('breaks a categorical indicator down by category', () => {
    expect(coverageLine(luf).breakdown).toEqual({ 'Category 1 (highest priority)': 2, 'Category 3 (lowest priority)': 1 });
  });

  it('prints the district’s own figures first, then estimates, then the missing count', () => {
    expect(formatCoverage(coverageLine(hleMale))).toBe('HLE males 2009–13: 2/3: 1 the district’s own, 1 estimated, 1 without a value');
  });

  it('fails, naming the source file, below the catalogue’s minimum coverage', () => {
    expect(() => assertCoverage(coverageLine(hleMale), 'hle/x.csv', {})).toThrow(/^hle\/x\.csv: coverage of hle-male is 2\/3, below the 314 the sources allow$/);
  });

  it('fails when a kind of value falls below its own minimum', () => {
    const full: IndicatorFigures = {
      ...hleMale,
      byArea: Object.fromEntries(Array.from({ length: 314 }, (_, i) => [`E0700${String(i).padStart(4, '0')}`, { value: 60, status: i === 0 ? 'official' : 'estimate' }])),
    };
    expect(() => assertCoverage(coverageLine(full), 'hle/x.csv', {})).not.toThrow();
    expect(() => assertCoverage(coverageLine(full), 'hle/x.csv', { 'hle-male': { official: 2 } })).toThrow(/hle-male has 1 official values, below the 2/);
  });
});
