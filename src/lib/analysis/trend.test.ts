import { describe, expect, it } from 'vitest';
import { code, makeFile } from '../indicators/testAreas';
import { nearestIndex, pointWords, seriesMembers, trend, trendCaption } from './trend';

describe('trend', () => {
  const file = makeFile([{ code: code(1), figures: { 'hle-male-2022-24': { value: 60.2, lci: 58.9, uci: 61.5, status: 'county', measuredFor: 'E10000003' }, 'hle-male-2012-14': { value: null, status: 'missing-at-source' } } }]);
  file.indicators['hle-male-2022-24']!.england = { value: 60.9, lci: 60.7, uci: 61.2 };

  it('takes every period of the series in order, 2011–13 to 2022–24', () => {
    expect(seriesMembers('hle-male-ons2026').map((entry) => entry.id)).toEqual(Array.from({ length: 12 }, (_, i) => 2011 + i).map((start) => `hle-male-${start}-${String((start + 2) % 100).padStart(2, '0')}`));
  });

  it('gives each point its value, interval and England’s value, with nulls where there is none', () => {
    const result = trend(file, 'hle-male-ons2026', code(1))!;
    expect(result.points).toHaveLength(12);
    expect(result.points[0]!.period).toBe('2011–13');
    expect(result.points[11]).toEqual({ period: '2022–24', value: 60.2, lci: 58.9, uci: 61.5, england: 60.9 });
    expect(result.points[1]).toEqual({ period: '2012–14', value: null, lci: null, uci: null, england: null });
    expect(result.measuredFor).toBe('E10000003');
    expect(result.label).toBe('Healthy life expectancy at birth, males, 2011–13 to 2022–24 (survey-based)');
  });

  it('says the value under the pointer, with its interval and England’s, or that there is none', () => {
    const result = trend(file, 'hle-male-ons2026', code(1))!;
    expect(pointWords(result.points[11]!, result.decimals)).toBe('2022–24: 60.2 (95% interval 58.9 to 61.5); England 60.9');
    expect(pointWords(result.points[1]!, result.decimals)).toBe('2012–14: no figure');
  });

  it('finds the period nearest the pointer', () => {
    expect(nearestIndex([10, 40, 70], 54)).toBe(1);
    expect(nearestIndex([10, 40, 70], 56)).toBe(2);
    expect(nearestIndex([10, 40, 70], -5)).toBe(0);
  });

  it('has no trend for a key that is no series', () => {
    expect(trend(file, 'nonsense', code(1))).toBeNull();
  });
});

describe('trendCaption', () => {
  const point = (period: string, ci: boolean) => ({ period, value: 60, lci: ci ? 59 : null, uci: ci ? 61 : null, england: 62 });

  it('mentions the shaded interval only where one is drawn, and the 2009–13 warning only for healthy life expectancy', () => {
    const hle = { key: 'hle-male', label: 'Healthy life expectancy, males, 2011–13 to 2022–24', unit: 'years', decimals: 1, points: [point('2011–13', true), point('2012–14', true)], measuredFor: null };
    expect(trendCaption(hle, 'Hartlepool')).toBe(
      'Healthy life expectancy, males, 2011–13 to 2022–24: Hartlepool (line, with its 95% interval shaded) and England (dashed). A survey-based series: not on the same basis as the census-based 2009–13 figures in this panel.',
    );
    const index = { key: 'health-index', label: 'ONS Health Index, 2015 to 2021', unit: 'index (England 2015 = 100)', decimals: 1, points: [point('2015', false), point('2016', false)], measuredFor: null };
    expect(trendCaption(index, 'Hartlepool')).toBe('ONS Health Index, 2015 to 2021: Hartlepool (line) and England (dashed).');
  });

  it('says the line breaks where a period between two others has no figure, and shades no interval no two neighbours have', () => {
    const missing = { period: '2013–15', value: null, lci: null, uci: null, england: 62 };
    const index = { key: 'health-index', label: 'ONS Health Index, 2015 to 2021', unit: 'index (England 2015 = 100)', decimals: 1, points: [point('2015', true), missing, point('2017', true)], measuredFor: null };
    expect(trendCaption(index, 'Hartlepool')).toBe('ONS Health Index, 2015 to 2021: Hartlepool (line) and England (dashed). A break in the line is a period with no figure.');
  });

  it('says nothing of a break where the missing periods are only at the ends', () => {
    const missing = (period: string) => ({ period, value: null, lci: null, uci: null, england: 62 });
    const index = { key: 'health-index', label: 'ONS Health Index, 2015 to 2021', unit: 'index (England 2015 = 100)', decimals: 1, points: [missing('2015'), point('2016', false), point('2017', false), missing('2018')], measuredFor: null };
    expect(trendCaption(index, 'Hartlepool')).toBe('ONS Health Index, 2015 to 2021: Hartlepool (line) and England (dashed).');
  });
});
