import { describe, expect, it } from 'vitest';
import { indicator, type IndicatorDefinition } from './catalogue';
import { code, makeFile } from './testAreas';
import { formatNumber, formatValue, ordinal, rankTable, rankWords, statusFlag, statusNote } from './values';

const hle = indicator('hle-male');
const as = (format: IndicatorDefinition['format'], decimals: number): IndicatorDefinition => ({ ...hle, format, decimals });

describe('formatNumber and formatValue', () => {
  it('writes each format as the table and the panel show it', () => {
    expect(formatNumber(as('years', 1), 63.456)).toBe('63.5');
    expect(formatValue(as('years', 1), 63.456)).toBe('63.5 years');
    expect(formatNumber(as('score', 0), 12345.6)).toBe('12,346');
    expect(formatNumber(as('score', 2), 0.5)).toBe('0.50');
    expect(formatValue(as('score', 2), 0.5)).toBe('0.50');
    expect(formatNumber(as('rank', 0), 17)).toBe('17');
    expect(formatNumber(as('share', 1), 0.1234)).toBe('12.3%');
    expect(formatNumber(as('percent', 1), 21.25)).toBe('21.3%');
    expect(formatNumber(as('percent', 0), 21.25)).toBe('21%');
    expect(formatNumber(as('gbp', 0), 19_999_999.6)).toBe('£20,000,000');
    expect(formatNumber(as('gbp', 2), 12.5)).toBe('£12.50');
    expect(formatNumber(as('count', 0), 1234567.4)).toBe('1,234,567');
    expect(formatNumber(as('category', 0), 2)).toBe('Category 2');
  });
});

