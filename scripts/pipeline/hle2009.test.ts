import { describe, expect, it } from 'vitest';
import type { BaseArea } from './base.ts';
import { parseTable } from './csv.ts';
import {
  england2009,
  HLE2009_CODE_REMAP,
  HLE2009_MSOA_COLUMNS,
  HLE2009_REGION_COLUMNS,
  HLE2009_UTLA_COLUMNS,
  hle2009,
  HLE2009_MSOA_INTERVAL_COLUMNS,
  meanStandardError,
  msoaEstimates,
  parseMsoaStandardErrors,
  totalStandardError,
  msoasWithoutValue,
  officialMatches,
  parseMsoaHle,
  parsePublishedUtla,
  summariseErrors,
} from './hle2009.ts';
import type { MsoaEntry } from './msoa.ts';

const area = (code: string, name: string): BaseArea => ({ code, name, utla: { code, name }, region: { code: 'E12000001', name: 'R' } });
const BASE = [
  area('E06000001', 'Hartlepool'),
  area('E06000057', 'Northumberland'),
  area('E06000058', 'Bournemouth, Christchurch and Poole'),
  area('E06000060', 'Buckinghamshire'),
  area('E07000008', 'Cambridge'),
];

const UTLA_HEADER = 'area_code,area_name,sex,hle_years,hle_sig_vs_england,hle_lci95,hle_uci95';
const UTLA_ROWS = [
  'E06000001,Hartlepool,Male,58.51234,**,58.12,58.91',
  'E06000001,Hartlepool,Female,60.2,**,59.9,60.6',
  'E06000048,Northumberland,Male,62,,61.5,62.5',
  'E06000028,Bournemouth,Male,63,,62.5,63.5',
  'E10000009,Dorset,Male,66,,65.5,66.5',
  'E10000002,Buckinghamshire,Male,68.24,*,68.05,68.43',
  'E10000003,Cambridgeshire,Male,66,*,65.8,66.2',
];
const published = (rows = UTLA_ROWS) => parsePublishedUtla(parseTable([UTLA_HEADER, ...rows].join('\n'), 'hle/utla.csv', HLE2009_UTLA_COLUMNS));

const entry = (lad20: string, population: number): MsoaEntry => ({
  lad19: lad20,
  lad20,
  population,
  row: { file: 'l', dataRow: 1, line: 2, cells: new Map() },
});
const LOOKUP = new Map<string, MsoaEntry>([
  ['E02000001', entry('E07000008', 100)],
  ['E02000002', entry('E07000008', 300)],
  ['E02000003', entry('E07000008', 100)],
  ['E02000004', entry('E06000001', 100)],
  ['E02000005', entry('E06000001', 100)],
  ['E02000006', entry('E06000058', 100)],
  ['E02000007', entry('E06000057', 100)],
  ['E02000008', entry('E06000060', 100)],
]);
const MSOA_HEADER = 'msoa_code,msoa_name,region,sex,hle_years';
const MSOA_ROWS = [
  'E02000001,Cambridge 001,East,Male,60',
  'E02000002,Cambridge 002,East,Male,70',
  'E02000003,Cambridge 003,East,Male,65',
  'E02000001,Cambridge 001,East,Female,61',
  'E02000004,Hartlepool 001,NE,Male,58',
  'E02000005,Hartlepool 002,NE,Male,59.5',
  'E02000006,BCP 001,SW,Male,64',
  'E02000007,Northumberland 001,NE,Male,62',
  'E02000008,Bucks 001,SE,Male,68',
];
const msoaValues = (rows = MSOA_ROWS) => parseMsoaHle(parseTable([MSOA_HEADER, ...rows].join('\n'), 'hle/msoa.csv', HLE2009_MSOA_COLUMNS), LOOKUP);

