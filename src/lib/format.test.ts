import { describe, expect, it } from 'vitest';
import { count, percent, pounds, signedYears, years } from './format';

describe('number formats', () => {
  it('writes years to one place, or as many as asked', () => {
    expect(years(63.456)).toBe('63.5 years');
    expect(years(63.456, 2)).toBe('63.46 years');
  });

  it('says above, below or the same, after rounding to what is shown', () => {
    expect(signedYears(1.26)).toBe('1.3 years above');
    expect(signedYears(-0.75)).toBe('0.8 years below');
    expect(signedYears(0.04)).toBe('the same as');
    expect(signedYears(-0.04)).toBe('the same as');
    expect(signedYears(0.06)).toBe('0.1 years above');
  });

  it('writes pounds without pence, counts with thousands separators, and shares as percentages', () => {
    expect(pounds(23_700_000)).toBe('£23,700,000');
    expect(pounds(1234.6)).toBe('£1,235');
    expect(count(12345)).toBe('12,345');
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(1)).toBe('100.0%');
  });
});
