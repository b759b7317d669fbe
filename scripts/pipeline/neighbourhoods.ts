// The 6,791 MSOAs of 2011 as a second geography: their figures from the ONS 2009–13 MSOA table (each with its
// 95% interval, its 2020 district and its ranks), and their boundaries as GeoJSON for the tiler.
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import {
  NEIGHBOURHOOD_MEASURES,
  NEIGHBOURHOOD_SCHEMA_VERSION,
  type NeighbourhoodColumns,
  type NeighbourhoodFile,
  type NeighbourhoodMeasureId,
} from '../../src/lib/data/neighbourhoods.ts';
import { MSOA_CODE } from '../../src/lib/data/codes.ts';
import { codeCell, failAt, nonEmptyTextCell, numberCell, type Row, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { parseSex } from './hle2009.ts';
import type { MsoaEntry } from './msoa.ts';
import { rankDescending } from './rank.ts';
import { roundTo } from './stats.ts';
import type { AreaFeatures } from './layers.ts';
import { topologyFeatures } from './topoFeatures.ts';

export const NEIGHBOURHOOD_COLUMNS = ['msoa_code', 'msoa_name', 'sex', 'hle_years', 'hle_lci95', 'hle_uci95', 'le_years', 'le_lci95', 'le_uci95'] as const;

const MSOA = GEOGRAPHIES.msoa2011;

interface Estimate {
  value: number;
  lci: number;
  uci: number;
}

interface SourceRow {
  name: string;
  figures: Partial<Record<NeighbourhoodMeasureId, Estimate>>;
}

function estimateCells(row: Row, prefix: 'hle' | 'le'): Estimate {
  const value = numberCell(row, `${prefix}_years`);
  const lci = numberCell(row, `${prefix}_lci95`);
  const uci = numberCell(row, `${prefix}_uci95`);
  if (!(lci <= value && value <= uci)) failAt(row, `${prefix}_years`, `value ${value} lies outside its interval ${lci}–${uci}`);
  return { value, lci, uci };
}

/** One entry per MSOA of the table, with each sex's HLE and LE; every MSOA must be in the district lookup. */
export function parseNeighbourhoodTable(table: Table, lookup: ReadonlyMap<string, MsoaEntry>): Map<string, SourceRow> {
  const byCode = new Map<string, SourceRow>();
  for (const row of table.rows) {
    const code = codeCell(row, 'msoa_code', MSOA_CODE, 'MSOA (E02)');
    if (!lookup.has(code)) failAt(row, 'msoa_code', `unknown MSOA ${code}: not in the MSOA → district lookup`);
    const name = nonEmptyTextCell(row, 'msoa_name');
    const entry = byCode.get(code) ?? { name, figures: {} };
    if (entry.name !== name) failAt(row, 'msoa_name', `${code} is called both “${entry.name}” and “${name}”`);
    const sex = parseSex(row, 'sex');
    for (const measure of NEIGHBOURHOOD_MEASURES) {
      if (measure.sex !== sex) continue;
      if (entry.figures[measure.id] !== undefined) failAt(row, 'msoa_code', `duplicate ${sex} row for ${code}`);
      entry.figures[measure.id] = estimateCells(row, measure.column);
    }
    byCode.set(code, entry);
  }
  return byCode;
}

/** Competition ranks, 1 = lowest value; null stays null and is not counted. */
export function ranksFromLowest(values: readonly (number | null)[]): (number | null)[] {
  const present = values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
  const ranks = rankDescending(present.map((p) => -p.v));
  const out: (number | null)[] = values.map(() => null);
  present.forEach((p, k) => (out[p.i] = ranks[k] ?? null));
  return out;
}

/**
 * The figures file: every MSOA of the lookup, in code order, with its name, district, population and, per
 * measure, the published value and interval to 1 decimal (as ONS's own tables show them) and its ranks,
 * made on the unrounded values.
 * Every MSOA must have a boundary and a row in the table, and the lookup must hold the geography's count.
 */
export function neighbourhoodFile(
  rows: ReadonlyMap<string, SourceRow>,
  lookup: ReadonlyMap<string, MsoaEntry>,
  boundaryCodes: ReadonlySet<string>,
  files: { table: string; lookup: string; boundaries: string },
  source: string,
  expectedCount: number = MSOA.count,
): NeighbourhoodFile {
  const codes = [...lookup.keys()].sort();
  if (codes.length !== expectedCount) throw new PipelineError({ file: files.lookup, column: 'msoa11cd' }, `${codes.length} MSOAs, expected ${expectedCount}`);
  const noRow = codes.filter((c) => !rows.has(c));
  if (noRow.length > 0) throw new PipelineError({ file: files.table, column: 'msoa_code' }, `no rows for ${noRow.length} MSOAs: ${noRow.slice(0, 5).join(', ')}`);
  const noBoundary = codes.filter((c) => !boundaryCodes.has(c));
  const stray = [...boundaryCodes].filter((c) => !lookup.has(c));
  if (noBoundary.length > 0 || stray.length > 0) {
    throw new PipelineError(
      { file: files.boundaries, column: 'code' },
      `boundaries and lookup differ: ${noBoundary.length} MSOAs without a boundary (${noBoundary.slice(0, 5).join(', ')}), ${stray.length} boundaries not in the lookup (${stray.slice(0, 5).join(', ')})`,
    );
  }
  const entry = (code: string): MsoaEntry => lookup.get(code)!;
  const districts = codes.map((c) => entry(c).lad20);
  const measures = {} as Record<NeighbourhoodMeasureId, NeighbourhoodColumns>;
  for (const { id } of NEIGHBOURHOOD_MEASURES) {
    // Every code has a row: checked above.
    const raw = codes.map((c) => rows.get(c)!.figures[id] ?? null);
    const values = raw.map((e) => e?.value ?? null);
    const rankInDistrict: (number | null)[] = codes.map(() => null);
    const byDistrict = new Map<string, number[]>();
    districts.forEach((d, i) => byDistrict.set(d, [...(byDistrict.get(d) ?? []), i]));
    for (const indexes of byDistrict.values()) {
      const ranks = ranksFromLowest(indexes.map((i) => values[i] ?? null));
      indexes.forEach((i, k) => (rankInDistrict[i] = ranks[k] ?? null));
    }
    const round = (n: number | undefined): number | null => (n === undefined ? null : roundTo(n, 1));
    measures[id] = {
      value: raw.map((e) => round(e?.value)),
      lci: raw.map((e) => round(e?.lci)),
      uci: raw.map((e) => round(e?.uci)),
      rankInDistrict,
      rankInEngland: ranksFromLowest(values),
      ranked: values.filter((v) => v !== null).length,
    };
  }
  return {
    schemaVersion: NEIGHBOURHOOD_SCHEMA_VERSION,
    geography: 'msoa2011',
    codes,
    names: codes.map((c) => rows.get(c)!.name),
    districts,
    population: codes.map((c) => entry(c).population),
    measures,
    source,
  };
}

/** The MSOAs of the TopoJSON object `msoa2011`, keeping only their code (names travel in the figures file). */
export function neighbourhoodFeatures(text: string, file: string): AreaFeatures {
  return topologyFeatures(text, file, { object: MSOA.id, codeProperty: MSOA.idProperty, codePattern: MSOA_CODE });
}
