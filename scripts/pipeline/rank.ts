/**
 * Competition ("1224") ranking, largest value first: ties share the lowest rank, the next rank skips.
 * This is how IoD2019 ranks its district summaries (e.g. all districts with no LSOA in the most deprived
 * 10% share one rank).
 *
 * `tieBreak` (smaller first) separates equal values that are only equal because the source rounded them:
 * the published values carry 2–4 decimals, the publisher ranked the unrounded ones, and its rank is the only
 * surviving record of that order. Values with equal tie-breaks, or a null one, stay tied.
 */
export function rankDescending(values: readonly number[], tieBreak?: readonly (number | null)[]): number[] {
  if (tieBreak !== undefined && tieBreak.length !== values.length) throw new Error('rankDescending: tieBreak length differs');
  for (const v of values) {
    if (!Number.isFinite(v)) throw new Error(`cannot rank a non-finite value: ${v}`);
  }
  const entries = values.map((v, i) => ({ v, i, t: tieBreak?.[i] ?? null }));
  entries.sort((a, b) => b.v - a.v || (a.t ?? Infinity) - (b.t ?? Infinity));
  const ranks = new Array<number>(values.length);
  let previous: (typeof entries)[number] | undefined;
  let previousRank = 0;
  entries.forEach((entry, position) => {
    const tied = previous !== undefined && previous.v === entry.v && (previous.t === null || entry.t === null || previous.t === entry.t);
    const rank = tied ? previousRank : position + 1;
    ranks[entry.i] = rank;
    previous = entry;
    previousRank = rank;
  });
  return ranks;
}
