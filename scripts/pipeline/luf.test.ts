import { describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import { countByCategory, LUF_COLUMNS, lufCategories } from './luf.ts';

const FILE = 'funds/luf.csv';
const HEADER = 'name,code,country,priority_category,mysociety_la_code,matched_official_name,region';
const BASE = new Set(['E06000001', 'E07000008', 'E09000002']);
const run = (rows: string[], header = HEADER) => lufCategories(parseTable([header, ...rows].join('\n'), FILE, LUF_COLUMNS), BASE);
const GOOD = [
  'Hartlepool,E06000001,England,1,HPL,Hartlepool,North East',
  'Aberdeen City,S12000033,Scotland,2,ABE,Aberdeen,Scotland',
  'Cambridge,E07000008,England,3,CAB,Cambridge,East of England',
  'Barking and Dagenham,E09000002,England,1,BDG,"London Borough of Barking and Dagenham",London',
];

describe('lufCategories', () => {
  it('reads England rows only and counts categories', () => {
    const cats = run(GOOD);
    expect(cats.get('E06000001')).toBe(1);
    expect(cats.has('S12000033')).toBe(false);
    expect(countByCategory(cats)).toEqual({ 1: 2, 2: 0, 3: 1 });
  });

  it('rejects a category outside 1–3', () => {
    const rows = [...GOOD];
    rows[2] = 'Cambridge,E07000008,England,4,CAB,Cambridge,East of England';
    expect(() => run(rows)).toThrow(/^funds\/luf\.csv, data row 3 \(line 4\), column "priority_category": priority category must be 1, 2 or 3, got 4$/);
  });

  it('rejects a non-numeric category', () => {
    const rows = [...GOOD];
    rows[0] = 'Hartlepool,E06000001,England,one,HPL,Hartlepool,North East';
    expect(() => run(rows)).toThrow(/data row 1 \(line 2\), column "priority_category": not a number: "one"/);
  });

  it('rejects an unknown district', () => {
    expect(() => run([...GOOD, 'Nowhere,E07000999,England,2,NOW,Nowhere,North East'])).toThrow(
      /data row 5 \(line 6\), column "code": unknown district E07000999/,
    );
  });

  it('rejects a duplicate district', () => {
    expect(() => run([...GOOD, 'Hartlepool again,E06000001,England,2,HPL,Hartlepool,North East'])).toThrow(
      /data row 5 \(line 6\), column "code": duplicate district E06000001/,
    );
  });

  it('fails, naming the codes, when a base district is missing', () => {
    expect(() => run(GOOD.slice(0, 3))).toThrow(/in the base geography but not in the England rows: E09000002/);
  });

  it('fails on a renamed column', () => {
    expect(() => run(GOOD, HEADER.replace('priority_category', 'priority'))).toThrow(/funds\/luf\.csv, line 1, column "priority_category": required column is missing/);
  });
});

describe('lufCategories, exactly', () => {
  it('accepts each of the three categories', () => {
    const rows = [...GOOD];
    rows[2] = 'Cambridge,E07000008,England,2,CAB,Cambridge,East of England';
    expect(countByCategory(run(rows))).toEqual({ 1: 2, 2: 1, 3: 0 });
  });

  it('names a malformed English code exactly', () => {
    expect(() => run([...GOOD, 'Somerset,E10000027,England,2,SOM,Somerset,South West'])).toThrow(
      /^funds\/luf\.csv, data row 5 \(line 6\), column "code": not a valid English district \(E06–E09\) code: "E10000027"$/,
    );
  });
});
