// The gap in healthy life expectancy between the upper-tier areas where it is highest and where it is
// lowest, period by period, with an interval that carries the published uncertainty of every area's figure
// through to the gap by simulation; and each area's own change between two periods.
import type { HleInterval, HleSex, UpperTierHle } from '../data/upperTierHle';

/** 1.96: published limits are 95% intervals, so one standard error is their half-width over this. */
export const Z95 = 1.959964;

export const GAP_DRAWS = 2000;
export const GAP_SEED = 20220202;

export interface Estimate {
  value: number;
  lci: number;
  uci: number;
}

export interface Named {
  code: string;
  name: string;
  value: number;
}

export interface GapPoint {
  period: string;
  /** Areas with a figure this period: every one counts once, unweighted. */
  areas: number;
  /** How many areas make a tenth: the areas with a figure over ten, rounded to the nearest whole area. */
  tenth: number;
  /** Highest minus lowest. */
  range: Estimate;
  /** Mean of the top tenth minus mean of the bottom tenth. */
  tenths: Estimate;
  highest: Named;
  lowest: Named;
  /** The areas in the top and bottom tenths, highest and lowest first. */
  top: Named[];
  bottom: Named[];
  england: HleInterval | null;
}

export type GapMeasure = 'range' | 'tenths';

export interface GapSeries {
  sex: HleSex;
  points: GapPoint[];
  /** The simulated gaps, draw by draw, per period: a change between periods is read from the same draws. */
  draws: Record<GapMeasure, Float64Array>[];
  level: number;
}

