// The divergence definition in words, and the lists as CSV: the same sentences head the panel and the file.
import { indicator } from '../indicators/catalogue';
import { sourceLines } from '../indicators/attribution';
import { formatValue } from '../indicators/values';
import { csvDocument, type Cell } from '../csv';
import type { DivergenceEntry, DivergenceResult } from './divergence';

export function needSentence(result: DivergenceResult): string {
  const { definition, needCount, ranked, needCutValue } = result;
  const measure = indicator(definition.hle);
  return (
    `High health need: ${measure.label.toLowerCase()} in the lowest ${definition.percentile}% of ` +
    `English areas (${needCount} of ${ranked} areas with a figure, ${formatValue(measure, needCutValue)} or less), ` +
    `but not in Levelling Up Fund priority category 1.`
  );
}

export function priorityNotNeedSentence(result: DivergenceResult): string {
  const { definition, comparisonValue, imdCutRank } = result;
  const comparison = definition.comparison === 'england' ? 'the England value' : 'the median of areas';
  const deprivation =
    definition.imdCut === 'half'
      ? `in the less deprived half by IMD 2019 (rank above ${imdCutRank}; 1 = most deprived)`
      : `outside the most deprived fifth by IMD 2019 (rank above ${imdCutRank}; 1 = most deprived)`;
  return (
    `Top priority, lower need: Levelling Up Fund priority category 1, but ${indicator(definition.hle).shortLabel} above ` +
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
    entry.hle.toFixed(2),
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
    ['group', 'code', 'name', 'healthy_life_expectancy_years', 'hle_rank_lowest_first', 'imd2019_rank', 'luf_priority_category', 'caveat'],
    [...entryRows('high need, not top priority', result.needNotPriority), ...entryRows('top priority, lower need', result.priorityNotNeed)],
  );
}
