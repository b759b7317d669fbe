import type { AreasFile } from '../data/types';
import type { Figure } from '../data/figures';
import { englandOf, figureOf } from '../data/access';
import { HEALTH_MEASURES, indicator, type IndicatorId } from '../indicators/catalogue';
import { lowestCountCut } from './ranking';

export type LufCategory = 1 | 2 | 3;
const isCategory = (value: number | null): value is LufCategory => value === 1 || value === 2 || value === 3;

/** The colour of each priority category, as the catalogue's LUF layer draws it. */
export const CATEGORY_COLOURS: Readonly<Record<LufCategory, string>> = (() => {
  const scale = indicator('luf').scale;
  const colours = scale.kind === 'categories' ? scale.categories.map((category) => category.colour) : [];
  return { 1: colours[0] ?? '#000', 2: colours[1] ?? '#000', 3: colours[2] ?? '#000' };
})();

/** What "high health need" and "lower need" mean; every field is adjustable and lives in the URL. */
export interface DivergenceDefinition {
  hle: IndicatorId;
  /**
   * How many areas count as high need: as many lowest-HLE areas as priority category 1 holds (the
   * research's like-for-like comparison), or the lowest `percentile`% of areas with a value.
   */
  needSize: 'category-1' | 'share';
  /** High need = healthy life expectancy in the lowest `percentile`% of areas with a value (needSize 'share'). */
  percentile: number;
  /** Lower need also requires being outside the most deprived fifth, or in the less deprived half, by IMD 2019. */
  imdCut: 'fifth' | 'half';
  /** Lower need also requires healthy life expectancy above this value. */
  comparison: 'england' | 'median';
}

export const DEFAULT_DEFINITION: DivergenceDefinition = {
  hle: 'hle-male',
  needSize: 'category-1',
  percentile: 30,
  imdCut: 'half',
  comparison: 'england',
};

export const PERCENTILE_MIN = 5;
export const PERCENTILE_MAX = 50;
export const PERCENTILE_OPTIONS = [10, 20, 25, 30, 40, 50] as const;
export const HLE_CHOICES = HEALTH_MEASURES;

export type DivergenceClass = 'need-not-priority' | 'priority-not-need' | 'aligned' | 'no-data';

export const CLASS_LABELS: Record<DivergenceClass, string> = {
  'need-not-priority': 'High health need, not top priority',
  'priority-not-need': 'Top priority, lower health need',
  aligned: 'Need and priority agree',
  'no-data': 'No healthy life expectancy figure',
};

/** Legend order of the classes an area can be in; no-data is drawn hatched, apart. */
export const CLASS_ORDER = ['need-not-priority', 'priority-not-need', 'aligned'] as const;

// Okabe–Ito vermillion and blue for the two kinds of disagreement; agreement recedes into grey.
export const DIVERGENCE_PALETTE: Record<(typeof CLASS_ORDER)[number], string> = {
  'need-not-priority': '#d55e00',
  'priority-not-need': '#0072b2',
  aligned: '#d9d9d9',
};

/** Why an entry should not be over-read. */
export type BorderlineReason = 'ci-straddles-cut' | 'estimate-near-cut' | null;

export interface DivergenceEntry {
  code: string;
  name: string;
  hle: number;
  /** 1 = lowest healthy life expectancy, among `ranked` areas with a value. */
  hleRank: number;
  /** Null where the file's IMD figure is missing or damaged. */
  imdRank: number | null;
  luf: LufCategory;
  borderline: BorderlineReason;
}

export interface DivergenceResult {
  definition: DivergenceDefinition;
  /** Areas with a healthy life expectancy value: the base of the percentile. */
  ranked: number;
  /** Areas in Levelling Up Fund priority category 1: the default number of high-need areas. */
  category1Count: number;
  /** How many areas the definition asks for: category 1's size, or p × n rounded down (before ties). */
  needTarget: number;
  /** How many areas count as high need: `needTarget` plus any tied with the last of them. */
  needCount: number;
  /** Highest healthy life expectancy still inside the lowest N% (ties at it are included). */
  needCutValue: number;
  /** The value "lower need" areas must exceed. */
  comparisonValue: number;
  /** IMD 2019 rank above which an area counts as less deprived. */
  imdCutRank: number;
  /** Of the lowest-N% areas, how many are in each priority category. */
  needByCategory: Record<LufCategory, number>;
  /** Of the lowest-N% areas, how many have no readable priority category (a damaged file). */
  needWithoutCategory: number;
  needNotPriority: DivergenceEntry[];
  priorityNotNeed: DivergenceEntry[];
  /** Every other classified area, for the scatter. */
  aligned: DivergenceEntry[];
  classOf: Map<string, DivergenceClass>;
  hleRankOf: Map<string, number>;
}

