import { describe, expect, it } from 'vitest';
import { buildTable, filterRows, sortRows, tableCsv } from './table';
import { code, makeFile } from '../indicators/testAreas';
import { DEFAULT_DEFINITION, type DivergenceClass } from './divergence';
import { analysisClasses } from './mapLayer';
import { sourceLines } from '../indicators/attribution';

const file = makeFile([
  { code: code(1), name: 'Bolton', hleMale: 60, imdRank: 3, luf: 1 },
  { code: code(2), name: 'Adur', hleMale: null, imdRank: 1, luf: 2, hleMale2018: null },
  { code: code(3), name: 'Crawley', hleMale: 58, imdRank: 2, luf: 3, estimate: true },
]);
const areas = file.areas;
areas[1]!.region = { code: 'E12000008', name: 'South East' };
const classes = new Map<string, DivergenceClass>([[code(1), 'aligned'], [code(2), 'no-data'], [code(3), 'need-not-priority']]);

describe('buildTable', () => {
  it('gives healthy life expectancy with ranks (1 = lowest), flags and no-data rows', () => {
    const table = buildTable(file, 'hle-male', null);
    expect(table.rankNote).toBe('1 = lowest of 2');
    const byName = new Map(table.rows.map((r) => [r.name, r]));
    expect(byName.get('Crawley')).toMatchObject({ value: '58.0', rank: 1, flag: 'Estimate' });
    expect(byName.get('Bolton')).toMatchObject({ value: '60.0', rank: 2, flag: '' });
    expect(byName.get('Adur')).toMatchObject({ value: 'No data', rank: null, sortValue: null });
  });

  it('gives deprivation with the publisher’s rank, 1 = most deprived', () => {
    const table = buildTable(file, 'imd', null);
    expect(table.rankNote).toBe('1 = most deprived of 3');
    expect(table.rows.find((r) => r.name === 'Adur')!.rank).toBe(1);
  });

  it('says a damaged figure is missing, keeping the area in the table', () => {
    const damaged = makeFile([{ code: code(1), name: 'Bolton' }, { code: code(2), name: 'Adur' }]);
    damaged.indicators['hle-male']!.byArea[code(2)] = { value: null, status: 'damaged' };
    const rows = buildTable(damaged, 'hle-male', null).rows;
    expect(rows.map((r) => r.name)).toEqual(['Bolton', 'Adur']);
    expect(rows[1]).toMatchObject({ value: 'Missing (damaged file)', flag: 'Damaged in the data file', rank: null });
  });

  it('gives the fund category and the divergence class', () => {
    expect(buildTable(file, 'luf', null).rows.map((r) => r.value)).toEqual(['Category 1', 'Category 2', 'Category 3']);
    expect(buildTable(file, 'divergence', analysisClasses('divergence', { classOf: classes, definition: DEFAULT_DEFINITION }, null)).rows.find((r) => r.name === 'Crawley')!.value).toBe('High health need, not top priority');
  });
});

describe('filter and sort', () => {
  const rows = buildTable(file, 'hle-male', null).rows;

  it('filters by part of the name and by region', () => {
    expect(filterRows(rows, 'bol', '').map((r) => r.name)).toEqual(['Bolton']);
    expect(filterRows(rows, '', 'South East').map((r) => r.name)).toEqual(['Adur']);
    expect(filterRows(rows, 'x', '')).toEqual([]);
  });

  it('sorts by value either way with missing values last', () => {
    expect(sortRows(rows, 'value', true).map((r) => r.name)).toEqual(['Crawley', 'Bolton', 'Adur']);
    expect(sortRows(rows, 'value', false).map((r) => r.name)).toEqual(['Bolton', 'Crawley', 'Adur']);
    expect(sortRows(rows, 'name', true).map((r) => r.name)).toEqual(['Adur', 'Bolton', 'Crawley']);
  });

  it('sorts by name, region, rank and category, each either way, ties by name', () => {
    const names = (key: Parameters<typeof sortRows>[1], ascending: boolean): string[] => sortRows(rows, key, ascending).map((r) => r.name);
    expect(names('name', false)).toEqual(['Crawley', 'Bolton', 'Adur']);
    // Bolton and Crawley share a region: they follow by name in both directions.
    expect(names('region', true)).toEqual(['Bolton', 'Crawley', 'Adur']);
    expect(names('region', false)).toEqual(['Adur', 'Bolton', 'Crawley']);
    expect(names('rank', true)).toEqual(['Crawley', 'Bolton', 'Adur']);
    expect(names('rank', false)).toEqual(['Bolton', 'Crawley', 'Adur']);
    expect(names('luf', true)).toEqual(['Bolton', 'Adur', 'Crawley']);
    expect(names('luf', false)).toEqual(['Crawley', 'Adur', 'Bolton']);
  });

  it('sorts equal values and missing values by name', () => {
    const tied = makeFile([
      { code: code(1), name: 'Wyre', hleMale: 60 },
      { code: code(2), name: 'Barrow', hleMale: 60 },
      { code: code(3), name: 'York', hleMale: null },
      { code: code(4), name: 'Hull', hleMale: null },
      { code: code(5), name: 'Leeds', hleMale: 59 },
    ]);
    const tiedRows = buildTable(tied, 'hle-male', null).rows;
    expect(sortRows(tiedRows, 'value', true).map((r) => r.name)).toEqual(['Leeds', 'Barrow', 'Wyre', 'Hull', 'York']);
    expect(sortRows(tiedRows, 'value', false).map((r) => r.name)).toEqual(['Barrow', 'Wyre', 'Leeds', 'Hull', 'York']);
  });

  it('filters by name and region together, ignoring case and surrounding spaces', () => {
    expect(filterRows(rows, 'CRAW', '').map((r) => r.name)).toEqual(['Crawley']);
    expect(filterRows(rows, 'bol', 'South East')).toEqual([]);
    expect(filterRows(rows, '  ', '').map((r) => r.name)).toEqual(['Bolton', 'Adur', 'Crawley']);
  });
});

