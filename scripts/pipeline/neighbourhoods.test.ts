import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import { RAW_FILES } from './files.ts';
import { MSOA_LOOKUP_COLUMNS, msoaLookup, type MsoaEntry } from './msoa.ts';
import { NEIGHBOURHOOD_COLUMNS, neighbourhoodFeatures, neighbourhoodFile, parseNeighbourhoodTable, ranksFromLowest } from './neighbourhoods.ts';
import { rawDataDir } from './paths.ts';
import { fsSource } from './source.ts';
import { geographyTileSet } from './tiles.ts';
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import { NEIGHBOURHOOD_SCHEMA_VERSION } from '../../src/lib/data/neighbourhoods.ts';

const FILES = { table: 't.csv', lookup: 'l.csv', boundaries: 'b.json' };
const HEADER = NEIGHBOURHOOD_COLUMNS.join(',');
const row = (code: string, name: string, sex: string, hle: number, le: number): string => `${code},${name},${sex},${hle},${hle - 1},${hle + 1},${le},${le - 1},${le + 1}`;
const entry = (lad20: string, population: number): MsoaEntry => ({ lad19: lad20, lad20, population, row: { file: 'l.csv', dataRow: 1, line: 2, cells: new Map() } });

describe('ranksFromLowest', () => {
  it('ranks the lowest 1, shares ties and skips nulls', () => {
    expect(ranksFromLowest([60, null, 55, 60, 70])).toEqual([2, null, 1, 2, 4]);
  });
});

