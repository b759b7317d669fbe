import { describe, expect, it } from 'vitest';
import { rankDescending } from './rank.ts';

describe('rankDescending', () => {
  it('gives rank 1 to the largest value', () => {
    expect(rankDescending([3, 9, 5])).toEqual([3, 1, 2]);
  });

  it('uses competition ranking: ties share the lowest rank and the next rank skips', () => {
    expect(rankDescending([0.5, 0, 0.2, 0, 0.2])).toEqual([1, 4, 2, 4, 2]);
  });

  it('orders values equal only after rounding by the tie-break, keeping true ties together', () => {
    expect(rankDescending([12.005, 12.005, 13, 0, 0], [259, 258, 1, 195, 195])).toEqual([3, 2, 1, 4, 4]);
  });

  it('keeps a value with no tie-break tied with its equals', () => {
    expect(rankDescending([5, 5, 1], [2, null, 3])).toEqual([1, 1, 3]);
  });

  it('refuses non-finite values', () => {
    expect(() => rankDescending([1, Number.NaN])).toThrow(/non-finite/);
  });

  it('refuses a tie-break list of another length', () => {
    expect(() => rankDescending([1, 2], [1])).toThrow(/^rankDescending: tieBreak length differs$/);
  });
});

