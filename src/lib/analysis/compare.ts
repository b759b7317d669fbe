// The compare view's content: two to four areas side by side, group by group as the area panel orders
// them, each figure with a short flag where it is not the district's own, each series' trend, and the
// Levelling Up Fund money each won or was covered by.
import type { AreaRecord, AreasFile } from '../data/types';
import { figureOf, placeName } from '../data/access';
import { pounds } from '../format';
import { statusFlag } from '../indicators/values';
import type { IndicatorId } from '../indicators/catalogue';
import { panelSections, type RankTables } from './areaSummary';
import { areaBids } from './awards';
import type { Trend } from './trend';

export interface CompareCell {
  value: string;
  /** "County figure: Lancashire", "Estimate": empty for the district's own published figure. */
  flag: string;
}

export interface CompareRow {
  id: IndicatorId;
  label: string;
  /** One per area, in the order chosen. */
  cells: CompareCell[];
}

export interface CompareGroup {
  group: string;
  rows: CompareRow[];
  /** One per area where the group is a series; null where it is not. */
  trends: (Trend | null)[] | null;
}

export interface CompareMoney {
  /** "2 bids of its own: £39,000,000". */
  own: string;
  /** "1 led by a wider body covering it: £20,000,000, not counted in its figure"; null where there is none. */
  covering: string | null;
}

export interface Comparison {
  areas: AreaRecord[];
  groups: CompareGroup[];
  money: CompareMoney[];
}

function flagOf(file: AreasFile, id: IndicatorId, code: string): string {
  const figure = figureOf(file, id, code);
  const flag = statusFlag(figure);
  return figure.measuredFor && flag !== '' ? `${flag}: ${placeName(file, figure.measuredFor)}` : flag;
}

const bids = (n: number): string => `${n} ${n === 1 ? 'bid' : 'bids'}`;

export function moneyOf(file: AreasFile, code: string): CompareMoney {
  const list = areaBids(file, code);
  const own = list.filter((item) => item.counted);
  const covering = list.filter((item) => !item.counted);
  const total = (items: typeof list) => pounds(items.reduce((sum, item) => sum + item.bid.amountGbp, 0));
  return {
    own: own.length === 0 ? 'No winning bid of its own' : `${bids(own.length)} of its own: ${total(own)}`,
    covering: covering.length === 0 ? null : `${bids(covering.length)} led by a wider body covering it: ${total(covering)}, not counted in its figure`,
  };
}

/** The areas the codes name, in that order; codes of no area are left out (the URL's owner has said so). */
export function comparison(file: AreasFile, codes: readonly string[], ranks: RankTables): Comparison {
  const areas = codes.flatMap((code) => file.areas.find((area) => area.code === code) ?? []);
  const sections = areas.map((area) => panelSections(area, file, ranks));
  const groups = (sections[0] ?? []).map((section, index): CompareGroup => ({
    group: section.group,
    rows: section.lines.map((line) => ({
      id: line.id,
      label: line.label,
      cells: areas.map((area, a) => {
        const own = sections[a]?.[index]?.lines.find((other) => other.id === line.id);
        return { value: own?.value ?? 'No data', flag: flagOf(file, line.id, area.code) };
      }),
    })),
    trends: section.trend ? sections.map((areaSections) => areaSections[index]?.trend ?? null) : null,
  }));
  return { areas, groups, money: areas.map((area) => moneyOf(file, area.code)) };
}