export interface GapOptions {
  draws: number;
  seed: number;
  /** Two-sided coverage of the intervals, e.g. 0.95. */
  level: number;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = { draws: GAP_DRAWS, seed: GAP_SEED, level: 0.95 };

/** mulberry32: small, fast and fixed, so that the same data always give the same interval. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller from a uniform source. */
export function normalSource(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    // 1 − u is in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

export const standardError = (interval: HleInterval): number => (interval.uci - interval.lci) / (2 * Z95);

/** Linear interpolation between order statistics (the usual "type 7" quantile) of sorted values. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (upper - lower) * (at - below);
}

export const tenthSize = (areas: number): number => Math.max(1, Math.round(areas / 10));

function mean(values: ArrayLike<number>, indices: readonly number[]): number {
  let sum = 0;
  for (const i of indices) sum += values[i]!;
  return sum / indices.length;
}

/** The positions, in `values`, of the areas at each end: what both gaps are measured between. */
interface Ends {
  highest: number;
  lowest: number;
  top: number[];
  bottom: number[];
}

function gaps(values: ArrayLike<number>, ends: Ends): Record<GapMeasure, number> {
  return { range: values[ends.highest]! - values[ends.lowest]!, tenths: mean(values, ends.top) - mean(values, ends.bottom) };
}

function interval(value: number, draws: Float64Array, level: number): Estimate {
  const sorted = Float64Array.from(draws).sort();
  const tail = (1 - level) / 2;
  return { value, lci: quantile(sorted, tail), uci: quantile(sorted, 1 - tail) };
}

/** The gap for each period of one sex, over the areas with a figure that period. */
export function hleGap(file: UpperTierHle, sex: HleSex, options: GapOptions = DEFAULT_GAP_OPTIONS): GapSeries {
  const normal = normalSource(seededRandom(options.seed));
  const points: GapPoint[] = [];
  const draws: Record<GapMeasure, Float64Array>[] = [];
  file.periods.forEach((period, p) => {
    const present = file.areas.flatMap((area) => {
      const figure = area.values[sex][p];
      return figure ? [{ code: area.code, name: area.name, figure }] : [];
    });
    if (present.length < 2) throw new Error(`fewer than two areas with a ${sex} figure in ${period}`);
    // Highest first; equal values in code order, so the named areas never depend on the file's order.
    const order = present.map((_, i) => i).sort((i, j) => present[j]!.figure.value - present[i]!.figure.value || present[i]!.code.localeCompare(present[j]!.code));
    const tenth = tenthSize(present.length);
    const ends: Ends = { highest: order[0]!, lowest: order[order.length - 1]!, top: order.slice(0, tenth), bottom: order.slice(-tenth).reverse() };
    const named = (i: number): Named => ({ code: present[i]!.code, name: present[i]!.name, value: present[i]!.figure.value });
    const point = gaps(
      present.map((a) => a.figure.value),
      ends,
    );
    // The ends stay the areas the published figures put there; each draw moves every figure within its own
    // uncertainty, so the interval is that of the gap between those areas.
    const errors = present.map((a) => standardError(a.figure));
    const simulated = { range: new Float64Array(options.draws), tenths: new Float64Array(options.draws) };
    const values = new Float64Array(present.length);
    for (let d = 0; d < options.draws; d++) {
      for (let i = 0; i < present.length; i++) values[i] = present[i]!.figure.value + errors[i]! * normal();
      const g = gaps(values, ends);
      simulated.range[d] = g.range;
      simulated.tenths[d] = g.tenths;
    }
    draws.push(simulated);
    points.push({
      period,
      areas: present.length,
      tenth,
      range: interval(point.range, simulated.range, options.level),
      tenths: interval(point.tenths, simulated.tenths, options.level),
      highest: named(ends.highest),
      lowest: named(ends.lowest),
      top: ends.top.map(named),
      bottom: ends.bottom.map(named),
      england: file.england[sex][p] ?? null,
    });
  });
  return { sex, points, draws, level: options.level };
}

export interface GapChange {
  from: GapPoint;
  to: GapPoint;
  change: Estimate;
  /** The interval of the change leaves out zero. */
  beyondNoise: boolean;
}

/** The change of a gap between two periods, its interval from the same simulation's draws. */
export function gapChange(series: GapSeries, measure: GapMeasure, from: number, to: number): GapChange {
  const a = series.points[from];
  const b = series.points[to];
  const drawsA = series.draws[from]?.[measure];
  const drawsB = series.draws[to]?.[measure];
  if (!a || !b || !drawsA || !drawsB) throw new Error(`no periods ${from} and ${to} in the series`);
  const differences = drawsB.map((value, d) => value - drawsA[d]!);
  const change = interval(b[measure].value - a[measure].value, differences, series.level);
  return { from: a, to: b, change, beyondNoise: change.lci > 0 || change.uci < 0 };
}

export interface AreaChange {
  code: string;
  name: string;
  from: HleInterval | null;
  to: HleInterval | null;
  /** Null when either period has no figure. */
  change: Estimate | null;
  beyondNoise: boolean;
}

/**
 * Each area's change between two periods, with a 95% interval from the two published ones taken as
 * independent (true for periods that share no year, as 2011–13, 2018–20 and 2022–24 do not).
 */
export function areaChanges(file: UpperTierHle, sex: HleSex, from: number, to: number): AreaChange[] {
  return file.areas.map((area) => {
    const a = area.values[sex][from] ?? null;
    const b = area.values[sex][to] ?? null;
    if (!a || !b) return { code: area.code, name: area.name, from: a, to: b, change: null, beyondNoise: false };
    const value = b.value - a.value;
    const half = Z95 * Math.hypot(standardError(a), standardError(b));
    const change = { value, lci: value - half, uci: value + half };
    return { code: area.code, name: area.name, from: a, to: b, change, beyondNoise: change.lci > 0 || change.uci < 0 };
  });
}

/** The Levelling Up White Paper's baseline period for its healthy life expectancy mission. */
export const WHITE_PAPER_BASELINE = '2018–20';

export interface GapReport {
  series: GapSeries;
  /** First period to last, and the white paper's baseline to last (null if the series lacks it). */
  sinceFirst: Record<GapMeasure, GapChange>;
  sinceBaseline: Record<GapMeasure, GapChange> | null;
  areas: { code: string; name: string; sinceFirst: AreaChange; sinceBaseline: AreaChange | null }[];
}

/** Everything the gap view shows for one sex. */
export function gapReport(file: UpperTierHle, sex: HleSex, options: GapOptions = DEFAULT_GAP_OPTIONS): GapReport {
  const series = hleGap(file, sex, options);
  const last = file.periods.length - 1;
  const baseline = file.periods.indexOf(WHITE_PAPER_BASELINE);
  const both = (from: number): Record<GapMeasure, GapChange> => ({ range: gapChange(series, 'range', from, last), tenths: gapChange(series, 'tenths', from, last) });
  const fromFirst = areaChanges(file, sex, 0, last);
  const fromBaseline = baseline >= 0 ? areaChanges(file, sex, baseline, last) : null;
  return {
    series,
    sinceFirst: both(0),
    sinceBaseline: baseline >= 0 ? both(baseline) : null,
    areas: fromFirst.map((change, i) => ({ code: change.code, name: change.name, sinceFirst: change, sinceBaseline: fromBaseline?.[i] ?? null })),
  };
}