describe('HLE 2009–13 official matches', () => {
  it('matches own-upper-tier districts after the 2013 code remap, and Buckinghamshire to the old county', () => {
    const m = officialMatches(BASE, published());
    expect(Object.fromEntries(m)).toEqual({ E06000001: 'E06000001', E06000057: 'E06000048', E06000060: 'E10000002' });
  });

  it('fails when the county equal to Buckinghamshire is missing rather than quietly estimating', () => {
    expect(() => officialMatches(BASE, published(UTLA_ROWS.filter((r) => !r.startsWith('E10000002'))))).toThrow(/no rows for E10000002, the published area equal to E06000060/);
  });

  it('rejects duplicates, bad sex, non-numeric values and values outside their interval', () => {
    expect(() => published([...UTLA_ROWS, UTLA_ROWS[0] ?? ''])).toThrow(/data row 8 \(line 9\), column "area_code": duplicate male row for E06000001/);
    expect(() => published(['E06000001,Hartlepool,Persons,58,,57,59'])).toThrow(/column "sex": sex must be "Male" or "Female"/);
    expect(() => published(['E06000001,Hartlepool,Male,x,,57,59'])).toThrow(/data row 1 \(line 2\), column "hle_years": not a number/);
    expect(() => published(['E06000001,Hartlepool,Male,60,,57,59'])).toThrow(/outside its interval/);
  });
});

describe('MSOA estimates', () => {
  it('rejects an MSOA missing from the lookup', () => {
    expect(() => msoaValues([...MSOA_ROWS, 'E02009999,Nowhere,X,Male,60'])).toThrow(/data row 10 \(line 11\), column "msoa_code": unknown MSOA E02009999/);
  });

  it('takes the plain and population-weighted means, skipping and listing MSOAs with no value for the sex', () => {
    const values = msoaValues();
    const est = msoaEstimates(['E07000008'], LOOKUP, values).get('E07000008');
    expect(est?.male).toMatchObject({ plain: 65, weighted: 67, count: 3, skipped: [] });
    expect(est?.female).toMatchObject({ plain: 61, count: 1, skipped: ['E02000002', 'E02000003'] });
    expect(msoasWithoutValue(LOOKUP, values, 'female')).toHaveLength(7);
  });
});

describe('hle2009', () => {
  it('uses the official value where it exists, else the plain-mean estimate, and validates one against the other', () => {
    const values = msoaValues();
    const result = hle2009(BASE, published(), msoaEstimates(BASE.map((a) => a.code), LOOKUP, values));
    const hartlepool = result.byArea.get('E06000001');
    expect(hartlepool?.male).toEqual({
      value: 58.51,
      lci: 58.12,
      uci: 58.91,
      method: 'official',
      msoaCount: null,
      source: { code: 'E06000001', name: 'Hartlepool' },
    });
    expect(result.byArea.get('E06000057')?.male?.source).toEqual({ code: 'E06000048', name: 'Northumberland' });
    expect(result.byArea.get('E06000060')?.male?.source.code).toBe('E10000002');
    expect(result.byArea.get('E06000058')?.male).toMatchObject({ value: 64, method: 'msoa-estimate', lci: null, msoaCount: 1 });
    expect(result.byArea.get('E07000008')?.male).toMatchObject({ value: 65, method: 'msoa-estimate', msoaCount: 3 });
    // Hartlepool has no female MSOA value here but has an official one; BCP has neither.
    expect(result.byArea.get('E06000058')?.female).toBeNull();
    // Male pairs: Hartlepool 58.75 − 58.51234, Northumberland 62 − 62, Buckinghamshire 68 − 68.24.
    expect(result.validation.plain.pairs).toBe(3);
    expect(result.validation.plain.largestAt).toBe('Buckinghamshire (E06000060) male');
    expect(result.validation.plain.largestAbsoluteError).toBeCloseTo(0.24, 10);
    expect(result.validation.plain.meanError).toBeCloseTo((0.23766 - 0.24) / 3, 10);
  });

  it('gives an estimate its own district as source, the official female figure too, and validates the weighted mean as well', () => {
    const result = hle2009(BASE, published(), msoaEstimates(BASE.map((a) => a.code), LOOKUP, msoaValues()));
    expect(result.byArea.get('E07000008')?.male?.source).toEqual({ code: 'E07000008', name: 'Cambridge' });
    expect(result.byArea.get('E06000001')?.female).toMatchObject({ value: 60.2, lci: 59.9, uci: 60.6, method: 'official' });
    // Weighted pairs are the plain ones here (each matched district's MSOAs share one population), so the same errors.
    expect(result.validation.weighted).toMatchObject({ pairs: 3, largestAt: 'Buckinghamshire (E06000060) male' });
    expect(result.validation.weighted.largestAbsoluteError).toBeCloseTo(0.24, 10);
  });
});

