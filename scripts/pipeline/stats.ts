export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of no values');
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Sample standard deviation (n − 1 in the denominator). */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) throw new Error('standard deviation needs two values or more');
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

export function weightedMean(values: readonly number[], weights: readonly number[]): number {
  if (values.length !== weights.length) throw new Error('weightedMean: values and weights differ in length');
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new Error('weightedMean: weights sum to zero');
  return values.reduce((s, v, i) => s + v * (weights[i] ?? 0), 0) / total;
}

/**
 * Percentile by linear interpolation between order statistics (the "type 7" definition used by
 * R's default quantile and numpy's default), so the figure can be reproduced in either.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 1) throw new Error(`percentile: p must be in [0, 1], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  // At p = 1 there is no next order statistic, and h − lo is 0.
  const b = sorted[lo + 1] ?? a;
  return a + (h - lo) * (b - a);
}

/**
 * Rounds half away from zero at `dp` decimals. Goes through the shortest decimal string so that values
 * like 58.505 (stored as 58.50499999…) round as they read, not as their binary expansion.
 */
export function roundTo(value: number, dp: number): number {
  if (!Number.isFinite(value)) throw new Error(`cannot round a non-finite value: ${value}`);
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + dp}`);
  const rounded = Number(`${Math.round(shifted)}e-${dp}`);
  return value < 0 ? -rounded : rounded;
}
