import { describe, expect, it } from 'vitest';
import { code, makeFile } from '../indicators/testAreas';
import type { Bid } from '../data/types';
import { areaBids, groupMoney, moneyByGroup, moneySentence, peopleSentence, peopleWords } from './awards';
import { classify, DEFAULT_DEFINITION } from './divergence';

const money = (gbp: number, people: number) => ({ 'luf-awards': { value: gbp, status: 'official' as const }, 'population-2019': { value: people, status: 'official' as const } });
const file = makeFile([
  { code: code(1), figures: money(20_000_000, 100_000) },
  { code: code(2), figures: money(0, 300_000) },
  { code: code(3), figures: { 'luf-awards': { value: 5_000_000, status: 'official' }, 'population-2019': { value: null, status: 'damaged' } } },
]);
const bid = (patch: Partial<Bid>): Bid => ({ id: 'luf1-001', name: 'Town centre', round: 1, amountGbp: 20_000_000, lead: 'Ash', leadKind: 'district', leadCode: code(1), covers: [code(1)], named: [], ...patch });
file.bids = [
  bid({}),
  bid({ id: 'luf2-002', name: 'County roads', round: 2, amountGbp: 45_000_000, lead: 'Kent County Council*', leadKind: 'county', leadCode: 'E10000016', covers: [code(1), code(2)] }),
  bid({ id: 'luf2-003', name: 'Elsewhere', leadCode: code(9), covers: [code(9)] }),
];

describe('areaBids', () => {
  it('lists the council’s own bids as counted, and a county’s covering bid as not counted', () => {
    expect(areaBids(file, code(1)).map((b) => [b.bid.name, b.counted, b.words])).toEqual([
      ['Town centre', true, 'Round 1: £20,000,000'],
      ['County roads', false, "Round 2, led by Kent County Council, a body whose area includes this district: £45,000,000, not counted in this district's figure"],
    ]);
    expect(areaBids(file, code(2)).map((b) => b.bid.name)).toEqual(['County roads']);
  });

  it('lists bids led by a combined authority, the GLA or another body as covering, never as the district’s own', () => {
    const wider = makeFile([{ code: code(1) }]);
    wider.bids = [
      bid({ id: 'a', name: 'Metro', leadKind: 'combined-authority', lead: 'West Yorkshire Combined Authority', leadCode: code(1) }),
      bid({ id: 'b', name: 'Thames', leadKind: 'gla', lead: 'Greater London Authority', leadCode: 'E12000007' }),
      bid({ id: 'c', name: 'Harbour', leadKind: 'other', lead: 'Mid* Harbour Trust*', leadCode: null }),
    ];
    expect(areaBids(wider, code(1)).map((b) => [b.bid.name, b.counted])).toEqual([
      ['Metro', false],
      ['Thames', false],
      ['Harbour', false],
    ]);
    // Only the trailing asterisk (the source's footnote mark) goes.
    expect(areaBids(wider, code(1))[2]!.words).toContain('led by Mid* Harbour Trust,');
  });

  it('lists a bid whose source names its districts on those districts only, naming them', () => {
    const london = makeFile([1, 2, 3].map((n) => ({ code: code(n), name: ['Barnet', 'Camden', 'Waltham Forest'][n - 1] })));
    london.bids = [bid({ id: 'g', name: 'Colindale and Leyton', round: 2, amountGbp: 43_166_006, leadKind: 'gla', lead: 'Greater London Authority*', leadCode: 'E61000001', covers: [code(1), code(2), code(3)], named: [code(1), code(3)] })];
    expect(areaBids(london, code(1)).map((b) => b.words)).toEqual([
      "Round 2, led by Greater London Authority, for Barnet and Waltham Forest (as its source names them): £43,166,006, not counted in this district's figure",
    ]);
    expect(areaBids(london, code(2))).toEqual([]);
  });
});

