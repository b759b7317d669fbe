import { describe, expect, it } from 'vitest';
import { CIGARETTE_SMOKERS, CONTEXT_COLUMNS, contextFigures, CVD_MORTALITY, ECONOMIC_INACTIVITY, parseContext } from './context.ts';
import { parseTable } from './csv.ts';

const HEADER = '\ufeffareacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes';
const cvd = (code: string, v: string, lci: string, uci: string, status = '', notes = '', period = '2022-01-01/P3Y') =>
  `${code},X,G,Preventable cardiovascular mortality (England),${period},${v},Rate,Rate,${lci},${uci},${status},${notes}`;
const CVD_ROWS = [
  cvd('E92000001', '30.230023454287895', '29.9500674608297', '30.511942099078002'),
  cvd('E92000001', '31.1', '30.8', '31.4', '', '', '2021-01-01/P3Y'),
  cvd('E06000001', '37.5932529790734', '30.6340919255265', '45.654030494318'),
  cvd('E06000063', '34.796349858149', '30.9362819548852', '39.0012877852471'),
  cvd('E67000001', '41.2507030136426', '35.2263793683274', '47.978189544069394', 'Value for Hackney and City of London combined'),
  cvd('E08000038', '35.7', '31.4', '40.4', '', 'Barnsley under its 2024 code'),
  cvd('E10000003', '25', '20', '30'),
];
const table = (rows: string[]) => parseTable([HEADER, ...rows].join('\n'), 'context/cvd.csv', CONTEXT_COLUMNS);
const SUCCESSORS = new Map([['E07000026', 'E06000063']]);
const CODES = ['E06000001', 'E07000026', 'E08000016', 'E09000001', 'E09000012'];

