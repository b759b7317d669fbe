import { describe, expect, it } from 'vitest';
import { buildTable, filterRows, nextSort, sortRows, tableCsv } from './table';
import { code, makeFile } from '../indicators/testAreas';
import type { DivergenceClass } from './divergence';
import { analysisClasses } from './mapLayer';

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
    expect(buildTable(file, 'divergence', analysisClasses('divergence', classes, null)).rows.find((r) => r.name === 'Crawley')!.value).toBe('High health need, not top priority');
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
});

describe('tableCsv', () => {
  it('writes header lines with the layer, rank meaning and sources, then one row per area', () => {
    const table = buildTable(file, 'hle-male', null);
    const lines = tableCsv(table, 'hle-male', 'http://127.0.0.1/').trimEnd().split('\r\n');
    expect(lines[0]).toContain('Healthy life expectancy at birth, males, 2009–13');
    expect(lines.some((l) => l.includes('Rank: 1 = lowest of 2'))).toBe(true);
    expect(lines.filter((l) => !l.startsWith('#') && !l.startsWith('"#'))).toHaveLength(1 + areas.length);
  });
});

describe('nextSort', () => {
  it('reverses the sorted column and starts another ascending', () => {
    expect(nextSort({ key: 'name', ascending: true }, 'name')).toEqual({ key: 'name', ascending: false });
    expect(nextSort({ key: 'name', ascending: false }, 'value')).toEqual({ key: 'value', ascending: true });
    expect(nextSort<'hle'>({ key: null, ascending: true }, 'hle')).toEqual({ key: 'hle', ascending: true });
  });
});
