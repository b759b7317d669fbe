// Which fields of the URL state a change touches. The app writes only those into its state, so that what
// reads one field (the layer, the definition) is not recomputed when another (the camera) moves.
import type { UrlState } from './url';

/** The fields whose values differ between two states, compared by value (a new object with the same content is no change). */
export function changedFields(before: UrlState, after: UrlState): (keyof UrlState)[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof UrlState)[]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
