// Which figures may be ranked as a district's own under a health measure. A county's or a successor
// authority's figure is a true number for another area: the district is counted and listed apart, never
// ranked or compared on it (docs/DATA.md, "A district is ranked on its own figure only").
import type { AreasFile } from '../data/types';
import { figureOf, placeName } from '../data/access';
import { notOwnReason, type Figure, type NotOwnReason } from '../data/figureShape';

/** The words that close "Not ranked under this measure (…)". */
export const NOT_OWN_WORDS: Readonly<Record<NotOwnReason, string>> = {
  county: 'county figure',
  successor: "successor authority's figure",
  'wider-area': 'figure for a wider area',
};

/** A district that has a value under the measure, but only another area's. */
export interface NotRankedEntry {
  code: string;
  name: string;
  reason: NotOwnReason;
  /** The name of the area the figure was measured for. */
  measuredFor: string;
  /** That area's value, shown for reference only. */
  value: number;
}

export interface HealthReading {
  /** The district's own value, or null (no figure, or another area's). */
  own: number | null;
  notOwn: NotRankedEntry | null;
}

export function healthReading(file: AreasFile, measure: string, area: { code: string; name: string }): HealthReading {
  const figure = figureOf(file, measure, area.code);
  const reason = notOwnReason(figure, area.code);
  if (reason === null) return { own: figure.value, notOwn: null };
  const measuredFor = figure.measuredFor === undefined ? 'another area' : placeName(file, figure.measuredFor);
  return { own: null, notOwn: { code: area.code, name: area.name, reason, measuredFor, value: figure.value! } };
}

/** "190 districts: 164 on their county's figure, 24 on a successor authority's" style counts, by reason. */
export function countByReason(entries: readonly NotRankedEntry[]): Record<NotOwnReason, number> {
  const counts: Record<NotOwnReason, number> = { county: 0, successor: 0, 'wider-area': 0 };
  for (const entry of entries) counts[entry.reason] += 1;
  return counts;
}
