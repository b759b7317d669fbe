import { describe, expect, it } from 'vitest';
import { hoverText } from './hoverText';
import { analysisClasses } from './mapLayer';
import { DEFAULT_DEFINITION } from './divergence';
import { code, makeFile } from '../indicators/testAreas';

describe('hoverText', () => {
  const file = makeFile([
    { code: code(1), hleMale: 58.51, imdRank: 25, luf: 1 },
    { code: code(2), hleMale: 61.04, estimate: true, hleMale2018: null },
    { code: code(3), figures: { 'hle-female-2018': { value: 62.1, status: 'county', measuredFor: 'E10000017' } } },
  ]);
  file.places = { E10000017: 'Lancashire' };

  it('gives years with one decimal, and says when it is an estimate', () => {
    expect(hoverText(file, 'hle-male', code(1), null)).toBe('58.5 years');
    expect(hoverText(file, 'hle-male', code(2), null)).toBe('61.0 years (estimate)');
  });

  it('says No data rather than a number when there is none, and names a damaged figure', () => {
    expect(hoverText(file, 'hle-male-2018', code(2), null)).toBe('No data');
    const damaged = makeFile([{ code: code(1) }]);
    damaged.indicators['imd-score']!.byArea[code(1)] = { value: null, status: 'damaged' };
    expect(hoverText(damaged, 'imd-score', code(1), null)).toBe('Missing (damaged file)');
  });

  it('names a county figure as the county', () => {
    expect(hoverText(file, 'hle-female-2018', code(3), null)).toBe('62.1 years (Lancashire)');
  });

  it('gives the deprivation rank with its meaning, the category and the divergence class', () => {
    expect(hoverText(file, 'imd', code(1), null)).toBe('Rank 25 of 3 (1 = most deprived)');
    expect(hoverText(file, 'luf', code(1), null)).toBe('Category 1');
    expect(hoverText(file, 'divergence', code(1), analysisClasses('divergence', { classOf: new Map([[code(1), 'priority-not-need' as const]]), definition: DEFAULT_DEFINITION }, null))).toBe('Top priority, lower health need');
  });
});
