import { describe, expect, it } from 'vitest';
import { lookupVintage, LAD_LOOKUP_COLUMNS, type BaseArea } from './base.ts';
import { parseTable } from './csv.ts';
import { england2018, HLE2018_COLUMNS, hle2018Assignments, hle2018Figures, northantsSuccessors, parseHle2018 } from './hle2018.ts';
import { Places } from './figureAdapters.ts';

const LOOKUP_HEADER = 'vintage,lad_cd,lad_nm,utla_cd,utla_nm,rgn_cd,rgn_nm,derived_from';
const NORTHANTS_2020 = [
  ['E07000150', 'Corby'],
  ['E07000152', 'East Northamptonshire'],
  ['E07000153', 'Kettering'],
  ['E07000156', 'Wellingborough'],
  ['E07000151', 'Daventry'],
  ['E07000154', 'Northampton'],
  ['E07000155', 'South Northamptonshire'],
].map(([code, name]) => `2020,${code},${name},E10000021,Northamptonshire,E12000004,East Midlands,x`);
const LOOKUP_ROWS = [
  '2020,E06000001,Hartlepool,E06000001,Hartlepool,E12000001,North East,x',
  '2020,E07000008,Cambridge,E10000003,Cambridgeshire,E12000006,East of England,x',
  '2020,E09000001,City of London,E09000001,City of London,E12000007,London,x',
  ...NORTHANTS_2020,
  '2021,E06000001,Hartlepool,E06000001,Hartlepool,E12000001,North East,x',
  '2021,E07000008,Cambridge,E10000003,Cambridgeshire,E12000006,East of England,x',
  '2021,E09000001,City of London,E09000001,City of London,E12000007,London,x',
];
const lookupTable = (rows = LOOKUP_ROWS) => parseTable([LOOKUP_HEADER, ...rows].join('\n'), 'lookup.csv', LAD_LOOKUP_COLUMNS);

const HLE_HEADER = 'area_code,area_name,geography,period,hle_male_years,hle_female_years';
const HLE_ROWS = [
  'E92000001,England,Country,2018-2020,63.14,63.87',
  'E12000001,North East,Region,2018-2020,59.6,60.6',
  'E06000001,Hartlepool,Unitary Authority,2018-2020,57.58,58.75',
  'E10000003,Cambridgeshire,County,2018-2020,66.3,66.9',
  'E09000001,City of London,London Borough,2018-2020,NA,NA',
  'E06000061,North Northamptonshire,Unitary Authority,2018-2020,63.99,63.35',
  'E06000062,West Northamptonshire,Unitary Authority,2018-2020,64.5,65.1',
  'W06000001,Isle of Anglesey,Council,2018-2020,60,61',
];
const parseHle = (rows = HLE_ROWS) => parseHle2018(parseTable([HLE_HEADER, ...rows].join('\n'), 'hle/2018.csv', HLE2018_COLUMNS));

function setup() {
  const table = lookupTable();
  const lookup2020 = lookupVintage(table, '2020');
  const base: BaseArea[] = [...lookup2020.values()].map((e) => ({ code: e.lad.code, name: e.lad.name, utla: e.utla, region: e.region }));
  const successors = northantsSuccessors(lookup2020, 'lookup.csv');
  const assignments = hle2018Assignments(base, lookupVintage(table, '2021'), successors, 'lookup.csv');
  return { assignments, successors, codes: base.map((area) => area.code) };
}

