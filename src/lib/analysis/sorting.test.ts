import { describe, expect, it } from 'vitest';
import { ariaSort, compareRows, nextSort, sortBy } from './sorting';

describe('nextSort', () => {
  it('reverses the sorted column and starts another ascending', () => {
    expect(nextSort({ key: 'name', ascending: true }, 'name')).toEqual({ key: 'name', ascending: false });
    expect(nextSort({ key: 'name', ascending: false }, 'value')).toEqual({ key: 'value', ascending: true });
    expect(nextSort<'hle'>({ key: null, ascending: true }, 'hle')).toEqual({ key: 'hle', ascending: true });
  });
});

describe('ariaSort', () => {
  it('names the direction of the sorted column only', () => {
    expect(ariaSort({ key: 'name', ascending: true }, 'name')).toBe('ascending');
    expect(ariaSort({ key: 'name', ascending: false }, 'name')).toBe('descending');
    expect(ariaSort({ key: 'name', ascending: true }, 'value')).toBe('none');
    expect(ariaSort<'name'>({ key: null, ascending: true }, 'name')).toBe('none');
  });
});

describe('sortBy', () => {
  const rows = [
    { name: 'Wyre', region: 'North West', value: 60.5 },
    { name: 'Adur', region: 'South East', value: null },
    { name: 'Bolton', region: 'North West', value: 58.1 },
    { name: 'Leeds', region: 'Yorkshire', value: 60.5 },
    { name: 'Crawley', region: 'South East', value: null },
  ];
  const names = (list: readonly { name: string }[]) => list.map((row) => row.name);

  it('sorts figures either way, missing figures last both ways, ties by name', () => {
    expect(names(sortBy(rows, (row) => row.value, true))).toEqual(['Bolton', 'Leeds', 'Wyre', 'Adur', 'Crawley']);
    expect(names(sortBy(rows, (row) => row.value, false))).toEqual(['Leeds', 'Wyre', 'Bolton', 'Adur', 'Crawley']);
  });

  it('sorts text either way, ties by name A to Z both ways', () => {
    expect(names(sortBy(rows, (row) => row.region, true))).toEqual(['Bolton', 'Wyre', 'Adur', 'Crawley', 'Leeds']);
    expect(names(sortBy(rows, (row) => row.region, false))).toEqual(['Leeds', 'Adur', 'Crawley', 'Bolton', 'Wyre']);
    expect(names(sortBy(rows, (row) => row.name, false))).toEqual(['Wyre', 'Leeds', 'Crawley', 'Bolton', 'Adur']);
  });

  it('leaves the rows it was given in their order', () => {
    sortBy(rows, (row) => row.value, true);
    expect(names(rows)).toEqual(['Wyre', 'Adur', 'Bolton', 'Leeds', 'Crawley']);
  });
});

describe('compareRows', () => {
  it('counts text beside a figure as a missing figure', () => {
    // As text, '0' would come before '5'; as a missing figure it goes after 5.
    expect(compareRows({ value: '0', name: 'A' }, { value: 5, name: 'B' }, true)).toBe(1);
    expect(compareRows({ value: 1, name: 'B' }, { value: 'x', name: 'A' }, false)).toBe(-1);
  });

  it('is zero only for the same value and the same name', () => {
    expect(compareRows({ value: 'x', name: 'A' }, { value: 'x', name: 'A' }, true)).toBe(0);
    expect(compareRows({ value: null, name: 'A' }, { value: null, name: 'A' }, false)).toBe(0);
  });
});
