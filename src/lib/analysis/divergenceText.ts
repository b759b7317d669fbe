// The divergence definition in words, and the lists as CSV: the same sentences head the panel and the file.
import { LAYER_LABELS, type HleLayerId } from '../indicators/layers';
import type { DivergenceEntry, DivergenceResult } from './divergence';

/** "males, 2009–13": the measure's sex and period, from its catalogue label. */
export function measureWords(hle: HleLayerId): string {
  return LAYER_LABELS[hle].label.replace(/^Healthy life expectancy at birth, /, '');
}

/** Areas tied with the last one counted join it, so the count can exceed what the definition asks for. */
function tiesWords(result: DivergenceResult): string {
  const extra = result.needCount - result.needTarget;
  return extra > 0 ? `, with ${extra} more tied at the cut` : '';
}

export function needSentence(result: DivergenceResult): string {
  const { definition, needCount, ranked, needCutValue } = result;
  const lowest =
    definition.needSize === 'category-1'
      ? `among the ${result.needTarget} lowest of English areas, as many as priority category 1 holds`
      : `in the lowest ${definition.percentile}% of English areas`;
  return (
    `High health need: ${LAYER_LABELS[definition.hle].label.toLowerCase()} ${lowest} ` +
    `(${needCount} of ${ranked} areas with a figure${tiesWords(result)}, ${needCutValue.toFixed(1)} years or less), ` +
    `but not in Levelling Up Fund priority category 1.`
  );
}

export type HeadlineFigure = 'need-count' | 'need-by-1' | 'need-not-1' | 'need-by-2' | 'need-by-3';

/** The headline as text pieces; the panel shows the figures in bold, each with its own test id. */
export function headlineParts(result: DivergenceResult): { text: string; figure?: HeadlineFigure }[] {
  const { definition, needByCategory, needCount } = result;
  const inTop = needByCategory[1];
  const lowest =
    definition.needSize === 'category-1'
      ? ` areas with the lowest healthy life expectancy (${measureWords(definition.hle)}), as many as priority category 1 holds${tiesWords(result)}, `
      : ` areas with the lowest ${definition.percentile}% healthy life expectancy (${measureWords(definition.hle)}), `;
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
    { text: ' in category 3).' },
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
