import { describe, expect, it } from 'vitest';
import type { NeighbourhoodColumns, NeighbourhoodFile } from '../data/neighbourhoods';
import { hiddenPockets, hiddenPocketsCsv, hiddenPocketsCsvName, hiddenPocketsMethod, hiddenPocketsSentence, sortPockets, type PocketDistrict } from './hiddenPockets';

const column = (value: (number | null)[], rankInEngland: (number | null)[]): NeighbourhoodColumns => ({
  value,
  lci: value.map((v) => (v === null ? null : v - 1)),
  uci: value.map((v) => (v === null ? null : v + 1)),
  rankInDistrict: value.map(() => null),
  rankInEngland,
  ranked: value.filter((v) => v !== null).length,
});

// 21 neighbourhoods, 20 with a male figure: the lowest tenth is ranks 1–2, and the tie at rank 2 puts three in it.
// Cat1 (category 1) holds rank 1; Twoton (category 2) one at rank 2; Threeby (category 3) the other rank 2;
// Fourham (category 2) none; Unknown (no category) has one at rank 3, outside the tenth.
const district = ['C1', 'C1', 'T2', 'T2', 'T2', 'T3', 'T3', 'F4', 'F4', 'F4', 'F4', 'F4', 'F4', 'F4', 'F4', 'F4', 'F4', 'F4', 'F4', 'U5', 'U5'];
const values = [50, 70, 52, 60, 65, 52, 71, 66, 67, 68, 69, 72, 73, 74, 75, 76, 77, 78, 79, 53, null];
const ranks = [1, 12, 2, 4, 5, 2, 13, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 20, 10, 3, null];
const codeOf: Record<string, string> = { C1: 'E06000001', T2: 'E06000002', T3: 'E07000003', F4: 'E08000004', U5: 'E09000005' };
const FIXTURE: NeighbourhoodFile = {
  schemaVersion: 1,
  geography: 'msoa2011',
  codes: values.map((_, i) => `E020000${String(i).padStart(2, '0')}`),
  names: district.map((d, i) => `${d} ${String(i).padStart(3, '0')}`),
  districts: district.map((d) => codeOf[d]!),
  population: values.map((_, i) => 1000 * (i + 1)),
  measures: {
    'hle-male': column(values, ranks),
    'hle-female': column(values.map(() => null), values.map(() => null)),
    'le-male': column(values, ranks),
    'le-female': column(values, ranks),
  },
  source: 'ONS MSOA table.',
};
const DISTRICTS: PocketDistrict[] = [
  { code: 'E06000001', name: 'Cat One', luf: 1 },
  { code: 'E06000002', name: 'Twoton', luf: 2 },
  { code: 'E07000003', name: 'Threeby', luf: 3 },
  { code: 'E08000004', name: 'Fourham', luf: 2 },
  { code: 'E09000005', name: 'Unknown', luf: null },
];

describe('hiddenPockets', () => {
  const result = hiddenPockets(FIXTURE, 'hle-male', DISTRICTS);

  it('lists the districts outside category 1 with neighbourhoods in the lowest tenth, most people first', () => {
    expect(result.rows).toEqual([
      { code: 'E07000003', name: 'Threeby', luf: 3, neighbourhoods: 2, inLowestTenth: 1, people: 6000, lowest: { name: 'T3 005', value: 52 } },
      { code: 'E06000002', name: 'Twoton', luf: 2, neighbourhoods: 3, inLowestTenth: 1, people: 3000, lowest: { name: 'T2 002', value: 52 } },
    ]);
    expect(result).toMatchObject({ lowestTenth: 3, ranked: 20, outsideNeighbourhoods: 2, outsidePeople: 9000, unknownCategory: ['Unknown'] });
  });

  it('says it in one sentence, and what the lowest tenth is', () => {
    expect(hiddenPocketsSentence(result)).toBe(
      "Outside the Levelling Up Fund's priority category 1, 2 districts contain 2 of the 3 neighbourhoods in England's lowest tenth for healthy life expectancy (males, 2009–13), home to 9,000 people (mid-2019).",
    );
    expect(hiddenPocketsMethod(result)).toBe(
      'The lowest tenth is the 3 neighbourhoods (MSOAs, 2011) ranked lowest of the 20 with a figure (ties at the cut included). People are ONS mid-2019 estimates for those neighbourhoods. Each neighbourhood figure is an estimate with its own 95% interval.',
    );
  });

  it('says so when no district outside category 1 has one', () => {
    const none = hiddenPockets(FIXTURE, 'hle-female', DISTRICTS);
    expect(none.rows).toEqual([]);
    expect(hiddenPocketsSentence(none)).toBe("No district outside the Levelling Up Fund's priority category 1 has a neighbourhood in England's lowest tenth for healthy life expectancy (females, 2009–13).");
  });

  it('sorts by any column, ties by name', () => {
    const names = (key: Parameters<typeof sortPockets>[1], ascending: boolean) => sortPockets(result.rows, key, ascending).map((r) => r.name);
    expect(names('name', true)).toEqual(['Threeby', 'Twoton']);
    expect(names('name', false)).toEqual(['Twoton', 'Threeby']);
    expect(names('luf', true)).toEqual(['Twoton', 'Threeby']);
    expect(names('people', true)).toEqual(['Twoton', 'Threeby']);
    expect(names('inLowestTenth', false)).toEqual(['Threeby', 'Twoton']);
    expect(names('lowest', true)).toEqual(['Threeby', 'Twoton']);
  });

  it('writes the list as CSV with its sentence, method, link and sources', () => {
    const lines = hiddenPocketsCsv(result, 'https://example.org/?geo=msoa').split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      "# Health Gap Map: what district averages hide (districts outside Levelling Up Fund priority category 1 with neighbourhoods in England's lowest tenth)",
      `# ${hiddenPocketsSentence(result)}`,
      `# ${hiddenPocketsMethod(result)}`,
      '# Left out, priority category unknown (damaged data file): Unknown',
      '# View: https://example.org/?geo=msoa',
    ]);
    expect(lines[5]).toBe('# Source: ONS MSOA table.');
    expect(lines.slice(8)).toEqual([
      'code,name,luf_priority_category,neighbourhoods,neighbourhoods_in_lowest_tenth,people_mid2019_in_them,lowest_neighbourhood,lowest_value_years',
      'E07000003,Threeby,3,2,1,6000,T3 005,52',
      'E06000002,Twoton,2,3,1,3000,T2 002,52',
      '',
    ]);
    expect(hiddenPocketsCsvName(result)).toBe('health-gap-hidden-pockets-hle-male.csv');
  });
});
