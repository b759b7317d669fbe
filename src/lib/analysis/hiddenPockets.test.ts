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
  // A getter, not a value computed when the file is collected, so that mutation testing sees which test reads what.
  const result = () => hiddenPockets(FIXTURE, 'hle-male', DISTRICTS);

  it('lists the districts outside category 1 with neighbourhoods in the lowest tenth, most people first', () => {
    expect(result().rows).toEqual([
      { code: 'E07000003', name: 'Threeby', luf: 3, neighbourhoods: 2, inLowestTenth: 1, people: 6000, lowest: { name: 'T3 005', value: 52 } },
      { code: 'E06000002', name: 'Twoton', luf: 2, neighbourhoods: 3, inLowestTenth: 1, people: 3000, lowest: { name: 'T2 002', value: 52 } },
    ]);
    expect(result()).toMatchObject({ lowestTenth: 3, ranked: 20, outsideNeighbourhoods: 2, outsidePeople: 9000, unknownCategory: ['Unknown'] });
  });

  it('says it in one sentence, and what the lowest tenth is', () => {
    expect(hiddenPocketsSentence(result())).toBe(
      "Outside the Levelling Up Fund's priority category 1, 2 districts contain 2 of the 3 neighbourhoods in England's lowest tenth for healthy life expectancy (males, 2009–13), home to 9,000 people (mid-2019).",
    );
    expect(hiddenPocketsMethod(result())).toBe(
      'The lowest tenth is the 3 neighbourhoods (MSOAs, 2011) ranked lowest of the 20 with a figure (ties at the cut included). People are ONS mid-2019 estimates for those neighbourhoods. Each neighbourhood figure is an estimate with its own 95% interval.',
    );
  });

  it('says so when no district outside category 1 has one', () => {
    const none = hiddenPockets(FIXTURE, 'hle-female', DISTRICTS);
    expect(none.rows).toEqual([]);
    expect(hiddenPocketsSentence(none)).toBe("No district outside the Levelling Up Fund's priority category 1 has a neighbourhood in England's lowest tenth for healthy life expectancy (females, 2009–13).");
  });

  it('sorts by any column, ties by name', () => {
    const rows = result().rows;
    const names = (key: Parameters<typeof sortPockets>[1], ascending: boolean) => sortPockets(rows, key, ascending).map((r) => r.name);
    expect(names('name', true)).toEqual(['Threeby', 'Twoton']);
    expect(names('name', false)).toEqual(['Twoton', 'Threeby']);
    expect(names('luf', true)).toEqual(['Twoton', 'Threeby']);
    expect(names('people', true)).toEqual(['Twoton', 'Threeby']);
    expect(names('inLowestTenth', false)).toEqual(['Threeby', 'Twoton']);
    expect(names('lowest', true)).toEqual(['Threeby', 'Twoton']);
  });

  it('writes the list as CSV with its sentence, method, link and sources', () => {
    const lines = hiddenPocketsCsv(result(), 'https://example.org/?geo=msoa').split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      "# Health Gap Map: what district averages hide (districts outside Levelling Up Fund priority category 1 with neighbourhoods in England's lowest tenth)",
      `# ${hiddenPocketsSentence(result())}`,
      `# ${hiddenPocketsMethod(result())}`,
      '# Left out, priority category unknown (damaged data file): Unknown',
      '# View: https://example.org/?geo=msoa',
    ]);
    expect(lines.slice(5, 8)).toEqual([
      '# Source: ONS MSOA table.',
      '# Source: Levelling Up Fund: HM Treasury, MHCLG and DfT, Levelling Up Fund list of local authorities by priority category (March 2021)',
      '# Source: Population: ONS, MSOA population estimates, mid-2019 (persons, all ages)',
    ]);
    expect(lines.slice(8)).toEqual([
      'code,name,luf_priority_category,neighbourhoods,neighbourhoods_in_lowest_tenth,people_mid2019_in_them,lowest_neighbourhood,lowest_value_years',
      'E07000003,Threeby,3,2,1,6000,T3 005,52',
      'E06000002,Twoton,2,3,1,3000,T2 002,52',
      '',
    ]);
    expect(hiddenPocketsCsvName(result())).toBe('health-gap-hidden-pockets-hle-male.csv');
  });
});

