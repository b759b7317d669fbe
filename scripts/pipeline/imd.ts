import type { ImdSummary } from './sourceTypes.ts';
import { assertSameCodes } from './base.ts';
import { LAD_CODE, UTLA_CODE } from '../../src/lib/data/codes.ts';
import { codeCell, failAt, integerCell, nonEmptyTextCell, numberCell, type Row, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { rankDescending } from './rank.ts';
import { weightedMean } from './stats.ts';

export type ImdMeasure = 'avgRank' | 'avgScore' | 'propMostDeprived10' | 'extent' | 'localConcentration';

/** The five IoD2019 summary measures: for each, a higher value means more deprived, so rank 1 = largest. */
export const IMD_MEASURES: readonly { key: ImdMeasure; value: string; rank: string }[] = [
  { key: 'avgRank', value: 'IMD - Average rank', rank: 'IMD - Rank of average rank' },
  { key: 'avgScore', value: 'IMD - Average score', rank: 'IMD - Rank of average score' },
  {
    key: 'propMostDeprived10',
    value: 'IMD - Proportion of LSOAs in most deprived 10% nationally',
    rank: 'IMD - Rank of proportion of LSOAs in most deprived 10% nationally',
  },
  { key: 'extent', value: 'IMD 2019 - Extent', rank: 'IMD 2019 - Rank of extent' },
  { key: 'localConcentration', value: 'IMD 2019 - Local concentration', rank: 'IMD 2019 - Rank of local concentration' },
];

export const IMD_DISTRICT_ID_COLUMNS = ['Local Authority District code (2019)', 'Local Authority District name (2019)'] as const;
export const IMD_UPPER_TIER_ID_COLUMNS = [
  'Upper Tier Local Authority District code (2019)',
  'Upper Tier Local Authority District name (2019)',
] as const;
const MEASURE_COLUMNS = IMD_MEASURES.flatMap((m) => [m.value, m.rank]);
export const IMD_DISTRICT_COLUMNS = [...IMD_DISTRICT_ID_COLUMNS, ...MEASURE_COLUMNS];
export const IMD_UPPER_TIER_COLUMNS = [...IMD_UPPER_TIER_ID_COLUMNS, ...MEASURE_COLUMNS];

/** Buckinghamshire became one unitary district in April 2020, after IoD2019 was published. */
export const BUCKS_2020 = 'E06000060';
/** The former county: File 11 summarises exactly the LSOAs of the 2020 unitary. */
export const BUCKS_COUNTY = 'E10000002';
/** Aylesbury Vale, Chiltern, South Bucks, Wycombe. */
export const BUCKS_PREDECESSORS = ['E07000004', 'E07000005', 'E07000006', 'E07000007'] as const;

export interface ImdRow {
  code: string;
  name: string;
  values: Record<ImdMeasure, number>;
  publishedRanks: Record<ImdMeasure, number>;
  row: Row;
}

function measureRecord(read: (m: (typeof IMD_MEASURES)[number]) => number): Record<ImdMeasure, number> {
  // The loop below fills every key of ImdMeasure, since IMD_MEASURES lists each exactly once.
  const out = {} as Record<ImdMeasure, number>;
  for (const m of IMD_MEASURES) out[m.key] = read(m);
  return out;
}

export function parseImdRows(table: Table, idColumns: readonly [string, string], codePattern: RegExp): ImdRow[] {
  const [codeColumn, nameColumn] = idColumns;
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const code = codeCell(row, codeColumn, codePattern, 'local authority');
    if (seen.has(code)) failAt(row, codeColumn, `duplicate area ${code}`);
    seen.add(code);
    return {
      code,
      name: nonEmptyTextCell(row, nameColumn),
      values: measureRecord((m) => numberCell(row, m.value)),
      publishedRanks: measureRecord((m) => integerCell(row, m.rank)),
      row,
    };
  });
}

export const parseImdDistricts = (table: Table): ImdRow[] => parseImdRows(table, IMD_DISTRICT_ID_COLUMNS, LAD_CODE);
export const parseImdUpperTier = (table: Table): ImdRow[] => parseImdRows(table, IMD_UPPER_TIER_ID_COLUMNS, UTLA_CODE);

export interface RankCheck {
  /** Rows whose every published rank was reproduced. */
  reproduced: number;
  /** Pairs of areas whose published values tie only after rounding, with the measure. */
  roundingTies: string[];
}

/**
 * Proves our ranking rule is MHCLG's before we use it on a different set of areas: ranking the published
 * values must give back every published rank. Where two values are equal as published but MHCLG ranked
 * them apart, they were equal only after rounding; such pairs are listed, and any other mismatch fails.
 */
export function verifyPublishedRanks(rows: readonly ImdRow[]): RankCheck {
  const roundingTies: string[] = [];
  for (const m of IMD_MEASURES) {
    const values = rows.map((r) => r.values[m.key]);
    const published = rows.map((r) => r.publishedRanks[m.key]);
    const ours = rankDescending(values, published);
    rows.forEach((r, i) => {
      if (ours[i] !== r.publishedRanks[m.key]) {
        failAt(r.row, m.rank, `published rank ${r.publishedRanks[m.key]} for ${r.code} is not reproduced by ranking "${m.value}" (got ${ours[i]}); the ranking rule does not match the publisher's`);
      }
    });
    const plain = rankDescending(values);
    rows.forEach((r, i) => {
      if (plain[i] === r.publishedRanks[m.key]) return;
      const partner = rows.find((o) => o !== r && o.values[m.key] === r.values[m.key] && o.publishedRanks[m.key] < r.publishedRanks[m.key]);
      roundingTies.push(`${m.value} = ${r.values[m.key]}: ${partner?.name ?? '?'} (${partner?.publishedRanks[m.key] ?? '?'}), ${r.name} (${r.publishedRanks[m.key]})`);
    });
  }
  return { reproduced: rows.length, roundingTies };
}

