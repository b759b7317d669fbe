// The money table's second view: bids led by a county, a combined authority or the GLA, which no district's own
// figure holds, shared among the districts each covers (or, where its source names them, the districts it names)
// in proportion to their mid-2019 population. A model of who benefits, not money any council received: the
// table keeps the council's own sums beside it, and says so.
import type { AreasFile, Bid } from '../data/types';
import { figureOf } from '../data/access';
import { csvDocument, type Cell } from '../csv';
import { pounds } from '../format';
import { AWARDS_ID, POPULATION_ID, type MoneyRow } from './awards';

const WIDER: ReadonlySet<Bid['leadKind']> = new Set(['county', 'combined-authority', 'gla', 'other']);

/** The districts a wider body's bid is shared among: those its source names, else all it covers. */
export function shareDistricts(bid: Bid): string[] {
  return bid.named.length > 0 ? bid.named : bid.covers;
}

export interface SharedAwards {
  /** Own bids plus population shares of wider bids, by district; null where the own figure is missing. */
  byArea: Map<string, number | null>;
  /** Wider bids shared, and their money. */
  bids: number;
  sharedGbp: number;
  /** Money of wider bids none of whose districts has a population figure: left unshared, never guessed. */
  unsharedGbp: number;
}

export function sharedAwards(file: AreasFile): SharedAwards {
  const byArea = new Map<string, number | null>(file.areas.map((area) => [area.code, figureOf(file, AWARDS_ID, area.code).value]));
  let bids = 0;
  let sharedGbp = 0;
  let unsharedGbp = 0;
  for (const bid of file.bids) {
    if (!WIDER.has(bid.leadKind) || shareDistricts(bid).length === 0) continue;
    const people = shareDistricts(bid).flatMap((code) => {
      const value = byArea.has(code) ? figureOf(file, POPULATION_ID, code).value : null;
      return value === null || value <= 0 ? [] : [{ code, value }];
    });
    const total = people.reduce((sum, p) => sum + p.value, 0);
    if (total <= 0) {
      unsharedGbp += bid.amountGbp;
      continue;
    }
    bids += 1;
    sharedGbp += bid.amountGbp;
    for (const { code, value } of people) {
      const own = byArea.get(code);
      if (own !== null && own !== undefined) byArea.set(code, own + (bid.amountGbp * value) / total);
    }
  }
  return { byArea, bids, sharedGbp, unsharedGbp };
}

/** The middle value (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface GroupSpread {
  /** Areas counted (an award and a population figure). */
  areas: number;
  /** The median area's money per head, beside the group's total over its people. */
  medianPerHeadGbp: number | null;
  /** The largest single area's share of the group's money, with its name: one bid can carry a group. */
  largest: { code: string; name: string; gbp: number; share: number } | null;
}

/** Median money per head and the largest area of a group, from any money-by-district lookup. */
export function groupSpread(file: AreasFile, codes: readonly string[], moneyOf: (code: string) => number | null): GroupSpread {
  const rows = codes.flatMap((code) => {
    const gbp = moneyOf(code);
    const people = figureOf(file, POPULATION_ID, code).value;
    return gbp === null || people === null || people <= 0 ? [] : [{ code, gbp, perHead: gbp / people }];
  });
  const total = rows.reduce((sum, row) => sum + row.gbp, 0);
  const top = rows.reduce<(typeof rows)[number] | null>((best, row) => (best === null || row.gbp > best.gbp ? row : best), null);
  const name = (code: string) => file.areas.find((area) => area.code === code)?.name ?? code;
  return {
    areas: rows.length,
    medianPerHeadGbp: median(rows.map((row) => row.perHead)),
    largest: top === null || total <= 0 ? null : { code: top.code, name: name(top.code), gbp: top.gbp, share: top.gbp / total },
  };
}

export type MoneyBasis = 'own' | 'shared';

export const BASIS_LABELS: Record<MoneyBasis, string> = {
  own: 'Bids led by the council itself',
  shared: 'Also wider bodies’ bids, shared by population',
};

export interface MoneyView {
  row: MoneyRow;
  basis: MoneyBasis;
  totalGbp: number;
  won: number;
  population: number;
  perHeadGbp: number | null;
  spread: GroupSpread;
}

