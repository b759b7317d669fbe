// How far each allocation of the top group reaches, counted more honestly than in districts on the ranking's own
// measure: in people, in person-years of healthy life below England's, and against a health outcome the ranking
// does not use; and how much the answer moves under other reasonable ways of scoring need.
import { lowIsNeedScores, scoreAll, simulatedGroup, type NeedInput, type Scored, type WhatIfResult } from './whatIf';
import { PRESETS, PRESET_IDS, shares, type Weights } from './whatIfWeights';
import { lowestCountCut } from '../ranking';

export interface ReachInput {
  code: string;
  population: number | null;
  /** A health outcome the ranking does not use (higher = healthier); null: no figure of the district's own. */
  independent: number | null;
  /** Years of healthy life below England's (0 when above), on the HLE of the pair; null: no figure of its own. */
  gapYears: number | null;
  /** IMD 2019 average score (higher = more deprived), for the run on standardised values. */
  imdScore: number | null;
}

export interface Reach {
  /** Lowest-health areas (on the ranking's measure) in the group. */
  lowestAreas: number;
  /** People living in those areas. */
  people: number;
  /** Person-years of healthy life below England's, summed over every area in the group. */
  personYears: number;
  /** Areas lowest on the independent outcome in the group. */
  independentAreas: number;
}

export interface AllocationReach extends Reach {
  id: string;
  label: string;
  /** Words for a reach that holds by construction; null when none does. */
  byDefinition: string | null;
}

export const VARIANT_IDS = ['ranks', 'category-mid-rank', 'standardised'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

export const VARIANT_LABELS: Record<VariantId, string> = {
  ranks: 'As shown: places, category 1 / 0.5 / 0',
  'category-mid-rank': 'Category scored by its band’s mid-place',
  standardised: 'Standardised values instead of places',
};

export interface VariantRun extends Reach {
  id: VariantId;
  label: string;
  enters: number;
  leaves: number;
}

export interface Agreement {
  /** Spearman's rank correlation; null with fewer than three pairs. */
  rho: number | null;
  areas: number;
}

export interface ReachReport {
  groupSize: number;
  base: { lowestAreas: number; people: number; personYears: number; independentLowest: number };
  allocations: AllocationReach[];
  variants: VariantRun[];
  /** Health measure against IMD 2019 rank, and against the independent outcome. */
  healthImd: Agreement;
  healthIndependent: Agreement;
}

export const BY_DEFINITION_HEALTH_ONLY =
  'Ranks on this very measure, so it holds the lowest-health areas and their people by definition (all of them when none tie at the cut).';

/** Average ranks (1 = smallest; ties share the mean of their places). */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end += 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]!.i] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

/** Spearman's rank correlation: Pearson's correlation of the average ranks. */
export function spearman(pairs: readonly { x: number; y: number }[]): Agreement {
  if (pairs.length < 3) return { rho: null, areas: pairs.length };
  const rx = averageRanks(pairs.map((p) => p.x));
  const ry = averageRanks(pairs.map((p) => p.y));
  const mean = (pairs.length + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return { rho: sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy), areas: pairs.length };
}

/** z-scores, sign chosen so that higher = more need; codes without a value get none. */
function standardised(values: readonly { code: string; value: number }[], highIsNeed: boolean): Map<string, number> {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v.value, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v.value - mean) ** 2, 0) / n);
  return new Map(values.map((v) => [v.code, sd === 0 ? 0 : ((highIsNeed ? 1 : -1) * (v.value - mean)) / sd]));
}

const present = <T>(items: readonly T[], pick: (item: T) => number | null): { item: T; value: number }[] =>
  items.flatMap((item) => {
    const value = pick(item);
    return value === null ? [] : [{ item, value }];
  });

/** Need scores under each way of scoring; the ranking and its tie rules are the tool's own. */
export function scoredFor(variant: VariantId, needs: readonly NeedInput[], extra: ReadonlyMap<string, ReachInput>): Scored[] {
  const base = scoreAll(needs);
  if (variant === 'ranks') return base;
  if (variant === 'category-mid-rank') {
    const category = lowIsNeedScores(present(needs, (n) => n.category).map(({ item, value }) => ({ code: item.code, value })));
    return base.map((s) => ({ ...s, category: category.get(s.input.code) ?? null }));
  }
  const health = standardised(present(needs, (n) => n.health).map(({ item, value }) => ({ code: item.code, value })), false);
  const deprivation = standardised(present(needs, (n) => extra.get(n.code)?.imdScore ?? null).map(({ item, value }) => ({ code: item.code, value })), true);
  const category = standardised(present(needs, (n) => n.category).map(({ item, value }) => ({ code: item.code, value })), false);
  return base.map((s) => ({
    ...s,
    health: health.get(s.input.code) ?? null,
    deprivation: deprivation.get(s.input.code) ?? null,
    category: category.get(s.input.code) ?? null,
  }));
}

