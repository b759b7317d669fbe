// The small charts' lines and bands as SVG path data, drawn by d3-shape. A period without a figure breaks the
// line and the band there: drawing straight across it would show a value nobody published.
import { area, line } from 'd3-shape';

/** Where a period sits across the chart, and where a value sits up it (the chart's two scales). */
export interface SeriesScales {
  x: (period: string) => number;
  y: (value: number) => number;
}

export interface ValueAt {
  period: string;
  value: number | null;
}

export interface IntervalAt {
  period: string;
  low: number | null;
  high: number | null;
}

/** Two decimals: a hundredth of a viewBox unit is finer than any screen or print shows. */
const DIGITS = 2;

/** One line through the periods with a figure, broken where a period has none. */
export function seriesLine(points: readonly ValueAt[], { x, y }: SeriesScales): string {
  return (
    line<ValueAt>()
      .defined((p) => p.value !== null)
      .x((p) => x(p.period))
      .y((p) => y(p.value!))
      .digits(DIGITS)(points) ?? ''
  );
}

/** The interval as a shaded band, broken where a period has no interval. */
export function seriesBand(points: readonly IntervalAt[], { x, y }: SeriesScales): string {
  return (
    area<IntervalAt>()
      .defined((p) => p.low !== null && p.high !== null)
      .x((p) => x(p.period))
      .y0((p) => y(p.low!))
      .y1((p) => y(p.high!))
      .digits(DIGITS)(points) ?? ''
  );
}

/** Whether the band shows anything: two neighbouring periods with an interval (one alone is a sliver of no width). */
export function bandDrawn(points: readonly IntervalAt[]): boolean {
  const has = (p: IntervalAt | undefined): boolean => p !== undefined && p.low !== null && p.high !== null;
  return points.some((p, i) => has(p) && has(points[i + 1]));
}

/**
 * The periods with a figure whose neighbours both have none: a line or band cannot show a single period, so the
 * chart marks each with a dot instead of leaving it out.
 */
export function isolatedPeriods(points: readonly ValueAt[]): ValueAt[] {
  const has = (i: number): boolean => (points[i]?.value ?? null) !== null;
  return points.filter((p, i) => p.value !== null && !has(i - 1) && !has(i + 1));
}

/** A curve over a numeric axis with no missing points (the what-if reach curve). */
export function curvePath<T>(points: readonly T[], x: (point: T) => number, y: (point: T) => number): string {
  return line<T>().x(x).y(y).digits(1)(points) ?? '';
}
