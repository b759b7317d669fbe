import { beforeEach, describe, expect, it } from 'vitest';
import { lookupVintage, LAD_LOOKUP_COLUMNS, type BaseArea } from './base.ts';
import { parseTable } from './csv.ts';
import { hle2018Assignments } from './hle2018.ts';
import { ELS_COLUMNS, hleSeriesFigures, hleSeriesId, parseHleSeries, upperTierHle } from './hleSeries.ts';

const HEADER = '\ufeffareacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes';
const row = (code: string, sex: 'Male' | 'Female', start: number, v: string, lci: string, uci: string) =>
  `${code},X,G,${sex} healthy life expectancy,${start}-01-01/P3Y,${v},Years,yrs,${lci},${uci},,`;
const ROWS = [
  row('E92000001', 'Male', 2022, '60.9', '60.7', '61.2'),
  row('E92000001', 'Female', 2022, '61.3', '61.0', '61.6'),
  row('E06000001', 'Male', 2022, '52.1', '48.5', '55.7'),
  row('E06000001', 'Female', 2022, '51.2', '47.1', '55.2'),
  row('E10000003', 'Male', 2022, '62.3', '59.7', '64.8'),
  row('E10000003', 'Female', 2022, '61.5', '58.4', '64.5'),
  row('E06000063', 'Male', 2022, '59.0', '55.7', '62.4'),
  row('E06000063', 'Female', 2022, '60.1', '57.0', '63.3'),
  row('E08000038', 'Male', 2022, '55.2', '51.6', '58.8'),
  row('E08000038', 'Female', 2022, '55.3', '51.4', '59.2'),
  row('S12000033', 'Male', 2022, '60.0', '57.0', '63.0'),
];
const series = (rows = ROWS) => parseHleSeries(parseTable([HEADER, ...rows].join('\n'), 'hle/els.csv', ELS_COLUMNS));

const LOOKUP = [
  'vintage,lad_cd,lad_nm,utla_cd,utla_nm,rgn_cd,rgn_nm,derived_from',
  '2023,E06000001,Hartlepool,E06000001,Hartlepool,E12000001,North East,x',
  '2023,E07000008,Cambridge,E10000003,Cambridgeshire,E12000006,East of England,x',
  '2023,E08000016,Barnsley,E08000016,Barnsley,E12000003,Yorkshire,x',
  '2023,E09000001,City of London,E09000001,City of London,E12000007,London,x',
].join('\n');
const area = (code: string, name: string): BaseArea => ({ code, name, utla: { code, name }, region: { code: 'E12000001', name: 'R' } });
const BASE = [area('E06000001', 'Hartlepool'), area('E07000008', 'Cambridge'), area('E07000026', 'Allerdale'), area('E08000016', 'Barnsley'), area('E09000001', 'City of London')];
const CODES = BASE.map((b) => b.code);
const assignments = () =>
  hle2018Assignments(BASE, lookupVintage(parseTable(LOOKUP, 'lookup.csv', LAD_LOOKUP_COLUMNS), '2023'), new Map([['E07000026', 'E06000063']]), 'lookup.csv');

describe('HLE 2011–13 to 2022–24', () => {
  let male: ReturnType<typeof hleSeriesFigures>[number] | undefined;
  let female: ReturnType<typeof hleSeriesFigures>[number] | undefined;
  beforeEach(() => {
    [male, female] = hleSeriesFigures(series(), assignments(), CODES, 'hle/els.csv');
  });

  it('names each indicator by sex and period', () => {
    expect([male?.id, female?.id]).toEqual(['hle-male-2022-24', 'hle-female-2022-24']);
    expect(hleSeriesId('female', 2011)).toBe('hle-female-2011-13');
  });

  it("gives England's value with its interval", () => {
    expect(male?.england).toEqual({ value: 60.9, lci: 60.7, uci: 61.2 });
  });

  it("labels each district's figure by the area it was measured for", () => {
    expect(male?.byArea).toEqual({
      E06000001: { value: 52.1, lci: 48.5, uci: 55.7, status: 'official' },
      E07000008: { value: 62.3, lci: 59.7, uci: 64.8, status: 'county', measuredFor: 'E10000003' },
      E07000026: { value: 59, lci: 55.7, uci: 62.4, status: 'successor', measuredFor: 'E06000063' },
      // Published under Barnsley's 2024 code.
      E08000016: { value: 55.2, lci: 51.6, uci: 58.8, status: 'official' },
      E09000001: { value: null, status: 'missing-at-source' },
    });
  });

  it('stops when an upper-tier area other than the City or Scilly is missing', () => {
    const withoutCambs = ROWS.filter((r) => !r.startsWith('E10000003,X,G,Male'));
    expect(() => hleSeriesFigures(series(withoutCambs), assignments(), CODES, 'hle/els.csv')).toThrow(
      'hle/els.csv, column "areacd": no male value in 2022–2024 for district E07000008, nor for its upper-tier area E10000003',
    );
  });

  it('stops on a value outside its interval, a bad period or a duplicate', () => {
    expect(() => series([row('E06000001', 'Male', 2022, '58.0', '48.5', '55.7')])).toThrow('data row 1 (line 2), column "observation": 58 lies outside its interval 48.5–55.7');
    expect(() => series([ROWS[0]?.replace('/P3Y', '/P1Y') ?? ''])).toThrow('column "period": not a 3-year period starting 1 January: "2022-01-01/P1Y"');
    expect(() => series([ROWS[2] ?? '', ROWS[2] ?? ''])).toThrow('data row 2 (line 3), column "areacd": duplicate male value for E06000001 in 2022–2024');
    expect(() => series([row('E06000001', 'Male', 2022, 'x', '48.5', '55.7')])).toThrow('column "observation": not a number: "x"');
  });
});

