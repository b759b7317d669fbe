// Cuts shared by the divergence lists and the what-if tool, so both count "the lowest N" the same way.

/**
 * The highest value among the `count` lowest, with every value tied at it included (so equal figures are
 * never split by the cut). NaN for an empty list.
 */
export function lowestCountCut(sortedAscending: readonly number[], count: number): number {
  const take = Math.min(Math.max(1, count), sortedAscending.length);
  return sortedAscending[take - 1] ?? Number.NaN;
}
