import { describe, expect, it } from 'vitest';
import { assertSameCodes, baseAreas, LAD_LOOKUP_COLUMNS, lookupVintage } from './base.ts';
import { parseTable } from './csv.ts';

const FILE = 'boundaries/lookup.csv';
const HEADER = 'vintage,lad_cd,lad_nm,utla_cd,utla_nm,rgn_cd,rgn_nm,derived_from';
const table = (rows: string[]) => parseTable([HEADER, ...rows].join('\n'), FILE, LAD_LOOKUP_COLUMNS);

describe('lookupVintage and baseAreas', () => {
  it('keeps one vintage, sorted by code, with upper tier and region', () => {
    const t = table([
      '2020,E07000008,Cambridge,E10000003,Cambridgeshire,E12000006,East of England,x',
      '2020,E06000001,Hartlepool,E06000001,Hartlepool,E12000001,North East,x',
      '2021,E06000001,Hartlepool,E06000001,Hartlepool,E12000001,North East,x',
    ]);
    const base = baseAreas(lookupVintage(t, '2020'));
    expect(base.map((a) => a.code)).toEqual(['E06000001', 'E07000008']);
    expect(base[1]).toMatchObject({ name: 'Cambridge', utla: { code: 'E10000003' }, region: { name: 'East of England' } });
  });

  it('fails on a duplicate district, naming file, row and column', () => {
    const t = table(['2020,E06000001,A,E06000001,A,E12000001,NE,x', '2020,E06000001,A,E06000001,A,E12000001,NE,x']);
    expect(() => lookupVintage(t, '2020')).toThrow(/^boundaries\/lookup\.csv, data row 2 \(line 3\), column "lad_cd": duplicate district E06000001/);
  });

  it('fails on a malformed code', () => {
    const t = table(['2020,S12000033,Aberdeen,S12000033,Aberdeen,S92000003,Scotland,x']);
    expect(() => lookupVintage(t, '2020')).toThrow(/data row 1 \(line 2\), column "lad_cd": not a valid district/);
  });

  it('names the kind of code a malformed upper tier or region should be', () => {
    expect(() => lookupVintage(table(['2020,E06000001,A,E12000001,A,E12000001,NE,x']), '2020')).toThrow(
      'boundaries/lookup.csv, data row 1 (line 2), column "utla_cd": not a valid upper-tier (E06/E08/E09/E10) code: "E12000001"',
    );
    expect(() => lookupVintage(table(['2020,E06000001,A,E06000001,A,E10000001,NE,x']), '2020')).toThrow(
      'boundaries/lookup.csv, data row 1 (line 2), column "rgn_cd": not a valid region (E12) code: "E10000001"',
    );
  });

  it('fails when the vintage is absent', () => {
    expect(() => lookupVintage(table(['2019,E06000001,A,E06000001,A,E12000001,NE,x']), '2020')).toThrow(/column "vintage": no rows for vintage 2020/);
  });
});

describe('assertSameCodes', () => {
  it('names the codes on each side', () => {
    expect(() => assertSameCodes('geo.json', 'base', new Set(['E06000001', 'E06000002']), 'features', new Set(['E06000002', 'E06000099']))).toThrow(
      'geo.json: district codes differ from the base geography: in base but not in features: E06000001; in features but not in base: E06000099',
    );
  });

  it('passes on equal sets', () => {
    expect(() => assertSameCodes('f', 'a', new Set(['x']), 'b', new Set(['x']))).not.toThrow();
  });
});