describe('context layers', () => {
  it('maps 2023 codes back: own value, successor (labelled), and the combined pair (labelled), rounded, with intervals', () => {
    const figures = contextFigures(CVD_MORTALITY, parseContext(table(CVD_ROWS), CVD_MORTALITY), CODES, SUCCESSORS, 'context/cvd.csv');
    expect(figures).toEqual({
      id: 'cvd-mortality-u75-2022-24',
      england: { value: 30.23, lci: 29.95, uci: 30.51 },
      byArea: {
        E06000001: { value: 37.59, lci: 30.63, uci: 45.65, status: 'official' },
        E07000026: { value: 34.8, lci: 30.94, uci: 39, status: 'successor', measuredFor: 'E06000063' },
        E08000016: { value: 35.7, lci: 31.4, uci: 40.4, status: 'official' },
        E09000001: { value: 41.25, lci: 35.23, uci: 47.98, status: 'derived', measuredFor: 'E67000001', detail: 'Published for the City of London and Hackney combined' },
        E09000012: { value: 41.25, lci: 35.23, uci: 47.98, status: 'derived', measuredFor: 'E67000001', detail: 'Published for the City of London and Hackney combined' },
      },
    });
  });

  const inactive = (code: string, v: string, lci: string, uci: string, status = '', notes = '') =>
    `${code},X,G,Economically inactive,2023-01-01/P1Y,${v},Percentage,%,${lci},${uci},${status},${notes}`;
  const INACTIVE_ROWS = [
    inactive('E92000001', '21.0', '20.7', '21.3'),
    inactive('E06000001', '29.7', '24.9', '34.5'),
    inactive('E06000063', '15.5', '11.6', '19.4'),
    inactive('E08000016', '27.1', '22.900000000000002', '31.3'),
    inactive('E09000001', '', '', '', 'x'),
    inactive('E09000012', '13.8', '', '', '', 'Estimate and confidence interval unreliable since the group sample size is small (3-9)'),
    'E06000001,Hartlepool,G,Employment rate,2023-01-01/P1Y,67.9,Percentage,%,63,72,,',
  ];

  it('shows a withheld estimate as missing and keeps the unreliable warning on its figure', () => {
    const figures = contextFigures(ECONOMIC_INACTIVITY, parseContext(table(INACTIVE_ROWS), ECONOMIC_INACTIVITY), CODES, SUCCESSORS, 'context/e.csv');
    expect(figures.id).toBe('economic-inactivity-2023');
    expect(figures.byArea).toEqual({
      E06000001: { value: 29.7, lci: 24.9, uci: 34.5, status: 'official' },
      E07000026: { value: 15.5, lci: 11.6, uci: 19.4, status: 'successor', measuredFor: 'E06000063' },
      E08000016: { value: 27.1, lci: 22.9, uci: 31.3, status: 'official' },
      E09000001: { value: null, status: 'missing-at-source' },
      E09000012: { value: 13.8, status: 'official', detail: 'Unreliable: small survey sample (ONS)' },
    });
  });

  const smokers = (code: string, v: string, lci: string, uci: string, period = '2020-01-01/P5Y') =>
    `${code},X,G,Cigarette smokers,${period},${v},Percentage,%,${lci},${uci},,`;
  const SMOKER_ROWS = [
    smokers('E92000001', '11.5', '11.4', '11.7'),
    smokers('E06000052', '11.1', '9.8', '12.3'),
    smokers('E06000061', '13.1', '10.9', '15.3'),
    smokers('E06000052', '12.0', '10.8', '13.2', '2019-01-01/P5Y'),
  ];
  const SMOKER_CODES = ['E06000052', 'E06000053', 'E07000150'];
  const NORTHANTS = new Map([['E07000150', 'E06000061']]);

  it('leaves the Isles of Scilly, which the smoking file never publishes, without a figure rather than giving it Cornwall’s', () => {
    const figures = contextFigures(CIGARETTE_SMOKERS, parseContext(table(SMOKER_ROWS), CIGARETTE_SMOKERS), SMOKER_CODES, NORTHANTS, 'context/s.csv');
    expect(figures).toEqual({
      id: 'cigarette-smokers-2020-24',
      england: { value: 11.5, lci: 11.4, uci: 11.7 },
      byArea: {
        E06000052: { value: 11.1, lci: 9.8, uci: 12.3, status: 'official' },
        E06000053: { value: null, status: 'missing-at-source' },
        E07000150: { value: 13.1, lci: 10.9, uci: 15.3, status: 'successor', measuredFor: 'E06000061' },
      },
    });
  });

  it('still stops on a smoking district missing without a documented reason', () => {
    const noCornwall = SMOKER_ROWS.filter((r) => !r.startsWith('E06000052,X,G,Cigarette smokers,2020'));
    expect(() => contextFigures(CIGARETTE_SMOKERS, parseContext(table(noCornwall), CIGARETTE_SMOKERS), SMOKER_CODES, NORTHANTS, 'context/s.csv')).toThrow(
      'context/s.csv, column "areacd": no Cigarette smokers value in 2020-01-01/P5Y for district E06000052',
    );
  });

  it('stops on an undocumented gap, naming the district and its successor', () => {
    const noCumberland = CVD_ROWS.filter((r) => !r.startsWith('E06000063'));
    expect(() => contextFigures(CVD_MORTALITY, parseContext(table(noCumberland), CVD_MORTALITY), CODES, SUCCESSORS, 'context/cvd.csv')).toThrow(
      'context/cvd.csv, column "areacd": no Preventable cardiovascular mortality (England) value in 2022-01-01/P3Y for district E07000026, nor for its successor E06000063',
    );
  });

  it('stops when the file has a later period than the one shown', () => {
    expect(() => parseContext(table([...CVD_ROWS, cvd('E06000001', '30', '25', '35', '', '', '2023-01-01/P3Y')]), CVD_MORTALITY)).toThrow(
      'context/cvd.csv, data row 8 (line 9), column "period": 2023-01-01/P3Y is later than the period shown (2022-01-01/P3Y): update cvd-mortality-u75-2022-24',
    );
  });

  it('stops on a non-number, a value outside its interval, an unexplained blank or a duplicate', () => {
    expect(() => parseContext(table([cvd('E06000001', 'high', '1', '2')]), CVD_MORTALITY)).toThrow('data row 1 (line 2), column "observation": not a number');
    expect(() => parseContext(table([cvd('E06000001', '50', '30', '45')]), CVD_MORTALITY)).toThrow('column "observation": 50 lies outside its interval 30–45');
    expect(() => parseContext(table([cvd('E06000001', '', '', '')]), CVD_MORTALITY)).toThrow('column "status": an empty observation needs a status saying why');
    expect(() => parseContext(table([CVD_ROWS[2] ?? '', CVD_ROWS[2] ?? '']), CVD_MORTALITY)).toThrow('data row 2 (line 3), column "areacd": duplicate value for E06000001');
  });
});

