import { describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import { MSOA_LOOKUP_COLUMNS, msoaLookup, populationByLad19 } from './msoa.ts';

const HEADER = 'msoa11cd,msoa11nm,lad19cd,lad20cd,pop_mid2019_persons';
const ROWS = ['E02000001,A 001,E07000004,E06000060,100', 'E02000002,A 002,E07000005,E06000060,250', 'E02000003,B 001,E06000001,E06000001,90'];
const run = (rows = ROWS) => msoaLookup(parseTable([HEADER, ...rows].join('\n'), 'lookups/m.csv', MSOA_LOOKUP_COLUMNS), new Set(['E06000060', 'E06000001']));

describe('msoaLookup', () => {
  it('maps MSOAs to 2019 and 2020 districts with population', () => {
    const lookup = run();
    expect(lookup.get('E02000002')).toMatchObject({ lad19: 'E07000005', lad20: 'E06000060', population: 250 });
    expect(populationByLad19(lookup).get('E07000004')).toBe(100);
  });

  it('rejects unknown districts, duplicate MSOAs and bad populations', () => {
    expect(() => run([...ROWS, 'E02000004,C,E07000999,E07000999,5'])).toThrow(/data row 4 \(line 5\), column "lad20cd": unknown district E07000999/);
    expect(() => run([...ROWS, ROWS[0] ?? ''])).toThrow(/data row 4 \(line 5\), column "msoa11cd": duplicate MSOA E02000001/);
    expect(() => run(['E02000001,A,E06000001,E06000001,lots'])).toThrow(/column "pop_mid2019_persons": not a number/);
  });

  it('names a bad code by kind, refuses a negative population and takes a zero one', () => {
    expect(() => run(['E01000001,A,E06000001,E06000001,5'])).toThrow('lookups/m.csv, data row 1 (line 2), column "msoa11cd": not a valid MSOA (E02) code: "E01000001"');
    expect(() => run(['E02000001,A,E06000001,E10000001,5'])).toThrow('lookups/m.csv, data row 1 (line 2), column "lad20cd": not a valid district (E06–E09) code: "E10000001"');
    expect(() => run(['E02000001,A,E10000001,E06000001,5'])).toThrow('lookups/m.csv, data row 1 (line 2), column "lad19cd": not a valid district (E06–E09) code: "E10000001"');
    expect(() => run(['E02000001,A,E06000001,E06000001,-1'])).toThrow('lookups/m.csv, data row 1 (line 2), column "pop_mid2019_persons": negative population -1');
    expect(run(['E02000001,A,E06000001,E06000001,0']).get('E02000001')?.population).toBe(0);
  });
});

