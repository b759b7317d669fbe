import type { AreasFile } from '../data/types';
import { englandOf, figureOf } from '../data/access';
import { HEALTH_MEASURES, indicator, type IndicatorId } from '../indicators/catalogue';
import { competitionRanks } from '../ranking';
import { listCuts, needTarget, placeOf } from './listRules';
import { healthReading, type NotRankedEntry } from './ownFigure';
import { sortBy } from './sorting';

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
  /** The health measure, shared with the what-if tool (one `health` in the URL). */
  health: IndicatorId;
  /**
   * How many areas count as high need: as many of the lowest ranked areas as priority category 1 holds
   * among them (the research's like-for-like comparison), or the lowest `percentile`% of ranked areas.
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
  health: 'hle-male',
  needSize: 'category-1',
  percentile: 30,
  imdCut: 'half',
  comparison: 'england',
};

export const PERCENTILE_MIN = 5;
export const PERCENTILE_MAX = 50;
export const PERCENTILE_OPTIONS = [10, 20, 25, 30, 40, 50] as const;
export const HEALTH_CHOICES = HEALTH_MEASURES;

export type DivergenceClass = 'need-not-priority' | 'priority-not-need' | 'aligned' | 'not-ranked' | 'no-data';

/** Legend order of the classes an area can be in; no-data is drawn hatched, apart (its words name the measure). */
export const CLASS_ORDER = ['need-not-priority', 'priority-not-need', 'aligned', 'not-ranked'] as const;
export type ShownClass = (typeof CLASS_ORDER)[number];

export const CLASS_LABELS: Record<ShownClass, string> = {
  'need-not-priority': 'High health need, not top priority',
  'priority-not-need': 'Top priority, lower health need',
  aligned: 'Need and priority agree',
  'not-ranked': 'Not ranked: a county or successor figure',
};

/**
 * Districts whose only figure is another area's, on both analysis layers: a pale sand, apart from the greys
 * of agreement and of staying put, and from the hatched no data.
 */
export const NOT_RANKED_COLOUR = '#efdcae';

// Okabe–Ito vermillion and blue for the two kinds of disagreement; agreement recedes into grey.
export const DIVERGENCE_PALETTE: Record<ShownClass, string> = {
  'need-not-priority': '#d55e00',
  'priority-not-need': '#0072b2',
  aligned: '#d9d9d9',
  'not-ranked': NOT_RANKED_COLOUR,
};

export interface DivergenceEntry {
  code: string;
  name: string;
  health: number;
  /** 1 = lowest value of the health measure, among the `ranked` areas. */
  healthRank: number;
  /** Null where the file's IMD figure is missing or damaged. */
  imdRank: number | null;
  luf: LufCategory;
}

export type DivergenceSortKey = 'name' | 'health' | 'imdRank' | 'luf' | 'chance';

/** A divergence list by one column; `chance` is each area's share of draws in the list (none while worked out). */
export function sortDivergence(entries: readonly DivergenceEntry[], key: DivergenceSortKey, ascending: boolean, chance: ReadonlyMap<string, number> | null): DivergenceEntry[] {
  return sortBy(entries, (entry) => (key === 'chance' ? (chance?.get(entry.code) ?? null) : entry[key]), ascending);
}

export interface DivergenceResult {
  definition: DivergenceDefinition;
  /** Areas with a value of their own for the health measure: the base of the ranking and the percentile. */
  ranked: number;
  /** Ranked areas in Levelling Up Fund priority category 1: the default number of high-need areas. */
  category1Count: number;
  /** Every area in category 1, ranked or not. */
  category1All: number;
  /** Areas whose only value is another area's (a county's, a successor's), by name: never ranked. */
  notRanked: NotRankedEntry[];
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
  healthRankOf: Map<string, number>;
}

/**
 * Classifies every area of the file under the definition. An area needs a health figure of its own and a
 * priority category to be classified; "lower need" also needs its IMD rank. An area whose only figure is
 * another area's is not ranked and listed apart; others are no data, never guessed.
 */
export function classify(file: AreasFile, definition: DivergenceDefinition): DivergenceResult {
  const areas = file.areas;
  const notRanked: NotRankedEntry[] = [];
  const readings = areas.flatMap((area) => {
    const { own, notOwn } = healthReading(file, definition.health, area);
    if (notOwn) notRanked.push(notOwn);
    if (own === null) return [];
    const luf = figureOf(file, 'luf', area.code).value;
    return [{ area, value: own, luf: isCategory(luf) ? luf : null, imdRank: figureOf(file, 'imd', area.code).value }];
  });
  const values = readings.map(({ value }) => value);
  const sorted = [...values].sort((a, b) => a - b);
  // Like for like: the high-need group is as large as category 1 among the same districts, so that if
  // priority followed health exactly, every high-need district would be in category 1.
  const category1Count = readings.filter(({ luf }) => luf === 1).length;
  const category1All = areas.filter((area) => figureOf(file, 'luf', area.code).value === 1).length;
  const target = needTarget(category1Count, readings.length, definition);
  const cuts = listCuts(sorted, target, definition, englandOf(file, definition.health), areas.length);
  const healthRankOf = competitionRanks(readings.map(({ area, value }) => ({ code: area.code, value })));

  const classOf = new Map<string, DivergenceClass>();
  const needByCategory: Record<LufCategory, number> = { 1: 0, 2: 0, 3: 0 };
  let needWithoutCategory = 0;
  const needNotPriority: DivergenceEntry[] = [];
  const priorityNotNeed: DivergenceEntry[] = [];
  const aligned: DivergenceEntry[] = [];

  for (const area of areas) classOf.set(area.code, 'no-data');
  for (const entry of notRanked) classOf.set(entry.code, 'not-ranked');
  notRanked.sort((a, b) => a.name.localeCompare(b.name));
  for (const { area, value, luf, imdRank } of readings) {
    const highNeed = value <= cuts.needCutValue;
    const place = placeOf({ value, luf, imdRank }, cuts);
    if (luf === null) {
      // Ranked by its health figure, but which list it belongs to cannot be told without its category.
      if (highNeed) needWithoutCategory += 1;
      continue;
    }
    if (highNeed) needByCategory[luf] += 1;
    classOf.set(area.code, place === 'unknown' ? 'no-data' : place);
    if (place === 'no-data') continue;
    const entry: DivergenceEntry = { code: area.code, name: area.name, health: value, healthRank: healthRankOf.get(area.code) ?? 0, imdRank, luf };
    if (place === 'need-not-priority') needNotPriority.push(entry);
    else if (place === 'priority-not-need') priorityNotNeed.push(entry);
    else aligned.push(entry);
  }

  needNotPriority.sort((a, b) => a.health - b.health || a.name.localeCompare(b.name));
  priorityNotNeed.sort((a, b) => b.health - a.health || a.name.localeCompare(b.name));

  return {
    definition,
    ranked: readings.length,
    category1Count,
    category1All,
    notRanked,
    needTarget: target,
    needCount: needByCategory[1] + needByCategory[2] + needByCategory[3] + needWithoutCategory,
    ...cuts,
    needByCategory,
    needWithoutCategory,
    needNotPriority,
    priorityNotNeed,
    aligned,
    classOf,
    healthRankOf,
  };
}
