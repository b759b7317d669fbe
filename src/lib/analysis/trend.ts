// An area's figures over the periods of one series (the same measure, period after period), with England's
// beside them: what the area panel's small chart draws.
import type { AreasFile } from '../data/types';
import { figureOf } from '../data/access';
import { INDICATORS, type Indicator } from '../indicators/catalogue';
import { bandDrawn, type IntervalAt } from './seriesPaths';

export interface TrendPoint {
  period: string;
  value: number | null;
  lci: number | null;
  uci: number | null;
  england: number | null;
}

export interface Trend {
  key: string;
  label: string;
  unit: string;
  /** Decimal places the catalogue shows this measure with. */
  decimals: number;
  /** In period order, every period of the series, missing ones as nulls. */
  points: TrendPoint[];
  /** The area the figures were measured for, when not the district itself (a county, a successor). */
  measuredFor: string | null;
}

/** Catalogue entries by series, in catalogue order, which is period order. */
export function seriesMembers(key: string): Indicator[] {
  return INDICATORS.filter((entry) => entry.series?.key === key);
}

export function trend(file: AreasFile, key: string, code: string): Trend | null {
  const members = seriesMembers(key);
  const first = members[0];
  if (!first?.series) return null;
  const points = members.map((entry): TrendPoint => {
    const figure = figureOf(file, entry.id, code);
    const england = file.indicators[entry.id]?.england ?? null;
    return { period: entry.series?.period ?? entry.period, value: figure.value, lci: figure.lci ?? null, uci: figure.uci ?? null, england: england?.value ?? null };
  });
  const latest = figureOf(file, members[members.length - 1]!.id, code);
  return { key, label: first.series.label, unit: first.unit, decimals: first.decimals, points, measuredFor: latest.measuredFor ?? null };
}

/** The index of the period whose x position is nearest to `x` (positions in period order). */
export function nearestIndex(positions: readonly number[], x: number): number {
  let best = 0;
  positions.forEach((position, index) => {
    if (Math.abs(position - x) < Math.abs((positions[best] ?? Infinity) - x)) best = index;
  });
  return best;
}

/** What the chart says for the period under the pointer: "2016–18: 61.2 (95% interval 59.0 to 63.4); England 63.1". */
export function pointWords(point: TrendPoint, decimals: number): string {
  const n = (value: number): string => value.toFixed(decimals);
  const own =
    point.value === null
      ? 'no figure'
      : `${n(point.value)}${point.lci !== null && point.uci !== null ? ` (95% interval ${n(point.lci)} to ${n(point.uci)})` : ''}`;
  return `${point.period}: ${own}${point.england !== null ? `; England ${n(point.england)}` : ''}`;
}

/** The points' intervals in the shape the chart's band is drawn from. */
export function trendIntervals(trend: Trend): IntervalAt[] {
  return trend.points.map((p) => ({ period: p.period, low: p.lci, high: p.uci }));
}

/** Whether a period without a figure lies between two with one: the chart's line breaks there. */
export function hasGap(trend: Trend): boolean {
  const present = trend.points.flatMap((p, i) => (p.value === null ? [] : [i]));
  return present.length > 1 && present[present.length - 1]! - present[0]! + 1 > present.length;
}

/**
 * The chart's caption: the interval is mentioned only where one is drawn (two neighbouring periods with one),
 * a break in the line only where there is one, and the warning against the census-based 2009–13 figures only
 * for a series in years (healthy life expectancy).
 */
export function trendCaption(trend: Trend, whose: string): string {
  const banded = bandDrawn(trendIntervals(trend));
  const lines = `${trend.label}: ${whose} (line${banded ? ', with its 95% interval shaded' : ''}) and England (dashed).`;
  const gap = hasGap(trend) ? `${lines} A break in the line is a period with no figure.` : lines;
  return trend.unit === 'years' ? `${gap} A survey-based series: not on the same basis as the census-based 2009–13 figures in this panel.` : gap;
}
