import { describe, expect, it } from 'vitest';
import { assertFiguresCoverage, figuresCoverage, figuresForBase, formatFiguresCoverage, MISSING_AT_SOURCE } from './indicatorFigures.ts';

const CODES = ['E06000001', 'E07000150', 'E09000001'];
const figures = figuresForBase('health-index-2021', CODES, { value: 100.8 }, (code) =>
  code === 'E06000001' ? { value: 87.2, status: 'official' } : code === 'E07000150' ? { value: 98, status: 'successor', measuredFor: 'E06000061' } : MISSING_AT_SOURCE,
);

describe('figures for the base districts', () => {
  it('has every base district, in base order', () => {
    expect(Object.keys(figures.byArea)).toEqual(CODES);
  });

  it('words the coverage line as the build report does', () => {
    expect(formatFiguresCoverage('Health Index 2021', figuresCoverage(figures))).toBe("Health Index 2021: 2/3: 1 official, 1 the successor's, 1 without a value");
  });

  it('stops when fewer districts have a value than the source allows', () => {
    expect(() => assertFiguresCoverage(figures, CODES, 3, 'health_index/t2.csv')).toThrow(
      'health_index/t2.csv: indicator health-index-2021 has a value for 2 districts; the source allows 3',
    );
    expect(() => assertFiguresCoverage(figures, CODES, 2, 'health_index/t2.csv')).not.toThrow();
  });

  it('stops when the districts differ from the base', () => {
    expect(() => assertFiguresCoverage(figures, [...CODES, 'E08000001'], 0, 'x.csv')).toThrow(
      'x.csv: indicator health-index-2021 does not list exactly the base districts: in the base but not in indicator health-index-2021: E08000001',
    );
  });
});
