import { describe, expect, it } from 'vitest';
import { code, makeFile } from '../indicators/testAreas';
import { englandComparison, newestHle, panelSections, rankTables, summarise, type SummaryLine } from './areaSummary';
import { INDICATORS, indicator } from '../indicators/catalogue';

// Every call into the module under test happens inside a test, never while the suite is collected, so a
// change that makes it throw fails a test rather than silently emptying the suite.

describe('summarise', () => {
  const file = makeFile([
    { code: code(1), name: 'Ash', hleMale: 58.51, ci: [58.12, 58.91], imdRank: 2 },
    { code: code(2), name: 'Birch', hleMale: 61, estimate: true, imdRank: 1, figures: { 'hle-male-2018': { value: 60, status: 'county', measuredFor: 'E10000017' } } },
  ]);
  file.places = { E10000017: 'Lancashire' };
  const line = (areaIndex: number, id: string): SummaryLine => summarise(file.areas[areaIndex]!, file, rankTables(file)).find((l) => l.id === id)!;

  it('gives the value, the England comparison, the rank and the interval', () => {
    expect(line(0, 'hle-male')).toMatchObject({
      value: '58.5 years',
      comparison: '5.0 years below England (63.5)',
      rank: 'lowest of 2',
      interval: '95% confidence interval 58.1 to 58.9',
      notes: [],
    });
  });

  it("says an estimate's interval is ours, not the publisher's", () => {
    const one = makeFile([{ code: code(1), figures: { 'hle-male': { value: 62.22, lci: 61.66, uci: 62.79, status: 'estimate' } } }]);
    expect(summarise(one.areas[0]!, one, rankTables(one)).find((l) => l.id === 'hle-male')?.interval).toBe(
      "95% interval 61.7 to 62.8, ours: from its neighbourhoods' published intervals and the estimate's known error",
    );
  });

  it('says in plain words when a figure is an estimate or the county’s', () => {
    expect(line(1, 'hle-male').notes).toEqual(["Estimate: ONS published no figure for Birch; this is the average of its neighbourhoods' (MSOA) figures from the same release."]);
    expect(line(1, 'hle-male-2018').notes).toEqual(["County figure: ONS publishes 2018–20 values for upper-tier areas only; this is Lancashire's value, not Birch's own."]);
  });

  it("neither ranks another area's figure nor compares it with England as the district's own", () => {
    // Birch carries Lancashire's 2018–20 figure; Ash has its own, so Ash is ranked alone.
    expect(line(1, 'hle-male-2018')).toMatchObject({
      value: '60.0 years',
      comparison: "Lancashire's figure: 3.1 years below England (63.1)",
      rank: 'Not ranked (county figure)',
    });
    expect(line(0, 'hle-male-2018').rank).toBe('lowest of 1');
  });

  it('gives the gap between two percentages in percentage points', () => {
    const entry = indicator('inactive-long-term-sick-2020-22');
    expect(englandComparison(entry, 35.94, 23.67)).toBe('12.3 percentage points above England (23.7%)');
    expect(englandComparison(entry, 6.65, 23.67)).toBe('17.0 percentage points below England (23.7%)');
  });

  it('gives no interval for a figure published without one', () => {
    expect(line(1, 'hle-male')).toMatchObject({ value: '61.0 years', comparison: '2.5 years below England (63.5)', rank: '2nd lowest of 2', interval: null });
  });

  it('words deprivation ranks with their meaning', () => {
    expect(line(1, 'imd').rank).toBe('1 of 2 (1 = most deprived)');
  });

  it('makes no England comparison for an indicator England has no figure for', () => {
    expect(line(0, 'imd')).toMatchObject({ value: '2', comparison: null, rank: '2 of 2 (1 = most deprived)' });
  });

  it('does not rank a category', () => {
    expect(line(0, 'luf')).toMatchObject({ value: 'Category 2', comparison: null, rank: null, interval: null, notes: [] });
  });

  it('compares with England even when the two round alike', () => {
    expect(englandComparison(indicator('hle-male'), 63.46, 63.49)).toBe('the same as England (63.5)');
  });

  it('says how far above England a figure is', () => {
    expect(englandComparison(indicator('hle-male'), 65.04, 63.5)).toBe('1.5 years above England (63.5)');
  });
});