describe("an estimate's interval", () => {
  it('combines the MSOAs’ sampling errors of a plain mean with the method error, by hand', () => {
    // Three MSOAs with standard errors 0.3, 0.4 and 1.2, each weight 1/3: √((0.09 + 0.16 + 1.44) / 9) = 1.3 / 3.
    expect(meanStandardError([0.3, 0.4, 1.2])).toBeCloseTo(1.3 / 3, 12);
    // With a method error of SD 0.3: √(1.69 / 9 + 0.09) = √2.5 / 3 = 0.52705.
    expect(totalStandardError(1.3 / 3, 0.3)).toBeCloseTo(Math.sqrt(2.5) / 3, 12);
    expect(() => meanStandardError([])).toThrow(/^standard error of a mean of no values$/);
  });

  it('reads each MSOA’s standard error from its published interval and gives the estimate ±1.96 total SE', () => {
    const header = 'msoa_code,msoa_name,region,sex,hle_years,hle_lci95,hle_uci95';
    // Widths 2 × 1.959964 × SE for SEs 0.3, 0.4 and 1.2 (Cambridge's three MSOAs, males).
    const w = (se: number) => 1.959964 * se;
    const rows = [`E02000001,C,East,Male,60,${60 - w(0.3)},${60 + w(0.3)}`, `E02000002,C,East,Male,70,${70 - w(0.4)},${70 + w(0.4)}`, `E02000003,C,East,Male,65,${65 - w(1.2)},${65 + w(1.2)}`];
    const errors = parseMsoaStandardErrors(parseTable([header, ...rows].join('\n'), 'hle/msoa.csv', HLE2009_MSOA_INTERVAL_COLUMNS));
    expect(errors.get('E02000002')?.male).toBeCloseTo(0.4, 9);
    const estimates = msoaEstimates(BASE.map((a) => a.code), LOOKUP, msoaValues(), errors);
    expect(estimates.get('E07000008')?.male?.samplingSe).toBeCloseTo(1.3 / 3, 9);
    // Hartlepool's MSOAs have no interval here: no sampling error can be given, so no interval either.
    expect(estimates.get('E06000058')?.male?.samplingSe).toBeNull();
    const result = hle2009(BASE, published(), estimates);
    const sd = result.validation.plain.sdError;
    const half = 1.959964 * Math.sqrt((1.3 / 3) ** 2 + sd ** 2);
    expect(result.byArea.get('E07000008')?.male).toMatchObject({ value: 65, lci: Number((65 - half).toFixed(2)), uci: Number((65 + half).toFixed(2)) });
    expect(result.byArea.get('E06000058')?.male).toMatchObject({ lci: null, uci: null });
  });
});

describe('summariseErrors', () => {
  it('gives mean error, mean absolute error, largest with place, and 95th percentile', () => {
    const v = summariseErrors([
      { where: 'a', estimate: 1, official: 0 },
      { where: 'b', estimate: -3, official: 0 },
      { where: 'c', estimate: 0, official: 0 },
    ]);
    expect(v).toMatchObject({ pairs: 3, meanError: -2 / 3, meanAbsoluteError: 4 / 3, largestAbsoluteError: 3, largestAt: 'b' });
    expect(v.p95AbsoluteError).toBeCloseTo(2.8, 10);
    // Errors 1, −3, 0: mean −2/3, squared deviations 25/9 + 49/9 + 4/9 = 78/9, over n − 1 = 2.
    expect(v.sdError).toBeCloseTo(Math.sqrt(78 / 18), 12);
  });
});

