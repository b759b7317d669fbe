// How one indicator's figures read: numbers in its format, ranks in its words, caveats by status.
import type { Figure } from '../data/figureShape';
import type { AreasFile } from '../data/types';
import { figureOf, valuesOf } from '../data/access';
import { notOwnReason } from '../data/figureShape';
import { count, percent, pounds } from '../format';
import { STATUS_FLAGS, STATUS_NOTES, indicator, type IndicatorDefinition, type IndicatorId } from './catalogue';
import { competitionRanks } from '../ranking';

/** The number alone, as a table cell shows it. */
export function formatNumber(entry: IndicatorDefinition, value: number): string {
  switch (entry.format) {
    case 'years':
    case 'score':
      return entry.decimals === 0 ? count(Math.round(value)) : value.toFixed(entry.decimals);
    case 'rank':
      return String(value);
    case 'share':
      return percent(value);
    case 'percent':
      return `${value.toFixed(entry.decimals)}%`;
    case 'gbp':
      return pounds(value, entry.decimals);
    case 'count':
      return count(Math.round(value));
    case 'category':
      return `Category ${value}`;
  }
}

/** The unit a CSV column of this indicator's numbers is in: "£", "years", "proportion, 0 to 1"… */
export function csvUnit(entry: IndicatorDefinition): string {
  switch (entry.format) {
    case 'years':
      return 'years';
    case 'gbp':
      return entry.unit.replace(/^pounds/, '£');
    case 'share':
      return `${entry.unit}, as a proportion from 0 to 1`;
    default:
      return entry.unit;
  }
}

/** The number with its unit in words, as the hover text and the area panel show it. */
export function formatValue(entry: IndicatorDefinition, value: number): string {
  const number = formatNumber(entry, value);
  return entry.format === 'years' ? `${number} years` : number;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

export interface RankTable {
  ranks: ReadonlyMap<string, number>;
  /** How many areas are ranked. */
  of: number;
}

/** Whether zero means "none" (no award) rather than a value: such areas get no rank. */
function zeroIsNone(entry: IndicatorDefinition): boolean {
  return entry.scale.kind === 'none-then-quartiles';
}

/**
 * Ranks from the indicator's end, ties sharing the smallest rank, among the districts with a figure of their
 * own: a county's or a successor authority's figure is never ranked as the district's. Where the publisher's
 * rule gave every figure a rank (IMD), those are used as they are. Where zero means none (no award), only the
 * areas above zero are ranked.
 */
export function rankTable(file: AreasFile, id: IndicatorId): RankTable {
  const entry = indicator(id);
  const own = (code: string): boolean => notOwnReason(figureOf(file, id, code), code) === null;
  const withRank = file.areas.flatMap((area) => {
    const figure = figureOf(file, id, area.code);
    return figure.value !== null && figure.rank !== undefined && own(area.code) ? [[area.code, figure.rank] as const] : [];
  });
  const values = valuesOf(file, id).filter((item) => own(item.code) && !(zeroIsNone(entry) && item.value === 0));
  if (withRank.length === values.length && values.length > 0) return { ranks: new Map(withRank), of: values.length };
  return { ranks: competitionRanks(values, entry.rankFrom), of: values.length };
}

/**
 * "12th lowest of 314", "lowest of 312" (not "1st lowest"), or "12 of 314 (1 = most deprived)" where rank 1
 * needs saying; "12 of 82 with an award (1 = most awarded)" where zero means none.
 */
export function rankWords(entry: IndicatorDefinition, rank: number, of: number): string {
  if (zeroIsNone(entry)) return `${rank} of ${of} with an award (${entry.rankMeaning})`;
  if (entry.rankMeaning !== `1 = ${entry.rankFrom}`) return `${rank} of ${of} (${entry.rankMeaning})`;
  return rank === 1 ? `${entry.rankFrom} of ${of}` : `${ordinal(rank)} ${entry.rankFrom} of ${of}`;
}

/** What the panel says in place of a rank for an area that has none because its figure is zero ("No award"). */
export function unrankedWords(entry: IndicatorDefinition, value: number): string | null {
  return zeroIsNone(entry) && value === 0 ? 'No award' : null;
}

/** The short flag of a figure that is not the area's own published one; empty for one that is. */
export function statusFlag(figure: Figure): string {
  return STATUS_FLAGS[figure.status];
}

/** The plain-words caveat of a figure, or null for the area's own published figure. */
export function statusNote(entry: IndicatorDefinition, figure: Figure, areaName: string, measuredForName: string | null): string | null {
  const template = entry.statusNotes[figure.status] ?? STATUS_NOTES[figure.status];
  if (template === '') return null;
  return template.replaceAll('{area}', areaName).replaceAll('{measuredFor}', measuredForName ?? 'another area');
}
