import { describe, expect, it } from 'vitest';
import { describeSetDifference, PipelineError } from './errors.ts';

describe('PipelineError', () => {
  it('says where, in the order a reader opens the file: file, data row (and line), column', () => {
    expect(new PipelineError({ file: 'imd/f10.csv', dataRow: 3, line: 5, column: 'Rank' }, 'not a number').message).toBe(
      'imd/f10.csv, data row 3 (line 5), column "Rank": not a number',
    );
    expect(new PipelineError({ file: 'imd/f10.csv', dataRow: 3 }, 'x').message).toBe('imd/f10.csv, data row 3: x');
    expect(new PipelineError({ file: 'imd/f10.csv', line: 1 }, 'x').message).toBe('imd/f10.csv, line 1: x');
    expect(new PipelineError({ file: 'imd/f10.csv', column: 'Code' }, 'x').message).toBe('imd/f10.csv, column "Code": x');
    expect(new PipelineError({ file: 'imd/f10.csv' }, 'file not found').message).toBe('imd/f10.csv: file not found');
  });

  it('keeps the location and its own name', () => {
    const error = new PipelineError({ file: 'a.csv', dataRow: 1 }, 'x');
    expect(error.name).toBe('PipelineError');
    expect(error.location).toEqual({ file: 'a.csv', dataRow: 1 });
    expect(error).toBeInstanceOf(Error);
  });
});

describe('describeSetDifference', () => {
  it('lists what is missing and what is extra, each sorted', () => {
    expect(describeSetDifference('the lookup', new Set(['E3', 'E1', 'E2']), 'the boundaries', new Set(['E2', 'E9', 'E8']))).toBe(
      'in the lookup but not in the boundaries: E1, E3; in the boundaries but not in the lookup: E8, E9',
    );
    expect(describeSetDifference('a', new Set(['E1', 'E2']), 'b', new Set(['E1']))).toBe('in a but not in b: E2');
    expect(describeSetDifference('a', new Set(['E1']), 'b', new Set(['E1', 'E2']))).toBe('in b but not in a: E2');
  });

  it('is null when the sets agree', () => {
    expect(describeSetDifference('a', new Set(['E1', 'E2']), 'b', new Set(['E2', 'E1']))).toBeNull();
  });
});