describe('neighbourhoodFile on a fixture', () => {
  const table = parseTable(
    [HEADER, row('E02000003', 'Alpha 002', 'Male', 60.123, 80), row('E02000001', 'Alpha 001', 'Male', 55.06, 78), row('E02000002', 'Beta 001', 'Male', 58, 79), row('E02000001', 'Alpha 001', 'Female', 62, 83)].join('\n'),
    't.csv',
    NEIGHBOURHOOD_COLUMNS,
  );
  const lookup = new Map([
    ['E02000001', entry('E06000001', 100)],
    ['E02000002', entry('E06000002', 200)],
    ['E02000003', entry('E06000001', 300)],
  ]);
  const codes = new Set(lookup.keys());

  it('needs the geography’s 6,791 MSOAs', () => {
    expect(() => neighbourhoodFile(parseNeighbourhoodTable(table, lookup), lookup, codes, FILES, 'src')).toThrow('l.csv, column "msoa11cd": 3 MSOAs, expected 6791');
  });

  it('refuses an MSOA of the table that the lookup does not know', () => {
    expect(() => parseNeighbourhoodTable(table, new Map([['E02000001', entry('E06000001', 1)]]))).toThrow(
      't.csv, data row 1 (line 2), column "msoa_code": unknown MSOA E02000003: not in the MSOA → district lookup',
    );
  });

  it('refuses a value outside its own interval', () => {
    const bad = parseTable([HEADER, 'E02000001,Alpha 001,Male,60,61,62,80,79,81'].join('\n'), 't.csv', NEIGHBOURHOOD_COLUMNS);
    expect(() => parseNeighbourhoodTable(bad, lookup)).toThrow('value 60 lies outside its interval 61–62');
  });

  it('ranks within the district and in England, lowest first, and rounds to 1 decimal', () => {
    const file = neighbourhoodFile(parseNeighbourhoodTable(table, lookup), lookup, codes, FILES, 'src', 3);
    expect(file.codes).toEqual(['E02000001', 'E02000002', 'E02000003']);
    expect(file.names).toEqual(['Alpha 001', 'Beta 001', 'Alpha 002']);
    expect(file.districts).toEqual(['E06000001', 'E06000002', 'E06000001']);
    expect(file.population).toEqual([100, 200, 300]);
    expect(file.measures['hle-male']).toEqual({
      value: [55.1, 58, 60.1],
      lci: [54.1, 57, 59.1],
      uci: [56.1, 59, 61.1],
      rankInDistrict: [1, 1, 2],
      rankInEngland: [1, 2, 3],
      ranked: 3,
    });
    expect(file.measures['hle-female'].value).toEqual([62, null, null]);
    expect(file.measures['hle-female'].rankInEngland).toEqual([1, null, null]);
  });

  it('refuses an MSOA named two ways, a second row for the same sex, and a code that is not an MSOA’s', () => {
    const parse = (...rows: string[]) => () => parseNeighbourhoodTable(parseTable([HEADER, ...rows].join('\n'), 't.csv', NEIGHBOURHOOD_COLUMNS), lookup);
    expect(parse(row('E02000001', 'Alpha 001', 'Male', 55, 78), row('E02000001', 'Alpha One', 'Female', 62, 83))).toThrow(
      't.csv, data row 2 (line 3), column "msoa_name": E02000001 is called both “Alpha 001” and “Alpha One”',
    );
    expect(parse(row('E02000001', 'Alpha 001', 'Male', 55, 78), row('E02000001', 'Alpha 001', 'Male', 56, 79))).toThrow(
      't.csv, data row 2 (line 3), column "msoa_code": duplicate male row for E02000001',
    );
    expect(parse(row('E01000001', 'Alpha 001', 'Male', 55, 78))).toThrow('t.csv, data row 1 (line 2), column "msoa_code": not a valid MSOA (E02) code: "E01000001"');
  });

  it('accepts a value on the edge of its interval and refuses one above it, for life expectancy too', () => {
    const parse = (line: string) => parseNeighbourhoodTable(parseTable([HEADER, line].join('\n'), 't.csv', NEIGHBOURHOOD_COLUMNS), lookup);
    expect(parse('E02000001,Alpha 001,Male,60,60,60,80,80,80').get('E02000001')).toEqual({
      name: 'Alpha 001',
      figures: { 'hle-male': { value: 60, lci: 60, uci: 60 }, 'le-male': { value: 80, lci: 80, uci: 80 } },
    });
    expect(() => parse('E02000001,Alpha 001,Male,63,61,62,80,79,81')).toThrow('t.csv, data row 1 (line 2), column "hle_years": value 63 lies outside its interval 61–62');
    expect(() => parse('E02000001,Alpha 001,Female,60,59,61,82,79,81')).toThrow('t.csv, data row 1 (line 2), column "le_years": value 82 lies outside its interval 79–81');
  });

  it('names the first five MSOAs of the lookup with no row in the table', () => {
    const more = new Map([...lookup, ...['04', '05', '06', '07', '08', '09'].map((n) => [`E020000${n}`, entry('E06000002', 1)] as const)]);
    expect(() => neighbourhoodFile(parseNeighbourhoodTable(table, lookup), more, new Set(more.keys()), FILES, 'src', 9)).toThrow(
      /^t\.csv, column "msoa_code": no rows for 6 MSOAs: E02000004, E02000005, E02000006, E02000007, E02000008$/,
    );
  });

  it('says which side a boundary mismatch is on, five codes at most', () => {
    const rows = parseNeighbourhoodTable(table, lookup);
    expect(() => neighbourhoodFile(rows, lookup, new Set(['E02000001']), FILES, 'src', 3)).toThrow(
      'boundaries and lookup differ: 2 MSOAs without a boundary (E02000002, E02000003), 0 boundaries not in the lookup ()',
    );
    const stray = ['E02000011', 'E02000012', 'E02000013', 'E02000014', 'E02000015', 'E02000016'];
    expect(() => neighbourhoodFile(rows, lookup, new Set([...lookup.keys(), ...stray]), FILES, 'src', 3)).toThrow(
      /boundaries and lookup differ: 0 MSOAs without a boundary \(\), 6 boundaries not in the lookup \(E02000011, E02000012, E02000013, E02000014, E02000015\)$/,
    );
    const more = new Map([...lookup, ...stray.map((code) => [code, entry('E06000002', 1)] as const)]);
    const moreRows = parseNeighbourhoodTable(parseTable([HEADER, ...stray.map((code) => row(code, code, 'Male', 60, 80))].join('\n'), 't.csv', NEIGHBOURHOOD_COLUMNS), more);
    expect(() => neighbourhoodFile(new Map([...rows, ...moreRows]), more, new Set(['E02000001', 'E02000002', 'E02000003']), FILES, 'src', 9)).toThrow(
      /boundaries and lookup differ: 6 MSOAs without a boundary \(E02000011, E02000012, E02000013, E02000014, E02000015\), 0 boundaries not in the lookup \(\)$/,
    );
  });

  it('lists the MSOAs in code order whatever the lookup’s order', () => {
    const reversed = new Map([...lookup].reverse());
    expect(neighbourhoodFile(parseNeighbourhoodTable(table, reversed), reversed, codes, FILES, 'src', 3).codes).toEqual(['E02000001', 'E02000002', 'E02000003']);
  });

  it('writes every measure, with the file’s version, geography and source, and leaves a missing figure unranked', () => {
    const file = neighbourhoodFile(parseNeighbourhoodTable(table, lookup), lookup, codes, FILES, 'the source', 3);
    expect([file.schemaVersion, file.geography, file.source]).toEqual([NEIGHBOURHOOD_SCHEMA_VERSION, 'msoa2011', 'the source']);
    expect(Object.keys(file.measures)).toEqual(['hle-male', 'hle-female', 'le-male', 'le-female']);
    expect(file.measures['le-male']).toEqual({ value: [78, 79, 80], lci: [77, 78, 79], uci: [79, 80, 81], rankInDistrict: [1, 1, 2], rankInEngland: [1, 2, 3], ranked: 3 });
    expect(file.measures['hle-female']).toEqual({ value: [62, null, null], lci: [61, null, null], uci: [63, null, null], rankInDistrict: [1, null, null], rankInEngland: [1, null, null], ranked: 1 });
  });

  it('needs a boundary for every MSOA and no other', () => {
    expect(() => neighbourhoodFile(parseNeighbourhoodTable(table, lookup), lookup, new Set(['E02000001', 'E02000002', 'E02000009']), FILES, 'src', 3)).toThrow(
      'b.json, column "code": boundaries and lookup differ: 1 MSOAs without a boundary (E02000003), 1 boundaries not in the lookup (E02000009)',
    );
  });
});

