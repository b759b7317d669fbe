import type { PostcodeLookup } from '../../src/lib/data/postcode.ts';
import { failAt, textCell, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';

// The postcode district → district lookup (lookups/postcode/SOURCE.md) made small enough to ship: per outward
// code, the English districts it lies in and any other nation it reaches. The nation comes from the code's first
// letter, never the file's country column, which spells Northern Ireland three ways.

export const POSTCODE_COLUMNS = ['postcode_district', 'lad_code', 'n_lads_for_district'] as const;

const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
/** In code order, so that an outward code reaching two other nations lists them sorted. */
const NATION_OF: Readonly<Record<string, string>> = { N: 'N92000002', S: 'S92000003', W: 'W92000004' };

/**
 * Every outward code with its districts. Stops on a malformed outward code, an English code that is not one of the
 * 2020 districts, a row count that disagrees with n_lads_for_district, or a district no postcode reaches.
 */
export function postcodeLookup(table: Table, baseCodes: readonly string[]): Record<string, string> {
  const base = new Set(baseCodes);
  const byOutward = new Map<string, { codes: string[]; count: number; row: (typeof table.rows)[number] }>();
  for (const row of table.rows) {
    const outward = textCell(row, 'postcode_district');
    if (!OUTWARD.test(outward)) failAt(row, 'postcode_district', `not an outward code: ${JSON.stringify(outward)}`);
    const code = textCell(row, 'lad_code');
    if (code.startsWith('E') ? !base.has(code) : !/^[WSN]\d{8}$/.test(code)) {
      failAt(row, 'lad_code', code.startsWith('E') ? `${code} is not one of the 2020 districts` : `not a UK district code: ${JSON.stringify(code)}`);
    }
    const count = Number(textCell(row, 'n_lads_for_district'));
    const seen = byOutward.get(outward) ?? { codes: [], count, row };
    if (seen.count !== count) failAt(row, 'n_lads_for_district', `${count}, but an earlier row of ${outward} says ${seen.count}`);
    if (seen.codes.includes(code)) failAt(row, 'lad_code', `${code} is listed twice for ${outward}`);
    seen.codes.push(code);
    byOutward.set(outward, seen);
  }
  const out: Record<string, string> = {};
  const reached = new Set<string>();
  for (const outward of [...byOutward.keys()].sort()) {
    const seen = byOutward.get(outward)!;
    if (seen.codes.length !== seen.count) failAt(seen.row, 'n_lads_for_district', `${outward} has ${seen.codes.length} rows but says ${seen.count}`);
    const english = seen.codes.filter((c) => c.startsWith('E')).sort();
    english.forEach((c) => reached.add(c));
    const nations = Object.entries(NATION_OF)
      .filter(([letter]) => seen.codes.some((c) => c.startsWith(letter)))
      .map(([, nation]) => nation);
    out[outward] = [...english, ...nations].join(' ');
  }
  const unreached = baseCodes.filter((c) => !reached.has(c));
  if (unreached.length > 0) throw new PipelineError({ file: table.file, column: 'lad_code' }, `no postcode district reaches ${unreached.join(', ')}`);
  return out satisfies PostcodeLookup;
}
