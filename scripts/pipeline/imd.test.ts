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
