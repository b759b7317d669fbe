// How every sortable list and table sorts, so that the rule is written once: a column holds text or
// figures; missing figures sort last whichever the direction; equal values fall back to the name.
import { byFigureThenName } from '../ranking';

/** The column a list is sorted by (null: the list's own order) and which way. */
export interface SortState<K extends string> {
  key: K | null;
  ascending: boolean;
}

/** Clicking the sorted column again reverses it; another column starts ascending. */
export function nextSort<K extends string>(current: SortState<K>, key: K): { key: K; ascending: boolean } {
  return current.key === key ? { key, ascending: !current.ascending } : { key, ascending: true };
}

/** What a column header's aria-sort says. */
export function ariaSort<K extends string>(state: SortState<K>, key: K): 'ascending' | 'descending' | 'none' {
  return state.key !== key ? 'none' : state.ascending ? 'ascending' : 'descending';
}

/** A row's value in the sorted column: text, or a figure (null where it has none). */
export type SortValue = string | number | null;

/**
 * Two rows by one column. Text sorts alphabetically; figures by size, missing last whichever the direction
 * (a column holds one or the other: text beside a figure counts as a missing figure). Ties go to the name, A to Z.
 */
export function compareRows(a: { value: SortValue; name: string }, b: { value: SortValue; name: string }, ascending: boolean): number {
  if (typeof a.value === 'string' && typeof b.value === 'string') return (ascending ? 1 : -1) * a.value.localeCompare(b.value) || a.name.localeCompare(b.name);
  const figure = (value: SortValue): number | null => (typeof value === 'number' ? value : null);
  return byFigureThenName({ value: figure(a.value), name: a.name }, { value: figure(b.value), name: b.name }, ascending);
}

/** A sorted copy of the rows by the value `valueOf` gives each. */
export function sortBy<R extends { name: string }>(rows: readonly R[], valueOf: (row: R) => SortValue, ascending: boolean): R[] {
  return [...rows].sort((a, b) => compareRows({ value: valueOf(a), name: a.name }, { value: valueOf(b), name: b.name }, ascending));
}
