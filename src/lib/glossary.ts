// The words a newcomer may not know, each with a short plain explanation, and where they stand in a text.
// One place for the words: the term toggletips (components/Term.svelte, Glossed.svelte) read it, and
// docs/USING.md lists the same terms. Pure data and one pure function, so the wording is tested once.

export interface GlossaryEntry {
  id: string;
  /** The word as a heading of its explanation. */
  term: string;
  /** The forms of the word that a text may contain, longest first; matched whole, case as written. */
  forms: readonly string[];
  /** One or two plain sentences. */
  explanation: string;
}

export const GLOSSARY = [
  {
    id: 'hle',
    term: 'Healthy life expectancy (HLE)',
    forms: ['Healthy life expectancy', 'healthy life expectancy', 'HLE'],
    explanation:
      'The years a newborn could expect to live in “very good” or “good” health if the rates of death and of self-reported health of the period held all its life (ONS). It is not how long people live, and each figure covers a period of years.',
  },
  {
    id: 'luf',
    term: 'Levelling Up Fund (LUF)',
    forms: ['Levelling Up Fund', 'LUF'],
    explanation:
      'A UK government fund for local capital projects. Its March 2021 prospectus put every district in priority category 1, 2 or 3 (1 = most in need), from an index of need built from productivity, unemployment, skills, journey times and vacancy rates, not health.',
  },
  {
    id: 'imd',
    term: 'Index of Multiple Deprivation 2019 (IMD)',
    forms: ['Index of Multiple Deprivation 2019', 'Index of Multiple Deprivation', 'IMD 2019', 'IMD'],
    explanation:
      'Part of the English Indices of Deprivation 2019 (MHCLG): it combines seven kinds of deprivation (income, employment, education, health, crime, barriers to housing and services, living environment) for each of England’s 32,844 small neighbourhoods (LSOAs, about 1,500 people each); most figures relate to 2015/16.',
  },
  {
    id: 'rank-of-average-rank',
    term: 'Rank of average rank',
    forms: ['Rank of average rank', 'rank of average rank'],
    explanation:
      'Each district’s neighbourhoods (LSOAs) are ranked by deprivation across England; their average rank, weighted by population, is then ranked among the districts. 1 = most deprived.',
  },
  {
    id: 'extent',
    term: 'Extent (IMD)',
    forms: ['extent'],
    explanation:
      'The share of a district’s people who live in England’s most deprived neighbourhoods (LSOAs): everyone in the most deprived 10%, and a sliding part of those in the next 20% (up to the most deprived 30%).',
  },
  {
    id: 'local-concentration',
    term: 'Local concentration (IMD)',
    forms: ['local concentration'],
    explanation:
      'How deprived a district’s worst pockets are: the average deprivation rank, weighted by population, of its most deprived neighbourhoods (LSOAs) that together hold 10% of its people.',
  },
  {
    id: 'msoa',
    term: 'MSOA',
    forms: ['MSOAs', 'MSOA'],
    explanation:
      'Middle layer super output area: an ONS census neighbourhood of 5,000 to 15,000 people, about 7,200 on average when drawn. This map uses the 6,791 MSOAs of England on their 2011 boundaries.',
  },
  {
    id: 'quintile',
    term: 'Quintile',
    forms: ['quintiles', 'quintile'],
    explanation: 'One fifth of the areas with a figure, ordered by value: the map’s five colours each hold about as many areas as the others.',
  },
  {
    id: 'draws',
    term: 'In list (share of draws)',
    forms: ['In list'],
    explanation:
      'Every ranked figure is redrawn 2,000 times within its 95% interval and the lists are rebuilt each time: the percentage is the share of those draws in which the area is in this list. 100% means no plausible noise moves it out; 50% means it could as well be out.',
  },
  {
    id: 'estimate',
    term: 'Estimate',
    forms: ['Estimate'],
    explanation:
      'ONS published no figure for this district, so we estimated it: the plain average of its neighbourhoods’ (MSOAs’) figures from the same ONS release, without an interval. Only healthy life expectancy 2009–13 has estimates, where ONS published upper-tier areas only.',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof GLOSSARY)[number]['id'];

export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  // Total by construction: every GlossaryId is an entry's id.
  return GLOSSARY.find((entry) => entry.id === id)!;
}

/** A piece of a text: plain words, or a glossary term as the text wrote it. */
export type Segment = { text: string; term: GlossaryId | null };

const WORD = /[\p{L}\p{N}]/u;

/** Where `form` stands in `text` as a whole word (not inside a longer one), from `from` on; -1 if nowhere. */
function wholeAt(text: string, form: string, from: number): number {
  for (let at = text.indexOf(form, from); at !== -1; at = text.indexOf(form, at + 1)) {
    // At either end of the text there is no character, so nothing joins the form to a longer word.
    const before = text[at - 1] ?? '';
    const after = text[at + form.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) return at;
  }
  return -1;
}

/**
 * The text cut into plain words and glossary terms: the first use of each term in `only` (every term if not
 * given) becomes a term, later uses stay plain. Where two forms overlap, the earlier and then longer wins.
 */
export function glossSegments(text: string, only: readonly GlossaryId[] = GLOSSARY.map((entry) => entry.id)): Segment[] {
  const found: { at: number; length: number; term: GlossaryId }[] = [];
  for (const entry of GLOSSARY) {
    if (!only.includes(entry.id)) continue;
    const hits = entry.forms.map((form) => ({ at: wholeAt(text, form, 0), length: form.length })).filter((hit) => hit.at !== -1);
    // The forms are listed longest first and the sort is stable: of two forms at one place, the longer wins.
    hits.sort((a, b) => a.at - b.at);
    if (hits[0]) found.push({ ...hits[0], term: entry.id });
  }
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const hit of found) {
    if (hit.at < cursor) continue;
    if (hit.at > cursor) segments.push({ text: text.slice(cursor, hit.at), term: null });
    segments.push({ text: text.slice(hit.at, hit.at + hit.length), term: hit.term });
    cursor = hit.at + hit.length;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), term: null });
  return segments;
}

/** The glossary terms a text uses, in the order it first uses them. */
export function termsIn(text: string): GlossaryId[] {
  return glossSegments(text).flatMap((segment) => (segment.term ? [segment.term] : []));
}

/** Several texts read in turn (the parts of one sentence): each term is a term at its first use among them. */
export function glossTexts(texts: readonly string[], only: readonly GlossaryId[]): Segment[][] {
  const left = new Set(only);
  return texts.map((text) => {
    const segments = glossSegments(text, [...left]);
    for (const segment of segments) if (segment.term) left.delete(segment.term);
    return segments;
  });
}