describe('groupMoney', () => {
  it('sums money and people, counts winners, and gives money per head', () => {
    expect(groupMoney(file, [code(1), code(2)])).toEqual({ areas: 2, won: 1, totalGbp: 20_000_000, population: 400_000, perHeadGbp: 50, withoutFigures: 0 });
  });

  it('leaves out, and counts, an area whose population is damaged, rather than guessing it', () => {
    expect(groupMoney(file, [code(1), code(3)])).toMatchObject({ totalGbp: 20_000_000, population: 100_000, perHeadGbp: 200, withoutFigures: 1 });
  });

  it('has no per-head figure for a group with nobody in it', () => {
    expect(groupMoney(file, []).perHeadGbp).toBeNull();
  });

  it('leaves out an area whose award figure is damaged, with its people', () => {
    const damaged = makeFile([{ code: code(1), figures: { 'luf-awards': { value: null, status: 'damaged' }, 'population-2019': { value: 50_000, status: 'official' } } }]);
    expect(groupMoney(damaged, [code(1)])).toEqual({ areas: 1, won: 0, totalGbp: 0, population: 0, perHeadGbp: null, withoutFigures: 1 });
  });
});

describe('words', () => {
  it('says people in millions or in full', () => {
    expect(peopleWords(12_345_678)).toBe('12.3 million people');
    expect(peopleWords(850_123)).toBe('850,123 people');
    expect(peopleWords(1_000_000)).toBe('1.0 million people');
    expect(peopleWords(999_999.6)).toBe('1,000,000 people');
  });

  it('says "no figure" for a group without a per-head figure', () => {
    expect(moneySentence(groupMoney(file, []), groupMoney(file, [code(1)]))).toBe(
      "Areas with high health need outside priority category 1 won no figure from the Levelling Up Fund's first two rounds, in bids led by the council itself (0 of 0 won a bid of their own); category 1 areas won £200.00 a head (1 of 1).",
    );
  });

  it('puts the two groups’ money per head in one sentence', () => {
    expect(moneySentence(groupMoney(file, [code(2)]), groupMoney(file, [code(1)]))).toBe(
      "Areas with high health need outside priority category 1 won £0.00 a head from the Levelling Up Fund's first two rounds, in bids led by the council itself (0 of 1 won a bid of their own); category 1 areas won £200.00 a head (1 of 1).",
    );
  });
});

describe('moneyByGroup', () => {
  // Six areas; the two lowest HLE are categories 2 and 3 (high need, not top priority).
  const six = makeFile(
    [55, 56, 60, 61, 62, 63].map((hle, i) => ({
      code: code(i + 1),
      hleMale: hle,
      luf: ([2, 3, 1, 1, 1, 2] as const)[i],
      imdRank: i + 1,
      figures: money((i + 1) * 1_000_000, 100_000),
    })),
  );
  const rows = moneyByGroup(six, classify(six, { ...DEFAULT_DEFINITION, percentile: 34 }));

  it('gives each divergence group and each category its money, winners and people', () => {
    expect(rows.map((row) => [row.id, row.money.areas, row.money.totalGbp, row.money.population])).toEqual([
      ['need-not-priority', 2, 3_000_000, 200_000],
      ['priority-not-need', 0, 0, 0],
      ['category-1', 3, 12_000_000, 300_000],
      ['category-2', 2, 7_000_000, 200_000],
      ['category-3', 1, 2_000_000, 100_000],
    ]);
  });

  it('labels each row as the panel shows it', () => {
    expect(rows.map((row) => row.label)).toEqual([
      'High health need, not top priority',
      'Top priority, lower health need',
      'Priority category 1',
      'Priority category 2',
      'Priority category 3',
    ]);
  });

  it('counts the top-priority areas without high need in their own row', () => {
    // The fifth area (category 1) now has healthier lives than England: top priority without the need.
    const healthier = makeFile(
      [55, 56, 60, 61, 64, 63].map((hle, i) => ({ code: code(i + 1), hleMale: hle, luf: ([2, 3, 1, 1, 1, 2] as const)[i], imdRank: i + 1, figures: money((i + 1) * 1_000_000, 100_000) })),
    );
    const row = moneyByGroup(healthier, classify(healthier, { ...DEFAULT_DEFINITION, percentile: 34 }))[1]!;
    expect([row.id, row.money.areas, row.money.totalGbp, row.money.population]).toEqual(['priority-not-need', 1, 5_000_000, 100_000]);
  });

  it('says how many people live in the high-need areas outside the top category', () => {
    expect(peopleSentence(rows[0]!)).toBe('200,000 people live in areas with high health need that were not top priority (2 areas).');
  });
});