// 40 neighbourhoods with a figure, so the lowest tenth is ranks 1–4. Cee (no category) holds rank 1; Aton
// (category 2) two tied at rank 2 with a neighbourhood without a figure between them; Bby (category 3) rank 4
// and the most people; Dee (category 1) the other 36. Eville (no category) has no neighbourhood in the file.
describe('hiddenPockets, where the order by people differs from the order by name', () => {
  const padding = Array.from({ length: 36 }, (_, i) => i);
  const owner = ['Cee', 'Aton', 'Aton', 'Aton', 'Bby', ...padding.map(() => 'Dee')];
  const value = [50, 51, null, 51, 52, ...padding.map((i) => 60 + i)];
  const rank = [1, 2, null, 2, 4, ...padding.map((i) => 5 + i)];
  const codes: Record<string, string> = { Cee: 'E06000011', Aton: 'E06000012', Bby: 'E07000013', Dee: 'E08000014' };
  const file: NeighbourhoodFile = {
    ...FIXTURE,
    codes: owner.map((_, i) => `E021000${String(i).padStart(2, '0')}`),
    names: owner.map((d, i) => `${d} ${String(i).padStart(3, '0')}`),
    districts: owner.map((d) => codes[d]!),
    population: owner.map((d) => (d === 'Bby' ? 5000 : 1000)),
    measures: { ...FIXTURE.measures, 'hle-male': column(value, rank) },
  };
  const districts: PocketDistrict[] = [
    { code: 'E06000011', name: 'Cee', luf: null },
    { code: 'E06000012', name: 'Aton', luf: 2 },
    { code: 'E07000013', name: 'Bby', luf: 3 },
    { code: 'E08000014', name: 'Dee', luf: 1 },
    { code: 'E09000015', name: 'Eville', luf: null },
  ];

  it('leaves out a district of unknown category, and names the first of two tied lowest neighbourhoods, skipping one without a figure', () => {
    const result = hiddenPockets(file, 'hle-male', districts);
    expect(result.rows).toEqual([
      { code: 'E07000013', name: 'Bby', luf: 3, neighbourhoods: 1, inLowestTenth: 1, people: 5000, lowest: { name: 'Bby 004', value: 52 } },
      { code: 'E06000012', name: 'Aton', luf: 2, neighbourhoods: 3, inLowestTenth: 2, people: 2000, lowest: { name: 'Aton 001', value: 51 } },
    ]);
    expect(result).toMatchObject({ lowestTenth: 4, ranked: 40, outsideNeighbourhoods: 3, outsidePeople: 7000, unknownCategory: ['Cee', 'Eville'] });
    expect(hiddenPocketsSentence(result)).toBe(
      "Outside the Levelling Up Fund's priority category 1, 2 districts contain 3 of the 4 neighbourhoods in England's lowest tenth for healthy life expectancy (males, 2009–13), home to 7,000 people (mid-2019).",
    );
  });

  it('sorts by the lowest neighbourhood’s figure, either way', () => {
    const rows = hiddenPockets(file, 'hle-male', districts).rows;
    expect(sortPockets(rows, 'lowest', true).map((r) => r.name)).toEqual(['Aton', 'Bby']);
    expect(sortPockets(rows, 'lowest', false).map((r) => r.name)).toEqual(['Bby', 'Aton']);
  });

  it('says "one district contains" for a list of one', () => {
    const one = hiddenPockets(file, 'hle-male', districts.map((d) => (d.name === 'Bby' ? { ...d, luf: 1 } : d)));
    expect(hiddenPocketsSentence(one)).toBe(
      "Outside the Levelling Up Fund's priority category 1, one district contains 2 of the 4 neighbourhoods in England's lowest tenth for healthy life expectancy (males, 2009–13), home to 2,000 people (mid-2019).",
    );
  });

  it('names every district left out for an unknown category in the CSV, and has no such line when there is none', () => {
    const csv = (list: PocketDistrict[]) => hiddenPocketsCsv(hiddenPockets(file, 'hle-male', list), 'https://example.org/').split('\r\n');
    expect(csv(districts)[3]).toBe('# Left out, priority category unknown (damaged data file): Cee, Eville');
    const known = csv(districts.map((d) => ({ ...d, luf: d.luf ?? 1 })));
    expect(known.filter((line) => line.startsWith('# Left out'))).toEqual([]);
    expect(known[3]).toBe('# View: https://example.org/');
  });
});
