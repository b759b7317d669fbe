import { describe, expect, it } from 'vitest';
import { byFigureThenName, competitionRanks } from './ranking';

describe('one ranking rule', () => {
  it('gives tied values the best rank and skips past them, from either end', () => {
    const values = [
      { code: 'a', value: 3 },
      { code: 'b', value: 1 },
      { code: 'c', value: 3 },
      { code: 'd', value: 5 },
    ];
    expect(Object.fromEntries(competitionRanks(values))).toEqual({ b: 1, a: 2, c: 2, d: 4 });
    expect(Object.fromEntries(competitionRanks(values, 'highest'))).toEqual({ d: 1, a: 2, c: 2, b: 4 });
    expect(competitionRanks([]).size).toBe(0);
  });

  it('sorts a missing figure last whichever the direction, and equal figures by name', () => {
    const rows = [
      { value: null, name: 'Adur' },
      { value: 2, name: 'York' },
      { value: 2, name: 'Bath' },
      { value: 1, name: 'Zeal' },
      { value: null, name: 'Aaa' },
    ];
    const names = (ascending: boolean) => [...rows].sort((a, b) => byFigureThenName(a, b, ascending)).map((row) => row.name);
    expect(names(true)).toEqual(['Zeal', 'Bath', 'York', 'Aaa', 'Adur']);
    expect(names(false)).toEqual(['Bath', 'York', 'Zeal', 'Aaa', 'Adur']);
  });
});
