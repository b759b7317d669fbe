import { beforeEach, describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import type { MsoaEntry } from './msoa.ts';
import { msoaGapFigures } from './msoaGap.ts';
import { NEIGHBOURHOOD_COLUMNS, neighbourhoodFile, parseNeighbourhoodTable } from './neighbourhoods.ts';

const HEADER = NEIGHBOURHOOD_COLUMNS.join(',');
const row = (code: string, name: string, sex: string, hle: number): string => `${code},${name},${sex},${hle},${hle - 1},${hle + 1},80,79,81`;
const entry = (lad20: string): MsoaEntry => ({ lad19: lad20, lad20, population: 1000, row: { file: 'l.csv', dataRow: 1, line: 2, cells: new Map() } });

describe('msoaGapFigures on a fixture', () => {
  // Alpha: three neighbourhoods (58.26 rounds to 58.3, 64.04 to 64.0); Beta: one, so no spread.
  const table = () => parseTable(
    [
      HEADER,
      row('E02000001', 'Alpha 001', 'Male', 58.26),
      row('E02000002', 'Alpha 002', 'Male', 64.04),
      row('E02000003', 'Alpha 003', 'Male', 61),
      row('E02000004', 'Beta 001', 'Male', 70),
      row('E02000001', 'Alpha 001', 'Female', 66),
    ].join('\n'),
    't.csv',
    NEIGHBOURHOOD_COLUMNS,
  );
  const lookup = new Map([
    ['E02000001', entry('E06000001')],
    ['E02000002', entry('E06000001')],
    ['E02000003', entry('E06000001')],
    ['E02000004', entry('E06000002')],
  ]);
  let file: ReturnType<typeof neighbourhoodFile>;
  beforeEach(() => {
    file = neighbourhoodFile(parseNeighbourhoodTable(table(), lookup), lookup, new Set(lookup.keys()), { table: 't', lookup: 'l', boundaries: 'b' }, 'src', 4);
  });

  it('gives the highest minus the lowest published value, saying how many estimates it spans', () => {
    const figures = msoaGapFigures(file, 'male', ['E06000001', 'E06000002']);
    expect(figures.id).toBe('hle-male-msoa-gap');
    expect(figures.england).toBeNull();
    expect(figures.byArea['E06000001']).toEqual({
      value: 5.7,
      status: 'official',
      detail: 'Range of 3 neighbourhood estimates, each with its own 95% interval: 58.3 to 64.0 years',
    });
  });

  it('has no figure where fewer than two neighbourhoods have one, and says how many lack one', () => {
    expect(msoaGapFigures(file, 'male', ['E06000002']).byArea['E06000002']).toEqual({ value: null, status: 'missing-at-source' });
    expect(msoaGapFigures(file, 'female', ['E06000001']).byArea['E06000001']).toEqual({ value: null, status: 'missing-at-source' });
  });
});

describe('msoaGapFigures at the edge', () => {
  it('measures a district of exactly two neighbourhoods with a figure, saying how many have none', () => {
    const table = parseTable(
      [HEADER, row('E02000005', 'Gamma 001', 'Male', 60), row('E02000006', 'Gamma 002', 'Male', 62.5), row('E02000007', 'Gamma 003', 'Female', 65)].join('\n'),
      't.csv',
      NEIGHBOURHOOD_COLUMNS,
    );
    const lookup = new Map([
      ['E02000005', entry('E06000003')],
      ['E02000006', entry('E06000003')],
      ['E02000007', entry('E06000003')],
    ]);
    const file = neighbourhoodFile(parseNeighbourhoodTable(table, lookup), lookup, new Set(lookup.keys()), { table: 't', lookup: 'l', boundaries: 'b' }, 'src', 3);
    expect(msoaGapFigures(file, 'male', ['E06000003']).byArea['E06000003']).toEqual({
      value: 2.5,
      status: 'official',
      detail: 'Range of 2 neighbourhood estimates, each with its own 95% interval (1 without a figure): 60.0 to 62.5 years',
    });
  });
});

