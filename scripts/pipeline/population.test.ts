import { describe, expect, it } from 'vitest';
import type { MsoaEntry } from './msoa.ts';
import { ENGLAND_MID_2019, population2019, populationMap } from './population.ts';
import type { Row } from './csv.ts';

const row = {} as Row;
const msoa = (lad19: string, lad20: string, population: number): MsoaEntry => ({ lad19, lad20, population, row });

describe('population2019', () => {
  // Three MSOAs: two in Buckinghamshire's former districts, one in Hartlepool; the rest of England in a third district.
  const rest = ENGLAND_MID_2019 - 100 - 250 - 90;
  const msoas = new Map([
    ['E02000001', msoa('E07000004', 'E06000060', 100)],
    ['E02000002', msoa('E07000005', 'E06000060', 250)],
    ['E02000003', msoa('E06000001', 'E06000001', 90)],
    ['E02000004', msoa('E08000001', 'E08000001', rest)],
  ]);

  it('sums MSOAs into 2020 districts, with England as their total', () => {
    const figures = population2019(msoas, ['E06000001', 'E06000060', 'E08000001', 'E09000001'], 'lookups/m.csv');
    expect(figures).toEqual({
      id: 'population-2019',
      england: { value: 56286961 },
      byArea: {
        E06000001: { value: 90, status: 'official' },
        E06000060: { value: 350, status: 'official' },
        E08000001: { value: rest, status: 'official' },
        E09000001: { value: null, status: 'missing-at-source' },
      },
    });
    expect(populationMap(figures)).toEqual(new Map([['E06000001', 90], ['E06000060', 350], ['E08000001', rest]]));
  });

  it("stops when the MSOAs do not add up to ONS's England estimate", () => {
    const short = new Map([...msoas].slice(0, 3));
    expect(() => population2019(short, ['E06000001'], 'lookups/m.csv')).toThrow(
      'lookups/m.csv, column "pop_mid2019_persons": MSOA populations sum to 440, not ONS\'s mid-2019 England estimate of 56,286,961',
    );
  });
});
