// What the area panel says about one area: each catalogue indicator's figure with its England comparison,
// its rank and the plain-words caveats. Pure, so the wording is tested once.
import type { AreaRecord, AreasFile } from '../data/types';
import { englandOf, figureOf, placeName } from '../data/access';
import { notOwnReason } from '../data/figureShape';
import { INDICATORS, type Indicator, type IndicatorId } from '../indicators/catalogue';
import { formatNumber, formatValue, rankTable, rankWords, statusNote, unrankedWords, type RankTable } from '../indicators/values';
import { percent } from '../format';
import { areaBids, AWARDS_ID, type AreaBid } from './awards';
import { NOT_OWN_WORDS } from './ownFigure';
import { trend, type Trend } from './trend';

export interface SummaryLine {
  id: IndicatorId;
  group: string;
  label: string;
  value: string;
  /** e.g. "2.3 years below England (63.5)". */
  comparison: string | null;
  /** e.g. "12th lowest of 314". */
  rank: string | null;
  interval: string | null;
  notes: string[];
}

export type RankTables = ReadonlyMap<IndicatorId, RankTable>;

/** Ranks of every indicator that is ranked, computed once per file rather than once per selection. */
export function rankTables(file: AreasFile): RankTables {
  return new Map(INDICATORS.filter((entry) => entry.scale.kind !== 'categories').map((entry) => [entry.id, rankTable(file, entry.id)]));
}

/**
 * "2.3 years below England (63.5)"; "the same as England (63.5)" when they round alike. A difference of two
 * percentages is in percentage points; a count (people) is a share of England's total, not a difference from it.
 */
export function englandComparison(entry: Indicator, value: number, england: number): string {
  const englandText = formatNumber(entry, england);
  if (entry.format === 'count') return `${percent(value / england)} of England's total (${englandText})`;
  // A share is held as a proportion: its difference is in points of 100.
  const scale = entry.format === 'share' ? 100 : 1;
  const difference = Number(((value - england) * scale).toFixed(entry.decimals));
  if (difference === 0) return `the same as England (${englandText})`;
  const size =
    entry.format === 'share' || entry.format === 'percent'
      ? `${Math.abs(difference).toFixed(entry.decimals)} percentage points`
      : formatValue(entry, Math.abs(difference));
  return `${size} ${difference > 0 ? 'above' : 'below'} England (${englandText})`;
}

function line(entry: Indicator, area: AreaRecord, file: AreasFile, ranks: RankTables): SummaryLine {
  const figure = figureOf(file, entry.id, area.code);
  const base = { id: entry.id, group: entry.group, label: entry.label };
  const measuredFor = figure.measuredFor ? placeName(file, figure.measuredFor) : null;
  const note = statusNote(entry, figure, area.name, measuredFor);
  if (figure.value === null) {
    return { ...base, value: figure.status === 'damaged' ? 'Missing (damaged file)' : 'No data', comparison: null, rank: null, interval: null, notes: note ? [note] : [] };
  }
  const england = englandOf(file, entry.id);
  const table = ranks.get(entry.id);
  const rank = table?.ranks.get(area.code);
  // Another area's figure is compared as that area's and never ranked among the districts' own.
  const notOwn = notOwnReason(figure, area.code);
  const comparison = england === null ? null : englandComparison(entry, figure.value, england);
  return {
    ...base,
    value: formatValue(entry, figure.value),
    comparison: comparison && notOwn && measuredFor ? `${measuredFor}'s figure: ${comparison}` : comparison,
    rank: notOwn && table ? `Not ranked (${NOT_OWN_WORDS[notOwn]})` : table && rank !== undefined ? rankWords(entry, rank, table.of) : unrankedWords(entry, figure.value),
    interval:
      figure.lci === undefined || figure.uci === undefined
        ? null
        : figure.status === 'estimate'
          ? `95% interval ${formatNumber(entry, figure.lci)} to ${formatNumber(entry, figure.uci)}, ours: from its neighbourhoods' published intervals and the estimate's known error`
          : `95% confidence interval ${formatNumber(entry, figure.lci)} to ${formatNumber(entry, figure.uci)}`,
    notes: [...(note ? [note] : []), ...(figure.detail ? [figure.detail] : [])],
  };
}