describe('HLE 2018–20', () => {
  it('assigns each 2020 district its own, its county’s or its successor unitary’s value', () => {
    const { assignments } = setup();
    expect(assignments.get('E06000001')).toEqual({ utla: 'E06000001', level: 'district' });
    expect(assignments.get('E07000008')).toEqual({ utla: 'E10000003', level: 'county' });
    expect(assignments.get('E07000150')).toEqual({ utla: 'E06000061', level: 'successor-unitary' });
    expect(assignments.get('E07000155')).toEqual({ utla: 'E06000062', level: 'successor-unitary' });
    const places = new Places();
    const { codes } = setup();
    const male = hle2018Figures('hle-male-2018', 'male', assignments, parseHle(), codes, places, 'hle/2018.csv');
    expect(male.england).toEqual({ value: 63.14 });
    expect(male.byArea).toEqual({
      E06000001: { value: 57.58, status: 'official' },
      E07000008: { value: 66.3, status: 'county', measuredFor: 'E10000003' },
      E09000001: { value: null, status: 'missing-at-source' },
      E07000150: { value: 63.99, status: 'successor', measuredFor: 'E06000061' },
      E07000152: { value: 63.99, status: 'successor', measuredFor: 'E06000061' },
      E07000153: { value: 63.99, status: 'successor', measuredFor: 'E06000061' },
      E07000156: { value: 63.99, status: 'successor', measuredFor: 'E06000061' },
      E07000151: { value: 64.5, status: 'successor', measuredFor: 'E06000062' },
      E07000154: { value: 64.5, status: 'successor', measuredFor: 'E06000062' },
      E07000155: { value: 64.5, status: 'successor', measuredFor: 'E06000062' },
    });
    expect(hle2018Figures('hle-female-2018', 'female', assignments, parseHle(), codes, places, 'hle/2018.csv').byArea['E07000008']).toEqual({ value: 66.9, status: 'county', measuredFor: 'E10000003' });
    expect(places.toRecord()).toEqual({ E06000061: 'North Northamptonshire', E06000062: 'West Northamptonshire', E10000003: 'Cambridgeshire' });
    expect(england2018(parseHle(), 'hle/2018.csv')).toEqual({ male: 63.14, female: 63.87 });
  });

  it('fails when a Northamptonshire district name is not in the 2020 lookup', () => {
    const rows = LOOKUP_ROWS.filter((r) => !r.includes('Kettering'));
    expect(() => northantsSuccessors(lookupVintage(lookupTable(rows), '2020'), 'lookup.csv')).toThrow(
      /lookup\.csv, column "lad_nm": expected exactly one 2020 district named "Kettering"/,
    );
  });

  it('fails when the upper-tier row is missing', () => {
    const { assignments, codes } = setup();
    expect(() => hle2018Figures('hle-male-2018', 'male', assignments, parseHle(HLE_ROWS.filter((r) => !r.startsWith('E10000003'))), codes, new Places(), 'hle/2018.csv')).toThrow(
      /no row for district E07000008, nor for its upper-tier area E10000003/,
    );
  });

  it('rejects non-numeric values other than NA, and duplicates', () => {
    expect(() => parseHle(['E06000001,Hartlepool,UA,2018-2020,57.58,-'])).toThrow(
      /data row 1 \(line 2\), column "hle_female_years": not a number \(nor "NA"\): "-"/,
    );
    expect(() => parseHle([...HLE_ROWS, HLE_ROWS[2] ?? ''])).toThrow(/data row 9 \(line 10\), column "area_code": duplicate area E06000001/);
  });
});

describe('HLE 2018–20, exactly', () => {
  it('keeps upper-tier areas and England only, and reads a value missing for one sex as no value', () => {
    const published = parseHle([...HLE_ROWS, 'E06000002,Middlesbrough,UA,2018-2020,NA,59.1']);
    expect([...published.keys()].sort()).toEqual(['E06000001', 'E06000002', 'E06000061', 'E06000062', 'E09000001', 'E10000003', 'E92000001']);
    expect(published.get('E06000002')).toEqual({ area: { code: 'E06000002', name: 'Middlesbrough' }, bySex: { male: null, female: 59.1 } });
  });

  it('names the upper-tier area and the district that needs it', () => {
    const { assignments, codes } = setup();
    expect(() => hle2018Figures('hle-male-2018', 'male', assignments, parseHle(HLE_ROWS.filter((r) => !r.startsWith('E10000003'))), codes, new Places(), 'hle/2018.csv')).toThrow(
      /^hle\/2018\.csv, column "area_code": no row for district E07000008, nor for its upper-tier area E10000003$/,
    );
  });

  it('names a district with no vintage-2021 row', () => {
    const table = lookupTable(LOOKUP_ROWS.filter((row) => !row.startsWith('2021,E07000008')));
    const lookup2020 = lookupVintage(table, '2020');
    const base: BaseArea[] = [...lookup2020.values()].map((e) => ({ code: e.lad.code, name: e.lad.name, utla: e.utla, region: e.region }));
    expect(() => hle2018Assignments(base, lookupVintage(table, '2021'), northantsSuccessors(lookup2020, 'lookup.csv'), 'lookup.csv')).toThrow(
      /^lookup\.csv, column "lad_cd": district E07000008 \(Cambridge\) has no vintage-2021 row and is not a known Northamptonshire district$/,
    );
  });

  it('maps all seven Northamptonshire districts to their successor unitaries', () => {
    const { successors } = setup();
    expect(Object.fromEntries([...successors].sort())).toEqual({
      E07000150: 'E06000061',
      E07000151: 'E06000062',
      E07000152: 'E06000061',
      E07000153: 'E06000061',
      E07000154: 'E06000062',
      E07000155: 'E06000062',
      E07000156: 'E06000061',
    });
  });

  it('needs England with both values', () => {
    const message = /^hle\/2018\.csv, column "area_code": needs an England \(E92000001\) row with both values$/;
    expect(() => england2018(parseHle(HLE_ROWS.slice(1)), 'hle/2018.csv')).toThrow(message);
    expect(() => england2018(parseHle(['E92000001,England,Country,2018-2020,NA,63.87']), 'hle/2018.csv')).toThrow(message);
    expect(() => england2018(parseHle(['E92000001,England,Country,2018-2020,63.14,NA']), 'hle/2018.csv')).toThrow(message);
  });
});
