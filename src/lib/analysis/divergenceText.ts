// The divergence definition in words, and the lists as CSV: the same sentences head the panel and the file.
import { LAYER_LABELS } from '../indicators/layers';
import type { DivergenceEntry, DivergenceResult } from './divergence';

export function needSentence(result: DivergenceResult): string {
  const { definition, needCount, ranked, needCutValue } = result;
  return (
    `High health need: ${LAYER_LABELS[definition.hle].label.toLowerCase()} in the lowest ${definition.percentile}% of ` +
    `English areas (${needCount} of ${ranked} areas with a figure, ${needCutValue.toFixed(1)} years or less), ` +
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
    `Top priority, lower need: Levelling Up Fund priority category 1, but healthy life expectancy above ` +
    `${comparison} (${comparisonValue.toFixed(1)} years) and ${deprivation}.`
  );
}

export const BORDERLINE_WORDS = {
  'ci-straddles-cut': "Borderline: the 95% confidence interval includes the cut",
  'estimate-near-cut': 'Borderline: an estimate within its typical error of the cut',
} as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  let text = String(value);
  // A spreadsheet would run a cell that starts like a formula; data must stay data.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | number)[]): string {
  return values.map(csvField).join(',');
}

export const SOURCE_LINES = [
  'Healthy life expectancy 2009-13: ONS, Life expectancy and healthy life expectancy at birth by sex for MSOAs in England, 2009 to 2013 (reference table 2, 2015); shire districts estimated as the mean of their MSOAs',
  'Healthy life expectancy 2018-20: ONS, Health state life expectancies, UK: 2018 to 2020, via the ONS Subnational indicators explorer (upper-tier areas)',
  'Deprivation: MHCLG, English Indices of Deprivation 2019, File 10 (local authority district summaries); Buckinghamshire from File 11',
  'Levelling Up Fund: HM Treasury, MHCLG and DfT, Levelling Up Fund list of local authorities by priority category (March 2021)',
  'All Crown copyright, Open Government Licence v3.0',
];

function entryRows(group: string, entries: DivergenceEntry[]): string[] {
  return entries.map((entry) =>
    csvRow([
      group,
      entry.code,
      entry.name,
      entry.hle.toFixed(2),
      entry.hleRank,
      entry.imdRank,
      entry.luf,
      entry.borderline ? BORDERLINE_WORDS[entry.borderline] : '',
    ]),
  );
}

export function divergenceCsv(result: DivergenceResult, pageUrl: string): string {
  const header = [
    `# Health Gap Map: where health need and Levelling Up Fund priority diverge`,
    `# ${needSentence(result)}`,
    `# ${priorityNotNeedSentence(result)}`,
    `# HLE rank: 1 = lowest of ${result.ranked}. IMD rank: 1 = most deprived.`,
    `# View: ${pageUrl}`,
    ...SOURCE_LINES.map((line) => `# Source: ${line}`),
  ];
  const columns = csvRow(['group', 'code', 'name', 'healthy_life_expectancy_years', 'hle_rank_lowest_first', 'imd2019_rank', 'luf_priority_category', 'caveat']);
  return [
    ...header.map((line) => csvField(line)),
    columns,
    ...entryRows('high need, not top priority', result.needNotPriority),
    ...entryRows('top priority, lower need', result.priorityNotNeed),
  ].join('\r\n') + '\r\n';
}
