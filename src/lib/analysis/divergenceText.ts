// The divergence definition in words, and the lists as CSV: the same sentences head the panel and the file.
import type { AreasFile } from '../data/types';
import { figureOf } from '../data/access';
import { indicator, type IndicatorId } from '../indicators/catalogue';
import { sourceLines } from '../indicators/attribution';
import { csvUnit, formatValue } from '../indicators/values';
import { csvDocument, type Cell } from '../csv';
import { CLASS_LABELS, type DivergenceClass, type DivergenceEntry, type DivergenceResult } from './divergence';
import { countByReason, NOT_OWN_WORDS, type NotRankedEntry } from './ownFigure';
import { chanceMethod, type Chances } from './chances';

const HLE_PREFIX = 'Healthy life expectancy at birth, ';

const isHle = (health: IndicatorId): boolean => indicator(health).label.startsWith(HLE_PREFIX);

/** "healthy life expectancy", or the measure's short label where it is not HLE ("Health Index 2021"). */
export function measureName(health: IndicatorId): string {
  return isHle(health) ? 'healthy life expectancy' : indicator(health).shortLabel;
}

/** "healthy life expectancy (males, 2009–13)", or the measure's own label where it is not HLE. */
export function measurePhrase(health: IndicatorId): string {
  const label = indicator(health).label;
  if (!isHle(health)) return label;
  // "males, 2022–24 (ONS February 2026 estimates)" reads as one bracket: "(males, 2022–24; ONS February 2026 estimates)".
  return `healthy life expectancy (${label.slice(HLE_PREFIX.length).replace(/ \((.*)\)$/, '; $1')})`;
}

/** The measure in a column heading or an axis title: "HLE", or "Health Index 2021". */
export function measureShort(health: IndicatorId): string {
  return isHle(health) ? 'HLE' : indicator(health).shortLabel;
}

/** The scatter's axis title, short enough for the plot's height: "HLE (years)", "Health Index 2021 (2015 = 100)". */
export function measureAxis(health: IndicatorId): string {
  const measure = indicator(health);
  const unit = measure.format === 'years' ? 'years' : (/\((?:England )?(.*)\)/.exec(measure.unit)?.[1] ?? measure.unit);
  return `${measureShort(health)} (${unit})`;
}

const snake = (words: string): string => words.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** The CSV's value and rank columns: "healthy_life_expectancy_years", "hle_rank_lowest_first"; "health_index_2021", … */
export function measureColumns(health: IndicatorId): { value: string; rank: string } {
  const years = indicator(health).format === 'years' ? '_years' : '';
  return { value: `${snake(measureName(health))}${years}`, rank: `${snake(measureShort(health))}_rank_lowest_first` };
}

/** "Not ranked under this measure (county figure: Lancashire's)". */
export function notRankedWords(entry: NotRankedEntry): string {
  return `Not ranked under this measure (${NOT_OWN_WORDS[entry.reason]}: ${entry.measuredFor}'s)`;
}

/** The words of each class on the map, the legend and the table; "no data" names the measure. */
export function classLabel(cls: DivergenceClass, health: IndicatorId): string {
  return cls === 'no-data' ? `No ${measureName(health)} figure` : CLASS_LABELS[cls];
}

/** Areas tied with the last one counted join it, so the count can exceed what the definition asks for. */
function tiesWords(result: DivergenceResult): string {
  const extra = result.needCount - result.needTarget;
  return extra > 0 ? `, with ${extra} more tied at the cut` : '';
}

/** "as many as priority category 1 holds among them (47 of its 93)", or "the lowest 30%". */
function sizeWords(result: DivergenceResult): string {
  if (result.definition.needSize === 'share') return `the lowest ${result.definition.percentile}%`;
  const some = result.category1Count < result.category1All ? ` (${result.category1Count} of its ${result.category1All})` : '';
  return `as many as priority category 1 holds among them${some}`;
}

/** The rule that sizes the high-need group among the ranked districts, and why, for the panel. */
export function sizeRule(result: DivergenceResult): string {
  if (result.definition.needSize === 'share') return `High need is the lowest ${result.definition.percentile}% of the ${result.ranked} ranked districts.`;
  return (
    `High need is as many of the ${result.ranked} ranked districts as category 1 holds among them (${result.category1Count} of its ${result.category1All}): ` +
    `the group is as large as the priority group it is compared with, among the same districts, so that if priority followed health exactly, ` +
    `every high-need district would be in category 1.`
  );
}

