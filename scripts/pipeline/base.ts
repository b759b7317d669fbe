import type { NamedCode } from '../../src/lib/data/types.ts';
import { LAD_CODE, REGION_CODE, UTLA_CODE } from '../../src/lib/data/codes.ts';
import { codeCell, failAt, nonEmptyTextCell, type Row, type Table } from './csv.ts';
import { describeSetDifference, PipelineError } from './errors.ts';

export const LAD_LOOKUP_COLUMNS = ['vintage', 'lad_cd', 'lad_nm', 'utla_cd', 'utla_nm', 'rgn_cd', 'rgn_nm'] as const;

/** A district of one vintage with its upper tier and region. */
export interface LookupEntry {
  lad: NamedCode;
  utla: NamedCode;
  region: NamedCode;
  row: Row;
}

/**
 * The rows of one vintage of the district → upper tier → region lookup, keyed by district code.
 * Fails on a duplicate district: one district with two parents would make every later join ambiguous.
 */
export function lookupVintage(table: Table, vintage: string): Map<string, LookupEntry> {
  const byCode = new Map<string, LookupEntry>();
  for (const row of table.rows) {
    if (nonEmptyTextCell(row, 'vintage') !== vintage) continue;
    const code = codeCell(row, 'lad_cd', LAD_CODE, 'district (E06–E09)');
    if (byCode.has(code)) failAt(row, 'lad_cd', `duplicate district ${code} in vintage ${vintage}`);
    byCode.set(code, {
      lad: { code, name: nonEmptyTextCell(row, 'lad_nm') },
      utla: { code: codeCell(row, 'utla_cd', UTLA_CODE, 'upper-tier (E06/E08/E09/E10)'), name: nonEmptyTextCell(row, 'utla_nm') },
      region: { code: codeCell(row, 'rgn_cd', REGION_CODE, 'region (E12)'), name: nonEmptyTextCell(row, 'rgn_nm') },
      row,
    });
  }
  if (byCode.size === 0) throw new PipelineError({ file: table.file, column: 'vintage' }, `no rows for vintage ${vintage}`);
  return byCode;
}

export interface BaseArea {
  code: string;
  name: string;
  utla: NamedCode;
  region: NamedCode;
}

/** The base geography: the 2020 districts, in code order so every output lists areas the same way. */
export function baseAreas(lookup2020: ReadonlyMap<string, LookupEntry>): BaseArea[] {
  return [...lookup2020.values()]
    .map((e) => ({ code: e.lad.code, name: e.lad.name, utla: e.utla, region: e.region }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Fails, naming the differing codes, unless `file` supplies exactly the base codes. */
export function assertSameCodes(
  file: string,
  baseLabel: string,
  base: ReadonlySet<string>,
  otherLabel: string,
  other: ReadonlySet<string>,
): void {
  const diff = describeSetDifference(baseLabel, base, otherLabel, other);
  if (diff !== null) throw new PipelineError({ file }, `district codes differ from the base geography: ${diff}`);
}
