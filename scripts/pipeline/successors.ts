import type { LookupEntry } from './base.ts';
import { northantsSuccessors, successorsByName } from './hle2018.ts';

/**
 * The April 2023 unitaries and the 2020 districts each replaced (the Cumbria, North Yorkshire and Somerset
 * structural changes orders list them by name; each name is checked against the 2020 lookup).
 */
export const SUCCESSORS_2023: readonly { successor: string; districts: readonly string[] }[] = [
  { successor: 'E06000063', districts: ['Allerdale', 'Carlisle', 'Copeland'] },
  { successor: 'E06000064', districts: ['Barrow-in-Furness', 'Eden', 'South Lakeland'] },
  { successor: 'E06000065', districts: ['Craven', 'Hambleton', 'Harrogate', 'Richmondshire', 'Ryedale', 'Scarborough', 'Selby'] },
  { successor: 'E06000066', districts: ['Mendip', 'Sedgemoor', 'Somerset West and Taunton', 'South Somerset'] },
];

/**
 * 2020 district → the 2023 district that replaced it, for every 2020 district with no code of its own in
 * 2023-coded data: Northamptonshire's (2021) and the 2023 unitaries' predecessors.
 */
export function successorsBy2023(lookup2020: ReadonlyMap<string, LookupEntry>, lookupFile: string): Map<string, string> {
  return new Map([...northantsSuccessors(lookup2020, lookupFile), ...successorsByName(lookup2020, lookupFile, SUCCESSORS_2023, 'a district replaced in April 2023')]);
}

/** Barnsley's and Sheffield's April 2024 codes (a boundary change between them) → their 2020 codes. */
export const RECODED_2024: Readonly<Record<string, string>> = { E08000038: 'E08000016', E08000039: 'E08000019' };
