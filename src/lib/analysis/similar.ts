// What the area panel says about an area's similar areas (ONS's clusters and nearest neighbours): its
// cluster in words, its most similar areas with their key figures, and each key figure against the similar
// areas' average. A figure measured for another area (a county's, a successor's) is marked as such, and a
// place's figure counts once in an average however many similar districts share it.
import type { AreasFile } from '../data/types';
import type { SimilarFile, SimilarKind } from '../data/similar';
import { figureOf, placeName } from '../data/access';
import { indicator, type IndicatorId } from '../indicators/catalogue';
import { formatNumber, formatValue } from '../indicators/values';

/**
 * The figures shown for every similar area: health (two measures), deprivation, money and a context
 * measure, each with a column heading short enough for a narrow table (the full label is its title).
 */
export const KEY_FIGURES: readonly { id: IndicatorId; heading: string }[] = [
  { id: 'hle-male-2022-24', heading: 'HLE males' },
  { id: 'hle-female-2022-24', heading: 'HLE females' },
  { id: 'health-index-2021', heading: 'Health Index' },
  { id: 'imd-score', heading: 'IMD score' },
  { id: 'luf-awards-per-head', heading: 'LUF £ a head' },
  { id: 'cvd-mortality-u75-2022-24', heading: 'CVD deaths' },
];

/** ONS's names for the kinds: global weighs economic, demographic and other measures together. */
export const KIND_LABELS: Readonly<Record<SimilarKind, string>> = { global: 'Global', economic: 'Economic', demographic: 'Demographic' };

export interface KeyCell {
  id: IndicatorId;
  /** The number, or "–" where there is none. */
  value: string;
  /** Whose figure it is, when not the district's own (e.g. "Lancashire's"). */
  of: string | null;
}

export interface SimilarRow {
  /** Place among ONS's English neighbours, 1 = most similar; districts a successor stands for share its place. */
  rank: number;
  code: string;
  name: string;
  /** The authority ONS ranked, when it replaced this district and others. */
  via: string | null;
  cells: KeyCell[];
}

export interface KeyComparison {
  id: IndicatorId;
  label: string;
  value: string;
  /** "Lancashire's figure, not Burnley's own": the area's figure was measured for another area. */
  mark: string | null;
  /** "1.2 years below the similar areas' average (62.0)"; null where either side has no figure. */
  comparison: string | null;
  /** How the average was made: "the average of 18 places' figures, 5 of them a county's or successor's". */
  basis: string | null;
}

export interface SimilarSummary {
  kind: SimilarKind;
  /** "ONS puts Blackpool in its global cluster B." */
  clusterLine: string;
  /** ONS's own paragraph about the cluster. */
  description: string | null;
  /** For a merged district: whose list this is. */
  listNote: string | null;
  /** How many of ONS's 20 are outside England and left out. */
  skippedNote: string | null;
  rows: SimilarRow[];
  comparisons: KeyComparison[];
}

const KIND_WORDS: Readonly<Record<SimilarKind, string>> = { global: 'global', economic: 'economic', demographic: 'demographic' };

function cell(file: AreasFile, id: IndicatorId, code: string): KeyCell {
  const figure = figureOf(file, id, code);
  return {
    id,
    value: figure.value === null ? '–' : formatNumber(indicator(id), figure.value),
    of: figure.measuredFor && figure.measuredFor !== code ? `${placeName(file, figure.measuredFor)}'s` : null,
  };
}

/** The similar districts in rank order, a successor expanded into the 2020 districts it stands for. */
export function similarRows(similar: SimilarFile, file: AreasFile, code: string, kind: SimilarKind): SimilarRow[] {
  const entry = similar.areas[code];
  if (!entry) return [];
  return entry.kinds[kind].ranks.flatMap((ranked, index) => {
    const successor = similar.successors[ranked];
    const districts = successor ? successor.districts : [ranked];
    return districts.map((district) => ({
      rank: index + 1,
      code: district,
      name: placeName(file, district),
      via: successor ? successor.name : null,
      cells: KEY_FIGURES.map(({ id }) => cell(file, id, district)),
    }));
  });
}

/** The area's figure against the mean of its similar areas' figures, each measured place counted once. */
export function keyComparison(file: AreasFile, code: string, similarCodes: readonly string[], id: IndicatorId): KeyComparison {
  const entry = indicator(id);
  const own = figureOf(file, id, code);
  const ownPlace = own.measuredFor ?? code;
  const name = placeName(file, code);
  const mark = own.value !== null && own.measuredFor && own.measuredFor !== code ? `${placeName(file, own.measuredFor)}'s figure, not ${name}'s own` : null;
  const places = new Map<string, { value: number; borrowed: boolean }>();
  for (const other of similarCodes) {
    const figure = figureOf(file, id, other);
    const place = figure.measuredFor ?? other;
    if (figure.value === null || place === ownPlace || places.has(place)) continue;
    places.set(place, { value: figure.value, borrowed: place !== other });
  }
  const base = { id, label: entry.shortLabel, value: own.value === null ? 'No data' : formatValue(entry, own.value), mark };
  if (places.size === 0) return { ...base, comparison: null, basis: 'No similar area has a figure.' };
  const values = [...places.values()];
  const average = values.reduce((sum, item) => sum + item.value, 0) / values.length;
  const borrowed = values.filter((item) => item.borrowed).length;
  const basis = `The average of ${values.length} ${values.length === 1 ? "place's figure" : "places' figures"}${borrowed > 0 ? `, ${borrowed} of them a county's or successor's` : ''}.`;
  if (own.value === null) return { ...base, comparison: `The similar areas' average is ${formatNumber(entry, average)}.`, basis };
  const difference = Number((own.value - average).toFixed(entry.decimals));
  const averageText = formatNumber(entry, average);
  const comparison =
    difference === 0
      ? `the same as the similar areas' average (${averageText})`
      : `${formatValue(entry, Math.abs(difference))} ${difference > 0 ? 'above' : 'below'} the similar areas' average (${averageText})`;
  return { ...base, comparison, basis };
}

export function similarSummary(similar: SimilarFile, file: AreasFile, code: string, kind: SimilarKind): SimilarSummary {
  const name = placeName(file, code);
  const entry = similar.areas[code];
  const list = entry?.kinds[kind];
  const listOf = entry?.listOf ? similar.successors[entry.listOf]?.name ?? entry.listOf : null;
  const subject = listOf ? `${listOf}, which replaced ${name},` : name;
  if (!list || list.cluster === null) {
    return {
      kind,
      clusterLine: `ONS does not place ${subject} in any ${KIND_WORDS[kind]} cluster, so it lists no similar areas of this kind.`,
      description: null,
      listNote: null,
      skippedNote: null,
      rows: [],
      comparisons: [],
    };
  }
  const rows = similarRows(similar, file, code, kind);
  const codes = rows.map((row) => row.code);
  return {
    kind,
    clusterLine: `ONS puts ${subject} in its ${KIND_WORDS[kind]} cluster ${list.cluster}.`,
    description: similar.descriptions[kind][list.cluster] ?? null,
    listNote: listOf ? `${name} has no list of its own: these are ${listOf}'s most similar areas.` : null,
    skippedNote:
      list.skipped === 0
        ? null
        : `${list.skipped} of ONS's 20 most similar ${list.skipped === 1 ? 'is' : 'are'} in Wales, Scotland or Northern Ireland, not on this map.`,
    rows,
    comparisons: KEY_FIGURES.map(({ id }) => keyComparison(file, code, codes, id)),
  };
}
