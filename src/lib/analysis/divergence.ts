import type { AreaRecord, AreasFile, LufCategory } from '../data/types';
import { englandHle, hleReading, type HleLayerId, HLE_LAYER_IDS } from '../indicators/layers';

/** What "high health need" and "lower need" mean; every field is adjustable and lives in the URL. */
export interface DivergenceDefinition {
  hle: HleLayerId;
  /** High need = healthy life expectancy in the lowest `percentile`% of areas with a value. */
  percentile: number;
  /** Lower need also requires being outside the most deprived fifth, or in the less deprived half, by IMD 2019. */
  imdCut: 'fifth' | 'half';
  /** Lower need also requires healthy life expectancy above this value. */
  comparison: 'england' | 'median';
}

export const DEFAULT_DEFINITION: DivergenceDefinition = {
  hle: 'hle-male',
  percentile: 30,
  imdCut: 'half',
  comparison: 'england',
};

export const PERCENTILE_MIN = 5;
export const PERCENTILE_MAX = 50;
export const PERCENTILE_OPTIONS = [10, 20, 25, 30, 40, 50] as const;
export const HLE_CHOICES = HLE_LAYER_IDS;

export type DivergenceClass = 'need-not-priority' | 'priority-not-need' | 'aligned' | 'no-data';

export const CLASS_LABELS: Record<DivergenceClass, string> = {
  'need-not-priority': 'High health need, not top priority',
  'priority-not-need': 'Top priority, lower health need',
  aligned: 'Need and priority agree',
  'no-data': 'No healthy life expectancy figure',
};

/** Why an entry should not be over-read. */
export type BorderlineReason = 'ci-straddles-cut' | 'estimate-near-cut' | null;

export interface DivergenceEntry {
  code: string;
  name: string;
  hle: number;
  /** 1 = lowest healthy life expectancy, among `ranked` areas with a value. */
  hleRank: number;
  imdRank: number;
  luf: LufCategory;
  borderline: BorderlineReason;
}

export interface DivergenceResult {
  definition: DivergenceDefinition;
  /** Areas with a healthy life expectancy value: the base of the percentile. */
  ranked: number;
  /** How many areas count as "lowest N%". */
  needCount: number;
  /** Highest healthy life expectancy still inside the lowest N% (ties at it are included). */
  needCutValue: number;
  /** The value "lower need" areas must exceed. */
  comparisonValue: number;
  /** IMD 2019 rank above which an area counts as less deprived. */
  imdCutRank: number;
  /** Of the lowest-N% areas, how many are in each priority category. */
  needByCategory: Record<LufCategory, number>;
  needNotPriority: DivergenceEntry[];
  priorityNotNeed: DivergenceEntry[];
  classOf: Map<string, DivergenceClass>;
  hleRankOf: Map<string, number>;
}

export interface DivergenceContext {
  englandValue: number;
  /** Years: an estimate (no confidence interval) this close to a cut is flagged. */
  estimateTolerance: number;
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

/**
 * The lowest `percentile`% by count: areas whose rank from the bottom is at most p × n (94 of 314 for 30%),
 * plus any tied with the last of them, so that two areas with the same value are never split by the cut.
 */
export function lowestShareCut(sortedAscending: number[], percentile: number): number {
  const take = Math.max(1, Math.floor((percentile / 100) * sortedAscending.length));
  return sortedAscending[Math.min(take, sortedAscending.length) - 1] ?? Number.NaN;
}

export function imdCutRank(cut: DivergenceDefinition['imdCut'], areaCount: number): number {
  return Math.floor(areaCount * (cut === 'half' ? 0.5 : 0.2));
}

export function classify(areas: AreaRecord[], definition: DivergenceDefinition, context: DivergenceContext): DivergenceResult {
  const readings = areas.flatMap((area) => {
    const reading = hleReading(area, definition.hle);
    return reading ? [{ area, reading }] : [];
  });
  const values = readings.map(({ reading }) => reading.value);
  const sorted = [...values].sort((a, b) => a - b);
  const needCutValue = lowestShareCut(sorted, definition.percentile);
  const comparisonValue = definition.comparison === 'england' ? context.englandValue : median(values);
  const cutRank = imdCutRank(definition.imdCut, areas.length);
  const hleRankOf = ascendingRanks(readings.map(({ area, reading }) => ({ code: area.code, value: reading.value })));

  const classOf = new Map<string, DivergenceClass>();
  const needByCategory: Record<LufCategory, number> = { 1: 0, 2: 0, 3: 0 };
  const needNotPriority: DivergenceEntry[] = [];
  const priorityNotNeed: DivergenceEntry[] = [];

  const borderlineAt = (reading: { value: number; lci: number | null; uci: number | null; provenance: string }, cut: number): BorderlineReason => {
    if (reading.lci !== null && reading.uci !== null) {
      return reading.lci <= cut && cut <= reading.uci ? 'ci-straddles-cut' : null;
    }
    return reading.provenance === 'msoa-estimate' && Math.abs(reading.value - cut) <= context.estimateTolerance
      ? 'estimate-near-cut'
      : null;
  };

  for (const area of areas) classOf.set(area.code, 'no-data');
  for (const { area, reading } of readings) {
    const entry = (borderline: BorderlineReason): DivergenceEntry => ({
      code: area.code,
      name: area.name,
      hle: reading.value,
      hleRank: hleRankOf.get(area.code) ?? 0,
      imdRank: area.imd.rankAvgRank,
      luf: area.luf,
      borderline,
    });
    const highNeed = reading.value <= needCutValue;
    if (highNeed) needByCategory[area.luf] += 1;
    if (highNeed && area.luf !== 1) {
      needNotPriority.push(entry(borderlineAt(reading, needCutValue)));
      classOf.set(area.code, 'need-not-priority');
    } else if (area.luf === 1 && reading.value > comparisonValue && area.imd.rankAvgRank > cutRank) {
      priorityNotNeed.push(entry(borderlineAt(reading, comparisonValue)));
      classOf.set(area.code, 'priority-not-need');
    } else {
      classOf.set(area.code, 'aligned');
    }
  }

  needNotPriority.sort((a, b) => a.hle - b.hle || a.name.localeCompare(b.name));
  priorityNotNeed.sort((a, b) => b.hle - a.hle || a.name.localeCompare(b.name));

  return {
    definition,
    ranked: readings.length,
    needCount: needByCategory[1] + needByCategory[2] + needByCategory[3],
    needCutValue,
    comparisonValue,
    imdCutRank: cutRank,
    needByCategory,
    needNotPriority,
    priorityNotNeed,
    classOf,
    hleRankOf,
  };
}

/** Classifies with the file's own England value and estimate error: what the app and the bench both show. */
export function classifyFile(file: AreasFile, definition: DivergenceDefinition): DivergenceResult {
  return classify(file.areas, definition, {
    englandValue: englandHle(file.england, definition.hle),
    estimateTolerance: file.estimateValidation.p95AbsoluteError,
  });
}