describe('context layers, exactly', () => {
  const parse = (rows: string[]) => parseContext(table(rows), CVD_MORTALITY);
  const ENGLAND = cvd('E92000001', '30.2', '29.9', '30.5');

  it('keeps a value on the edge of its interval, refuses one outside it, and keeps no half interval', () => {
    expect(parse([ENGLAND, cvd('E06000001', '30', '30', '31')]).get('E06000001')).toEqual({ value: 30, lci: 30, uci: 31 });
    expect(parse([ENGLAND, cvd('E06000001', '31', '30', '31')]).get('E06000001')).toEqual({ value: 31, lci: 30, uci: 31 });
    expect(() => parse([ENGLAND, cvd('E06000001', '32', '30', '31')])).toThrow('context/cvd.csv, data row 2 (line 3), column "observation": 32 lies outside its interval 30–31');
    expect(() => parse([ENGLAND, cvd('E06000001', '29', '30', '31')])).toThrow('column "observation": 29 lies outside its interval 30–31');
    expect(parse([ENGLAND, cvd('E06000001', '30', '', '31')]).get('E06000001')).toEqual({ value: 30 });
    expect(parse([ENGLAND, cvd('E06000001', '30', '29', '')]).get('E06000001')).toEqual({ value: 30 });
  });

  it('stops the build where England has no value, and leaves a half interval off England and the districts', () => {
    expect(() => contextFigures(CVD_MORTALITY, parse([cvd('E06000001', '30', '29', '31')]), ['E06000001'], SUCCESSORS, 'context/cvd.csv')).toThrow(
      /^context\/cvd\.csv, column "areacd": no England \(E92000001\) value for Preventable cardiovascular mortality \(England\) in 2022-01-01\/P3Y$/,
    );
    const figures = contextFigures(CVD_MORTALITY, parse([cvd('E92000001', '30.2', '', '30.5'), cvd('E06000001', '30', '29', '')]), ['E06000001'], SUCCESSORS, 'context/cvd.csv');
    expect(figures.england).toEqual({ value: 30.2 });
    expect(figures.byArea).toEqual({ E06000001: { value: 30, status: 'official' } });
  });

  it('keeps districts, England and the combined areas only, and skips other indicators and earlier periods', () => {
    const rows = [ENGLAND, cvd('E10000003', '25', '20', '30'), cvd('E12000001', '25', '20', '30'), cvd('E67000002', '28', '27', '29'), cvd('E06000001', '31.1', '30.8', '31.4', '', '', '2021-01-01/P3Y')];
    expect([...parse(rows).keys()]).toEqual(['E92000001', 'E67000002']);
  });

  it('skips a period that starts with the one shown but is not it, and stops on one that starts later', () => {
    expect([...parse([ENGLAND, cvd('E06000001', '30', '29', '31', '', '', '2022-01-01/P1Y'), cvd('E06000002', '30', '29', '31', '', '', '2022-01-01/P5Y')]).keys()]).toEqual(['E92000001']);
    expect(() => parse([cvd('E06000001', '30', '29', '31', '', '', '2022-01-02/P3Y')])).toThrow('column "period": 2022-01-02/P3Y is later than the period shown');
  });

  it('wants a status that says something beside an empty observation, and keeps it as a gap', () => {
    expect(() => parse([cvd('E06000001', '', '', '', ' ')])).toThrow('context/cvd.csv, data row 1 (line 2), column "status": an empty observation needs a status saying why');
    expect(parse([cvd('E06000001', '', '29', '31', 'x', 'Estimate and confidence interval unreliable')]).get('E06000001')).toEqual({ value: null });
  });

  it('stops the build where England’s value is withheld', () => {
    expect(() => contextFigures(CVD_MORTALITY, parse([cvd('E92000001', '', '', '', 'x'), cvd('E06000001', '30', '29', '31')]), ['E06000001'], SUCCESSORS, 'context/cvd.csv')).toThrow(
      'no England (E92000001) value for Preventable cardiovascular mortality (England) in 2022-01-01/P3Y',
    );
  });

  it('joins the source’s warning and the pair’s note, and leaves a withheld pair’s districts missing', () => {
    const unreliablePair = cvd('E67000001', '41.2', '35.2', '47.9', '', 'Estimate and confidence interval unreliable (small sample)');
    const figures = contextFigures(CVD_MORTALITY, parse([ENGLAND, unreliablePair, cvd('E67000002', '', '', '', 'x')]), ['E09000001', 'E06000053'], SUCCESSORS, 'context/cvd.csv');
    expect(figures.byArea).toEqual({
      E09000001: {
        value: 41.2,
        lci: 35.2,
        uci: 47.9,
        status: 'derived',
        measuredFor: 'E67000001',
        detail: 'Unreliable: small survey sample (ONS); Published for the City of London and Hackney combined',
      },
      E06000053: { value: null, status: 'missing-at-source' },
    });
    const scilly = contextFigures(CVD_MORTALITY, parse([ENGLAND, cvd('E67000002', '28', '27', '29')]), ['E06000052', 'E06000053'], SUCCESSORS, 'context/cvd.csv');
    const pair = { value: 28, lci: 27, uci: 29, status: 'derived', measuredFor: 'E67000002', detail: 'Published for the Isles of Scilly and Cornwall combined' };
    expect(scilly.byArea).toEqual({ E06000052: pair, E06000053: pair });
  });
});
