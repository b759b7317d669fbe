// Postcode search: a full postcode or its outward code ("TS24 8AH", "TS24") → the districts of its postcode
// district. The lookup (static/data/postcodes.json, written by scripts/pipeline/postcodes.ts) knows postcode
// districts only, so a full postcode narrows no further than its outward code, and where that spans several
// districts all of them are offered: the app never picks one.

/** The file the pipeline writes and the search box fetches the first time it is used. */
export const POSTCODES_URL = 'data/postcodes.json';

/** The country codes that stand for "somewhere outside England" in the lookup. */
export const NATIONS: Readonly<Record<string, string>> = {
  W92000004: 'Wales',
  S92000003: 'Scotland',
  N92000002: 'Northern Ireland',
};

/** Outward code → the space-separated GSS codes of the English districts it lies in and of any other nation it reaches. */
export type PostcodeLookup = Readonly<Record<string, string>>;

const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const ENGLISH_DISTRICT = /^E0[6789]\d{6}$/;

/** Reads the fetched file; anything that is not the shape the pipeline writes is rejected whole. */
export function readPostcodeLookup(json: unknown): PostcodeLookup {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('postcodes.json is not an object');
  for (const [outward, codes] of Object.entries(json)) {
    const ok = OUTWARD.test(outward) && typeof codes === 'string' && codes.split(' ').every((c) => ENGLISH_DISTRICT.test(c) || NATIONS[c] !== undefined);
    if (!ok) throw new Error(`postcodes.json: unreadable entry for ${outward}`);
  }
  return json as PostcodeLookup;
}

/** A GSS district code, which the name search handles; it would otherwise look like a malformed postcode. */
const GSS_CODE = /^[EWSN]\d{8}$/;

/**
 * The query as a postcode: its outward code, or 'malformed' where it has a digit (so is no place name) but is no
 * postcode, or null where it is a place name or a GSS code. A part-typed inward code ("TS24 8A") counts as the
 * outward code, so the answer does not flicker to "malformed" while someone types.
 */
export function outwardCode(query: string): string | 'malformed' | null {
  const compact = query.toUpperCase().replace(/\s+/g, ' ').trim();
  if (!/\d/.test(compact) || GSS_CODE.test(compact.replace(/ /g, ''))) return null;
  const match = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{0,2})?$/.exec(compact);
  return match?.[1] ?? 'malformed';
}

export type PostcodeAnswer =
  /** Not a postcode: search by name. */
  | { kind: 'name' }
  | { kind: 'malformed' }
  /** Well formed, but no postcode district of that name is in the lookup. */
  | { kind: 'unknown'; outward: string }
  | { kind: 'outside'; outward: string; nations: string[] }
  /** The English districts (GSS codes), and any other nation the postcode district also reaches. */
  | { kind: 'found'; outward: string; codes: string[]; alsoIn: string[] };

export function lookUpPostcode(lookup: PostcodeLookup, query: string): PostcodeAnswer {
  const outward = outwardCode(query);
  if (outward === null) return { kind: 'name' };
  if (outward === 'malformed') return { kind: 'malformed' };
  const entry = lookup[outward];
  if (entry === undefined) return { kind: 'unknown', outward };
  const all = entry.split(' ');
  const codes = all.filter((c) => NATIONS[c] === undefined);
  const nations = all.flatMap((c) => NATIONS[c] ?? []);
  return codes.length === 0 ? { kind: 'outside', outward, nations } : { kind: 'found', outward, codes, alsoIn: nations };
}

const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** What the search box says about a postcode answer (`nameOf` names a district code), or null for a place name. */
export function postcodeMessage(answer: PostcodeAnswer, query: string, nameOf: (code: string) => string): string | null {
  switch (answer.kind) {
    case 'name':
      return null;
    case 'malformed':
      return `“${query.trim()}” is not a postcode. A postcode looks like TS24 8AH, or its first part, TS24.`;
    case 'unknown':
      return `No postcode district ${answer.outward} is known. A postcode looks like TS24 8AH, or its first part, TS24.`;
    case 'outside':
      return `${answer.outward} is in ${listWords(answer.nations)}, outside England: this map covers England only.`;
    case 'found': {
      const names = answer.codes.map(nameOf).sort((a, b) => a.localeCompare(b));
      const where =
        names.length > 1 ? `${answer.outward} spans ${names.length} districts: ${listWords(names)}. Choose one.` : `${answer.outward} is in ${listWords(names)}.`;
      const outside = answer.alsoIn.length > 0 ? ` Part of it is in ${listWords(answer.alsoIn)}, outside England, which this map does not cover.` : '';
      return `${where}${outside}`;
    }
  }
}