export function needSentence(result: DivergenceResult): string {
  const { definition, needCount, ranked, needCutValue } = result;
  const measure = indicator(definition.health);
  return (
    `High health need: the ${needCount} areas with the lowest ${measurePhrase(definition.health)} among the ${ranked} with a figure of their own, ` +
    `${sizeWords(result)}${tiesWords(result)} (${formatValue(measure, needCutValue)} or less), but not in Levelling Up Fund priority category 1.`
  );
}

export type HeadlineFigure =
  | 'need-count'
  | 'need-by-1'
  | 'need-not-1'
  | 'need-by-2'
  | 'need-by-3'
  | 'need-without-category'
  | 'ranked-count'
  | 'not-ranked-count';

type Part = { text: string; figure?: HeadlineFigure };

const were = (n: number): string => (n === 1 ? 'was' : 'were');

/** How many districts are not ranked, and why, as headline pieces; none when every figure is the district's own. */
function notRankedParts(result: DivergenceResult): Part[] {
  const total = result.notRanked.length;
  if (total === 0) return [];
  const counts = countByReason(result.notRanked);
  const reasons = [
    counts.county > 0 ? `their county's (${counts.county})` : null,
    counts.successor > 0 ? `a successor authority's (${counts.successor})` : null,
    counts['wider-area'] > 0 ? `a wider area's (${counts['wider-area']})` : null,
  ].filter((words): words is string => words !== null);
  const only = reasons.length > 1 ? `${reasons.slice(0, -1).join(', ')} or ${reasons[reasons.length - 1]}` : reasons[0]!;
  return [
    { text: ' ' },
    { text: String(total), figure: 'not-ranked-count' },
    { text: ` ${total === 1 ? 'district is' : 'districts are'} not ranked under this measure: the only figure is ${only}.` },
  ];
}

/**
 * The headline as text pieces; the panel shows the figures in bold, each with its own test id. The finding
 * comes first in plain words, then what "high need" means, then who is not ranked.
 */
export function headlineParts(result: DivergenceResult): Part[] {
  const { definition, needByCategory, needCount } = result;
  const inTop = needByCategory[1];
  const notTop = needCount - inTop;
  return [
    { text: String(notTop), figure: 'need-not-1' },
    { text: ' of the ' },
    { text: String(needCount), figure: 'need-count' },
    { text: ` districts with the lowest ${measureName(definition.health)} ${were(notTop)} not in the Levelling Up Fund's top priority group (category 1); ` },
    { text: String(inTop), figure: 'need-by-1' },
    { text: ` ${were(inTop)}. High need here: the ${needCount} lowest of the ` },
    { text: String(result.ranked), figure: 'ranked-count' },
    { text: ` districts with a figure of their own for ${measurePhrase(definition.health)}, ${sizeWords(result)}${tiesWords(result)}. Of the ${notTop}, ` },
    { text: String(needByCategory[2]), figure: 'need-by-2' },
    { text: ' were in category 2 and ' },
    { text: String(needByCategory[3]), figure: 'need-by-3' },
    { text: ' in category 3' },
    ...(result.needWithoutCategory > 0 ? [{ text: '; ' }, { text: String(result.needWithoutCategory), figure: 'need-without-category' as const }, { text: ' had no readable category (damaged file)' }] : []),
    { text: '.' },
    ...notRankedParts(result),
  ];
}

/** The research this tool builds on, as it is cited in the panel. */
export const RESEARCH = {
  publisher: 'The Health Foundation',
  title: 'The government’s levelling up agenda: an opportunity to improve health in England',
  authors: 'J. Dixon and G. Everest',
  year: 2021,
  isbn: '978-1-911615-61-3',
} as const;

/** What the research published, for males 2009–13, counting as many lowest areas as category 1 holds. */
export const RESEARCH_FIGURE = { health: 'hle-male', areas: 93, inCategory1: 58, notInCategory1: 35 } as const;

