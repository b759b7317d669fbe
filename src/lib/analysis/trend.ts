// An area's figures over the periods of one series (the same measure, period after period), with England's
// beside them: what the area panel's small chart draws.
import type { AreasFile } from '../data/types';
import { figureOf } from '../data/access';
import { INDICATORS, type Indicator } from '../indicators/catalogue';

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
  return { key, label: first.series.label, unit: first.unit, points, measuredFor: latest.measuredFor ?? null };
}

/**
 * The chart's caption: the interval is mentioned only where one is drawn (two periods or more with one), and
 * the warning against the census-based 2009–13 figures only for a series in years (healthy life expectancy).
 */
export function trendCaption(trend: Trend, whose: string): string {
  const banded = trend.points.filter((p) => p.lci !== null && p.uci !== null).length >= 2;
  const lines = `${trend.label}: ${whose} (line${banded ? ', with its 95% interval shaded' : ''}) and England (dashed).`;
  return trend.unit === 'years' ? `${lines} A survey-based series: not on the same basis as the 2009–13 figures above.` : lines;
}
