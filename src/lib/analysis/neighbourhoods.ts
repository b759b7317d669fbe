// What the areas below a district (the neighbourhoods, MSOAs) show that its average hides: their colour classes,
// the words for one under the pointer, and what a district's panel says and lists of those inside it. Their
// words are their geography's, from the list.
import { capitalised, GEOGRAPHIES, singularWithAbbreviation, type Geography } from '../data/geographies';
import { NEIGHBOURHOOD_MEASURES, type NeighbourhoodFile, type NeighbourhoodMeasureId } from '../data/neighbourhoods';
import { count } from '../format';
import { PALETTES } from '../indicators/catalogue';
import { ordinal } from '../indicators/values';

const measureOf = (id: NeighbourhoodMeasureId) => NEIGHBOURHOOD_MEASURES.find((m) => m.id === id)!;

/** How many of the ranked neighbourhoods make England's lowest tenth: the lowest ⌊n/10⌋ by rank. */
export function lowestTenthSize(ranked: number): number {
  return Math.floor(ranked / 10);
}

export interface NeighbourhoodClasses {
  /** The measure's label, for the legend's title. */
  title: string;
  classes: { colour: string; label: string; count: number }[];
  noDataCount: number;
  /** Colour per neighbourhood code; null = no figure. */
  colours: Map<string, string | null>;
}

/**
 * Fifths of England's neighbourhoods by rank (lowest first), each with the range of values it holds. Darkest
 * is lowest, as the district map's health palette. Ties (equal ranks) always share a class.
 */
export function neighbourhoodClasses(file: NeighbourhoodFile, id: NeighbourhoodMeasureId): NeighbourhoodClasses {
  const m = file.measures[id];
  const palette = PALETTES.health;
  const fifths = palette.length;
  const classOf = (rank: number): number => Math.min(fifths - 1, Math.floor(((rank - 1) * fifths) / m.ranked));
  const ranges = palette.map(() => ({ min: Infinity, max: -Infinity, count: 0 }));
  const colours = new Map<string, string | null>();
  let noDataCount = 0;
  file.codes.forEach((code, i) => {
    const rank = m.rankInEngland[i];
    const value = m.value[i];
    if (rank === null || rank === undefined || value === null || value === undefined) {
      colours.set(code, null);
      noDataCount += 1;
      return;
    }
    const k = classOf(rank);
    const range = ranges[k]!;
    range.min = Math.min(range.min, value);
    range.max = Math.max(range.max, value);
    range.count += 1;
    colours.set(code, palette[k]!);
  });
  const title = measureOf(id).label;
  return {
    title: `${capitalised(GEOGRAPHIES[file.geography].plural)}: ${capitalised(title)}`,
    classes: ranges.map((r, k) => ({ colour: palette[k]!, label: `${r.min.toFixed(1)}–${r.max.toFixed(1)} years`, count: r.count })),
    noDataCount,
    colours,
  };
}

/** Index of each code in the file, for looking neighbourhoods up by code. */
export function neighbourhoodIndex(file: NeighbourhoodFile): Map<string, number> {
  return new Map(file.codes.map((code, i) => [code, i]));
}

export interface NeighbourhoodFacts {
  code: string;
  name: string;
  district: string;
  /** "54.6 years (95% CI 53.3–55.8)", or the words for no figure. */
  figure: string;
  /** "5th lowest of 12 in Hartlepool; 428th lowest of 6,790 in England", or null without a figure. */
  ranks: string | null;
  inLowestTenth: boolean;
}

/** What the map says of one neighbourhood: its figure with its interval, its district, and its two ranks. */
export function neighbourhoodFacts(
  file: NeighbourhoodFile,
  id: NeighbourhoodMeasureId,
  index: number,
  districtName: (code: string) => string,
): NeighbourhoodFacts {
  const m = file.measures[id];
  const code = file.codes[index]!;
  const district = districtName(file.districts[index]!);
  const value = m.value[index] ?? null;
  const lci = m.lci[index] ?? null;
  const uci = m.uci[index] ?? null;
  const inDistrict = m.rankInDistrict[index] ?? null;
  const inEngland = m.rankInEngland[index] ?? null;
  const figure = value === null ? `No figure: ONS published none for this ${GEOGRAPHIES[file.geography].singular}` : `${value.toFixed(1)} years${lci !== null && uci !== null ? ` (95% CI ${lci.toFixed(1)}–${uci.toFixed(1)})` : ''}`;
  let ranks: string | null = null;
  if (inDistrict !== null && inEngland !== null) {
    const ofDistrict = file.districts.reduce((n, d, i) => (d === file.districts[index] && m.value[i] !== null ? n + 1 : n), 0);
    ranks = `${ordinal(inDistrict)} lowest of ${ofDistrict} in ${district}; ${ordinal(inEngland)} lowest of ${count(m.ranked)} in England`;
  }
  return { code, name: file.names[index]!, district, figure, ranks, inLowestTenth: inEngland !== null && inEngland <= lowestTenthSize(m.ranked) };
}

