// Where the Levelling Up Fund money went: each area's bids, and the money and people of any group of areas.
// A district's figure counts only bids its own council led; bids led by a county, a combined authority or
// the Greater London Authority are listed for every district they cover, never split into its figure.
import type { AreasFile, Bid } from '../data/types';
import { figureOf } from '../data/access';
import { count, pounds } from '../format';
import { CLASS_LABELS, type DivergenceResult } from './divergence';

export const AWARDS_ID = 'luf-awards';
export const POPULATION_ID = 'population-2019';

export interface AreaBid {
  bid: Bid;
  /** "Round 2: £12,345,678", or for a bid led elsewhere, who led it and that it is not counted here. */
  words: string;
  counted: boolean;
}

const LED_ELSEWHERE: ReadonlySet<Bid['leadKind']> = new Set(['county', 'combined-authority', 'gla', 'other']);

/** "Barnet and Waltham Forest"; "Derby, Erewash and South Derbyshire". */
function nameList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The area's own bids first, then those led by a wider body: where the bid's source names the districts it is
 * in, only on those districts and naming them; otherwise on every district the body covers, saying no more
 * than that the body's area includes it.
 */
export function areaBids(file: AreasFile, code: string): AreaBid[] {
  const own = file.bids.filter((bid) => bid.leadKind === 'district' && bid.leadCode === code);
  const wider = file.bids.filter((bid) => LED_ELSEWHERE.has(bid.leadKind) && (bid.named.length > 0 ? bid.named.includes(code) : bid.covers.includes(code)));
  const nameOf = (c: string) => file.areas.find((area) => area.code === c)?.name ?? c;
  const where = (bid: Bid): string =>
    bid.named.length > 0 ? `for ${nameList(bid.named.map(nameOf))} (as its source names them)` : 'a body whose area includes this district';
  return [
    ...own.map((bid) => ({ bid, counted: true, words: `Round ${bid.round}: ${pounds(bid.amountGbp)}` })),
    ...wider.map((bid) => ({
      bid,
      counted: false,
      words: `Round ${bid.round}, led by ${bid.lead.replace(/\*$/, '')}, ${where(bid)}: ${pounds(bid.amountGbp)}, not counted in this district's figure`,
    })),
  ];
}

export interface GroupMoney {
  areas: number;
  /** Areas whose own council won at least one bid. */
  won: number;
  totalGbp: number;
  population: number;
  /** Total over population; null when the group has nobody (or no population figure). */
  perHeadGbp: number | null;
  /** Areas left out of the sums because a figure is missing or damaged. */
  withoutFigures: number;
}

export function groupMoney(file: AreasFile, codes: readonly string[]): GroupMoney {
  let won = 0;
  let totalGbp = 0;
  let population = 0;
  let withoutFigures = 0;
  for (const code of codes) {
    const money = figureOf(file, AWARDS_ID, code).value;
    const people = figureOf(file, POPULATION_ID, code).value;
    if (money === null || people === null) {
      withoutFigures += 1;
      continue;
    }
    if (money > 0) won += 1;
    totalGbp += money;
    population += people;
  }
  return { areas: codes.length, won, totalGbp, population, perHeadGbp: population > 0 ? totalGbp / population : null, withoutFigures };
}

/** "1.2 million people", "850,000 people". */
export function peopleWords(population: number): string {
  return population >= 1_000_000 ? `${(population / 1_000_000).toFixed(1)} million people` : `${count(Math.round(population))} people`;
}

/** The sentence a journalist could quote: what high-need areas outside category 1 got per head, against category 1. */
export function moneySentence(highNeedOutside: GroupMoney, categoryOne: GroupMoney): string {
  const each = (money: GroupMoney): string => (money.perHeadGbp === null ? 'no figure' : `${pounds(money.perHeadGbp, 2)} a head`);
  return (
    `Areas with high health need outside priority category 1 won ${each(highNeedOutside)} from the Levelling Up Fund's first two rounds, ` +
    `in bids led by the council itself ` +
    `(${highNeedOutside.won} of ${highNeedOutside.areas} won a bid of their own); category 1 areas won ${each(categoryOne)} (${categoryOne.won} of ${categoryOne.areas}).`
  );
}

export interface MoneyRow {
  id: string;
  label: string;
  money: GroupMoney;
  /** The group's areas, for views that count money differently (sharedMoney.ts). */
  codes: string[];
}

/** Money and people of each divergence group and each priority category, under the current definition. */
export function moneyByGroup(file: AreasFile, result: DivergenceResult): MoneyRow[] {
  const inCategory = (category: number): string[] => file.areas.filter((area) => figureOf(file, 'luf', area.code).value === category).map((area) => area.code);
  const row = (id: string, label: string, codes: string[]): MoneyRow => ({ id, label, money: groupMoney(file, codes), codes });
  return [
    row('need-not-priority', CLASS_LABELS['need-not-priority'], result.needNotPriority.map((entry) => entry.code)),
    row('priority-not-need', CLASS_LABELS['priority-not-need'], result.priorityNotNeed.map((entry) => entry.code)),
    ...[1, 2, 3].map((category) => row(`category-${category}`, `Priority category ${category}`, inCategory(category))),
  ];
}

/** "2.1 million people live in areas with high health need that were not top priority." */
export function peopleSentence(row: MoneyRow): string {
  return `${peopleWords(row.money.population)} live in areas with high health need that were not top priority (${row.money.areas} areas).`;
}