describe('ordinal', () => {
  it('takes st, nd, rd and th as English does, 11th to 13th included', () => {
    const cases: [number, string][] = [
      [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'], [14, '14th'],
      [21, '21st'], [22, '22nd'], [23, '23rd'], [100, '100th'], [101, '101st'], [111, '111th'], [112, '112th'], [113, '113th'], [313, '313th'], [314, '314th'],
    ];
    for (const [n, words] of cases) expect(ordinal(n)).toBe(words);
  });
});

describe('rankTable', () => {
  it('ranks from the lowest value, ties sharing the smaller rank, and leaves out areas without a figure', () => {
    const file = makeFile([
      { code: code(1), hleMale: 60 },
      { code: code(2), hleMale: 58 },
      { code: code(3), hleMale: 60 },
      { code: code(4), hleMale: null },
      { code: code(5), hleMale: 61 },
    ]);
    const table = rankTable(file, 'hle-male');
    expect(table.of).toBe(4);
    expect(Object.fromEntries(table.ranks)).toEqual({ [code(2)]: 1, [code(1)]: 2, [code(3)]: 2, [code(5)]: 4 });
  });

  it("ranks only the districts' own figures: a county's, a successor's or a wider area's is left out", () => {
    const file = makeFile([
      { code: code(1), hleMale: 60 },
      { code: code(2), figures: { 'hle-male': { value: 55, status: 'county', measuredFor: 'E10000017' } } },
      { code: code(3), figures: { 'hle-male': { value: 56, status: 'successor', measuredFor: 'E06000061' } } },
      { code: code(4), figures: { 'hle-male': { value: 57, status: 'derived', measuredFor: 'E67000001' } } },
      { code: code(5), figures: { 'hle-male': { value: 62, status: 'official', measuredFor: 'E06000048' } } },
      { code: code(6), figures: { 'hle-male': { value: 61, status: 'derived' } } },
    ]);
    const table = rankTable(file, 'hle-male');
    expect(table.of).toBe(3);
    expect(Object.fromEntries(table.ranks)).toEqual({ [code(1)]: 1, [code(6)]: 2, [code(5)]: 3 });
    const published = makeFile([
      { code: code(1), figures: { imd: { value: 4, rank: 4, status: 'official' } } },
      { code: code(2), figures: { imd: { value: 2, rank: 2, status: 'county', measuredFor: 'E10000017' } } },
    ]);
    expect(rankTable(published, 'imd')).toEqual({ ranks: new Map([[code(1), 4]]), of: 1 });
  });

  it('ranks from the highest value where the indicator says so', () => {
    const figure = (value: number) => ({ figures: { 'imd-score': { value, status: 'official' as const } } });
    const file = makeFile([{ code: code(1), ...figure(10) }, { code: code(2), ...figure(30) }, { code: code(3), ...figure(20) }]);
    expect(indicator('imd-score').rankFrom).toBe('highest');
    expect(Object.fromEntries(rankTable(file, 'imd-score').ranks)).toEqual({ [code(2)]: 1, [code(3)]: 2, [code(1)]: 3 });
  });

  it("keeps the publisher's ranks where every figure has one, and ranks by value where some do not", () => {
    const published = makeFile([{ code: code(1), imdRank: 7 }, { code: code(2), imdRank: 3 }]);
    expect(Object.fromEntries(rankTable(published, 'imd').ranks)).toEqual({ [code(1)]: 7, [code(2)]: 3 });
    const partly = makeFile([
      { code: code(1), figures: { imd: { value: 9, rank: 9, status: 'official' } } },
      { code: code(2), figures: { imd: { value: 4, status: 'official' } } },
    ]);
    expect(Object.fromEntries(rankTable(partly, 'imd').ranks)).toEqual({ [code(2)]: 1, [code(1)]: 2 });
  });

  it('does not count a rank on a figure without a value', () => {
    const file = makeFile([
      { code: code(1), figures: { imd: { value: null, rank: 1, status: 'damaged' } } },
      { code: code(2), figures: { imd: { value: 5, rank: 5, status: 'official' } } },
    ]);
    const table = rankTable(file, 'imd');
    expect(table.of).toBe(1);
    expect(Object.fromEntries(table.ranks)).toEqual({ [code(2)]: 5 });
  });

  it('ranks nothing where no area has a figure', () => {
    const file = makeFile([{ code: code(1), hleMale: null }]);
    expect(rankTable(file, 'hle-male')).toEqual({ ranks: new Map(), of: 0 });
  });
});

describe('rankWords', () => {
  it('says "12th lowest of 314" where rank 1 is the lowest, and spells out any other meaning of rank 1', () => {
    expect(rankWords(hle, 12, 314)).toBe('12th lowest of 314');
    expect(rankWords(indicator('imd'), 12, 317)).toBe('12 of 317 (1 = most deprived)');
  });

  it('says "lowest of 312" for rank 1, never "1st lowest"', () => {
    expect(rankWords(hle, 1, 312)).toBe('lowest of 312');
    expect(rankWords(indicator('cvd-mortality-u75-2022-24'), 1, 314)).toBe('highest of 314');
  });

  it('ranks money among the areas with an award', () => {
    expect(rankWords(indicator('luf-awards'), 58, 120)).toBe('58 of 120 with an award (1 = most awarded)');
  });
});

describe('rankTable where zero means no award', () => {
  it('leaves areas with £0 out of the ranking', () => {
    const file = makeFile([{ code: code(1), name: 'Ash' }, { code: code(2), name: 'Birch' }, { code: code(3), name: 'Cedar' }]);
    const values = [0, 5_000_000, 20_000_000];
    values.forEach((value, i) => (file.indicators['towns-fund']!.byArea[code(i + 1)] = { value, status: 'official' }));
    const table = rankTable(file, 'towns-fund');
    expect(table.of).toBe(2);
    expect([...table.ranks]).toEqual([[code(3), 1], [code(2), 2]]);
  });
});

describe('statusFlag and statusNote', () => {
  it('says nothing of an official figure', () => {
    expect(statusFlag({ value: 1, status: 'official' })).toBe('');
    expect(statusNote(hle, { value: 1, status: 'official' }, 'Leeds', null)).toBeNull();
  });

  it('names the area and the area the figure was measured for', () => {
    expect(statusNote(hle, { value: 1, status: 'county', measuredFor: 'E10000002' }, 'Aylesbury Vale', 'Buckinghamshire')).toBe(
      "County figure: this is Buckinghamshire's value, not Aylesbury Vale's own.",
    );
    expect(statusNote(hle, { value: 1, status: 'county' }, 'Aylesbury Vale', null)).toBe("County figure: this is another area's value, not Aylesbury Vale's own.");
    expect(statusFlag({ value: 1, status: 'county' })).not.toBe('');
  });
});