describe('summarise, for figures that are missing or partial', () => {
  const file = makeFile([
    {
      code: code(1),
      name: 'Ash',
      hleMale: null,
      hleMale2018: null,
      figures: {
        'imd-score': { value: null, status: 'damaged' },
        'hle-female': { value: 66, lci: 65.2, status: 'official' },
        'hle-female-2018': { value: 62, uci: 62.9, status: 'official' },
        'towns-fund': { value: 25000000, status: 'official', detail: 'Ash Town Deal' },
        'population-2019': { value: 100000, status: 'estimate', detail: 'Summed from 12 neighbourhoods' },
      },
    },
    { code: code(2), name: 'Birch', hleFemale: 65 },
  ]);
  const line = (areaIndex: number, id: string): SummaryLine => summarise(file.areas[areaIndex]!, file, rankTables(file)).find((l) => l.id === id)!;

  it('says "No data" where the publisher gives no figure, with the publisher’s words', () => {
    expect(line(0, 'hle-male')).toEqual({
      id: 'hle-male',
      group: 'Healthy life expectancy',
      label: 'Healthy life expectancy at birth, males, 2009–13',
      value: 'No data',
      comparison: null,
      rank: null,
      interval: null,
      notes: ['The publisher gives no figure for this area for this period.'],
    });
    expect(line(0, 'hle-male-2018').notes).toEqual(['ONS published no figure for this area for this period.']);
  });

  it('does not rank the other areas against a missing figure', () => {
    expect(line(1, 'hle-male').rank).toBe('lowest of 1');
  });

  it('says when a figure could not be read from the data file', () => {
    expect(line(0, 'imd-score')).toMatchObject({
      value: 'Missing (damaged file)',
      comparison: null,
      rank: null,
      interval: null,
      notes: ['Missing (damaged file): this figure could not be read from the data file.'],
    });
  });

  it('gives no interval when only one end of it is known', () => {
    expect(line(0, 'hle-female')).toMatchObject({ value: '66.0 years', comparison: '1.2 years above England (64.8)', interval: null });
    expect(line(0, 'hle-female-2018')).toMatchObject({ value: '62.0 years', comparison: '1.9 years below England (63.9)', interval: null });
  });

  it('shows the words that belong to a figure, after its caveat', () => {
    expect(line(0, 'towns-fund').notes).toEqual(['Ash Town Deal']);
    expect(line(0, 'population-2019').notes).toEqual(['Estimate: no figure was published for Ash; this is our estimate from smaller areas.', 'Summed from 12 neighbourhoods']);
  });

  it('gives no rank to an area the rank tables do not cover', () => {
    const ashOnly = makeFile([{ code: code(1), name: 'Ash' }]);
    const birch = summarise(file.areas[1]!, file, rankTables(ashOnly));
    expect(birch.find((l) => l.id === 'hle-female')).toMatchObject({ value: '65.0 years', comparison: '0.2 years above England (64.8)', rank: null });
    // "No award" is not a rank: it says why a £0 figure has none.
    expect(birch.filter((l) => l.rank !== null && l.rank !== 'No award')).toEqual([]);
  });
});

