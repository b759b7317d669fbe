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
    expect(() => parseNeighbourhoodTable(table, new Map([['E02000001', entry('E06000001', 1)]]))).toThrow('unknown MSOA E02000003');
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
  });

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
