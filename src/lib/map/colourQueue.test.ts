import { describe, expect, it } from 'vitest';
import { colourChanges, takeSlice } from './colourQueue';

describe('colourChanges', () => {
  it('lists only the areas whose colour is new or different, a lost figure included, in the order given', () => {
    const painted = new Map<string, string | null>([
      ['E02000001', '#111111'],
      ['E02000002', '#222222'],
      ['E02000003', null],
    ]);
    const colours = new Map<string, string | null>([
      ['E02000004', '#444444'],
      ['E02000001', '#111111'],
      ['E02000002', null],
      ['E02000003', null],
    ]);
    expect(colourChanges(painted, colours)).toEqual([
      ['E02000004', '#444444'],
      ['E02000002', null],
    ]);
  });

  it('lists nothing when nothing changed, and everything the first time', () => {
    const colours = new Map<string, string | null>([['E02000001', '#111111'], ['E02000002', null]]);
    expect(colourChanges(colours, colours)).toEqual([]);
    expect(colourChanges(new Map(), colours)).toEqual([...colours]);
  });
});

describe('takeSlice', () => {
  it('takes slices of the given size off the front until the queue is empty', () => {
    const queue = [1, 2, 3, 4, 5, 6, 7];
    expect(takeSlice(queue, 3)).toEqual([1, 2, 3]);
    expect(takeSlice(queue, 3)).toEqual([4, 5, 6]);
    expect(takeSlice(queue, 3)).toEqual([7]);
    expect(queue).toEqual([]);
  });

  it('takes one item at a time at size 1, and a whole number of items for a fractional size', () => {
    const queue = ['a', 'b', 'c', 'd'];
    expect(takeSlice(queue, 1)).toEqual(['a']);
    expect(takeSlice(queue, 2.7)).toEqual(['b', 'c']);
    expect(queue).toEqual(['d']);
  });

  it('refuses a slice of less than one item, which would never empty the queue', () => {
    expect(() => takeSlice([1], 0)).toThrow('a slice holds at least one item, not 0');
  });
});
