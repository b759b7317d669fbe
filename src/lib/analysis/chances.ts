// How sure each list entry is: every ranked figure is drawn again and again from its uncertainty, the lists
// and the what-if group are recomputed under each draw by the very rules the app uses, and an area's chance
// is the share of draws that put it there. Seeded, so the same link always gives the same figures.
import type { DivergenceDefinition, DivergenceEntry, DivergenceResult, LufCategory } from './divergence';
import { listCuts, needTarget, placeOf } from './listRules';
import { GAP_DRAWS, GAP_SEED, normalSource, seededRandom, Z95 } from './hleGap';
import { scoreAll, simulatedGroup, type NeedInput } from './whatIf';
import type { Weights } from './whatIfWeights';
import { count } from '../format';

/** The gap view's generator, seed and number of draws: one simulation method in the app. */
export const CHANCE_DRAWS = GAP_DRAWS;
export const CHANCE_SEED = GAP_SEED;
/** Areas outside a list are named as near misses from this chance up. */
export const NEAR_MISS_FROM = 0.1;

/** A ranked area: its own figure and that figure's standard error (0 where no interval is published). */
export interface ChanceArea {
  code: string;
  value: number;
  se: number;
  luf: LufCategory | null;
  imdRank: number | null;
}

export interface ChanceInput {
  /** Only the areas with a figure of their own: another area's figure is never drawn into a rank. */
  areas: ChanceArea[];
  definition: DivergenceDefinition;
  /** England's published value, held fixed: the comparison when the definition uses it. */
  englandValue: number | null;
  /** Every district of the file, ranked or not: the base of the IMD cut. */
  areaCount: number;
  /** The what-if tool's inputs and weights; its health figures are replaced by each draw's. */
  whatIf: { inputs: NeedInput[]; weights: Weights } | null;
}

/** The 5th and 95th percentiles of a count across the draws. */
export interface CountInterval {
  low: number;
  high: number;
}

export interface Chances {
  draws: number;
  seed: number;
  /** Ranked areas, and how many of them have an interval to draw from (the rest are held fixed). */
  ranked: number;
  uncertain: number;
  /** Share of draws (0–1) in which each ranked area is in each list, and in the what-if top group. */
  needNotPriority: Map<string, number>;
  priorityNotNeed: Map<string, number>;
  whatIfGroup: Map<string, number>;
  /** The headline's two counts: high-need areas outside category 1, and inside it. */
  needNotTop: CountInterval;
  needInTop: CountInterval;
}

/** Standard error from a 95% interval: its half-width over 1.96; 0 without one (the figure is then held fixed). */
export function standardErrorOf(figure: { lci?: number; uci?: number }): number {
  return figure.lci !== undefined && figure.uci !== undefined ? (figure.uci - figure.lci) / (2 * Z95) : 0;
}

/**
 * Order statistics at 5% and 95% of the draws (rounded outwards), so the interval's ends are counts some
 * draw actually gave and at least 90% of the draws lie between them.
 */
export function countInterval(counts: ArrayLike<number>): CountInterval {
  const sorted = Array.from(counts).sort((a, b) => a - b);
  const last = sorted.length - 1;
  return { low: sorted[Math.floor(0.05 * last)] ?? 0, high: sorted[Math.ceil(0.95 * last)] ?? 0 };
}

export function simulateChances(input: ChanceInput, draws = CHANCE_DRAWS, seed = CHANCE_SEED): Chances {
  const { areas, definition } = input;
  const normal = normalSource(seededRandom(seed));
  // The priority categories do not move, so the high-need group's size does not either.
  const target = needTarget(areas.filter((area) => area.luf === 1).length, areas.length, definition);
  const inNeedNotPriority = new Uint32Array(areas.length);
  const inPriorityNotNeed = new Uint32Array(areas.length);
  const inWhatIf = new Uint32Array(areas.length);
  const notTopCounts = new Uint32Array(draws);
  const inTopCounts = new Uint32Array(draws);
  const indexOf = new Map(areas.map((area, i) => [area.code, i]));
  const drawn = new Float64Array(areas.length);
  const whatIf = input.whatIf && { weights: input.whatIf.weights, inputs: input.whatIf.inputs.filter((i) => i.healthNotOwn === undefined) };

  for (let d = 0; d < draws; d += 1) {
    for (let i = 0; i < areas.length; i += 1) drawn[i] = areas[i]!.value + areas[i]!.se * normal();
    const cuts = listCuts(Array.from(drawn).sort((a, b) => a - b), target, definition, input.englandValue, input.areaCount);
    let needCount = 0;
    let inTop = 0;
    for (let i = 0; i < areas.length; i += 1) {
      const { luf, imdRank } = areas[i]!;
      const value = drawn[i]!;
      if (value <= cuts.needCutValue) {
        needCount += 1;
        if (luf === 1) inTop += 1;
      }
      const place = placeOf({ value, luf, imdRank }, cuts);
      if (place === 'need-not-priority') inNeedNotPriority[i]! += 1;
      else if (place === 'priority-not-need') inPriorityNotNeed[i]! += 1;
    }
    notTopCounts[d] = needCount - inTop;
    inTopCounts[d] = inTop;
    if (whatIf) {
      const redrawn = whatIf.inputs.map((need) => {
        const i = indexOf.get(need.code);
        return i === undefined ? need : { ...need, health: drawn[i]! };
      });
      for (const code of simulatedGroup(scoreAll(redrawn), whatIf.weights).group) {
        const i = indexOf.get(code);
        if (i !== undefined) inWhatIf[i]! += 1;
      }
    }
  }

  const shares = (counts: Uint32Array): Map<string, number> => new Map(areas.map((area, i) => [area.code, counts[i]! / draws]));
  return {
    draws,
    seed,
    ranked: areas.length,
    uncertain: areas.filter((area) => area.se > 0).length,
    needNotPriority: shares(inNeedNotPriority),
    priorityNotNeed: shares(inPriorityNotNeed),
    whatIfGroup: input.whatIf ? shares(inWhatIf) : new Map(),
    needNotTop: countInterval(notTopCounts),
    needInTop: countInterval(inTopCounts),
  };
}

