// The rules that place one ranked area on the divergence lists: how many count as high need, the three cuts a
// definition draws, and which list a reading falls in. Plain arithmetic with no catalogue, so the chances
// worker applies the very rules the lists do without loading the indicator metadata.
import { lowestCountCut } from '../ranking';
import type { DivergenceClass, DivergenceDefinition, LufCategory } from './divergence';

export function median(values: number[]): number {
  return sortedMedian([...values].sort((a, b) => a - b));
}

function sortedMedian(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The lowest `percentile`% by count: p × n rounded down (94 of 314 for 30%), and at least one. */
function shareCount(ranked: number, percentile: number): number {
  return Math.max(1, Math.floor((percentile / 100) * ranked));
}

/** How many lowest areas the definition asks for, before ties at the cut are added. */
export function needTarget(category1Count: number, ranked: number, definition: DivergenceDefinition): number {
  const wanted = definition.needSize === 'category-1' ? category1Count : shareCount(ranked, definition.percentile);
  return Math.min(Math.max(1, wanted), ranked);
}

export function imdCutRank(cut: DivergenceDefinition['imdCut'], areaCount: number): number {
  return Math.floor(areaCount * (cut === 'half' ? 0.5 : 0.2));
}

/** One ranked area's plain inputs to the lists: its own health value, category and IMD rank. */
export interface ListReading {
  value: number;
  luf: LufCategory | null;
  imdRank: number | null;
}

/** The three lines a definition draws over the ranked areas' values. */
export interface ListCuts {
  /** Highest value still inside the high-need group (ties at it are included). */
  needCutValue: number;
  /** The value "lower need" areas must exceed. */
  comparisonValue: number;
  /** IMD 2019 rank above which an area counts as less deprived. */
  imdCutRank: number;
}

/**
 * The cuts over the ranked areas' values, `sortedAscending`. The comparison is England's value when the
 * definition asks for it and there is one, else the median of the values; the high-need group holds `target`.
 */
export function listCuts(sortedAscending: readonly number[], target: number, definition: DivergenceDefinition, englandValue: number | null, areaCount: number): ListCuts {
  return {
    needCutValue: lowestCountCut(sortedAscending, target),
    comparisonValue: definition.comparison === 'england' && englandValue !== null ? englandValue : sortedMedian(sortedAscending),
    imdCutRank: imdCutRank(definition.imdCut, areaCount),
  };
}

/** Where a ranked area falls: 'unknown' when it has no category, so which list it belongs to cannot be told. */
export type ListPlace = DivergenceClass | 'unknown';

/** The one rule both the lists and their simulation apply to each ranked area. */
export function placeOf(reading: ListReading, cuts: ListCuts): ListPlace {
  const { value, luf, imdRank } = reading;
  if (luf === null) return 'unknown';
  if (value <= cuts.needCutValue && luf !== 1) return 'need-not-priority';
  if (luf === 1 && value > cuts.comparisonValue) {
    // Healthier than the comparison, but whether it is less deprived cannot be told without its IMD rank.
    if (imdRank === null) return 'no-data';
    if (imdRank > cuts.imdCutRank) return 'priority-not-need';
  }
  return 'aligned';
}