function lowestBy(extra: readonly ReachInput[], count: number): Set<string> {
  const withValue = present(extra, (e) => e.independent);
  const cut = lowestCountCut(withValue.map((w) => w.value).sort((a, b) => a - b), count);
  return new Set(withValue.filter((w) => w.value <= cut).map((w) => w.item.code));
}

export function reachReport(needs: readonly NeedInput[], extraInputs: readonly ReachInput[], result: WhatIfResult): ReachReport {
  const extra = new Map(extraInputs.map((e) => [e.code, e]));
  const lowest = new Set(result.entries.filter((e) => e.lowestHealth).map((e) => e.code));
  const independentLowest = lowestBy(extraInputs, result.groupSize);
  const peopleOf = (code: string) => extra.get(code)?.population ?? null;
  const personYearsOf = (code: string) => {
    const e = extra.get(code);
    return e === undefined || e.gapYears === null || e.population === null ? 0 : e.gapYears * e.population;
  };
  const reachOf = (group: ReadonlySet<string>): Reach => {
    let lowestAreas = 0;
    let people = 0;
    let personYears = 0;
    let independentAreas = 0;
    for (const code of group) {
      if (lowest.has(code)) {
        lowestAreas += 1;
        people += peopleOf(code) ?? 0;
      }
      personYears += personYearsOf(code);
      if (independentLowest.has(code)) independentAreas += 1;
    }
    return { lowestAreas, people, personYears, independentAreas };
  };

  // Category 1 among the areas the tool ranks: one whose health figure is another area's is never ranked.
  const rankable = needs.filter((n) => n.healthNotOwn === undefined);
  const published = new Set(result.entries.filter((e) => e.mover === 'leaves' || e.mover === 'stays-in').map((e) => e.code));
  const current = new Set(result.entries.filter((e) => e.mover === 'enters' || e.mover === 'stays-in').map((e) => e.code));
  const healthOnly = (weights: Weights) => shares(weights).health === 1;
  const scored = scoreAll(rankable);
  const allocations: AllocationReach[] = [
    { id: 'published', label: 'Category 1 as published', ...reachOf(published), byDefinition: null },
    { id: 'current', label: 'This top group', ...reachOf(current), byDefinition: healthOnly(result.weights) ? BY_DEFINITION_HEALTH_ONLY : null },
    ...PRESET_IDS.filter((id) => id !== 'as-published').map((id) => ({
      id,
      label: PRESETS[id].label,
      ...reachOf(simulatedGroup(scored, PRESETS[id].weights).group),
      byDefinition: healthOnly(PRESETS[id].weights) ? BY_DEFINITION_HEALTH_ONLY : null,
    })),
  ];

  const variants = VARIANT_IDS.map((id): VariantRun => {
    const { group, published: publishedHere } = simulatedGroup(scoredFor(id, rankable, extra), result.weights);
    let enters = 0;
    for (const code of group) if (!publishedHere.has(code)) enters += 1;
    let leaves = 0;
    for (const code of publishedHere) if (!group.has(code)) leaves += 1;
    return { id, label: VARIANT_LABELS[id], enters, leaves, ...reachOf(group) };
  });

  let basePeople = 0;
  for (const code of lowest) basePeople += peopleOf(code) ?? 0;
  let basePersonYears = 0;
  for (const e of extraInputs) basePersonYears += personYearsOf(e.code);

  return {
    groupSize: result.groupSize,
    base: { lowestAreas: lowest.size, people: basePeople, personYears: basePersonYears, independentLowest: independentLowest.size },
    allocations,
    variants,
    healthImd: spearman(needs.flatMap((n) => (n.health === null || n.imdRank === null ? [] : [{ x: n.health, y: n.imdRank }]))),
    healthIndependent: spearman(
      needs.flatMap((n) => {
        const y = extra.get(n.code)?.independent ?? null;
        return n.health === null || y === null ? [] : [{ x: n.health, y }];
      }),
    ),
  };
}
