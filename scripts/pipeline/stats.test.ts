import { describe, expect, it } from 'vitest';
import { mean, percentile, roundTo, standardDeviation, weightedMean } from './stats.ts';

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
    expect(percentile([5, 1, 4, 2, 3], 0.1)).toBeCloseTo(1.4, 10);
    expect(percentile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5], 1)).toBe(5);
  });

  it('takes the sample standard deviation, with n − 1 in the denominator', () => {
    expect(standardDeviation([1, 3])).toBe(Math.SQRT2);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
  });

  it('says why it cannot give a figure', () => {
    expect(() => mean([])).toThrow(new Error('mean of no values'));
    expect(() => standardDeviation([4])).toThrow(new Error('standard deviation needs two values or more'));
    expect(() => weightedMean([1, 2], [1])).toThrow(new Error('weightedMean: values and weights differ in length'));
    expect(() => weightedMean([1, 2], [0, 0])).toThrow(new Error('weightedMean: weights sum to zero'));
    expect(() => percentile([], 0.5)).toThrow(new Error('percentile of no values'));
    expect(() => percentile([1, 2], -0.01)).toThrow(new Error('percentile: p must be in [0, 1], got -0.01'));
    expect(() => percentile([1, 2], 1.01)).toThrow(new Error('percentile: p must be in [0, 1], got 1.01'));
    expect(() => roundTo(Number.NaN, 2)).toThrow(new Error('cannot round a non-finite value: NaN'));
    expect(() => roundTo(Number.POSITIVE_INFINITY, 2)).toThrow(new Error('cannot round a non-finite value: Infinity'));
  });

  it('rounds half away from zero as the decimal reads', () => {
    expect(roundTo(58.505, 2)).toBe(58.51);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(roundTo(58.51234, 2)).toBe(58.51);
    expect(roundTo(1e-7, 2)).toBe(0);
  });
});