describe('reading the ELS file', () => {
  it('keeps England and the upper-tier areas only, files Barnsley under its 2020 code, and reads a period written with a time', () => {
    const read = series([
      ROWS[0]!,
      row('E12000001', 'Male', 2022, '59.0', '58.0', '60.0'),
      row('E07000008', 'Male', 2022, '65.0', '64.0', '66.0'),
      row('W06000001', 'Male', 2022, '60.0', '57.0', '63.0'),
      ROWS[8]!,
      row('E06000001', 'Female', 2011, '55.0', '55.0', '55.0').replace('/P3Y', 'T00:00:00/P3Y'),
    ]);
    expect([...read.keys()]).toEqual([2022, 2011]);
    expect(read.get(2022)).toEqual({
      male: new Map([
        ['E92000001', { value: 60.9, lci: 60.7, uci: 61.2 }],
        ['E08000016', { value: 55.2, lci: 51.6, uci: 58.8 }],
      ]),
      female: new Map(),
    });
    expect(read.get(2011)?.female).toEqual(new Map([['E06000001', { value: 55, lci: 55, uci: 55 }]]));
  });

  it('refuses another indicator, a period not starting on 1 January or not exactly three years, and a value below its interval', () => {
    expect(() => series([ROWS[0]!.replace('Male healthy', 'Male disability-free')])).toThrow(
      'hle/els.csv, data row 1 (line 2), column "indicator": not a healthy life expectancy indicator: "Male disability-free life expectancy"',
    );
    for (const period of ['2022-04-01/P3Y', '2022-01-01/P3Y2', 'x2022-01-01/P3Y', '2022-01-01T12:00:00/P3Y']) {
      expect(() => series([ROWS[0]!.replace('2022-01-01/P3Y', period)])).toThrow(`column "period": not a 3-year period starting 1 January: "${period}"`);
    }
    expect(() => series([row('E06000001', 'Male', 2022, '48.4', '48.5', '55.7')])).toThrow('column "observation": 48.4 lies outside its interval 48.5–55.7');
  });
});

describe('several periods', () => {
  const TWO = [...ROWS, ...ROWS.map((r) => r.replace('2022-01-01', '2005-01-01'))];

  it('gives each period its indicators, oldest first, and names a period ending in a year below 10', () => {
    const figures = hleSeriesFigures(series(TWO), assignments(), CODES, 'hle/els.csv');
    expect(figures.map((f) => f.id)).toEqual(['hle-male-2005-07', 'hle-female-2005-07', 'hle-male-2022-24', 'hle-female-2022-24']);
    expect(upperTierHle(series(TWO), new Map([['E06000001', 'Hartlepool']]), 'hle/els.csv').periods).toEqual(['2005–07', '2022–24']);
  });

  it('stops when England has no value for a period', () => {
    const withoutEngland = ROWS.filter((r) => !r.startsWith('E92000001,X,G,Female'));
    expect(() => hleSeriesFigures(series(withoutEngland), assignments(), CODES, 'hle/els.csv')).toThrow('hle/els.csv, column "areacd": no England (E92000001) female value for 2022–2024');
    expect(() => upperTierHle(series(withoutEngland), new Map(), 'hle/els.csv')).toThrow('hle/els.csv, column "areacd": no female value for E92000001 in 2022–24');
  });
});

describe('the series on its own upper-tier geography', () => {
  const names = new Map([
    ['E10000003', 'Cambridgeshire'],
    ['E06000001', 'Hartlepool'],
    ['E09000001', 'City of London'],
  ]);

  it('lists each upper-tier area once with its own figures, and null where ONS excludes it', () => {
    expect(upperTierHle(series(), names, 'hle/els.csv')).toEqual({
      source: 'hle/els.csv',
      periods: ['2022–24'],
      england: { male: [{ value: 60.9, lci: 60.7, uci: 61.2 }], female: [{ value: 61.3, lci: 61, uci: 61.6 }] },
      areas: [
        { code: 'E06000001', name: 'Hartlepool', values: { male: [{ value: 52.1, lci: 48.5, uci: 55.7 }], female: [{ value: 51.2, lci: 47.1, uci: 55.2 }] } },
        { code: 'E09000001', name: 'City of London', values: { male: [null], female: [null] } },
        { code: 'E10000003', name: 'Cambridgeshire', values: { male: [{ value: 62.3, lci: 59.7, uci: 64.8 }], female: [{ value: 61.5, lci: 58.4, uci: 64.5 }] } },
      ],
    });
  });

  it('stops when any other upper-tier area has no figure', () => {
    expect(() => upperTierHle(series(), new Map([['E06000002', 'Middlesbrough']]), 'hle/els.csv')).toThrow(
      'hle/els.csv, column "areacd": no male value for E06000002 in 2022–24',
    );
  });
});
