import { describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import {
  assertBucksCrossCheck,
  bucksCrossCheck,
  IMD_DISTRICT_COLUMNS,
  IMD_UPPER_TIER_COLUMNS,
  imdSources,
  parseImdDistricts,
  parseImdUpperTier,
  rerank,
  verifyPublishedRanks,
} from './imd.ts';

const MEASURE_HEADER = IMD_DISTRICT_COLUMNS.slice(2).join(',');
const DISTRICT_HEADER = `Local Authority District code (2019),Local Authority District name (2019),${MEASURE_HEADER}`;
const UPPER_HEADER = `Upper Tier Local Authority District code (2019),Upper Tier Local Authority District name (2019),${MEASURE_HEADER}`;

// value/rank pairs: avg rank, avg score, proportion, extent, local concentration
const DISTRICTS = [
  'E06000009,Blackpool,26765.29,1,45.039,1,0.4149,2,0.5766,1,32838.16,1',
  'E06000053,Isles of Scilly,9000,4,12.005,3,0,3,0,5,20000,5',
  'E07000222,Warwick,9100,3,12.005,4,0,3,0.01,4,20100,4',
  'E07000004,Aylesbury Vale,8000,5,11,5,0,3,0.02,3,21000,3',
  'E07000005,Chiltern,7000,7,9,7,0,3,0,5,19000,7',
  'E07000006,South Bucks,7500,6,10,6,0,3,0,5,19500,6',
  'E07000007,Wycombe,20000,2,20,2,0.5,1,0.3,2,30000,2',
];
const districtRows = (rows = DISTRICTS) => parseImdDistricts(parseTable([DISTRICT_HEADER, ...rows].join('\n'), 'imd/f10.csv', IMD_DISTRICT_COLUMNS));
const upperRows = () =>
  parseImdUpperTier(parseTable([UPPER_HEADER, 'E10000002,Buckinghamshire,8023.36,2,10.052,2,0.1,2,0.0074,2,21852.21,2'].join('\n'), 'imd/f11.csv', IMD_UPPER_TIER_COLUMNS));

describe('IMD', () => {
  it('reproduces published ranks, reporting values equal only after rounding', () => {
    const check = verifyPublishedRanks(districtRows());
    expect(check.reproduced).toBe(7);
    expect(check.roundingTies).toEqual(['IMD - Average score = 12.005: Isles of Scilly (3), Warwick (4)']);
  });

  it('fails when a published rank cannot be reproduced, naming the row and rank column', () => {
    const rows = [...DISTRICTS];
    rows[0] = 'E06000009,Blackpool,26765.29,3,45.039,1,0.4149,2,0.5766,1,32838.16,1';
    expect(() => verifyPublishedRanks(districtRows(rows))).toThrow(/^imd\/f10\.csv, data row 1 \(line 2\), column "IMD - Rank of average rank": published rank 3/);
  });

  it('rejects duplicate districts and non-numeric values', () => {
    expect(() => districtRows([...DISTRICTS, DISTRICTS[0] ?? ''])).toThrow(/data row 8 \(line 9\), column "Local Authority District code \(2019\)": duplicate area E06000009/);
    const rows = [...DISTRICTS];
    rows[1] = 'E06000053,Isles of Scilly,n/a,4,12.005,3,0,3,0,5,20000,5';
    expect(() => districtRows(rows)).toThrow(/data row 2 \(line 3\), column "IMD - Average rank": not a number: "n\/a"/);
  });

  it('replaces the four Buckinghamshire districts by the county summary and re-ranks', () => {
    const base = new Set(['E06000009', 'E06000053', 'E07000222', 'E06000060']);
    const sources = imdSources(districtRows(), upperRows(), base, { districts: 'f10', upperTier: 'f11' });
    const imd = rerank(sources);
    expect(imd.get('E06000060')).toMatchObject({ avgScore: 10.052, derived: true, publishedRankAvgRank317: null, rankAvgRank: 4 });
    expect(imd.get('E06000009')).toMatchObject({ rankAvgRank: 1, publishedRankAvgRank317: 1, derived: false });
    // Scilly and Warwick tie at 12.005 as published; their published order is kept.
    expect(imd.get('E06000053')?.rankAvgScore).toBe(2);
    expect(imd.get('E07000222')?.rankAvgScore).toBe(3);
    // Zero proportions share one rank.
    expect(imd.get('E06000053')?.rankPropMostDeprived10).toBe(imd.get('E07000222')?.rankPropMostDeprived10);
  });

  it('fails, naming codes, when districts and base differ', () => {
    expect(() => imdSources(districtRows(), upperRows(), new Set(['E06000009', 'E06000060']), { districts: 'f10', upperTier: 'f11' })).toThrow(
      /^f10: district codes differ.*E06000053, E07000222/,
    );
  });

  it('cross-checks Buckinghamshire with a population-weighted mean of its districts', () => {
    const pops = new Map([
      ['E07000004', 1],
      ['E07000005', 1],
      ['E07000006', 1],
      ['E07000007', 1],
    ]);
    const upper = upperRows()[0];
    if (upper === undefined) throw new Error('fixture');
    const check = bucksCrossCheck(districtRows(), upper, pops, 'f10');
    expect(check.weighted.avgScore).toBe(12.5);
    expect(check.county.avgScore).toBe(10.052);
    // 12.5 against 10.052 is a 24% gap: not the same area.
    expect(() => assertBucksCrossCheck(check, 'f11')).toThrow(/^f11, column "IMD - Average score": Buckinghamshire county avgScore 10.052 differs/);
    expect(() => assertBucksCrossCheck({ county: check.county, weighted: { avgScore: 10.07, avgRank: 8040 } }, 'f11')).not.toThrow();
  });
});

describe('IMD, exactly', () => {
  const pops = (overrides: Record<string, number | undefined> = {}) =>
    new Map(
      Object.entries({ E07000004: 1, E07000005: 1, E07000006: 1, E07000007: 5, ...overrides }).filter((entry): entry is [string, number] => entry[1] !== undefined),
    );
  const county = () => upperRows()[0]!;

  it('reads the columns by the names MHCLG publishes', () => {
    const measures = [
      'IMD - Average rank', 'IMD - Rank of average rank',
      'IMD - Average score', 'IMD - Rank of average score',
      'IMD - Proportion of LSOAs in most deprived 10% nationally', 'IMD - Rank of proportion of LSOAs in most deprived 10% nationally',
      'IMD 2019 - Extent', 'IMD 2019 - Rank of extent',
      'IMD 2019 - Local concentration', 'IMD 2019 - Rank of local concentration',
    ];
    expect(IMD_DISTRICT_COLUMNS).toEqual(['Local Authority District code (2019)', 'Local Authority District name (2019)', ...measures]);
    expect(IMD_UPPER_TIER_COLUMNS).toEqual(['Upper Tier Local Authority District code (2019)', 'Upper Tier Local Authority District name (2019)', ...measures]);
  });

  it('names a malformed area code', () => {
    const rows = [...DISTRICTS];
    rows[0] = 'X06000009,Blackpool,26765.29,1,45.039,1,0.4149,2,0.5766,1,32838.16,1';
    expect(() => districtRows(rows)).toThrow(/^imd\/f10\.csv, data row 1 \(line 2\), column "Local Authority District code \(2019\)": not a valid local authority code: "X06000009"$/);
  });

  it('weights the Buckinghamshire rebuild by population, for both measures', () => {
    const check = bucksCrossCheck(districtRows(), county(), pops(), 'f10');
    // (11 + 9 + 10 + 5 × 20) / 8 and (8000 + 7000 + 7500 + 5 × 20000) / 8.
    expect(check).toEqual({ county: { avgScore: 10.052, avgRank: 8023.36 }, weighted: { avgScore: 16.25, avgRank: 15312.5 } });
  });

  it('names a missing predecessor district and a missing or zero population', () => {
    const withoutChiltern = districtRows().filter((row) => row.code !== 'E07000005');
    expect(() => bucksCrossCheck(withoutChiltern, county(), pops(), 'f10')).toThrow(/^f10: Buckinghamshire predecessor district E07000005 is missing$/);
    expect(() => bucksCrossCheck(districtRows(), county(), pops({ E07000006: undefined }), 'f10')).toThrow(/^f10: no MSOA population for Buckinghamshire predecessor E07000006$/);
    expect(() => bucksCrossCheck(districtRows(), county(), pops({ E07000006: 0 }), 'f10')).toThrow(/^f10: no MSOA population for Buckinghamshire predecessor E07000006$/);
  });

  it('accepts a gap of exactly the tolerance, and names the average rank and the gap beyond it', () => {
    expect(() => assertBucksCrossCheck({ county: { avgScore: 10, avgRank: 100 }, weighted: { avgScore: 10, avgRank: 102 } }, 'f11')).not.toThrow();
    expect(() => assertBucksCrossCheck({ county: { avgScore: 10, avgRank: 100 }, weighted: { avgScore: 10, avgRank: 103 } }, 'f11')).toThrow(
      /^f11, column "IMD - Average rank": Buckinghamshire county avgRank 100 differs from its districts' population-weighted 103\.000 by 3\.0%$/,
    );
  });

  it('finds the county among other upper-tier areas, and names it when it is missing', () => {
    const text = [UPPER_HEADER, 'E10000003,Cambridgeshire,1,1,1,1,0,1,0,1,1,1', 'E10000002,Buckinghamshire,8023.36,2,10.052,2,0.1,2,0.0074,2,21852.21,2'].join('\n');
    const upper = parseImdUpperTier(parseTable(text, 'imd/f11.csv', IMD_UPPER_TIER_COLUMNS));
    const base = new Set(['E06000009', 'E06000053', 'E07000222', 'E06000060']);
    const sources = imdSources(districtRows(), upper, base, { districts: 'f10', upperTier: 'f11' });
    expect(sources.find((s) => s.code === 'E06000060')?.values.avgScore).toBe(10.052);
    expect(() => imdSources(districtRows(), upper.slice(0, 1), base, { districts: 'f10', upperTier: 'f11' })).toThrow(/^f11: Buckinghamshire county E10000002 is missing$/);
  });

  it('gives every measure its own rank among the areas given', () => {
    const base = new Set(['E06000009', 'E06000053', 'E07000222', 'E06000060']);
    const imd = rerank(imdSources(districtRows(), upperRows(), base, { districts: 'f10', upperTier: 'f11' }));
    expect(imd.get('E06000009')).toEqual({
      avgRank: 26765.29, rankAvgRank: 1,
      avgScore: 45.039, rankAvgScore: 1,
      propMostDeprived10: 0.4149, rankPropMostDeprived10: 1,
      extent: 0.5766, rankExtent: 1,
      localConcentration: 32838.16, rankLocalConcentration: 1,
      publishedRankAvgRank317: 1,
      derived: false,
    });
    expect(imd.get('E06000060')).toEqual({
      avgRank: 8023.36, rankAvgRank: 4,
      avgScore: 10.052, rankAvgScore: 4,
      propMostDeprived10: 0.1, rankPropMostDeprived10: 2,
      extent: 0.0074, rankExtent: 3,
      localConcentration: 21852.21, rankLocalConcentration: 2,
      publishedRankAvgRank317: null,
      derived: true,
    });
  });
});