describe('buildTable on an analysis layer', () => {
  it('sorts the classes in the legend’s order, areas in no class last, and says no data without classes', () => {
    const table = buildTable(file, 'divergence', analysisClasses('divergence', { classOf: classes, definition: DEFAULT_DEFINITION }, null));
    const byName = new Map(table.rows.map((r) => [r.name, r]));
    expect(byName.get('Crawley')).toMatchObject({ value: 'High health need, not top priority', sortValue: 0, rank: null, flag: '' });
    expect(byName.get('Adur')!.sortValue).toBeNull();
    expect(sortRows(table.rows, 'value', true).map((r) => r.name)).toEqual(['Crawley', 'Bolton', 'Adur']);
    expect(buildTable(file, 'divergence', null).rows.map((r) => [r.value, r.sortValue])).toEqual([
      ['No data', null],
      ['No data', null],
      ['No data', null],
    ]);
  });
});

describe('tableCsv', () => {
  it('writes header lines with the layer, rank meaning, page and sources, then a header and one row per area', () => {
    const table = buildTable(file, 'hle-male', null);
    const lines = tableCsv(table, 'hle-male', 'http://127.0.0.1/?layer=hle-male').trimEnd().split('\r\n');
    const sources = sourceLines().map((line) => `# Source: ${line}`);
    expect(lines).toEqual([
      // Never quoted, though it holds commas: readers that skip `#` lines must see the `#` first.
      '# Health Gap Map: Healthy life expectancy at birth, males, 2009–13',
      '# Rank: 1 = lowest of 2',
      '# View: http://127.0.0.1/?layer=hle-male',
      ...sources,
      'code,name,region,"Healthy life expectancy at birth, males, 2009–13 (years)",rank,luf_priority_category,note',
      `${code(1)},Bolton,North East,60,2,1,`,
      `${code(2)},Adur,South East,,,2,No figure published`,
      `${code(3)},Crawley,North East,58,1,3,Estimate`,
    ]);
  });

  it('writes money as numbers, the unit in the column header', () => {
    const money = makeFile([{ code: code(1), name: 'Bolton' }, { code: code(2), name: 'Adur' }]);
    money.indicators['luf-awards-per-head']!.byArea[code(1)] = { value: 40.1612, status: 'official' };
    money.indicators['luf-awards-per-head']!.byArea[code(2)] = { value: null, status: 'official' };
    const lines = tableCsv(buildTable(money, 'luf-awards-per-head', null), 'luf-awards-per-head', 'http://127.0.0.1/').trimEnd().split('\r\n');
    expect(lines.slice(-3)).toEqual([
      'code,name,region,"Levelling Up Fund awards, rounds 1 and 2, per head of the mid-2019 population (£ per person)",rank,luf_priority_category,note',
      `${code(1)},Bolton,North East,40.1612,1,2,`,
      `${code(2)},Adur,North East,,,2,No data`,
    ]);
  });

  it('writes a share as a proportion from 0 to 1, and says so', () => {
    const shares = makeFile([{ code: code(1), name: 'Bolton' }]);
    shares.indicators['imd-extent']!.byArea[code(1)] = { value: 0.125, status: 'official' };
    const lines = tableCsv(buildTable(shares, 'imd-extent', null), 'imd-extent', 'http://127.0.0.1/').trimEnd().split('\r\n');
    expect(lines.slice(-2)).toEqual([
      'code,name,region,"Index of Multiple Deprivation 2019: extent (share of population, as a proportion from 0 to 1)",rank,luf_priority_category,note',
      `${code(1)},Bolton,North East,0.125,1,2,`,
    ]);
  });

  it('has no rank line for a layer without ranks', () => {
    const lines = tableCsv(buildTable(file, 'luf', null), 'luf', 'http://127.0.0.1/').split('\r\n');
    expect(lines.some((line) => line.includes('Rank:'))).toBe(false);
  });
});