describe('comparisons with England and ranks read right for every value format', () => {
  it('years and scores: the difference in the unit', () => {
    expect(englandComparison(indicator('hle-male'), 61.2, 63.49)).toBe('2.3 years below England (63.5)');
    expect(englandComparison(indicator('cvd-mortality-u75-2022-24'), 41.33, 30.23)).toBe('11.1 above England (30.2)');
  });

  it('percent: the difference in percentage points, not %', () => {
    expect(englandComparison(indicator('economic-inactivity-2023'), 25.3, 21)).toBe('4.3 percentage points above England (21.0%)');
    expect(englandComparison(indicator('economic-inactivity-2023'), 21.04, 21)).toBe('the same as England (21.0%)');
  });

  it('share: held as a proportion, compared in percentage points', () => {
    expect(englandComparison(indicator('imd-extent'), 0.125, 0.2)).toBe('7.5 percentage points below England (20.0%)');
  });

  it('count: a share of England’s total, never "below England"', () => {
    expect(englandComparison(indicator('population-2019'), 281_000, 56_286_961)).toBe("0.5% of England's total (56,286,961)");
  });

  it('gbp: the difference in pounds', () => {
    expect(englandComparison(indicator('luf-awards-per-head'), 52.5, 40.16)).toBe('£12.34 above England (£40.16)');
  });

  it('ranks: "lowest of", not "1st lowest of"; a rank meaning where 1 needs saying; no rank for no award', () => {
    const file = makeFile([
      { code: code(1), name: 'Ash', hleMale: 58 },
      { code: code(2), name: 'Birch', hleMale: 60 },
      { code: code(3), name: 'Cedar', hleMale: 61 },
    ]);
    file.indicators['luf-awards']!.byArea[code(1)] = { value: 0, status: 'official' };
    file.indicators['luf-awards']!.byArea[code(2)] = { value: 20_000_000, status: 'official' };
    file.indicators['luf-awards']!.byArea[code(3)] = { value: 5_000_000, status: 'official' };
    const lines = file.areas.map((area) => summarise(area, file, rankTables(file)));
    const rank = (i: number, id: string) => lines[i]!.find((l) => l.id === id)!.rank;
    expect([rank(0, 'hle-male'), rank(1, 'hle-male'), rank(2, 'hle-male')]).toEqual(['lowest of 3', '2nd lowest of 3', '3rd lowest of 3']);
    expect([rank(0, 'luf-awards'), rank(1, 'luf-awards'), rank(2, 'luf-awards')]).toEqual([
      'No award',
      '1 of 2 with an award (1 = most awarded)',
      '2 of 2 with an award (1 = most awarded)',
    ]);
  });
});

describe('panelSections', () => {
  const file = makeFile([{ code: code(1), name: 'Ash' }]);
  const sections = () => panelSections(file.areas[0]!, file, rankTables(file));

  it('shows a series as its latest period with a chart of all of them', () => {
    const hle = sections().find((s) => s.group === 'Healthy life expectancy, males, 2011–13 to 2022–24')!;
    expect(hle.lines.map((l) => l.id)).toEqual(['hle-male-2022-24']);
    expect(hle.trend?.points).toHaveLength(12);
  });

  it('shows every indicator of a group that is not a series, without a chart', () => {
    const deprivation = sections().find((s) => s.group === 'Deprivation and funding')!;
    expect(deprivation.lines.map((l) => l.id)).toEqual(['imd', 'imd-score', 'imd-prop10', 'imd-extent', 'imd-local-concentration', 'luf', 'towns-fund']);
    expect(deprivation.trend).toBeNull();
    expect(deprivation.bids).toBeNull();
  });

  it('lists bids in the awards section only', () => {
    const all = sections();
    expect(all.filter((s) => s.bids !== null).map((s) => s.group)).toEqual(['Levelling Up Fund awards']);
    expect(all.find((s) => s.group === 'Levelling Up Fund awards')!.bids).toEqual([]);
  });

  it('has every indicator that is not in a series on a line of its own', () => {
    const shown = sections().flatMap((s) => s.lines.map((l) => l.id));
    expect(shown).toContain('imd');
    expect(shown).toContain('luf-awards-per-head');
    expect(shown).not.toContain('hle-male-2011-13');
  });
});

