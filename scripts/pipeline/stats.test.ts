import { describe, expect, it } from 'vitest';
import { mean, percentile, roundTo, weightedMean } from './stats.ts';

describe('stats', () => {
  it('means', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(weightedMean([1, 3], [3, 1])).toBe(1.5);
    expect(() => mean([])).toThrow();
    expect(() => weightedMean([1], [0])).toThrow();
  });

  it('percentile interpolates between order statistics', () => {
    expect(percentile([4, 1, 3, 2, 5], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8, 10);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('rounds half away from zero as the decimal reads', () => {
    expect(roundTo(58.505, 2)).toBe(58.51);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(roundTo(58.51234, 2)).toBe(58.51);
    expect(roundTo(1e-7, 2)).toBe(0);
  });
});