export type ListId = 'need-not-priority' | 'priority-not-need';

export const chanceIn = (chances: Chances, list: ListId): Map<string, number> =>
  list === 'need-not-priority' ? chances.needNotPriority : chances.priorityNotNeed;

export interface NearMiss {
  entry: DivergenceEntry;
  chance: number;
}

/**
 * Classified areas outside the list whose chance of being in it is at least 10%, likeliest first. Every area
 * that can enter a list has an entry: the first needs a category other than 1, the second an IMD rank.
 */
export function nearMisses(result: DivergenceResult, chances: Chances, list: ListId): NearMiss[] {
  const outside = list === 'need-not-priority' ? [result.priorityNotNeed, result.aligned] : [result.needNotPriority, result.aligned];
  const share = chanceIn(chances, list);
  return outside
    .flat()
    .flatMap((entry) => {
      const chance = share.get(entry.code) ?? 0;
      return chance >= NEAR_MISS_FROM ? [{ entry, chance }] : [];
    })
    .sort((a, b) => b.chance - a.chance || a.entry.name.localeCompare(b.entry.name));
}

/**
 * A share of draws as a percentage: whole numbers, except that only every draw (or none) is 100% (or 0%);
 * anything short of that which would round to it says "over 99%" (or "under 1%").
 */
export function chancePercent(share: number): string {
  if (share >= 1) return '100%';
  if (share <= 0) return '0%';
  if (share >= 0.995) return 'over 99%';
  if (share < 0.005) return 'under 1%';
  return `${Math.round(share * 100)}%`;
}

/** The sentence a screen reader hears beside an entry or a near miss. */
export function chanceSentence(share: number, draws: number): string {
  return `In this list in ${chancePercent(share)} of ${count(draws)} draws.`;
}

/** "35; 90% interval 31–39": a count with the 5th–95th percentiles of the draws. */
export function countWithInterval(count: number, interval: CountInterval): string {
  return interval.low === interval.high && interval.low === count ? `${count} in every draw` : `${count}; 90% interval ${interval.low}–${interval.high}`;
}

/** The headline's two counts with their intervals, under the headline. */
export function headlineInterval(result: DivergenceResult, chances: Chances): string {
  if (chances.uncertain === 0) {
    return 'No ranked figure of this measure has a published interval, so every draw gives the same lists and every chance below is 0% or 100%.';
  }
  return intervalSentence(result, chances.draws, chances.ranked - chances.uncertain, chances.needNotTop, chances.needInTop);
}

/**
 * The sentence headlineInterval will most likely give, each interval's ends put at the count and one more: while
 * the chances are worked out it holds the sentence's room on the page, so that what is below does not move when
 * they come.
 */
export function headlineIntervalRoom(result: DivergenceResult): string {
  const inTop = result.needByCategory[1];
  const notTop = result.needCount - inTop;
  return intervalSentence(result, CHANCE_DRAWS, 0, { low: notTop, high: notTop + 1 }, { low: inTop, high: inTop + 1 });
}

function intervalSentence(result: DivergenceResult, draws: number, fixed: number, needNotTop: CountInterval, needInTop: CountInterval): string {
  const inTop = result.needByCategory[1];
  const held = fixed > 0 ? `; ${fixed} ${fixed === 1 ? 'figure' : 'figures'} without an interval held fixed` : '';
  return (
    `Allowing for the uncertainty in each figure (${count(draws)} draws${held}): not in category 1, ` +
    `${countWithInterval(result.needCount - inTop, needNotTop)}. In category 1, ${countWithInterval(inTop, needInTop)}.`
  );
}

/** The method, in plain words, for the panel and the CSV. */
export function chanceMethod(chances: Pick<Chances, 'draws' | 'seed'>): string {
  return (
    `How sure each entry is: every ranked district's figure is drawn ${count(chances.draws)} times at random from a normal ` +
    `distribution centred on it whose middle 95% is its 95% interval (ONS's published interval; for a 2009–13 estimate, ours, from its ` +
    `neighbourhoods' intervals and the estimate's known error). A figure without an interval is held fixed. For each draw the ` +
    `lists are made again by the definition above, and the what-if group by its weights. "In this list in 87% of draws" ` +
    `means 87% of the draws put the district in that list; near misses are districts outside a list that are in it in at least ` +
    `10% of draws. The headline's 90% interval holds the middle 90% of the draws' counts. The draws are seeded (${chances.seed}), ` +
    `so the same link always gives the same figures. County and successor figures are not drawn: they are never ranked.`
  );
}
