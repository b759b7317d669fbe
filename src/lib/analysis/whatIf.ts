// "What if health had counted?": areas ranked by a weighted need of three ingredients (health, deprivation,
// the published priority category), and a simulated top group as large as priority category 1, compared
// with the published one. Plain inputs only, so the ranking survives any change to the data file's shape.
import type { LufCategory } from './divergence';
import { byFigureThenName, lowestCountCut } from '../ranking';
import type { NotOwnReason } from '../data/figures';

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

export const INGREDIENTS = ['health', 'deprivation', 'category'] as const;
export type Ingredient = (typeof INGREDIENTS)[number];

/** Non-negative; only their proportions matter (each share is its weight over the sum). */
export type Weights = Record<Ingredient, number>;

export const PRESET_IDS = ['as-published', 'health-only', 'deprivation-only', 'equal-thirds'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Record<PresetId, { label: string; weights: Weights }> = {
  'as-published': { label: 'As published', weights: { health: 0, deprivation: 0, category: 1 } },
  'health-only': { label: 'Health only', weights: { health: 1, deprivation: 0, category: 0 } },
  'deprivation-only': { label: 'Deprivation only', weights: { health: 0, deprivation: 1, category: 0 } },
  'equal-thirds': { label: 'Equal thirds', weights: { health: 1, deprivation: 1, category: 1 } },
};

export const DEFAULT_PRESET: PresetId = 'equal-thirds';

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

export function isValidWeights(weights: Weights): boolean {
  const values = INGREDIENTS.map((key) => weights[key]);
  return values.every((value) => Number.isFinite(value) && value >= 0) && values.some((value) => value > 0);
}

/** Each weight as a share of their sum (0–1, summing to 1). */
export function shares(weights: Weights): Weights {
  const sum = weights.health + weights.deprivation + weights.category;
  return { health: weights.health / sum, deprivation: weights.deprivation / sum, category: weights.category / sum };
}

/** Each weight as a whole percentage, as the controls show it. */
export function percentages(weights: Weights): Weights {
  const s = shares(weights);
  return { health: Math.round(s.health * 100), deprivation: Math.round(s.deprivation * 100), category: Math.round(s.category * 100) };
}

/** The preset these weights are in proportion to, if any. */
export function presetOf(weights: Weights): PresetId | null {
  const s = shares(weights);
  return (
    PRESET_IDS.find((id) => {
      const p = shares(PRESETS[id].weights);
      return INGREDIENTS.every((key) => Math.abs(p[key] - s[key]) < 1e-9);
    }) ?? null
  );
}

/**
 * Sets one weight to `percent` (a whole number, 0–100) and shares the rest between the other two in their
 * current proportion to each other (equally when both are zero), rounded to whole percentages that sum to
 * 100 (largest remainder; an exact tie goes to the ingredient listed first).
 */
export function setWeight(weights: Weights, key: Ingredient, percent: number): Weights {
  const own = Math.min(100, Math.max(0, Math.round(percent)));
  const others = INGREDIENTS.filter((other) => other !== key);
  const rest = 100 - own;
  const otherSum = others.reduce((sum, other) => sum + weights[other], 0);
  const exact = others.map((other) => (otherSum > 0 ? (rest * weights[other]) / otherSum : rest / others.length));
  const floors = exact.map(Math.floor);
  let left = rest - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, i) => ({ i, remainder: value - floors[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  const next = { ...weights, [key]: own };
  others.forEach((other, i) => (next[other] = floors[i]!));
  return next;
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

export const MOVER_LABELS: Record<MoverClass, string> = {
  enters: 'Would enter the top group',
  leaves: 'Would leave the top group',
  'stays-in': 'Stays in the top group',
  'stays-out': 'Stays out of the top group',
  'not-ranked': 'Not ranked: a county or successor figure',
  'no-data': 'Not ranked: a figure the weights use is missing',
};

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

export interface MethodWording {
  /** e.g. "healthy life expectancy (males, 2009–13)" */
  healthMeasure: string;
  groupSize: number;
}

/** The method in plain words, shown under the controls. */
export function methodText({ healthMeasure, groupSize }: MethodWording): string {
  return (
    `Each area gets three scores from 0 to 1, where 1 means most need. Health: its place among the areas with a ` +
    `figure for ${healthMeasure}, from 1 for the lowest to 0 for the highest, evenly spaced (equal figures share ` +
    `the average of their places). Deprivation: the same for its IMD 2019 rank of average rank (1 for the most ` +
    `deprived). Category: 1 for Levelling Up Fund priority category 1, 0.5 for category 2, 0 for category 3; the ` +
    `category stands for the government's own index of economic, transport and regeneration need, whose inputs ` +
    `are not in our data. An area's need is the three scores multiplied by their weights' shares and added up; ` +
    `the ${groupSize} areas with the most need (as many as category 1 holds among the ranked areas) form the simulated top group. Equal ` +
    `need is decided by priority category (1 first), then IMD rank (most deprived first), then area code. An area ` +
    `missing a figure whose weight is above zero is not ranked and is shown as no data; a weight of zero needs no ` +
    `figure. An area whose only figure for the health measure is its county's or a successor authority's is not ` +
    `ranked at all, whatever the weights. Reach counts how many of the areas with the lowest ${healthMeasure}, as many as category 1 holds among the areas with a figure (more if tied at the ` +
    `cut) are in a group. Moving one weight shares the rest between the other two in their proportion to each ` +
    `other (equally when both are zero), in whole percentages; the chart does the same for the health weight.`
  );
}

export type EntrySortKey = 'name' | 'health' | 'imdRank' | 'category' | 'awardedGbp' | 'needRank';

/** Sorts mover lists by a column; missing figures sort last whichever the direction, then by name. */
export function sortEntries(entries: readonly WhatIfEntry[], key: EntrySortKey, ascending: boolean): WhatIfEntry[] {
  const direction = ascending ? 1 : -1;
  return [...entries].sort((a, b) => {
    if (key === 'name') return direction * a.name.localeCompare(b.name);
    return byFigureThenName({ value: a[key], name: a.name }, { value: b[key], name: b.name }, ascending);
  });
}
