import { describe, expect, it } from 'vitest';
import { code, makeFile } from '../indicators/testAreas';
import { englandComparison, panelSections, rankTables, summarise } from './areaSummary';
import { indicator } from '../indicators/catalogue';

describe('summarise', () => {
  const file = makeFile([
    { code: code(1), name: 'Ash', hleMale: 58.51, ci: [58.12, 58.91], imdRank: 2 },
    { code: code(2), name: 'Birch', hleMale: 61, estimate: true, imdRank: 1, figures: { 'hle-male-2018': { value: 60, status: 'county', measuredFor: 'E10000017' } } },
  ]);
  file.places = { E10000017: 'Lancashire' };
  const ranks = rankTables(file);
  const line = (areaIndex: number, id: string) => summarise(file.areas[areaIndex]!, file, ranks).find((l) => l.id === id)!;

  it('gives the value, the England comparison, the rank and the interval', () => {
    expect(line(0, 'hle-male')).toMatchObject({
      value: '58.5 years',
      comparison: '5.0 years below England (63.5)',
      rank: '1st lowest of 2',
      interval: '95% confidence interval 58.1 to 58.9',
      notes: [],
    });
  });

  it('says in plain words when a figure is an estimate or the county’s', () => {
    expect(line(1, 'hle-male').notes).toEqual(["Estimate: ONS published no figure for Birch; this is the average of its neighbourhoods' (MSOA) figures from the same release."]);
    expect(line(1, 'hle-male-2018').notes).toEqual(["County figure: ONS publishes 2018–20 values for upper-tier areas only; this is Lancashire's value, not Birch's own."]);
  });

  it('words deprivation ranks with their meaning', () => {
    expect(line(1, 'imd').rank).toBe('1 of 2 (1 = most deprived)');
  });

  it('compares with England even when the two round alike', () => {
    expect(englandComparison(indicator('hle-male'), 63.46, 63.49)).toBe('the same as England (63.5)');
  });
});

describe('panelSections', () => {
  const file = makeFile([{ code: code(1), name: 'Ash' }]);
  const sections = panelSections(file.areas[0]!, file, rankTables(file));

  it('shows a series as its latest period with a chart of all of them', () => {
    const hle = sections.find((s) => s.group === 'Healthy life expectancy, males, 2011–13 to 2022–24')!;
    expect(hle.lines.map((l) => l.id)).toEqual(['hle-male-2022-24']);
    expect(hle.trend?.points).toHaveLength(12);
  });

  it('lists bids in the awards section only', () => {
    expect(sections.filter((s) => s.bids !== null).map((s) => s.group)).toEqual(['Levelling Up Fund awards']);
  });

  it('has every indicator that is not in a series on a line of its own', () => {
    const shown = sections.flatMap((s) => s.lines.map((l) => l.id));
    expect(shown).toContain('imd');
    expect(shown).toContain('luf-awards-per-head');
    expect(shown).not.toContain('hle-male-2011-13');
  });
});
