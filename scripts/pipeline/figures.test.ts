import { describe, expect, it } from 'vitest';
import { figuresForBase, MISSING_AT_SOURCE } from './figures.ts';

const CODES = ['E06000001', 'E07000150', 'E09000001'];

describe('figuresForBase', () => {
  it('has every base district, in base order, each as the reader says', () => {
    const figures = figuresForBase('health-index-2021', CODES, { value: 100.8 }, (code) => (code === 'E06000001' ? { value: 87.2, status: 'official' } : MISSING_AT_SOURCE));
    expect(Object.keys(figures.byArea)).toEqual(CODES);
    expect(figures.byArea.E09000001).toEqual({ value: null, status: 'missing-at-source' });
    expect(figures.england).toEqual({ value: 100.8 });
  });
});
