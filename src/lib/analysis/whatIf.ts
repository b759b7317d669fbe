// "What if health had counted?", the model: areas ranked by a weighted need of three ingredients (health,
// deprivation, the published priority category), and a simulated top group as large as priority category 1,
// compared with the published one: who enters, who leaves, whom it reaches. Plain inputs only, so the ranking
// survives any change to the data file's shape. The weights are whatIfWeights.ts's, the words whatIfText.ts's.
import type { LufCategory } from './divergence';
import { lowestCountCut } from '../ranking';
import { sortBy } from './sorting';
import type { NotOwnReason } from '../data/figureShape';
import { INGREDIENTS, isValidWeights, setWeight, shares, type Weights } from './whatIfWeights';

export interface NeedInput {
  code: string;
  name: string;
  /** The chosen health measure; higher = healthier. Null: no figure of the area's own. */
  health: number | null;
  /** Set when the area's only health figure is another area's (its county's, a successor's): never ranked. */
  healthNotOwn?: NotOwnReason;
  /** IMD 2019 rank, 1 = most deprived. Null: no figure. */
  imdRank: number | null;
  /** Levelling Up Fund priority category as published. Null: not known. */
  category: LufCategory | null;
  /** Money awarded to the area, in pounds; undefined when no awards data is given at all, null for no figure. */
  awardedGbp?: number | null;
}

/** How a category becomes a score: 1 is the top priority the fund published. */
export const CATEGORY_SCORE: Record<LufCategory, number> = { 1: 1, 2: 0.5, 3: 0 };

/**
 * Need scores 0–1 from "lower value = more need" figures: 1 for the lowest, 0 for the highest, evenly
 * between by position; equal figures share the mean of their positions. Areas without a figure get none.
 */
export function lowIsNeedScores(values: { code: string; value: number }[]): Map<string, number> {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const scores = new Map<string, number>();
  const last = sorted.length - 1;
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.value === sorted[start]!.value) end += 1;
    const position = (start + end) / 2;
    for (let i = start; i <= end; i += 1) scores.set(sorted[i]!.code, last === 0 ? 1 : 1 - position / last);
    start = end + 1;
  }
  return scores;
}

export type MoverClass = 'enters' | 'leaves' | 'stays-in' | 'stays-out' | 'not-ranked' | 'no-data';

export interface WhatIfEntry {
  code: string;
  name: string;
  health: number | null;
  imdRank: number | null;
  category: LufCategory | null;
  awardedGbp: number | null;
  /** Weighted need, 0–1 (1 = most need); null when not ranked. */
  need: number | null;
  /** 1 = most need; null when not ranked. */
  needRank: number | null;
  mover: MoverClass;
  /** Among the areas with the lowest health figures (the reach base). */
  lowestHealth: boolean;
}

export interface CurvePoint {
  /** Health weight as a whole percentage, 0–100. */
  healthPercent: number;
  /** Lowest-health areas in the simulated top group at that weight. */
  reached: number;
}

export interface WhatIfResult {
  weights: Weights;
  /** Ranked areas in published category 1: the size of the simulated group too. */
  groupSize: number;
  /** Areas with every figure the weights use. */
  ranked: number;
  /** Ranked areas first, most need first; then the unranked, by code. */
  entries: WhatIfEntry[];
  moverOf: Map<string, MoverClass>;
  counts: Record<MoverClass, number>;
  reach: {
    /** How many areas count as lowest health: as many as the group holds, plus any tied at the cut. */
    lowestCount: number;
    published: number;
    simulated: number;
  };
  /** Only when the inputs carry awards data. */
  money: { leaversGbp: number; enterersGbp: number; leaversWithoutFigure: number; enterersWithoutFigure: number } | null;
  /** Lowest-health areas reached as the health weight goes 0, 5, …, 100%, the other two in proportion. */
  curve: CurvePoint[];
}

/** An area's three need scores (1 = most need), however they were scored: the sensitivity runs reuse the ranking. */
export interface Scored {
  input: NeedInput;
  health: number | null;
  deprivation: number | null;
  category: number | null;
}

export function scoreAll(inputs: readonly NeedInput[]): Scored[] {
  const health = lowIsNeedScores(inputs.flatMap((i) => (i.health === null ? [] : [{ code: i.code, value: i.health }])));
  const deprivation = lowIsNeedScores(inputs.flatMap((i) => (i.imdRank === null ? [] : [{ code: i.code, value: i.imdRank }])));
  return inputs.map((input) => ({
    input,
    health: health.get(input.code) ?? null,
    deprivation: deprivation.get(input.code) ?? null,
    category: input.category === null ? null : CATEGORY_SCORE[input.category],
  }));
}

/** The weighted need, or null when a figure with a positive weight is missing or the category is unknown. */
function needOf(scored: Scored, s: Weights): number | null {
  if (scored.input.category === null) return null;
  let need = 0;
  for (const key of INGREDIENTS) {
    if (s[key] === 0) continue;
    const score = scored[key];
    if (score === null) return null;
    need += s[key] * score;
  }
  return need;
}

// Weighted sums that are equal on paper can differ in the last bits of a float; on this grid they tie.
const NEED_GRID = 1e9;

function missingLast(value: number | null): number {
  return value ?? Number.POSITIVE_INFINITY;
}

