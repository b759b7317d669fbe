import { describe, expect, it } from 'vitest';
import { count, percent, pounds } from './format';

describe('number formats', () => {
  it('writes pounds without pence, counts with thousands separators, and shares as percentages', () => {
    expect(pounds(23_700_000)).toBe('£23,700,000');
    expect(pounds(1234.6)).toBe('£1,235');
    expect(count(12345)).toBe('12,345');
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(1)).toBe('100.0%');
  });
});
