import type { LufCategory } from './sourceTypes.ts';
import { assertSameCodes } from './base.ts';
import { LAD_CODE } from '../../src/lib/data/codes.ts';
import { codeCell, failAt, integerCell, textCell, type Table } from './csv.ts';

export const LUF_COLUMNS = ['name', 'code', 'country', 'priority_category'] as const;

function isLufCategory(n: number): n is LufCategory {
  return n === 1 || n === 2 || n === 3;
}

/** Levelling Up Fund round 1 priority category per English district; every base district must have one. */
export function lufCategories(table: Table, baseCodes: ReadonlySet<string>): Map<string, LufCategory> {
  const byCode = new Map<string, LufCategory>();
  for (const row of table.rows) {
    // Scotland and Wales are in the same list; this product is about England.
    if (textCell(row, 'country') !== 'England') continue;
    const code = codeCell(row, 'code', LAD_CODE, 'English district (E06–E09)');
    if (!baseCodes.has(code)) failAt(row, 'code', `unknown district ${code}: not one of the ${baseCodes.size} base districts`);
    if (byCode.has(code)) failAt(row, 'code', `duplicate district ${code}`);
    const category = integerCell(row, 'priority_category');
    if (!isLufCategory(category)) failAt(row, 'priority_category', `priority category must be 1, 2 or 3, got ${category}`);
    byCode.set(code, category);
  }
  assertSameCodes(table.file, 'the base geography', baseCodes, 'the England rows', new Set(byCode.keys()));
  return byCode;
}

export function countByCategory(categories: ReadonlyMap<string, LufCategory>): Record<LufCategory, number> {
  const counts: Record<LufCategory, number> = { 1: 0, 2: 0, 3: 0 };
  for (const c of categories.values()) counts[c]++;
  return counts;
}
