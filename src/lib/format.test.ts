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

describe('words inside a sentence', () => {
  it('lower-cases a label’s first letter but never an abbreviation', () => {
    expect(lowerFirst('Healthy life expectancy at birth, males, 2009–13')).toBe('healthy life expectancy at birth, males, 2009–13');
    expect(lowerFirst('ONS Health Index, 2021')).toBe('ONS Health Index, 2021');
    expect(lowerFirst('HLE males 2009–13')).toBe('HLE males 2009–13');
  });

  it('rounds pounds for a narrow column', () => {
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