/** The research's figure, and whether this definition's counts reproduce it; `title` is set in italics between `lead` and `rest`. */
export function researchComparison(result: DivergenceResult): { lead: string; title: string; rest: string; text: string; matches: boolean } {
  const { areas, inCategory1, notInCategory1 } = RESEARCH_FIGURE;
  const inTop = result.needByCategory[1];
  const notTop = result.needCount - inTop;
  const matches = result.needCount === areas && inTop === inCategory1 && notTop === notInCategory1;
  const lead = `${RESEARCH.publisher}, `;
  const published =
    ` (${RESEARCH.authors}, ${RESEARCH.year}; ISBN ${RESEARCH.isbn}), counted the ${areas} areas with the lowest male healthy life expectancy 2009–13 ` +
    `(as many as priority category 1 holds): ${inCategory1} in category 1, ${notInCategory1} not.`;
  const sameDefinition = result.definition.health === RESEARCH_FIGURE.health && result.definition.needSize === 'category-1';
  const ours = `Ours does not match it: ${result.needCount}, ${inTop} and ${notTop}`;
  const rest = matches
    ? `${published} Ours matches it.`
    : sameDefinition
      ? `${published} ${ours}.`
      : `${published} ${ours}, because this definition differs: choose males 2009–13 and “as many as category 1 holds” to compare.`;
  return { lead, title: RESEARCH.title, rest, text: `${lead}${RESEARCH.title}${rest}`, matches };
}

/** Said where the two groups' sizes sit side by side: they answer different questions. */
export function groupsDifferSentence(result: DivergenceResult): string {
  const size = result.definition.needSize === 'share' ? `the lowest ${result.definition.percentile}%` : `the lowest ${result.needTarget}`;
  return (
    `The two groups are defined differently, so their sizes are not mirror images: high need is a fixed number of districts (${size} by ` +
    `${measureName(result.definition.health)}); lower need is every category 1 district above ${result.definition.comparison === 'england' ? 'the England value' : 'the median'} ` +
    `and ${result.definition.imdCut === 'half' ? 'in the less deprived half' : 'outside the most deprived fifth'}, however many that is.`
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
    `Top priority, lower need: Levelling Up Fund priority category 1, but ${measureName(definition.health)} above ` +
    `${comparison} (${formatValue(indicator(definition.health), comparisonValue)}) and ${deprivation}.`
  );
}

/** The share of draws as a percentage with one decimal; empty until the chances are worked out. */
const chanceCell = (share: number | undefined): Cell => (share === undefined ? null : Number((share * 100).toFixed(1)));

function entryRows(group: string, entries: DivergenceEntry[], chance: ReadonlyMap<string, number> | undefined): Cell[][] {
  return entries.map((entry) => [group, entry.code, entry.name, Number(entry.health.toFixed(2)), entry.healthRank, entry.imdRank, entry.luf, chanceCell(chance?.get(entry.code)), '']);
}

/** Listed so the file accounts for them, with no value: another area's figure is not the district's. */
function notRankedRows(file: AreasFile, entries: NotRankedEntry[]): Cell[][] {
  return entries.map((entry) => {
    const luf = figureOf(file, 'luf', entry.code).value;
    return ['not ranked under this measure', entry.code, entry.name, null, null, figureOf(file, 'imd', entry.code).value, luf, null, notRankedWords(entry)];
  });
}

/** The lists as CSV; with `chances`, each entry's share of draws in its list and the method as a header line. */
export function divergenceCsv(file: AreasFile, result: DivergenceResult, pageUrl: string, chances: Chances | null = null): string {
  const columns = measureColumns(result.definition.health);
  const comments = [
    'Health Gap Map: where health need and Levelling Up Fund priority diverge',
    headlineParts(result).map((part) => part.text).join(''),
    needSentence(result),
    priorityNotNeedSentence(result),
    `${measureShort(result.definition.health)} rank: 1 = lowest of the ${result.ranked} districts with a figure of their own. IMD rank: 1 = most deprived.`,
    ...(chances ? [chanceMethod(chances)] : []),
    `View: ${pageUrl}`,
    ...sourceLines().map((line) => `Source: ${line}`),
  ];
  return csvDocument(
    comments,
    ['group', 'code', 'name', columns.value, columns.rank, 'imd2019_rank', 'luf_priority_category', 'chance_in_list_pct', 'caveat'],
    [
      ...entryRows('high need, not top priority', result.needNotPriority, chances?.needNotPriority),
      ...entryRows('top priority, lower need', result.priorityNotNeed, chances?.priorityNotNeed),
      ...notRankedRows(file, result.notRanked),
    ],
  );
}