const RAW = rawDataDir();
describe.skipIf(!existsSync(path.join(RAW, RAW_FILES.msoaBoundaries)))('the real MSOA data', () => {
  // Read once, on first use inside a test rather than while the file is collected: Stryker then sees which
  // test covers the reading, and a mutant that breaks it fails that test.
  const read = () => {
    const source = fsSource(RAW);
    const lookupTable = parseTable(source.readText(RAW_FILES.msoaLookup), RAW_FILES.msoaLookup, MSOA_LOOKUP_COLUMNS);
    const lookup = msoaLookup(lookupTable, new Set(lookupTable.rows.map((r) => r.cells.get('lad20cd') ?? '')));
    const features = neighbourhoodFeatures(source.readText(RAW_FILES.msoaBoundaries), RAW_FILES.msoaBoundaries);
    const file = neighbourhoodFile(
      parseNeighbourhoodTable(parseTable(source.readText(RAW_FILES.hle2009Msoa), RAW_FILES.hle2009Msoa, NEIGHBOURHOOD_COLUMNS), lookup),
      lookup,
      new Set(features.features.map((f) => f.properties.code)),
      { table: RAW_FILES.hle2009Msoa, lookup: RAW_FILES.msoaLookup, boundaries: RAW_FILES.msoaBoundaries },
      'src',
    );
    return { features, file };
  };
  let real: ReturnType<typeof read> | undefined;
  const data = () => (real ??= read());

  it('matches all 6,791 MSOAs: boundaries, district and figures', () => {
    const { features, file } = data();
    expect(features.features).toHaveLength(6791);
    expect(file.codes).toHaveLength(6791);
    expect(file.measures['hle-male'].ranked).toBe(6790);
    expect(file.measures['hle-female'].ranked).toBe(6786);
    // The first test to run reads the real files: seconds on a busy machine.
  }, 60_000);

  it('gives Hartlepool its 12 MSOAs, male HLE 53.3 (Hartlepool 002) to 67.5 (Hartlepool 014)', () => {
    const { file } = data();
    const inHartlepool = file.codes.map((_, i) => i).filter((i) => file.districts[i] === 'E06000001');
    const male = file.measures['hle-male'];
    expect(inHartlepool).toHaveLength(12);
    const seven = file.names.indexOf('Hartlepool 007');
    expect([male.value[seven], male.lci[seven], male.uci[seven], male.rankInDistrict[seven], male.rankInEngland[seven]]).toEqual([54.6, 53.3, 55.8, 5, 428]);
    const byValue = inHartlepool.map((i) => [male.value[i], file.names[i]]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(byValue[0]).toEqual([53.3, 'Hartlepool 002']);
    expect(byValue.at(-1)).toEqual([67.5, 'Hartlepool 014']);
  });

  it('cuts tiles only at the zooms neighbourhoods are drawn at', () => {
    const { features } = data();
    const { tileJson, tiles } = geographyTileSet(GEOGRAPHIES.msoa2011, features, 'attribution', 12);
    expect([tileJson.minzoom, tileJson.maxzoom]).toEqual([6, 10]);
    expect(Math.min(...tiles.map((t) => t.z))).toBe(6);
    expect(tiles).toHaveLength(1005);
  }, 60_000);
});