export interface BucksCrossCheck {
  county: Record<'avgScore' | 'avgRank', number>;
  weighted: Record<'avgScore' | 'avgRank', number>;
}

/**
 * Rebuilds Buckinghamshire's average score and rank from its four 2019 districts, weighted by population,
 * as an independent check that the county summary really is the same area.
 */
export function bucksCrossCheck(
  districts: readonly ImdRow[],
  county: ImdRow,
  populationByLad19: ReadonlyMap<string, number>,
  file: string,
): BucksCrossCheck {
  const parts = BUCKS_PREDECESSORS.map((code) => {
    const row = districts.find((d) => d.code === code);
    if (row === undefined) throw new PipelineError({ file }, `Buckinghamshire predecessor district ${code} is missing`);
    const pop = populationByLad19.get(code);
    if (pop === undefined || pop <= 0) throw new PipelineError({ file }, `no MSOA population for Buckinghamshire predecessor ${code}`);
    return { row, pop };
  });
  const weights = parts.map((p) => p.pop);
  return {
    county: { avgScore: county.values.avgScore, avgRank: county.values.avgRank },
    weighted: {
      avgScore: weightedMean(parts.map((p) => p.row.values.avgScore), weights),
      avgRank: weightedMean(parts.map((p) => p.row.values.avgRank), weights),
    },
  };
}

/**
 * How far the population-weighted rebuild may stray from the county summary, relative to its value. Some
 * difference is expected: our weights are mid-2019 MSOA populations, MHCLG weighted by its own (earlier)
 * LSOA populations. A gap beyond this would mean the county row is not the same area as the four districts.
 */
export const BUCKS_CROSS_CHECK_TOLERANCE = 0.02;

export function assertBucksCrossCheck(check: BucksCrossCheck, file: string): void {
  for (const key of ['avgScore', 'avgRank'] as const) {
    const relative = Math.abs(check.weighted[key] - check.county[key]) / Math.abs(check.county[key]);
    if (!(relative <= BUCKS_CROSS_CHECK_TOLERANCE)) {
      throw new PipelineError(
        { file, column: key === 'avgScore' ? 'IMD - Average score' : 'IMD - Average rank' },
        `Buckinghamshire county ${key} ${check.county[key]} differs from its districts' population-weighted ${check.weighted[key].toFixed(3)} by ${(relative * 100).toFixed(1)}%`,
      );
    }
  }
}

/** One set of values per 2020 district: the published district row, or for Buckinghamshire the county row. */
export interface ImdSource {
  code: string;
  values: Record<ImdMeasure, number>;
  /** The 317-district ranks, null for Buckinghamshire; they order values that tie only after rounding. */
  publishedRanks: Record<ImdMeasure, number> | null;
  derived: boolean;
}

export function imdSources(
  districts: readonly ImdRow[],
  upperTier: readonly ImdRow[],
  baseCodes: ReadonlySet<string>,
  files: { districts: string; upperTier: string },
): ImdSource[] {
  const county = upperTier.find((r) => r.code === BUCKS_COUNTY);
  if (county === undefined) throw new PipelineError({ file: files.upperTier }, `Buckinghamshire county ${BUCKS_COUNTY} is missing`);
  const predecessors = new Set<string>(BUCKS_PREDECESSORS);
  const sources: ImdSource[] = districts
    .filter((d) => !predecessors.has(d.code))
    .map((d) => ({ code: d.code, values: d.values, publishedRanks: d.publishedRanks, derived: false }));
  sources.push({ code: BUCKS_2020, values: county.values, publishedRanks: null, derived: true });
  assertSameCodes(files.districts, 'the base geography', baseCodes, 'IoD2019 districts (Buckinghamshire merged)', new Set(sources.map((s) => s.code)));
  return sources;
}

/** Ranks among the areas given (here the 314 districts of 2020), 1 = most deprived, per measure. */
export function rerank(sources: readonly ImdSource[]): Map<string, ImdSummary> {
  const ranks = new Map(
    IMD_MEASURES.map((m) => [
      m.key,
      rankDescending(
        sources.map((s) => s.values[m.key]),
        sources.map((s) => s.publishedRanks?.[m.key] ?? null),
      ),
    ]),
  );
  const rankAt = (m: ImdMeasure, i: number): number => {
    const r = ranks.get(m)?.[i];
    if (r === undefined) throw new Error(`no ${m} rank for area ${i}`);
    return r;
  };
  const out = new Map<string, ImdSummary>();
  sources.forEach((s, i) => {
    out.set(s.code, {
      avgRank: s.values.avgRank,
      rankAvgRank: rankAt('avgRank', i),
      avgScore: s.values.avgScore,
      rankAvgScore: rankAt('avgScore', i),
      propMostDeprived10: s.values.propMostDeprived10,
      rankPropMostDeprived10: rankAt('propMostDeprived10', i),
      extent: s.values.extent,
      rankExtent: rankAt('extent', i),
      localConcentration: s.values.localConcentration,
      rankLocalConcentration: rankAt('localConcentration', i),
      publishedRankAvgRank317: s.publishedRanks?.avgRank ?? null,
      derived: s.derived,
    });
  });
  return out;
}