function byNeed(a: { key: number; input: NeedInput }, b: { key: number; input: NeedInput }): number {
  return (
    b.key - a.key ||
    missingLast(a.input.category) - missingLast(b.input.category) ||
    missingLast(a.input.imdRank) - missingLast(b.input.imdRank) ||
    (a.input.code < b.input.code ? -1 : a.input.code > b.input.code ? 1 : 0)
  );
}

/** The ranking, category 1 among the ranked areas, and a simulated group as large as that. */
export function simulatedGroup(scored: readonly Scored[], weights: Weights) {
  const s = shares(weights);
  const ranked = scored
    .flatMap((item) => {
      const need = needOf(item, s);
      return need === null ? [] : [{ need, key: Math.round(need * NEED_GRID), input: item.input }];
    })
    .sort(byNeed);
  // Like for like: an unranked area is in neither group, so the two are the same size among the same areas.
  const published = new Set(ranked.filter((item) => item.input.category === 1).map((item) => item.input.code));
  return { ranked, published, group: new Set(ranked.slice(0, published.size).map((item) => item.input.code)) };
}

function lowestHealthCodes(inputs: readonly NeedInput[], count: number): Set<string> {
  const withHealth = inputs.filter((i) => i.health !== null);
  const cut = lowestCountCut(withHealth.map((i) => i.health!).sort((a, b) => a - b), count);
  return new Set(withHealth.filter((i) => i.health! <= cut).map((i) => i.code));
}

function countIn(codes: Iterable<string>, set: ReadonlySet<string>): number {
  let n = 0;
  for (const code of codes) if (set.has(code)) n += 1;
  return n;
}

export function whatIf(inputs: readonly NeedInput[], weights: Weights): WhatIfResult {
  if (!isValidWeights(weights)) throw new Error('weights must be non-negative numbers, not all zero');
  // An area whose health figure is another area's is left out whatever the weights, so that the group, the
  // scores and the reach all count the same districts as the health measure can rank.
  const rankable = inputs.filter((i) => i.healthNotOwn === undefined);
  const scored = scoreAll(rankable);
  const { ranked, group, published } = simulatedGroup(scored, weights);
  const groupSize = published.size;
  // The reach base is the same whatever the weights: as many lowest-health areas as category 1 holds among
  // the areas with a health figure (the divergence lists' high-need group).
  const lowest = lowestHealthCodes(rankable, rankable.filter((i) => i.health !== null && i.category === 1).length);

  const rankOf = new Map(ranked.map((item, index) => [item.input.code, { need: item.need, rank: index + 1 }]));
  const moverOf = new Map<string, MoverClass>();
  const counts: Record<MoverClass, number> = { enters: 0, leaves: 0, 'stays-in': 0, 'stays-out': 0, 'not-ranked': 0, 'no-data': 0 };
  const entryOf = (input: NeedInput): WhatIfEntry => {
    const position = rankOf.get(input.code);
    const wasIn = published.has(input.code);
    const isIn = group.has(input.code);
    const mover: MoverClass = input.healthNotOwn !== undefined ? 'not-ranked' : !position ? 'no-data' : isIn ? (wasIn ? 'stays-in' : 'enters') : wasIn ? 'leaves' : 'stays-out';
    moverOf.set(input.code, mover);
    counts[mover] += 1;
    return {
      code: input.code,
      name: input.name,
      health: input.health,
      imdRank: input.imdRank,
      category: input.category,
      awardedGbp: input.awardedGbp ?? null,
      need: position?.need ?? null,
      needRank: position?.rank ?? null,
      mover,
      lowestHealth: lowest.has(input.code),
    };
  };
  const unranked = inputs.filter((i) => !rankOf.has(i.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
  const entries = [...ranked.map((item) => entryOf(item.input)), ...unranked.map(entryOf)];

  const hasAwards = inputs.some((i) => i.awardedGbp !== undefined);
  const moneyOf = (mover: MoverClass) => {
    const movers = entries.filter((e) => e.mover === mover);
    return {
      total: movers.reduce((sum, e) => sum + (e.awardedGbp ?? 0), 0),
      withoutFigure: movers.filter((e) => e.awardedGbp === null).length,
    };
  };
  const leavers = moneyOf('leaves');
  const enterers = moneyOf('enters');

  const curve = Array.from({ length: 21 }, (_, i): CurvePoint => {
    const healthPercent = i * 5;
    return { healthPercent, reached: countIn(simulatedGroup(scored, setWeight(weights, 'health', healthPercent)).group, lowest) };
  });

  return {
    weights,
    groupSize,
    ranked: ranked.length,
    entries,
    moverOf,
    counts,
    reach: { lowestCount: lowest.size, published: countIn(published, lowest), simulated: countIn(group, lowest) },
    money: hasAwards
      ? { leaversGbp: leavers.total, enterersGbp: enterers.total, leaversWithoutFigure: leavers.withoutFigure, enterersWithoutFigure: enterers.withoutFigure }
      : null,
    curve,
  };
}

export type EntrySortKey = 'name' | 'health' | 'imdRank' | 'category' | 'awardedGbp' | 'needRank';

/** Sorts mover lists by a column; missing figures sort last whichever the direction, then by name. */
export function sortEntries(entries: readonly WhatIfEntry[], key: EntrySortKey, ascending: boolean): WhatIfEntry[] {
  return sortBy(entries, (entry) => entry[key], ascending);
}
