import { LAD_CODE, MSOA_CODE } from '../../src/lib/data/codes.ts';
import { codeCell, failAt, integerCell, type Row, type Table } from './csv.ts';

export const MSOA_LOOKUP_COLUMNS = ['msoa11cd', 'lad19cd', 'lad20cd', 'pop_mid2019_persons'] as const;

export interface MsoaEntry {
  lad19: string;
  lad20: string;
  /** Mid-2019 population: the only MSOA population available here, used as an approximate weight. */
  population: number;
  row: Row;
}

/** MSOA 2011 → district (2019 and 2020 codes) with population. Every 2020 district must be a base district. */
export function msoaLookup(table: Table, baseCodes: ReadonlySet<string>): Map<string, MsoaEntry> {
  const byMsoa = new Map<string, MsoaEntry>();
  for (const row of table.rows) {
    const msoa = codeCell(row, 'msoa11cd', MSOA_CODE, 'MSOA (E02)');
    if (byMsoa.has(msoa)) failAt(row, 'msoa11cd', `duplicate MSOA ${msoa}`);
    const lad20 = codeCell(row, 'lad20cd', LAD_CODE, 'district (E06–E09)');
    if (!baseCodes.has(lad20)) failAt(row, 'lad20cd', `unknown district ${lad20}: not one of the ${baseCodes.size} base districts`);
    const population = integerCell(row, 'pop_mid2019_persons');
    if (population < 0) failAt(row, 'pop_mid2019_persons', `negative population ${population}`);
    byMsoa.set(msoa, { lad19: codeCell(row, 'lad19cd', LAD_CODE, 'district (E06–E09)'), lad20, population, row });
  }
  return byMsoa;
}

/** Sum of MSOA population per district of the 2019 or 2020 code set. */
export function populationByDistrict(lookup: ReadonlyMap<string, MsoaEntry>, vintage: 'lad19' | 'lad20'): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of lookup.values()) totals.set(e[vintage], (totals.get(e[vintage]) ?? 0) + e.population);
  return totals;
}

export function populationByLad19(lookup: ReadonlyMap<string, MsoaEntry>): Map<string, number> {
  return populationByDistrict(lookup, 'lad19');
}