describe('panelSections: the layer on the map first, then the newest healthy life expectancy, then the rest', () => {
  const file = makeFile([
    { code: code(1), name: 'Ash', figures: { 'hle-male-2022-24': { value: 52.1, lci: 49.9, uci: 54.3, status: 'official' } } },
    { code: code(2), name: 'Birch', figures: { 'hle-male-2022-24': { value: 60.4, status: 'county', measuredFor: 'E10000017' } } },
  ]);
  file.places = { E10000017: 'Lancashire' };
  file.indicators['hle-male-2022-24']!.england = { value: 61.5 };
  const order = (areaIndex: number, layer: string | null) =>
    panelSections(file.areas[areaIndex]!, file, rankTables(file), layer).map((s) => `${s.lead ? '* ' : ''}${s.group}: ${s.lines.map((l) => l.id).join(' ')}${s.trend ? ' +chart' : ''}`);
  const REST = [
    'Deprivation and funding: imd imd-score imd-prop10 imd-extent imd-local-concentration luf towns-fund',
    'Levelling Up Fund awards: luf-awards-r1 luf-awards-r2 luf-awards luf-awards-per-head',
    'Population: population-2019',
    'Gap inside the district: hle-male-msoa-gap hle-female-msoa-gap',
    'Context: cvd-mortality-u75-2022-24 economic-inactivity-2023 inactive-long-term-sick-2020-22 cigarette-smokers-2020-24',
  ];
  const HEALTH_INDEX_DOMAINS = [
    'ONS Health Index, Healthy People: health-index-people-2021 +chart',
    'ONS Health Index, Healthy Lives: health-index-lives-2021 +chart',
    'ONS Health Index, Healthy Places: health-index-places-2021 +chart',
  ];
  const NEWEST_HLE = [
    '* Healthy life expectancy, males, 2011–13 to 2022–24: hle-male-2022-24 +chart',
    '* Healthy life expectancy, females, 2011–13 to 2022–24: hle-female-2022-24 +chart',
  ];

  it('with the opening layer (HLE males 2009–13): that figure, then 2022–24 for both sexes, then the rest', () => {
    expect(order(0, 'hle-male')).toEqual([
      '* On the map: hle-male',
      ...NEWEST_HLE,
      'Healthy life expectancy: hle-female hle-male-2018 hle-female-2018',
      ...REST,
      'ONS Health Index, overall: health-index-2021 +chart',
      ...HEALTH_INDEX_DOMAINS,
    ]);
  });

  it("with a Health Index layer of an earlier year: that year's figure and the series' latest with its chart, then 2022–24", () => {
    expect(order(0, 'health-index-2015')).toEqual([
      '* On the map: health-index-2015 health-index-2021 +chart',
      ...NEWEST_HLE,
      'Healthy life expectancy: hle-male hle-female hle-male-2018 hle-female-2018',
      ...REST,
      ...HEALTH_INDEX_DOMAINS,
    ]);
  });

  it('with a money layer: that figure alone, taken out of its group', () => {
    expect(order(0, 'luf-awards-per-head').slice(0, 3)).toEqual(['* On the map: luf-awards-per-head', ...NEWEST_HLE]);
    expect(order(0, 'luf-awards-per-head')).toContain('Levelling Up Fund awards: luf-awards-r1 luf-awards-r2 luf-awards');
  });

  it('with the newest HLE on the map: that sex first, the other next, nothing twice', () => {
    expect(order(0, 'hle-female-2022-24').slice(0, 2)).toEqual([
      '* On the map: hle-female-2022-24 +chart',
      '* Healthy life expectancy, males, 2011–13 to 2022–24: hle-male-2022-24 +chart',
    ]);
  });

  it('with an analysis layer or none: the newest HLE first', () => {
    expect(order(0, 'divergence').slice(0, 3)).toEqual([...NEWEST_HLE, 'Healthy life expectancy: hle-male hle-female hle-male-2018 hle-female-2018']);
    expect(order(0, null)).toEqual(order(0, 'divergence'));
  });

  it("shows every figure once whatever the layer", () => {
    for (const layer of ['hle-male', 'imd-extent', 'health-index-people-2017', 'population-2019', 'luf']) {
      const ids = panelSections(file.areas[0]!, file, rankTables(file), layer).flatMap((s) => s.lines.map((l) => l.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain(layer);
    }
  });

  it("gives the newest HLE with its England comparison and rank, and a county's as the county's, unranked", () => {
    const lineOf = (areaIndex: number) => panelSections(file.areas[areaIndex]!, file, rankTables(file), 'hle-male')[1]!.lines[0]!;
    expect(lineOf(0)).toMatchObject({
      id: 'hle-male-2022-24',
      value: '52.1 years',
      comparison: '9.4 years below England (61.5)',
      rank: 'lowest of 1',
      interval: '95% confidence interval 49.9 to 54.3',
    });
    expect(lineOf(1)).toMatchObject({
      id: 'hle-male-2022-24',
      value: '60.4 years',
      comparison: "Lancashire's figure: 1.1 years below England (61.5)",
      rank: 'Not ranked (county figure)',
    });
  });

  it('finds the newest healthy life expectancy from the periods, both sexes', () => {
    expect(newestHle()).toEqual(['hle-male-2022-24', 'hle-female-2022-24']);
    // newestHle reads healthy life expectancy as the health measures in years: keep it so.
    expect(INDICATORS.filter((entry) => entry.healthMeasure && entry.format === 'years').every((entry) => entry.label.startsWith('Healthy life expectancy'))).toBe(true);
  });
});
