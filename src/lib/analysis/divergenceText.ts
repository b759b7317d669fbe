// The divergence definition in words, and the lists as CSV: the same sentences head the panel and the file.
import { indicator, type IndicatorId } from '../indicators/catalogue';
import { sourceLines } from '../indicators/attribution';
import { csvUnit, formatValue } from '../indicators/values';
import { csvDocument, type Cell } from '../csv';
import { lowerFirst } from '../format';
import type { DivergenceEntry, DivergenceResult } from './divergence';

const HLE_PREFIX = 'Healthy life expectancy at birth, ';

/** "healthy life expectancy", or the measure's short label where it is not HLE. */
function measureName(hle: IndicatorId): string {
  return indicator(hle).label.startsWith(HLE_PREFIX) ? 'healthy life expectancy' : indicator(hle).shortLabel;
}

/** "healthy life expectancy (males, 2009–13)", or the measure's own label where it is not HLE. */
export function measurePhrase(hle: IndicatorId): string {
  const label = indicator(hle).label;
  return label.startsWith(HLE_PREFIX) ? `healthy life expectancy (${label.slice(HLE_PREFIX.length)})` : label;
}

/** Areas tied with the last one counted join it, so the count can exceed what the definition asks for. */
function tiesWords(result: DivergenceResult): string {
  const extra = result.needCount - result.needTarget;
  return extra > 0 ? `, with ${extra} more tied at the cut` : '';
}

export function needSentence(result: DivergenceResult): string {
  const { definition, needCount, ranked, needCutValue } = result;
  const measure = indicator(definition.hle);
  const lowest =
    definition.needSize === 'category-1'
      ? `among the ${result.needTarget} lowest of English areas, as many as priority category 1 holds`
      : `in the lowest ${definition.percentile}% of English areas`;
  return (
    `High health need: ${lowerFirst(measure.label)} ${lowest} ` +
    `(${needCount} of ${ranked} areas with a figure${tiesWords(result)}, ${formatValue(measure, needCutValue)} or less), ` +
    `but not in Levelling Up Fund priority category 1.`
  );
}

export type HeadlineFigure = 'need-count' | 'need-by-1' | 'need-not-1' | 'need-by-2' | 'need-by-3' | 'need-without-category';

/** The headline as text pieces; the panel shows the figures in bold, each with its own test id. */
export function headlineParts(result: DivergenceResult): { text: string; figure?: HeadlineFigure }[] {
  const { definition, needByCategory, needCount } = result;
  const inTop = needByCategory[1];
  const lowest =
    definition.needSize === 'category-1'
      ? ` areas with the lowest ${measurePhrase(definition.hle)}, as many as priority category 1 holds${tiesWords(result)}, `
      : ` areas with the lowest ${definition.percentile}% ${measurePhrase(definition.hle)}, `;
  return [
    { text: 'Of the ' },
    { text: String(needCount), figure: 'need-count' },
    { text: lowest },
    { text: String(inTop), figure: 'need-by-1' },
    { text: ` ${inTop === 1 ? 'was' : 'were'} in Levelling Up Fund priority category 1 and ` },
    { text: String(needCount - inTop), figure: 'need-not-1' },
    { text: ` ${needCount - inTop === 1 ? 'was' : 'were'} not (` },
    { text: String(needByCategory[2]), figure: 'need-by-2' },
    { text: ' in category 2, ' },
    { text: String(needByCategory[3]), figure: 'need-by-3' },
    { text: ' in category 3' },
    ...(result.needWithoutCategory > 0 ? [{ text: ', ' }, { text: String(result.needWithoutCategory), figure: 'need-without-category' as const }, { text: ' without a readable category (damaged file)' }] : []),
    { text: ').' },
  ];
}

/** What the research published, for males 2009–13, counting as many lowest areas as category 1 holds. */
export const RESEARCH_FIGURE = { hle: 'hle-male', areas: 93, inCategory1: 58, notInCategory1: 35 } as const;
export const RESEARCH_NAME = 'The 2021 research this tool builds on';

/** The research's figure, and whether this definition's counts reproduce it. */
export function researchComparison(result: DivergenceResult): { text: string; matches: boolean } {
  const { areas, inCategory1, notInCategory1 } = RESEARCH_FIGURE;
  const inTop = result.needByCategory[1];
  const notTop = result.needCount - inTop;
  const matches = result.needCount === areas && inTop === inCategory1 && notTop === notInCategory1;
  const published =
    `${RESEARCH_NAME} counted the ${areas} areas with the lowest male healthy life expectancy 2009–13 ` +
    `(as many as priority category 1 holds): ${inCategory1} in category 1, ${notInCategory1} not.`;
  if (matches) return { text: `${published} Ours matches it.`, matches };
  const sameDefinition = result.definition.hle === RESEARCH_FIGURE.hle && result.definition.needSize === 'category-1';
  const ours = `Ours does not match it: ${result.needCount}, ${inTop} and ${notTop}`;
  return {
    text: sameDefinition
      ? `${published} ${ours}.`
      : `${published} ${ours}, because this definition differs: choose males 2009–13 and “as many as category 1 holds” to compare.`,
    matches,
  };
}

export function priorityNotNeedSentence(result: DivergenceResult): string {
  const { definition, comparisonValue, imdCutRank } = result;
  const comparison = definition.comparison === 'england' ? 'the England value' : 'the median of areas';
  const deprivation =
    definition.imdCut === 'half'
      ? `in the less deprived half by IMD 2019 (rank above ${imdCutRank}; 1 = most deprived)`
      : `outside the most deprived fifth by IMD 2019 (rank above ${imdCutRank}; 1 = most deprived)`;
  return (
    `Top priority, lower need: Levelling Up Fund priority category 1, but ${measureName(definition.hle)} above ` +
    `${comparison} (${formatValue(indicator(definition.hle), comparisonValue)}) and ${deprivation}.`
  );
}

export const BORDERLINE_WORDS = {
  'ci-straddles-cut': "Borderline: the 95% confidence interval includes the cut",
  'estimate-near-cut': 'Borderline: an estimate within its typical error of the cut',
} as const;

function entryRows(group: string, entries: DivergenceEntry[]): Cell[][] {
  return entries.map((entry) => [
    group,
    entry.code,
    entry.name,
    Number(entry.hle.toFixed(2)),
    entry.hleRank,
    entry.imdRank,
    entry.luf,
    entry.borderline ? BORDERLINE_WORDS[entry.borderline] : '',
  ]);
}

export function divergenceCsv(result: DivergenceResult, pageUrl: string): string {
  const comments = [
    'Health Gap Map: where health need and Levelling Up Fund priority diverge',
    needSentence(result),
    priorityNotNeedSentence(result),
    `HLE rank: 1 = lowest of ${result.ranked}. IMD rank: 1 = most deprived.`,
    `View: ${pageUrl}`,
    ...sourceLines().map((line) => `Source: ${line}`),
  ];
  return csvDocument(
    comments,
    ['group', 'code', 'name', `${indicator(result.definition.hle).shortLabel} (${csvUnit(indicator(result.definition.hle))})`, 'health_rank_lowest_first', 'imd2019_rank', 'luf_priority_category', 'caveat'],
    [...entryRows('high need, not top priority', result.needNotPriority), ...entryRows('top priority, lower need', result.priorityNotNeed)],
  );
}