export interface InsideDistrict {
  /** Neighbourhoods of the district, and how many have a figure. */
  neighbourhoods: number;
  withFigure: number;
  lowest: { name: string; value: number } | null;
  highest: { name: string; value: number } | null;
  /** Highest minus lowest, in years, from the published (1-decimal) values. */
  gap: number | null;
  inLowestTenth: number;
  /** Mid-2019 residents of those neighbourhoods. */
  peopleInLowestTenth: number;
}

/** The spread of a district's neighbourhoods on one measure. Ties for lowest or highest go to the first by code. */
export function insideDistrict(file: NeighbourhoodFile, id: NeighbourhoodMeasureId, district: string): InsideDistrict {
  const m = file.measures[id];
  const cut = lowestTenthSize(m.ranked);
  const out: InsideDistrict = { neighbourhoods: 0, withFigure: 0, lowest: null, highest: null, gap: null, inLowestTenth: 0, peopleInLowestTenth: 0 };
  file.districts.forEach((d, i) => {
    if (d !== district) return;
    out.neighbourhoods += 1;
    const value = m.value[i] ?? null;
    if (value === null) return;
    out.withFigure += 1;
    const name = file.names[i]!;
    if (out.lowest === null || value < out.lowest.value) out.lowest = { name, value };
    if (out.highest === null || value > out.highest.value) out.highest = { name, value };
    const rank = m.rankInEngland[i] ?? null;
    if (rank !== null && rank <= cut) {
      out.inLowestTenth += 1;
      out.peopleInLowestTenth += file.population[i] ?? 0;
    }
  });
  if (out.lowest && out.highest) out.gap = Math.round((out.highest.value - out.lowest.value) * 10) / 10;
  return out;
}

/** The district panel's sentence about the areas of `geography` inside it, as a journalist could quote it. */
export function insideDistrictSentence(inside: InsideDistrict, districtName: string, id: NeighbourhoodMeasureId, geography: Geography): string {
  const label = measureOf(id).label;
  const { singular, plural } = geography;
  if (inside.neighbourhoods === 0) return `No ${singularWithAbbreviation(geography)} figures are held for ${districtName}.`;
  if (inside.lowest === null || inside.highest === null || inside.gap === null) return `ONS published no ${label} figure for any of ${districtName}'s ${inside.neighbourhoods} ${plural}.`;
  const missing = inside.withFigure < inside.neighbourhoods ? ` (${inside.neighbourhoods - inside.withFigure} without a figure)` : '';
  const spread =
    inside.withFigure === 1
      ? `In ${districtName}, ${label} is ${inside.lowest.value.toFixed(1)} years in its one ${singular} with a figure (${inside.lowest.name})${missing}`
      : `In ${districtName}, ${label} ranges from ${inside.lowest.value.toFixed(1)} years (${inside.lowest.name}) to ${inside.highest.value.toFixed(1)} years (${inside.highest.name}) across its ${inside.neighbourhoods} ${plural}${missing}, a gap of ${inside.gap.toFixed(1)} years`;
  const tenth =
    inside.inLowestTenth === 0
      ? `none of its ${plural} is in England's lowest tenth`
      : `${count(inside.peopleInLowestTenth)} people (mid-2019) live in the ${inside.inLowestTenth === 1 ? `one ${singular}` : `${inside.inLowestTenth} ${plural}`} in England's lowest tenth`;
  return `${spread}; ${tenth}.`;
}

export interface InsideMember {
  code: string;
  /** Its position in the file's columns. */
  index: number;
  name: string;
  value: number | null;
}

/** The areas of a figures file inside one district, lowest first (those without a figure last), then by name. */
export function insideMembers(file: NeighbourhoodFile, id: NeighbourhoodMeasureId, district: string): InsideMember[] {
  const values = file.measures[id].value;
  return file.codes
    .map((code, index) => ({ code, index, name: file.names[index]!, value: values[index] ?? null }))
    .filter((m) => file.districts[m.index] === district)
    .sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity) || a.name.localeCompare(b.name));
}
