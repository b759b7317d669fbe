// Area search: partial, case-insensitive, ignoring punctuation, "&" versus "and" and "Saint" versus "St", best
// matches first; a name with a typo or two is found when nothing matches exactly; a postcode finds its districts.
import { lookUpPostcode, postcodeMessage, type PostcodeLookup } from './data/postcode';
import { capitalised, GEOGRAPHIES, geographyOfCode, showsSubAreas, subAreaGeography, type Geography, type GeographyId } from './data/geographies';
import type { NeighbourhoodFile } from './data/neighbourhoods';

export interface Searchable {
  code: string;
  name: string;
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bsaint\b/g, 'st');
}

/** Edit distance (insertions, deletions, substitutions and swaps of neighbours) between two short strings. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Typos forgiven: none below 4 letters (too many names are one letter from a short query), one up to 7, then two. */
export function typoAllowance(query: string): number {
  return query.length < 4 ? 0 : query.length < 8 ? 1 : 2;
}

/**
 * The fewest edits that turn the query into the start of one of the name's words, or null if too many. A slice
 * past the name's end is its tail, too short to be within the allowance where a shorter slice was not.
 */
function typoDistance(name: string, q: string): number | null {
  const allowed = typoAllowance(q);
  let best: number | null = null;
  const starts = [0, ...[...name.matchAll(/ /g)].map((m) => (m.index ?? 0) + 1)];
  for (const start of starts) {
    for (let len = q.length - allowed; len <= q.length + allowed; len++) {
      const d = editDistance(q, name.slice(start, start + len));
      if (d <= allowed && (best === null || d < best)) best = d;
    }
  }
  return best;
}

/** Names that start with the query come first, then word starts, then anywhere; ties alphabetical. */
export function searchAreas<T extends Searchable>(items: readonly T[], query: string, limit = 10): T[] {
  const q = normalise(query);
  if (q === '') return [];
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const name = normalise(item.name);
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (name.includes(` ${q}`)) score = 1;
    else if (name.includes(q)) score = 2;
    else if (item.code.toLowerCase() === q.replace(/ /g, '')) score = 0;
    if (score >= 0) scored.push({ item, score });
  }
  if (scored.length === 0) {
    // Nothing matches as typed: the names a typo or two away, closest first.
    for (const item of items) {
      const d = typoDistance(normalise(item.name), q);
      if (d !== null) scored.push({ item, score: d });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.item.name.localeCompare(b.item.name));
  return scored.slice(0, limit).map(({ item }) => item);
}

export interface SearchAnswer<T> {
  results: T[];
  /** What to say above the results (a postcode's districts, why a postcode finds nothing), or null. */
  message: string | null;
}

/**
 * Names, codes and postcodes. `postcodes` is null until the lookup has loaded: a postcode typed before then
 * finds nothing yet and says so. A postcode's districts come in name order: the lookup's order means nothing.
 */
export function findAreas<T extends Searchable>(items: readonly T[], postcodes: PostcodeLookup | null | 'failed', query: string, limit = 10): SearchAnswer<T> {
  const asPostcode = lookUpPostcode(postcodes === null || postcodes === 'failed' ? {} : postcodes, query);
  if (asPostcode.kind === 'name') return { results: searchAreas(items, query, limit), message: null };
  if (asPostcode.kind !== 'malformed' && postcodes === null) return { results: [], message: 'Loading the postcode lookup…' };
  if (asPostcode.kind !== 'malformed' && postcodes === 'failed') return { results: [], message: 'Postcode search is unavailable: the postcode lookup could not be loaded. Search by name instead.' };
  const byCode = new Map(items.map((item) => [item.code, item]));
  const results = asPostcode.kind === 'found' ? asPostcode.codes.flatMap((code) => byCode.get(code) ?? []).sort((a, b) => a.name.localeCompare(b.name)) : [];
  return { results, message: postcodeMessage(asPostcode, query, (code) => byCode.get(code)?.name ?? code) };
}

