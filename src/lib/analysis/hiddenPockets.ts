// What district averages hide: the districts outside the Levelling Up Fund's priority category 1 that contain
// neighbourhoods (MSOAs) in England's lowest tenth of healthy life expectancy, with how many and the people
// living in them; the sentence that sums them up, their sort and their CSV.
import { csvDocument } from '../csv';
import { GEOGRAPHIES, type GeographyId } from '../data/geographies';
import { neighbourhoodMeasure, type NeighbourhoodFile, type NeighbourhoodMeasureId } from '../data/neighbourhoods';
import { count } from '../format';
import { indicator } from '../indicators/catalogue';
import { lowestTenthSize } from './neighbourhoods';
import { sortBy } from './sorting';

export interface PocketDistrict {
  code: string;
  name: string;
  /** Its LUF round 1 priority category; null where the data file has none. */
  luf: number | null;
}

export interface PocketRow {
  code: string;
  name: string;
  luf: number;
  /** All its neighbourhoods, and those in England's lowest tenth. */
  neighbourhoods: number;
  inLowestTenth: number;
  /** Mid-2019 residents of those in the lowest tenth. */
  people: number;
  /** Its lowest neighbourhood. */
  lowest: { name: string; value: number };
}

export interface HiddenPockets {
  /** The geography whose areas are counted, for its words. */
  geography: GeographyId;
  measure: NeighbourhoodMeasureId;
  /** Districts outside category 1 with at least one neighbourhood in the lowest tenth; most people first. */
  rows: PocketRow[];
  /** England's neighbourhoods in the lowest tenth (ties at the cut included), and how many had a figure. */
  lowestTenth: number;
  ranked: number;
  /** Those of the lowest tenth in the listed districts, and their residents. */
  outsideNeighbourhoods: number;
  outsidePeople: number;
  /** Districts left out because their category is unknown (a damaged data file). */
  unknownCategory: string[];
  /** The figures file's credit line. */
  source: string;
}

const labelOf = (id: NeighbourhoodMeasureId): string => neighbourhoodMeasure(id).label;

/** The list for one measure. A neighbourhood is in the lowest tenth when its rank in England is within ⌊n/10⌋. */
export function hiddenPockets(file: NeighbourhoodFile, id: NeighbourhoodMeasureId, districts: readonly PocketDistrict[]): HiddenPockets {
  const m = file.measures[id];
  const cut = lowestTenthSize(m.ranked);
  const byDistrict = new Map<string, PocketRow>();
  const outside = new Map(districts.filter((d) => d.luf !== null && d.luf !== 1).map((d) => [d.code, d]));
  let lowestTenth = 0;
  file.districts.forEach((code, i) => {
    const rank = m.rankInEngland[i] ?? null;
    const value = m.value[i] ?? null;
    const inTenth = rank !== null && rank <= cut;
    if (inTenth) lowestTenth += 1;
    const district = outside.get(code);
    if (!district) return;
    const row = byDistrict.get(code) ?? { code, name: district.name, luf: district.luf!, neighbourhoods: 0, inLowestTenth: 0, people: 0, lowest: { name: '', value: Infinity } };
    row.neighbourhoods += 1;
    if (value !== null && value < row.lowest.value) row.lowest = { name: file.names[i]!, value };
    if (inTenth) {
      row.inLowestTenth += 1;
      row.people += file.population[i] ?? 0;
    }
    byDistrict.set(code, row);
  });
  const rows = sortPockets([...byDistrict.values()].filter((r) => r.inLowestTenth > 0), 'people', false);
  return {
    geography: file.geography,
    measure: id,
    rows,
    lowestTenth,
    ranked: m.ranked,
    outsideNeighbourhoods: rows.reduce((n, r) => n + r.inLowestTenth, 0),
    outsidePeople: rows.reduce((n, r) => n + r.people, 0),
    unknownCategory: districts.filter((d) => d.luf === null).map((d) => d.name),
    source: file.source,
  };
}

export type PocketKey = 'name' | 'luf' | 'inLowestTenth' | 'people' | 'lowest';

/** Rows by one column; ties by name, so the order never depends on the input's. */
export function sortPockets(rows: readonly PocketRow[], key: PocketKey, ascending: boolean): PocketRow[] {
  return sortBy(rows, (row) => (key === 'lowest' ? row.lowest.value : row[key]), ascending);
}

/** The one sentence a journalist could quote. */
export function hiddenPocketsSentence(result: HiddenPockets): string {
  const label = labelOf(result.measure);
  const { singular, plural } = GEOGRAPHIES[result.geography];
  if (result.rows.length === 0) return `No district outside the Levelling Up Fund's priority category 1 has a ${singular} in England's lowest tenth for ${label}.`;
  const districts = result.rows.length === 1 ? 'one district contains' : `${result.rows.length} districts contain`;
  return (
    `Outside the Levelling Up Fund's priority category 1, ${districts} ${count(result.outsideNeighbourhoods)} of the ${count(result.lowestTenth)} ${plural} ` +
    `in England's lowest tenth for ${label}, home to ${count(result.outsidePeople)} people (mid-2019).`
  );
}

/** What "the lowest tenth" and the counts mean, for the list's note and the CSV. */
export function hiddenPocketsMethod(result: HiddenPockets): string {
  const geography = GEOGRAPHIES[result.geography];
  const named = geography.abbreviation ? `${geography.plural} (${geography.abbreviation}s, ${geography.vintage})` : `${geography.plural} (${geography.vintage})`;
  return (
    `The lowest tenth is the ${count(result.lowestTenth)} ${named} ranked lowest of the ${count(result.ranked)} with a figure (ties at the cut included). ` +
    `People are ONS mid-2019 estimates for those ${geography.plural}. Each ${geography.singular} figure is an estimate with its own 95% interval.`
  );
}

export function hiddenPocketsCsv(result: HiddenPockets, pageUrl: string): string {
  const comments = [
    `Health Gap Map: what district averages hide (districts outside Levelling Up Fund priority category 1 with ${GEOGRAPHIES[result.geography].plural} in England's lowest tenth)`,
    hiddenPocketsSentence(result),
    hiddenPocketsMethod(result),
    ...(result.unknownCategory.length > 0 ? [`Left out, priority category unknown (damaged data file): ${result.unknownCategory.join(', ')}`] : []),
    `View: ${pageUrl}`,
    `Source: ${result.source}`,
    `Source: ${indicator('luf').citation}`,
    `Source: ${indicator('population-2019').citation}`,
  ];
  return csvDocument(
    comments,
    ['code', 'name', 'luf_priority_category', 'neighbourhoods', 'neighbourhoods_in_lowest_tenth', 'people_mid2019_in_them', 'lowest_neighbourhood', 'lowest_value_years'],
    result.rows.map((r) => [r.code, r.name, r.luf, r.neighbourhoods, r.inLowestTenth, r.people, r.lowest.name, r.lowest.value]),
  );
}

export function hiddenPocketsCsvName(result: HiddenPockets): string {
  return `health-gap-hidden-pockets-${result.measure}.csv`;
}
