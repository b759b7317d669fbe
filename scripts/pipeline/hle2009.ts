import type { EstimateValidation, NamedCode } from '../../src/lib/data/types.ts';
import type { Hle2009Value, Sex } from './sourceTypes.ts';
import type { BaseArea } from './base.ts';
import { MSOA_CODE, UTLA_CODE } from '../../src/lib/data/codes.ts';
import { codeCell, failAt, nonEmptyTextCell, numberCell, type Row, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { RAW_FILES } from './files.ts';
import type { MsoaEntry } from './msoa.ts';
import { mean, percentile, roundTo, standardDeviation, weightedMean } from './stats.ts';
import { Z95 } from '../../src/lib/analysis/hleGap.ts';

export const SEXES: readonly Sex[] = ['male', 'female'];

export const HLE2009_UTLA_COLUMNS = ['area_code', 'area_name', 'sex', 'hle_years', 'hle_lci95', 'hle_uci95'] as const;
export const HLE2009_MSOA_COLUMNS = ['msoa_code', 'sex', 'hle_years'] as const;
export const HLE2009_MSOA_INTERVAL_COLUMNS = ['msoa_code', 'sex', 'hle_lci95', 'hle_uci95'] as const;
export const HLE2009_REGION_COLUMNS = ['region', 'sex', 'hle_years', 'hle_lci95', 'hle_uci95'] as const;

/**
 * The 2009–13 table predates the 2013 code changes for Northumberland and Gateshead (a minor boundary
 * realignment between the two): the published areas are the 2020 districts under their new codes.
 */
export const HLE2009_CODE_REMAP: Readonly<Record<string, string>> = { E06000048: 'E06000057', E08000020: 'E08000037' };

/**
 * 2020 districts whose area equals a published upper-tier area with a different code. Buckinghamshire's
 * 2020 unitary is exactly the old county. BCP and Dorset are deliberately absent: Christchurch moved from
 * Dorset county to BCP in 2019, so neither equals any published area and both are estimated.
 */
export const HLE2009_SAME_AREA: Readonly<Record<string, string>> = { E06000060: 'E10000002' };

const ROUND_DP = 2;

export function parseSex(row: Row, column: string): Sex {
  const raw = nonEmptyTextCell(row, column);
  if (raw === 'Male') return 'male';
  if (raw === 'Female') return 'female';
  return failAt(row, column, `sex must be "Male" or "Female", got ${JSON.stringify(raw)}`);
}

export interface Interval {
  value: number;
  lci: number;
  uci: number;
}

export interface PublishedArea {
  area: NamedCode;
  bySex: Partial<Record<Sex, Interval>>;
}

function intervalCells(row: Row): Interval {
  const value = numberCell(row, 'hle_years');
  const lci = numberCell(row, 'hle_lci95');
  const uci = numberCell(row, 'hle_uci95');
  if (!(lci <= value && value <= uci)) failAt(row, 'hle_years', `value ${value} lies outside its interval ${lci}–${uci}`);
  return { value, lci, uci };
}

/** Published upper-tier values, keyed by the published (possibly pre-2013) code. */
export function parsePublishedUtla(table: Table): Map<string, PublishedArea> {
  const byCode = new Map<string, PublishedArea>();
  for (const row of table.rows) {
    const code = codeCell(row, 'area_code', UTLA_CODE, 'upper-tier (E06/E08/E09/E10)');
    const sex = parseSex(row, 'sex');
    const entry = byCode.get(code) ?? { area: { code, name: nonEmptyTextCell(row, 'area_name') }, bySex: {} };
    if (entry.bySex[sex] !== undefined) failAt(row, 'area_code', `duplicate ${sex} row for ${code}`);
    entry.bySex[sex] = intervalCells(row);
    byCode.set(code, entry);
  }
  return byCode;
}

/** For each 2020 district that is the same area as a published one, that published area's code. */
export function officialMatches(base: readonly BaseArea[], published: ReadonlyMap<string, PublishedArea>): Map<string, string> {
  const byCurrentCode = new Map<string, string>();
  for (const code of published.keys()) byCurrentCode.set(HLE2009_CODE_REMAP[code] ?? code, code);
  const matches = new Map<string, string>();
  for (const area of base) {
    const sameArea = HLE2009_SAME_AREA[area.code];
    if (sameArea !== undefined) {
      if (!published.has(sameArea)) throw new PipelineError({ file: RAW_FILES.hle2009Utla, column: 'area_code' }, `no rows for ${sameArea}, the published area equal to ${area.code}`);
      matches.set(area.code, sameArea);
      continue;
    }
    // Published codes are upper-tier (E06/E08/E09/E10), so a shire district (E07) never matches one.
    const publishedCode = byCurrentCode.get(area.code);
    if (publishedCode !== undefined) matches.set(area.code, publishedCode);
  }
  return matches;
}

export type MsoaValues = Map<string, Partial<Record<Sex, number>>>;

export function parseMsoaHle(table: Table, lookup: ReadonlyMap<string, MsoaEntry>): MsoaValues {
  const values: MsoaValues = new Map();
  for (const row of table.rows) {
    const msoa = codeCell(row, 'msoa_code', MSOA_CODE, 'MSOA (E02)');
    if (!lookup.has(msoa)) failAt(row, 'msoa_code', `unknown MSOA ${msoa}: not in the MSOA → district lookup`);
    const sex = parseSex(row, 'sex');
    const entry = values.get(msoa) ?? {};
    if (entry[sex] !== undefined) failAt(row, 'msoa_code', `duplicate ${sex} row for ${msoa}`);
    entry[sex] = numberCell(row, 'hle_years');
    values.set(msoa, entry);
  }
  return values;
}

/** Each MSOA's standard error, per sex, from its published 95% interval: (upper − lower) / (2 × 1.96). */
export function parseMsoaStandardErrors(table: Table): MsoaValues {
  const errors: MsoaValues = new Map();
  for (const row of table.rows) {
    const msoa = codeCell(row, 'msoa_code', MSOA_CODE, 'MSOA (E02)');
    const sex = parseSex(row, 'sex');
    const lci = numberCell(row, 'hle_lci95');
    const uci = numberCell(row, 'hle_uci95');
    if (!(lci <= uci)) failAt(row, 'hle_lci95', `interval ${lci}–${uci} is upside down`);
    errors.set(msoa, { ...errors.get(msoa), [sex]: (uci - lci) / (2 * Z95) });
  }
  return errors;
}

/**
 * The sampling standard error of a plain mean of n MSOA figures: √(Σ wᵢ² SEᵢ²) with every wᵢ = 1/n, taking
 * the MSOAs' errors as independent.
 */
export function meanStandardError(errors: readonly number[]): number {
  if (errors.length === 0) throw new Error('standard error of a mean of no values');
  const weight = 1 / errors.length;
  return Math.sqrt(errors.reduce((sum, se) => sum + (weight * se) ** 2, 0));
}

/** The estimate's total standard error: its sampling error and the method's error (the validation's SD), independent. */
export function totalStandardError(samplingSe: number, methodSd: number): number {
  return Math.sqrt(samplingSe ** 2 + methodSd ** 2);
}

export interface MsoaEstimate {
  plain: number;
  weighted: number;
  /** The plain mean's sampling standard error; null where an averaged MSOA has no published interval. */
  samplingSe: number | null;
  /** MSOAs averaged. */
  count: number;
  /** MSOAs of the district with no value for this sex in the source. */
  skipped: string[];
}

/** Plain and population-weighted mean of each district's MSOA values, per sex; null where none have a value. */
export function msoaEstimates(
  baseCodes: readonly string[],
  lookup: ReadonlyMap<string, MsoaEntry>,
  values: MsoaValues,
  standardErrors: MsoaValues = new Map(),
): Map<string, Record<Sex, MsoaEstimate | null>> {
  const msoasByDistrict = new Map<string, string[]>();
  for (const [msoa, e] of lookup) msoasByDistrict.set(e.lad20, [...(msoasByDistrict.get(e.lad20) ?? []), msoa]);
  const out = new Map<string, Record<Sex, MsoaEstimate | null>>();
  for (const code of baseCodes) {
    const msoas = msoasByDistrict.get(code) ?? [];
    const estimateFor = (sex: Sex): MsoaEstimate | null => {
      const used: { v: number; w: number; se: number | undefined }[] = [];
      const skipped: string[] = [];
      for (const m of msoas) {
        const v = values.get(m)?.[sex];
        const w = lookup.get(m)?.population;
        if (v === undefined || w === undefined) skipped.push(m);
        else used.push({ v, w, se: standardErrors.get(m)?.[sex] });
      }
      if (used.length === 0) return null;
      const errors = used.flatMap((u) => (u.se === undefined ? [] : [u.se]));
      return {
        samplingSe: errors.length === used.length ? meanStandardError(errors) : null,
        plain: mean(used.map((u) => u.v)),
        weighted: weightedMean(
          used.map((u) => u.v),
          used.map((u) => u.w),
        ),
        count: used.length,
        skipped,
      };
    };
    out.set(code, { male: estimateFor('male'), female: estimateFor('female') });
  }
  return out;
}

export interface ErrorPair {
  where: string;
  estimate: number;
  official: number;
}

/** Summarises estimate − official over every pair where both exist. */
export function summariseErrors(pairs: readonly ErrorPair[]): EstimateValidation {
  if (pairs.length === 0) throw new Error('no pairs to validate the estimate against');
  const errors = pairs.map((p) => p.estimate - p.official);
  const absolute = errors.map(Math.abs);
  let worst = 0;
  absolute.forEach((a, i) => {
    if (a > (absolute[worst] ?? 0)) worst = i;
  });
  return {
    pairs: pairs.length,
    meanError: mean(errors),
    meanAbsoluteError: mean(absolute),
    largestAbsoluteError: absolute[worst] ?? 0,
    largestAt: pairs[worst]?.where ?? '',
    p95AbsoluteError: percentile(absolute, 0.95),
    sdError: pairs.length > 1 ? standardDeviation(errors) : 0,
  };
}

export function england2009(table: Table): Record<Sex, Interval> {
  const found: Partial<Record<Sex, Interval>> = {};
  for (const row of table.rows) {
    if (nonEmptyTextCell(row, 'region') !== 'England') continue;
    const sex = parseSex(row, 'sex');
    if (found[sex] !== undefined) failAt(row, 'region', `duplicate England ${sex} row`);
    found[sex] = intervalCells(row);
  }
  const { male, female } = found;
  if (male === undefined || female === undefined) {
    throw new PipelineError({ file: table.file, column: 'region' }, 'needs one England row for each sex');
  }
  return { male, female };
}

export interface Hle2009Result {
  byArea: Map<string, Record<Sex, Hle2009Value | null>>;
  validation: { plain: EstimateValidation; weighted: EstimateValidation };
}

/** MSOAs in the lookup with no value for `sex`: skipped by the estimate, never imputed. */
export function msoasWithoutValue(lookup: ReadonlyMap<string, MsoaEntry>, values: MsoaValues, sex: Sex): string[] {
  return [...lookup.keys()].filter((m) => values.get(m)?.[sex] === undefined).sort();
}

export function hle2009(
  base: readonly BaseArea[],
  published: ReadonlyMap<string, PublishedArea>,
  estimates: ReadonlyMap<string, Record<Sex, MsoaEstimate | null>>,
): Hle2009Result {
  const matches = officialMatches(base, published);
  const byArea = new Map<string, Record<Sex, Hle2009Value | null>>();
  const plainPairs: ErrorPair[] = [];
  const weightedPairs: ErrorPair[] = [];
  const pendingIntervals: { value: Hle2009Value; samplingSe: number }[] = [];

  for (const area of base) {
    const publishedArea = published.get(matches.get(area.code) ?? '');
    const valueFor = (sex: Sex): Hle2009Value | null => {
      const official = publishedArea?.bySex[sex];
      const estimate = estimates.get(area.code)?.[sex] ?? null;
      if (official !== undefined && publishedArea !== undefined) {
        if (estimate !== null) {
          const where = `${area.name} (${area.code}) ${sex}`;
          plainPairs.push({ where, estimate: estimate.plain, official: official.value });
          weightedPairs.push({ where, estimate: estimate.weighted, official: official.value });
        }
        return {
          value: roundTo(official.value, ROUND_DP),
          lci: roundTo(official.lci, ROUND_DP),
          uci: roundTo(official.uci, ROUND_DP),
          method: 'official',
          msoaCount: null,
          source: publishedArea.area,
        };
      }
      if (estimate === null) return null;
      const value: Hle2009Value = {
        value: roundTo(estimate.plain, ROUND_DP),
        lci: null,
        uci: null,
        method: 'msoa-estimate',
        msoaCount: estimate.count,
        source: { code: area.code, name: area.name },
      };
      if (estimate.samplingSe !== null) pendingIntervals.push({ value, samplingSe: estimate.samplingSe });
      return value;
    };
    const record = { male: valueFor('male'), female: valueFor('female') };
    byArea.set(area.code, record);
  }
  const plain = summariseErrors(plainPairs);
  // The method's error is known only once every pair is in, so the estimates' intervals come last.
  for (const { value, samplingSe } of pendingIntervals) {
    const halfWidth = Z95 * totalStandardError(samplingSe, plain.sdError);
    value.lci = roundTo(value.value - halfWidth, ROUND_DP);
    value.uci = roundTo(value.value + halfWidth, ROUND_DP);
  }
  return {
    byArea,
    validation: { plain, weighted: summariseErrors(weightedPairs) },
  };
}