describe('england2009', () => {
  const header = 'region,sex,hle_years,hle_sig_vs_england,hle_lci95,hle_uci95';
  const parse = (rows: string[]) => england2009(parseTable([header, ...rows].join('\n'), 'hle/region.csv', HLE2009_REGION_COLUMNS));
  it('reads the England rows', () => {
    expect(parse(['North East,Male,60,**,59.9,60.1', 'England,Male,63.49,,63.47,63.51', 'England,Female,64.77,,64.75,64.79']).female.value).toBe(64.77);
  });
  it('fails without both sexes', () => {
    expect(() => parse(['England,Male,63.49,,63.47,63.51'])).toThrow(/hle\/region\.csv, column "region": needs one England row for each sex/);
  });
});

describe('hle2009 readers, exactly', () => {
  it('accepts a value on either end of its interval and names one outside it', () => {
    expect(published(['E06000001,Hartlepool,Male,58,,58,59']).get('E06000001')?.bySex.male).toEqual({ value: 58, lci: 58, uci: 59 });
    expect(published(['E06000001,Hartlepool,Male,59,,58,59']).get('E06000001')?.bySex.male).toEqual({ value: 59, lci: 58, uci: 59 });
    expect(() => published(['E06000001,Hartlepool,Male,59.5,,58,59'])).toThrow(/^hle\/utla\.csv, data row 1 \(line 2\), column "hle_years": value 59\.5 lies outside its interval 58–59$/);
    expect(() => published(['E06000001,Hartlepool,Male,57.5,,58,59'])).toThrow(/column "hle_years": value 57\.5 lies outside its interval 58–59$/);
  });

  it('names a malformed upper-tier code, and a second row for the same area and sex', () => {
    expect(() => published(['E07000008,Cambridge,Male,60,,59,61'])).toThrow(/^hle\/utla\.csv, data row 1 \(line 2\), column "area_code": not a valid upper-tier \(E06\/E08\/E09\/E10\) code: "E07000008"$/);
    expect(() => published([UTLA_ROWS[0]!, UTLA_ROWS[0]!])).toThrow(/^hle\/utla\.csv, data row 2 \(line 3\), column "area_code": duplicate male row for E06000001$/);
  });

  it('names a malformed MSOA code, and a second row for the same MSOA and sex', () => {
    expect(() => msoaValues(['E01000001,X,East,Male,60'])).toThrow(/^hle\/msoa\.csv, data row 1 \(line 2\), column "msoa_code": not a valid MSOA \(E02\) code: "E01000001"$/);
    expect(() => msoaValues([MSOA_ROWS[0]!, MSOA_ROWS[0]!])).toThrow(/^hle\/msoa\.csv, data row 2 \(line 3\), column "msoa_code": duplicate male row for E02000001$/);
  });

  it('remaps exactly the two pre-2013 codes', () => {
    expect(HLE2009_CODE_REMAP).toEqual({ E06000048: 'E06000057', E08000020: 'E08000037' });
    expect(officialMatches(BASE, published()).get('E06000057')).toBe('E06000048');
  });

  it('names the published area that Buckinghamshire must equal when it is absent', () => {
    const withoutCounty = UTLA_ROWS.filter((row) => !row.startsWith('E10000002'));
    expect(() => officialMatches(BASE, published(withoutCounty))).toThrow(/^hle\/hle2009_13_utla_ons2015\.csv, column "area_code": no rows for E10000002, the published area equal to E06000060$/);
  });

  it('lists MSOAs without a value for a sex, sorted', () => {
    const values = msoaValues(['E02000003,C,East,Male,60', 'E02000001,C,East,Male,60', 'E02000002,C,East,Female,60']);
    expect(msoasWithoutValue(new Map([...LOOKUP].slice(0, 3).reverse()), values, 'male')).toEqual(['E02000002']);
    expect(msoasWithoutValue(new Map([...LOOKUP].slice(0, 3).reverse()), values, 'female')).toEqual(['E02000001', 'E02000003']);
  });

  it('keeps the first of equally large errors as the largest, and refuses an empty list', () => {
    const v = summariseErrors([
      { where: 'a', estimate: 0, official: 0 },
      { where: 'b', estimate: 2, official: 0 },
      { where: 'c', estimate: -2, official: 0 },
    ]);
    expect(v.largestAt).toBe('b');
    expect(v.largestAbsoluteError).toBe(2);
    expect(() => summariseErrors([])).toThrow(/^no pairs to validate the estimate against$/);
  });

  it('names a second England row for a sex, and needs the male row as well as the female', () => {
    const header = 'region,sex,hle_years,hle_sig_vs_england,hle_lci95,hle_uci95';
    const parse = (rows: string[]) => england2009(parseTable([header, ...rows].join('\n'), 'hle/region.csv', HLE2009_REGION_COLUMNS));
    expect(() => parse(['England,Male,63.49,,63.47,63.51', 'England,Male,63.49,,63.47,63.51'])).toThrow(/^hle\/region\.csv, data row 2 \(line 3\), column "region": duplicate England male row$/);
    expect(() => parse(['England,Female,64.77,,64.75,64.79'])).toThrow(/^hle\/region\.csv, column "region": needs one England row for each sex$/);
    expect(parse(['England,Male,63.49,,63.47,63.51', 'England,Female,64.77,,64.75,64.79'])).toEqual({
      male: { value: 63.49, lci: 63.47, uci: 63.51 },
      female: { value: 64.77, lci: 64.75, uci: 64.79 },
    });
  });

  it('gives a single pair no spread, and refuses no pairs at all', () => {
    expect(summariseErrors([{ where: 'a', estimate: 62, official: 61.5 }])).toEqual({
      pairs: 1,
      meanError: 0.5,
      meanAbsoluteError: 0.5,
      largestAbsoluteError: 0.5,
      largestAt: 'a',
      p95AbsoluteError: 0.5,
      sdError: 0,
    });
    expect(() => summariseErrors([])).toThrow(/^no pairs to validate the estimate against$/);
  });

  it('keeps both sexes’ standard errors of an MSOA, accepts a zero-width interval and refuses an upside-down one', () => {
    const header = 'msoa_code,msoa_name,region,sex,hle_years,hle_lci95,hle_uci95';
    const parse = (rows: string[]) => parseMsoaStandardErrors(parseTable([header, ...rows].join('\n'), 'hle/msoa.csv', HLE2009_MSOA_INTERVAL_COLUMNS));
    const errors = parse(['E02000001,C,East,Male,60,60,60', `E02000001,C,East,Female,61,${61 - 1.959964},${61 + 1.959964}`]);
    expect(errors.get('E02000001')?.male).toBe(0);
    expect(errors.get('E02000001')?.female).toBeCloseTo(1, 6);
    expect(() => parse(['E02000001,C,East,Male,60,61,59'])).toThrow('hle/msoa.csv, data row 1 (line 2), column "hle_lci95": interval 61–59 is upside down');
    expect(() => parse(['E01000001,C,East,Male,60,59,61'])).toThrow('column "msoa_code": not a valid MSOA (E02) code: "E01000001"');
  });

  it('skips and lists an MSOA of the lookup that the table has no row for', () => {
    const values = msoaValues(MSOA_ROWS.filter((r) => !r.startsWith('E02000003')));
    expect(msoaEstimates(['E07000008'], LOOKUP, values).get('E07000008')?.male).toEqual({ plain: 65, weighted: 67.5, samplingSe: null, count: 2, skipped: ['E02000003'] });
    expect(msoasWithoutValue(LOOKUP, values, 'male')).toEqual(['E02000003']);
  });

  it('gives no estimate where a district has no MSOA value, and leaves the sampling error off where one MSOA has no interval', () => {
    const estimates = msoaEstimates(['E07000008', 'E09000001'], LOOKUP, msoaValues(), new Map([['E02000001', { male: 0.3 }], ['E02000002', { male: 0.4 }]]));
    expect(estimates.get('E09000001')).toEqual({ male: null, female: null });
    expect(estimates.get('E07000008')?.male?.samplingSe).toBeNull();
    expect(estimates.get('E07000008')?.female).toEqual({ plain: 61, weighted: 61, samplingSe: null, count: 1, skipped: ['E02000002', 'E02000003'] });
  });
});
