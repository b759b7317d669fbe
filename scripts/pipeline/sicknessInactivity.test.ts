import { describe, expect, it } from 'vitest';
import { contextFigures } from './context.ts';
import { parseTable } from './csv.ts';
import { parseSicknessMeans, SICKNESS_COLUMNS, SICKNESS_INACTIVITY } from './sicknessInactivity.ts';

// The raw file's own header and row shape (context/SOURCE.md), CRLF line ends as it has them.
const HEADER =
  'AREACD,AREANM,Geography,Variable Name,Indicator,Mission,Category,Period,Observation,Measure,Unit,Lower Confidence Interval (95%),Upper Confidence Interval (95%),Observation Status,Polarity,Notes';
const VARIABLE = 'Proportion of economically inactive people who are economically inactive due to long term sickness';
const row = (code: string, year: number, value: string, status = '') =>
  `${code},X,Local Authority District,${VARIABLE},"Proportion of people who are economically inactive, who are economically inactive due to long term sickness",Mission 1,Spreading opportunity,${year},${value},Percentage,%,,,${status},-1,`;
const years = (code: string, v2020: string, v2021: string, v2022: string) => [
  row(code, 2019, '99'),
  row(code, 2020, v2020, v2020 === '' ? 'x' : ''),
  row(code, 2021, v2021, v2021 === '' ? 'x' : ''),
  row(code, 2022, v2022, v2022 === '' ? 'x' : ''),
];
const ROWS = [
  ...years('E92000001', '22.7', '23.7', '24.6'),
  ...years('E06000001', '34.42', '35.17', '38.22'), // Hartlepool, as published
  ...years('E07000062', '41.03', '', '39.78'), // one year suppressed
  ...years('E07000119', '', '18.33', ''), // one year left: no figure
  ...years('E06000063', '30.1', '31.2', '29.9'), // Cumberland, successor of Allerdale
  ...years('E06000065', '', '', ''), // North Yorkshire, every year suppressed
  ...years('E08000038', '30', '31', '32'), // Barnsley under its 2024 code
  ...years('E10000003', '1', '2', '3'), // a county: not a district
];
const table = (rows: readonly string[]) => parseTable([HEADER, ...rows].join('\r\n'), 'context/sick.csv', SICKNESS_COLUMNS);
const SUCCESSORS = new Map([
  ['E07000026', 'E06000063'],
  ['E07000163', 'E06000065'],
]);
const CODES = ['E06000001', 'E07000062', 'E07000119', 'E07000026', 'E07000163', 'E08000016'];

describe('economic inactivity due to long-term sickness', () => {
  it('is the mean of 2020–2022; a suppressed year is left out and named; one year alone is no figure; successors labelled', () => {
    const figures = contextFigures(SICKNESS_INACTIVITY, parseSicknessMeans(table(ROWS)), CODES, SUCCESSORS, 'context/sick.csv');
    expect(figures).toEqual({
      id: 'inactive-long-term-sick-2020-22',
      england: { value: 23.67 },
      byArea: {
        E06000001: { value: 35.94, status: 'official' },
        E07000062: { value: 40.41, status: 'official', detail: 'Mean of 2020 and 2022 only: ONS published no estimate for 2021' },
        E07000119: { value: null, status: 'missing-at-source' },
        E07000026: { value: 30.4, status: 'successor', measuredFor: 'E06000063' },
        E07000163: { value: null, status: 'missing-at-source' },
        E08000016: { value: 31, status: 'official' },
      },
    });
  });

  it('stops on a later year, an unexplained blank, a value beside an x, or a duplicate', () => {
    expect(() => parseSicknessMeans(table([row('E06000001', 2023, '30')]))).toThrow(
      'context/sick.csv, data row 1 (line 2), column "Period": 2023 is later than the years averaged (2020, 2021 and 2022): update inactive-long-term-sick-2020-22',
    );
    expect(() => parseSicknessMeans(table([row('E06000001', 2021, '')]))).toThrow('column "Observation Status": an empty observation needs status x');
    expect(() => parseSicknessMeans(table([row('E06000001', 2021, '30', 'x')]))).toThrow('column "Observation": status x (suppressed) but a value is given');
    expect(() => parseSicknessMeans(table([row('E06000001', 2021, '30'), row('E06000001', 2021, '31')]))).toThrow(
      'data row 2 (line 3), column "AREACD": duplicate value for E06000001 in 2021',
    );
  });
});

describe('long-term sickness rows, exactly', () => {
  const one = (extra: string[]) => parseSicknessMeans(table([...years('E92000001', '22.7', '23.7', '24.6'), ...extra]));

  it('takes 0% and 100%, and refuses a share outside them', () => {
    expect(one(years('E06000001', '0', '0', '0')).get('E06000001')?.value).toBe(0);
    expect(one(years('E06000001', '100', '100', '100')).get('E06000001')?.value).toBe(100);
    expect(() => one([row('E06000001', 2020, '100.5')])).toThrow('context/sick.csv, data row 5 (line 6), column "Observation": 100.5 is not a percentage');
    expect(() => one([row('E06000001', 2020, '-1')])).toThrow('context/sick.csv, data row 5 (line 6), column "Observation": -1 is not a percentage');
  });

  it('refuses a period that is not a year, and skips other variables, years and geographies', () => {
    for (const period of ['2020/21', 'FY2020', '20201']) {
      expect(() => one([row('E06000001', 2020, '30').replace(',2020,', `,${period},`)])).toThrow(`column "Period": not a calendar year: "${period}"`);
    }
    const ignored = [
      row('E06000001', 2020, '101').replace(VARIABLE, 'Something else'),
      row('E06000001', 2018, '101'),
      row('E12000001', 2020, '101'),
    ];
    expect([...one(ignored).keys()]).toEqual(['E92000001']);
  });
});
