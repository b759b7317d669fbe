import { describe, expect, it } from 'vitest';
import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
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

describe('coverage, exactly', () => {
  const line = (indicator: string, breakdown: Record<string, number>, total: number) => ({
    indicator,
    withValue: Object.values(breakdown).reduce((sum, n) => sum + n, 0),
    total,
    breakdown,
  });
  const england = (status: string, n: number): IndicatorFigures => ({
    id: 'hle-male',
    england: null,
    byArea: Object.fromEntries(Array.from({ length: 314 }, (_, i) => [`E0700${String(i).padStart(4, '0')}`, { value: 60, status: i < n ? status : 'estimate' }])) as IndicatorFigures['byArea'],
  });

  it('orders the known kinds as the reader expects, then any other kind alphabetically, in their own words', () => {
    expect(formatCoverage(line('not-in-catalogue', { zeta: 1, derived: 1, alpha: 2, successor: 3, county: 4, estimate: 5, official: 6 }, 22))).toBe(
      'not-in-catalogue: 22/22: 6 the district’s own, 5 estimated, 4 the county’s, 3 the successor authority’s, 1 derived, 2 alpha, 1 zeta',
    );
  });

  it('gives a category with no label its number, and a measure outside the catalogue its status', () => {
    const odd: IndicatorFigures = { id: 'luf', england: null, byArea: { E06000001: { value: 7, status: 'official' } } };
    expect(coverageLine(odd).breakdown).toEqual({ 'value 7': 1 });
    expect(coverageLine({ ...odd, id: 'not-in-catalogue' }).breakdown).toEqual({ official: 1 });
  });

  it('refuses a measure the catalogue does not know', () => {
    expect(() => assertCoverage(line('not-in-catalogue', { official: 1 }, 1), 'x.csv')).toThrow(/^no catalogue entry for indicator not-in-catalogue$/);
  });

  it('needs 124 official 2009–13 values per sex, naming the file when there are fewer', () => {
    expect(() => assertCoverage(coverageLine(england('official', 124)), 'hle/x.csv')).not.toThrow();
    expect(() => assertCoverage(coverageLine({ ...england('official', 124), id: 'hle-female' }), 'hle/x.csv')).not.toThrow();
    expect(() => assertCoverage(coverageLine(england('official', 123)), 'hle/x.csv')).toThrow(/^hle\/x\.csv: hle-male has 123 official values, below the 124 the sources allow$/);
    expect(() => assertCoverage(coverageLine({ ...england('official', 123), id: 'hle-female' }), 'hle/x.csv')).toThrow(/^hle\/x\.csv: hle-female has 123 official values, below the 124 the sources allow$/);
  });
});