/** A money row in either view: the council's own sums, or with wider bodies' money shared in. */
export function moneyView(file: AreasFile, row: MoneyRow, codes: readonly string[], basis: MoneyBasis, shared: SharedAwards): MoneyView {
  const moneyOf = (code: string): number | null => (basis === 'own' ? figureOf(file, AWARDS_ID, code).value : (shared.byArea.get(code) ?? null));
  const spread = groupSpread(file, codes, moneyOf);
  if (basis === 'own') return { row, basis, totalGbp: row.money.totalGbp, won: row.money.won, population: row.money.population, perHeadGbp: row.money.perHeadGbp, spread };
  let totalGbp = 0;
  let won = 0;
  let population = 0;
  for (const code of codes) {
    const gbp = moneyOf(code);
    const people = figureOf(file, POPULATION_ID, code).value;
    if (gbp === null || people === null) continue;
    totalGbp += gbp;
    population += people;
    if (gbp > 0) won += 1;
  }
  return { row, basis, totalGbp, won, population, perHeadGbp: population > 0 ? totalGbp / population : null, spread };
}

const round2dp = (value: number | null): Cell => (value === null ? null : Math.round(value * 100) / 100);

/** The money table in both views, one row per group and view, with its definition in `#` lines. */
export function moneyCsv(views: readonly MoneyView[], comments: readonly string[]): string {
  return csvDocument(
    comments,
    ['group', 'money_counted', 'areas', 'areas_with_money', 'gbp_total', 'people', 'gbp_per_head', 'median_area_gbp_per_head', 'largest_area', 'largest_area_share_of_total'],
    views.map((v) => [
      v.row.label,
      BASIS_LABELS[v.basis],
      v.row.money.areas,
      v.won,
      round2dp(v.totalGbp),
      v.population,
      round2dp(v.perHeadGbp),
      round2dp(v.spread.medianPerHeadGbp),
      v.spread.largest?.name ?? null,
      v.spread.largest === null ? null : Math.round(v.spread.largest.share * 1000) / 1000,
    ]),
  );
}

/** The quoted sentence in the shared view, saying how the money was counted. */
export function sharedMoneySentence(highNeedOutside: MoneyView, categoryOne: MoneyView, shared: SharedAwards): string {
  const each = (v: MoneyView): string => (v.perHeadGbp === null ? 'no figure' : `${pounds(v.perHeadGbp, 2)} a head`);
  return (
    `Counting also the ${pounds(shared.sharedGbp)} of bids led by counties, combined authorities and the GLA, shared among the districts ` +
    `each covers by population, areas with high health need outside priority category 1 got ${each(highNeedOutside)}; category 1 areas ${each(categoryOne)}.`
  );
}

/** Where one area holds a quarter or more of a group's money, the sentence that says so; else null. */
export function concentrationSentence(view: MoneyView): string | null {
  const top = view.spread.largest;
  if (top === null || top.share < 0.25 || view.spread.areas < 2) return null;
  return `${top.name} alone holds ${Math.round(top.share * 100)}% of the money of "${view.row.label}" (${pounds(top.gbp)}); the median area got ${view.spread.medianPerHeadGbp === null ? 'no figure' : `${pounds(view.spread.medianPerHeadGbp, 2)} a head`}.`;
}

/** Said once wherever the table is: the categories are round 1's. */
export const ROUND_CATEGORIES_NOTE =
  'Both rounds’ money is grouped by round 1’s priority categories (March 2021). Round 2 had its own list of categories, which is not in our data.';

/** The `#` lines of the money CSV: what is counted, how, and where it came from. */
export function moneyCsvComments(shared: SharedAwards, definition: string, pageUrl: string, sources: readonly string[]): string[] {
  return [
    'Health Gap Map: where the Levelling Up Fund money went (rounds 1 and 2), by group',
    definition,
    `${BASIS_LABELS.own}: awards to bids led by each area's own council; bids led by counties, combined authorities and the GLA are not in these sums.`,
    `${BASIS_LABELS.shared}: the same, plus the ${shared.bids} bids led by counties, combined authorities and the GLA (${pounds(shared.sharedGbp)}) shared among the districts each covers (or those its source names) in proportion to mid-2019 population. A model of who benefits, not money a council received.`,
    ROUND_CATEGORIES_NOTE,
    'gbp_per_head: the group\'s money over its people. median_area_gbp_per_head: the middle area\'s own money per head.',
    `View: ${pageUrl}`,
    ...sources.map((line) => `Source: ${line}`),
  ];
}