/** Ascending ranks, 1 = lowest; ties share the smallest rank. */
export function ascendingRanks(values: { code: string; value: number }[]): Map<string, number> {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((item, index) => {
    if (index === 0 || sorted[index - 1]!.value !== item.value) rank = index + 1;
    ranks.set(item.code, rank);
  });
  return ranks;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The lowest `percentile`% by count: p × n rounded down (94 of 314 for 30%), and at least one. */
function shareCount(ranked: number, percentile: number): number {
  return Math.max(1, Math.floor((percentile / 100) * ranked));
}

/** How many lowest-HLE areas the definition asks for, before ties at the cut are added. */
export function needTarget(category1Count: number, ranked: number, definition: DivergenceDefinition): number {
  const wanted = definition.needSize === 'category-1' ? category1Count : shareCount(ranked, definition.percentile);
  return Math.min(Math.max(1, wanted), ranked);
}

export function imdCutRank(cut: DivergenceDefinition['imdCut'], areaCount: number): number {
  return Math.floor(areaCount * (cut === 'half' ? 0.5 : 0.2));
}

/**
 * Classifies every area of the file under the definition. An area needs a health figure and a priority
 * category to be classified; "lower need" also needs its IMD rank. Others are no data, never guessed.
 */
export function classify(file: AreasFile, definition: DivergenceDefinition): DivergenceResult {
  const areas = file.areas;
  const readings = areas.flatMap((area) => {
    const reading = figureOf(file, definition.hle, area.code);
    const luf = figureOf(file, 'luf', area.code).value;
    return reading.value !== null ? [{ area, reading, value: reading.value, luf: isCategory(luf) ? luf : null, imdRank: figureOf(file, 'imd', area.code).value }] : [];
  });
  const values = readings.map(({ value }) => value);
  const sorted = [...values].sort((a, b) => a - b);
  const category1Count = areas.filter((area) => figureOf(file, 'luf', area.code).value === 1).length;
  const target = needTarget(category1Count, readings.length, definition);
  const needCutValue = lowestCountCut(sorted, target);
  const englandValue = englandOf(file, definition.hle);
  const comparisonValue = definition.comparison === 'england' && englandValue !== null ? englandValue : median(values);
  const cutRank = imdCutRank(definition.imdCut, areas.length);
  const hleRankOf = ascendingRanks(readings.map(({ area, value }) => ({ code: area.code, value })));
  const estimateTolerance = file.estimateValidation.p95AbsoluteError;

  const classOf = new Map<string, DivergenceClass>();
  const needByCategory: Record<LufCategory, number> = { 1: 0, 2: 0, 3: 0 };
  let needWithoutCategory = 0;
  const needNotPriority: DivergenceEntry[] = [];
  const priorityNotNeed: DivergenceEntry[] = [];
  const aligned: DivergenceEntry[] = [];

  const borderlineAt = (reading: Figure, value: number, cut: number): BorderlineReason => {
    if (reading.lci !== undefined && reading.uci !== undefined) {
      return reading.lci <= cut && cut <= reading.uci ? 'ci-straddles-cut' : null;
    }
    return reading.status === 'estimate' && Math.abs(value - cut) <= estimateTolerance ? 'estimate-near-cut' : null;
  };

  for (const area of areas) classOf.set(area.code, 'no-data');
  for (const { area, reading, value, luf, imdRank } of readings) {
    const highNeed = value <= needCutValue;
    if (luf === null) {
      // Ranked by its health figure, but which list it belongs to cannot be told without its category.
      if (highNeed) needWithoutCategory += 1;
      continue;
    }
    const entry = (borderline: BorderlineReason): DivergenceEntry => ({
      code: area.code,
      name: area.name,
      hle: value,
      hleRank: hleRankOf.get(area.code) ?? 0,
      imdRank,
      luf,
      borderline,
    });
    if (highNeed) needByCategory[luf] += 1;
    if (highNeed && luf !== 1) {
      needNotPriority.push(entry(borderlineAt(reading, value, needCutValue)));
      classOf.set(area.code, 'need-not-priority');
    } else if (luf === 1 && value > comparisonValue && imdRank === null) {
      // Healthier than the comparison, but whether it is less deprived cannot be told.
      classOf.set(area.code, 'no-data');
    } else if (luf === 1 && value > comparisonValue && imdRank !== null && imdRank > cutRank) {
      priorityNotNeed.push(entry(borderlineAt(reading, value, comparisonValue)));
      classOf.set(area.code, 'priority-not-need');
    } else {
      aligned.push(entry(null));
      classOf.set(area.code, 'aligned');
    }
  }

  needNotPriority.sort((a, b) => a.hle - b.hle || a.name.localeCompare(b.name));
  priorityNotNeed.sort((a, b) => b.hle - a.hle || a.name.localeCompare(b.name));

  return {
    definition,
    ranked: readings.length,
    category1Count,
    needTarget: target,
    needCount: needByCategory[1] + needByCategory[2] + needByCategory[3] + needWithoutCategory,
    needCutValue,
    comparisonValue,
    imdCutRank: cutRank,
    needByCategory,
    needWithoutCategory,
    needNotPriority,
    priorityNotNeed,
    aligned,
    classOf,
    hleRankOf,
  };
}