/**
 * A query that names a neighbourhood: words then a number, as ONS names them ("Hartlepool 007"), or the code of
 * an area of a geography below the districts (an MSOA's E02…).
 */
export function looksLikeNeighbourhood(query: string): boolean {
  return /^[a-z][a-z ]*[a-z] \d{1,3}$/.test(normalise(query)) || geographyOfCode(typedCode(query)) !== undefined;
}

function typedCode(query: string): string {
  return normalise(query).replace(/ /g, '').toUpperCase();
}

/**
 * The geography below the districts a query is looked for in: the one whose codes it looks like, else the one
 * the map shows, else the districts' own children.
 */
export function searchedGeography(query: string, shown: GeographyId): Geography | undefined {
  return geographyOfCode(typedCode(query)) ?? subAreaGeography(shown);
}

/**
 * Neighbourhoods by name or code. ONS numbers them with three digits, so the number typed is read either way:
 * "Hartlepool 7" finds Hartlepool 007, "Hartlepool 1" finds 001 first, then 010–019. A name a typo away is
 * found as a district's is.
 */
export function searchNeighbourhoods<T extends Searchable>(items: readonly T[], query: string, limit = 10): T[] {
  const q = normalise(query);
  const typed = /^(.*[a-z]) (\d{1,3})$/.exec(q);
  if (typed) {
    const words = typed[1]!;
    const digits = typed[2]!;
    const matches = items.flatMap((item) => {
      const named = /^(.*) (\d{3})$/.exec(normalise(item.name));
      if (!named || named[1] !== words) return [];
      const number = named[2]!;
      if (!number.startsWith(digits) && !String(Number(number)).startsWith(digits)) return [];
      return [{ item, number }];
    });
    // In number order, the number typed first: "1" padded is "001", before every other number it could mean.
    matches.sort((a, b) => a.number.localeCompare(b.number));
    if (matches.length > 0) return matches.slice(0, limit).map((m) => m.item);
  }
  return searchAreas(items, query, limit);
}

/** A figures file's areas as search results, each named with its district: "Hartlepool 007, Neighbourhood in Hartlepool". */
export function subAreaItems(file: NeighbourhoodFile, districtName: (code: string) => string): (Searchable & { district: string; regionName: string })[] {
  const words = capitalised(GEOGRAPHIES[file.geography].singular);
  return file.codes.map((code, i) => ({ code, name: file.names[i]!, district: file.districts[i]!, regionName: `${words} in ${districtName(file.districts[i]!)}` }));
}

/**
 * Districts (by name, code or postcode) and, when they are asked for, the areas below them that the map shows
 * (or the districts' own children): the query looks like one, or the map shows them. `neighbourhoods` is null
 * while their names load, 'failed' if they could not be. A query that looks like one lists them first (and is
 * never read as a postcode); otherwise the districts come first.
 */
export function findPlaces<T extends Searchable, N extends Searchable>(
  areas: readonly T[],
  postcodes: PostcodeLookup | null | 'failed',
  neighbourhoods: readonly N[] | null | 'failed',
  query: string,
  shown: GeographyId,
  limit = 10,
): SearchAnswer<T | N> {
  const named = looksLikeNeighbourhood(query);
  const answer: SearchAnswer<T> = named ? { results: searchAreas(areas, query, limit), message: null } : findAreas(areas, postcodes, query, limit);
  const below = searchedGeography(query, shown);
  if (!below || !(named || showsSubAreas(shown)) || answer.message !== null || normalise(query) === '') return answer;
  if (neighbourhoods === null) return { results: answer.results, message: `Loading ${below.plural}…` };
  if (neighbourhoods === 'failed') return { results: answer.results, message: `${capitalised(below.singular)} search is unavailable: the ${below.singular} names could not be loaded.` };
  const found = searchNeighbourhoods(neighbourhoods, query, limit);
  return { results: (named ? [...found, ...answer.results] : [...answer.results, ...found]).slice(0, limit), message: null };
}
