import { describe, expect, it } from 'vitest';
import { count, fileSlug, lowerFirst, percent, pounds, poundsShort } from './format';

describe('number formats', () => {
  it('writes pounds without pence, counts with thousands separators, and shares as percentages', () => {
    expect(pounds(23_700_000)).toBe('£23,700,000');
    expect(pounds(1234.6)).toBe('£1,235');
    expect(count(12345)).toBe('12,345');
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(1)).toBe('100.0%');
  });
});

describe('sums and counts', () => {
  it('rounds half away from zero on the number as written, carrying into new digits and groups', () => {
    expect([pounds(1.005, 2), pounds(2.675, 2), pounds(999.995, 2), pounds(9.5), pounds(-0.5), pounds(123_456_789.125, 2)]).toEqual([
      '£1.01',
      '£2.68',
      '£1,000.00',
      '£10',
      '-£1',
      '£123,456,789.13',
    ]);
  });

  it('keeps the sign of a small loss and writes tiny sums as nothing', () => {
    expect([pounds(0.004, 2), pounds(-0.004, 2), pounds(1e-7), pounds(5e-324, 2), pounds(0, 1), pounds(1234)]).toEqual(['£0.00', '-£0.00', '£0', '£0.00', '£0.0', '£1,234']);
    expect(pounds(2e21, 1)).toBe('£2,000,000,000,000,000,000,000.0');
    expect([pounds(Number.NaN), pounds(Number.POSITIVE_INFINITY, 2)]).toEqual(['—', '—']);
  });

  it('counts in whole numbers with the sign of a loss', () => {
    expect([count(0), count(999), count(1000), count(1_234_567), count(-4321), count(2.5), count(Number.NaN)]).toEqual(['0', '999', '1,000', '1,234,567', '-4,321', '3', '—']);
  });

  it('says what Intl’s en-GB currency format says, over a spread of sums', () => {
    const intl = (value: number, places: number): string =>
      value.toLocaleString('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: places, maximumFractionDigits: places });
    const sums: number[] = [];
    for (let i = 0; i < 4000; i += 1) sums.push(((i * 7919) % 100_003) / 8 - 1000, (i * 104_729) / 1000, i ** 3 / 7);
    for (const places of [0, 1, 2]) expect(sums.filter((sum) => pounds(sum, places) !== intl(sum, places))).toEqual([]);
    const whole = sums.map(Math.round);
    expect(whole.filter((n) => count(n) !== n.toLocaleString('en-GB'))).toEqual([]);
  });
});

describe('words inside a sentence', () => {
  it('lower-cases a label’s first letter but never an abbreviation', () => {
    expect(lowerFirst('Healthy life expectancy at birth, males, 2009–13')).toBe('healthy life expectancy at birth, males, 2009–13');
    expect(lowerFirst('ONS Health Index, 2021')).toBe('ONS Health Index, 2021');
    expect(lowerFirst('HLE males 2009–13')).toBe('HLE males 2009–13');
  });

  it('rounds pounds for a narrow column', () => {
    expect([poundsShort(1000), poundsShort(1_000_000)]).toEqual(['£1k', '£1m']);
    expect([poundsShort(0), poundsShort(850), poundsShort(19_192_000), poundsShort(1_592_987_593), poundsShort(20_000_000)]).toEqual(['£0', '£850', '£19.2m', '£1.59bn', '£20m']);
  });
});

describe('fileSlug', () => {
  it('keeps letters and digits, joined by single hyphens', () => {
    expect(fileSlug('Kingston upon Hull, City of')).toBe('kingston-upon-hull-city-of');
    expect(fileSlug('HLE males 2009–13')).toBe('hle-males-2009-13');
    expect(fileSlug('Brighton & Hove')).toBe('brighton-and-hove');
    expect(fileSlug('Ynys Môn')).toBe('ynys-mon');
  });
});
