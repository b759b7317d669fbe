import { describe, expect, it } from 'vitest';
import { EXPECTED_DISTRICTS, read, readDistricts } from './buildBase.ts';
import { LAD_LOOKUP_COLUMNS } from './base.ts';
import { RAW_FILES } from './files.ts';
import { VENDORED_RAW_DIR } from './paths.ts';
import { fsSource, memorySource } from './source.ts';

describe('read', () => {
  it('parses a raw file as a table with the columns asked for, recording the read', () => {
    const source = memorySource({ 'a/b.csv': 'x,y\n1,2\n' });
    const table = read(source, 'a/b.csv', ['y']);
    expect(table.header).toEqual(['x', 'y']);
    expect(table.rows.map((row) => row.cells.get('y'))).toEqual(['2']);
    expect(source.inputs().map((input) => input.path)).toEqual(['a/b.csv']);
    expect(() => read(source, 'a/b.csv', ['z'])).toThrow('a/b.csv, line 1, column "z": required column is missing from the header (found: x, y)');
  });
});

describe('readDistricts', () => {
  it("reads England's 314 districts of 2020 with their boundaries, LUF categories and MSOAs, and logs that they agree", () => {
    const log: string[] = [];
    const districts = readDistricts(fsSource(VENDORED_RAW_DIR), (line) => log.push(line));
    expect(EXPECTED_DISTRICTS).toBe(314);
    expect(districts.base).toHaveLength(314);
    expect(districts.codes).toEqual(districts.base.map((area) => area.code));
    expect(districts.codes.slice(0, 2)).toEqual(['E06000001', 'E06000002']);
    expect([...districts.baseCodes]).toEqual(districts.codes);
    expect(districts.lookup2020.get('E07000008')?.utla).toEqual({ code: 'E10000003', name: 'Cambridgeshire' });
    expect(districts.ladLookup.file).toBe(RAW_FILES.ladLookup);
    expect(districts.features.features).toHaveLength(314);
    expect(districts.luf.get('E06000001')).toBe(1);
    expect(districts.msoas.size).toBe(6791);
    expect(log).toEqual(['Base: 314 districts (lookup vintage 2020) = boundary features = LUF England rows', 'LUF priority categories: 1: 93, 2: 108, 3: 113']);
  }, 60_000);

  it('stops when the 2020 vintage does not hold the 314 districts', () => {
    const lookup = [LAD_LOOKUP_COLUMNS.join(','), '2020,E06000001,Hartlepool,E06000001,Hartlepool,E12000001,North East'].join('\n');
    expect(() => readDistricts(memorySource({ [RAW_FILES.ladLookup]: lookup }), () => {})).toThrow(
      'boundaries/lookup_lad_utla_rgn_england_2018_2023_derived.csv, column "vintage": vintage 2020 has 1 districts, expected 314',
    );
  });
});
