import { describe, expect, it } from 'vitest';
import { code, makeFile } from '../indicators/testAreas';
import type { Bid } from '../data/types';
import { rankTables } from './areaSummary';
import { comparison, moneyOf } from './compare';

const file = makeFile([
  { code: code(1), name: 'Ash', hleMale: 58.5 },
  { code: code(2), name: 'Birch', hleMale2018: 60, figures: { 'hle-male-2018': { value: 60, status: 'county', measuredFor: 'E10000017' } } },
  { code: code(3), name: 'Cedar', estimate: true, hleMale: 61.2 },
]);
file.places = { E10000017: 'Lancashire' };
const bid = (id: string, amountGbp: number, leadKind: Bid['leadKind'], leadCode: string, covers: string[]): Bid => ({ id, name: id, round: 1, amountGbp, lead: 'Lancashire County Council', leadKind, leadCode, covers, named: [] });
file.bids = [bid('luf1-001', 19_500_000, 'district', code(1), [code(1)]), bid('luf1-002', 20_000_000, 'district', code(1), [code(1)]), bid('luf1-003', 7_000_000, 'county', 'E10000017', [code(1), code(2)])];

describe('the compare view', () => {
  it('sets the chosen areas side by side in the order chosen, leaving out a code of no area', () => {
    const result = comparison(file, [code(3), code(1), 'E09999999'], rankTables(file));
    expect(result.areas.map((area) => area.name)).toEqual(['Cedar', 'Ash']);
    const hle = result.groups.find((group) => group.group === 'Healthy life expectancy');
    expect(hle?.rows.find((row) => row.id === 'hle-male')?.cells).toEqual([
      { value: '61.2 years', flag: 'Estimate' },
      { value: '58.5 years', flag: '' },
    ]);
  });

  it('flags a county’s figure with the county’s name', () => {
    const result = comparison(file, [code(1), code(2)], rankTables(file));
    const row = result.groups.flatMap((group) => group.rows).find((r) => r.id === 'hle-male-2018');
    expect(row?.cells[1]).toEqual({ value: '60.0 years', flag: 'County figure: Lancashire' });
  });

  it('gives each series group one trend per area', () => {
    const result = comparison(file, [code(1), code(2)], rankTables(file));
    const series = result.groups.filter((group) => group.trends !== null);
    expect(series.length).toBeGreaterThan(0);
    expect(series.every((group) => group.trends?.length === 2)).toBe(true);
  });

  it('says what money each area won and what wider bids covered it', () => {
    expect(moneyOf(file, code(1))).toEqual({
      own: '2 bids of its own: £39,500,000',
      covering: '1 bid led by a wider body covering it: £7,000,000, not counted in its figure',
    });
    expect(moneyOf(file, code(3))).toEqual({ own: 'No winning bid of its own', covering: null });
  });
});