export function summarise(area: AreaRecord, file: AreasFile, ranks: RankTables): SummaryLine[] {
  return INDICATORS.map((entry) => line(entry, area, file, ranks));
}

export interface PanelSection {
  group: string;
  /** For a series, only its latest period (or the period on the map first): the chart shows the rest. */
  lines: SummaryLine[];
  trend: Trend | null;
  /** For the awards group: the area's bids, and those led by a wider body that cover it. */
  bids: AreaBid[] | null;
  /** Shown before everything else: the figure of the layer on the map, then the newest healthy life expectancy. */
  lead: boolean;
}

/** The heading of the section that holds the figure of the layer on the map. */
export const ON_THE_MAP = 'On the map';

/** The last year a period covers: "2022–2024" → 2024; "mid-2019" → 2019. */
function periodEnd(period: string): number {
  return Math.max(...(period.match(/\d{4}/g) ?? ['0']).map(Number));
}

/**
 * Healthy life expectancy of the newest period, both sexes. The catalogue's health measures in years are its healthy
 * life expectancies (areaSummary.test.ts checks that stays so); the newest is read from their periods.
 */
export function newestHle(): IndicatorId[] {
  // The health measures in years: healthy life expectancy (the gap inside a district is in years too, but is no health measure).
  const hle = INDICATORS.filter((entry) => entry.healthMeasure && entry.format === 'years');
  const newest = Math.max(...hle.map((entry) => periodEnd(entry.period)));
  return hle.filter((entry) => periodEnd(entry.period) === newest).map((entry) => entry.id);
}

/** One section per catalogue group, in catalogue order; a series shows its latest period. */
type GroupSection = PanelSection & { members: IndicatorId[]; series: boolean };

function groupSections(lines: readonly SummaryLine[], area: AreaRecord, file: AreasFile): GroupSection[] {
  const groups = [...new Set(INDICATORS.map((entry) => entry.group))];
  return groups.map((group) => {
    const members = INDICATORS.filter((entry) => entry.group === group).map((entry) => entry.id);
    const key = INDICATORS.find((entry) => entry.group === group)?.series?.key;
    const shown = key ? [members[members.length - 1]!] : members;
    return {
      group,
      members,
      series: key !== undefined,
      lines: lines.filter((line) => shown.includes(line.id)),
      trend: key ? trend(file, key, area.code) : null,
      bids: members.includes(AWARDS_ID) ? areaBids(file, area.code) : null,
      lead: false,
    };
  });
}

/**
 * The panel's sections: first the figure of the layer on the map (`layer`, when it is an indicator), then the
 * newest healthy life expectancy, then every other catalogue group in catalogue order, no figure twice. A
 * series moves whole, with its chart: under "On the map" it gives the layer's period first, then its latest.
 */
export function panelSections(area: AreaRecord, file: AreasFile, ranks: RankTables, layer: string | null = null): PanelSection[] {
  const lines = summarise(area, file, ranks);
  const lineOf = (id: IndicatorId) => lines.find((line) => line.id === id)!;
  let rest = groupSections(lines, area, file);
  const lead: PanelSection[] = [];
  const bringForward = (id: IndicatorId, heading: string | null) => {
    const home = rest.find((section) => section.members.includes(id));
    if (!home) return;
    if (home.series) {
      rest = rest.filter((section) => section !== home);
      const { members: _members, series: _series, ...series } = home;
      lead.push({ ...series, group: heading ?? home.group, lines: [lineOf(id), ...home.lines.filter((line) => line.id !== id)], lead: true });
    } else {
      home.lines = home.lines.filter((line) => line.id !== id);
      const group = heading ?? home.group;
      const joined = lead.find((section) => section.group === group);
      if (joined) joined.lines.push(lineOf(id));
      else lead.push({ group, lines: [lineOf(id)], trend: null, bids: null, lead: true });
    }
  };
  const onMap = INDICATORS.find((entry) => entry.id === layer);
  if (onMap) bringForward(onMap.id, ON_THE_MAP);
  const taken = () => lead.flatMap((section) => section.lines.map((line) => line.id));
  for (const id of newestHle()) if (!taken().includes(id)) bringForward(id, null);
  return [...lead, ...rest.filter((section) => section.lines.length > 0 || section.bids !== null).map(({ members: _members, series: _series, ...section }) => section)];
}
