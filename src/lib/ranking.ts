// Ranking and ordering rules shared by every list, table and figure, so that each is written once: how ties
// rank, where "the lowest N" is cut, and where an area with no figure sorts.

/**
 * The highest value among the `count` lowest, with every value tied at it included (so equal figures are
 * never split by the cut). NaN for an empty list.
 */
export function lowestCountCut(sortedAscending: readonly number[], count: number): number {
  const take = Math.min(Math.max(1, count), sortedAscending.length);
  return sortedAscending[take - 1] ?? Number.NaN;
}

/**
 * Competition ranks ("1224"): rank 1 is the lowest value (or the highest, `from: 'highest'`); tied values share
 * the best rank and the next rank skips past them.
 */
export function competitionRanks(values: readonly { code: string; value: number }[], from: 'lowest' | 'highest' = 'lowest'): Map<string, number> {
  const sorted = [...values].sort(from === 'lowest' ? (a, b) => a.value - b.value : (a, b) => b.value - a.value);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((item, index) => {
    if (index === 0 || sorted[index - 1]!.value !== item.value) rank = index + 1;
    ranks.set(item.code, rank);
  });
  return ranks;
}

/**
 * Orders two rows by a figure that may be missing: missing sorts last whichever the direction (so "No data" never
 * tops a ranking), and equal figures fall back to the name.
 */
export function byFigureThenName(a: { value: number | null; name: string }, b: { value: number | null; name: string }, ascending: boolean): number {
  if (a.value === null || b.value === null) return a.value === b.value ? a.name.localeCompare(b.name) : a.value === null ? 1 : -1;
  return (ascending ? 1 : -1) * (a.value - b.value) || a.name.localeCompare(b.name);
}
