import { describe, expect, it } from 'vitest';
import { CLASS_LABELS, classify, DEFAULT_DEFINITION, sortDivergence, type DivergenceDefinition, type DivergenceEntry } from './divergence';
import { imdCutRank, median, needTarget } from './listRules';
import { competitionRanks, lowestCountCut } from '../ranking';
import { code, makeFile, type AreaSpec } from '../indicators/testAreas';

// makeFile's England value for males 2009–13 is 63.5.

// Ten areas, male HLE 55..64; IMD rank 1 is the most deprived.
const specs: AreaSpec[] = [
  { code: code(1), name: 'Ash', hleMale: 55, luf: 1, imdRank: 1 },
  { code: code(2), name: 'Birch', hleMale: 56, luf: 2, imdRank: 2 },
  { code: code(3), name: 'Cedar', hleMale: 57, luf: 3, imdRank: 3 },
  { code: code(4), name: 'Dogwood', hleMale: 58, luf: 1, imdRank: 4 },
  { code: code(5), name: 'Elm', hleMale: 59, luf: 2, imdRank: 5 },
  { code: code(6), name: 'Fir', hleMale: 60, luf: 1, imdRank: 6 },
  { code: code(7), name: 'Gum', hleMale: 61, luf: 1, imdRank: 7 },
  { code: code(8), name: 'Hazel', hleMale: 64, luf: 1, imdRank: 8 },
  { code: code(9), name: 'Ivy', hleMale: 65, luf: 1, imdRank: 9 },
  { code: code(10), name: 'Juniper', hleMale: 66, luf: 3, imdRank: 10 },
];
const run = (patch: Partial<DivergenceDefinition> = {}, list = specs) => classify(makeFile(list), { ...DEFAULT_DEFINITION, needSize: 'share', ...patch });

describe('ranking helpers', () => {
  it('ranks ascending with ties sharing the smallest rank', () => {
    const ranks = competitionRanks([
      { code: 'a', value: 3 },
      { code: 'b', value: 1 },
      { code: 'c', value: 3 },
      { code: 'd', value: 2 },
    ]);
    expect([...ranks.entries()].sort()).toEqual([['a', 3], ['b', 1], ['c', 3], ['d', 2]]);
    const runOfTies = competitionRanks(['p', 'q', 'r', 's'].map((c, i) => ({ code: c, value: i === 0 ? 1 : 2 })));
    expect([...runOfTies.entries()].sort()).toEqual([['p', 1], ['q', 2], ['r', 2], ['s', 2]]);
  });

  it('takes the areas ranked within p × n from the bottom, and at least one', () => {
    const share = (percentile: number) => ({ ...DEFAULT_DEFINITION, needSize: 'share' as const, percentile });
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(lowestCountCut(ten, needTarget(0, ten.length, share(30)))).toBe(3);
    expect(lowestCountCut(ten, needTarget(0, ten.length, share(25)))).toBe(2);
    expect(lowestCountCut([1, 2], needTarget(0, 2, share(5)))).toBe(1);
    // 30% of 314 is 94.2: the research's 94 areas, not 95.
    expect(needTarget(93, 314, share(30))).toBe(94);
    expect(lowestCountCut(Array.from({ length: 314 }, (_, i) => i), needTarget(93, 314, share(30)))).toBe(93);
  });

  it('computes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('puts the deprivation cut at the half or the fifth of all areas', () => {
    expect(imdCutRank('half', 314)).toBe(157);
    expect(imdCutRank('fifth', 314)).toBe(62);
  });
});

describe('classify', () => {
  it('lists the lowest-30% areas that are not priority 1, lowest first', () => {
    const result = run();
    expect(result.needCount).toBe(3);
    expect(result.needCutValue).toBe(57);
    expect(result.needByCategory).toEqual({ 1: 1, 2: 1, 3: 1 });
    expect(result.needNotPriority.map((e) => e.name)).toEqual(['Birch', 'Cedar']);
    expect(result.classOf.get(code(2))).toBe('need-not-priority');
    expect(result.classOf.get(code(1))).toBe('aligned');
  });

  it('lists priority-1 areas above England and in the less deprived half', () => {
    const result = run();
    // Hazel (64) and Ivy (65) are priority 1, above 63.5 and ranked above 5 of 10.
    expect(result.priorityNotNeed.map((e) => e.name)).toEqual(['Ivy', 'Hazel']);
    expect(result.classOf.get(code(9))).toBe('priority-not-need');
  });

  it('widens the lower-need group when the cut moves to the fifth', () => {
    // Dogwood becomes priority 1 above England but ranked 4 of 10: in the most deprived half, outside the fifth.
    const list = specs.map((spec, i): AreaSpec => (i === 3 ? ({ ...spec, hleMale: 64.5 }) : spec));
    const half = run({ imdCut: 'half' }, list);
    const fifth = run({ imdCut: 'fifth' }, list);
    expect(half.imdCutRank).toBe(5);
    expect(fifth.imdCutRank).toBe(2);
    expect(half.priorityNotNeed.map((e) => e.name)).toEqual(['Ivy', 'Hazel']);
    expect(fifth.priorityNotNeed.map((e) => e.name)).toEqual(['Ivy', 'Dogwood', 'Hazel']);
    expect(half.classOf.get(code(4))).toBe('aligned');
    expect(fifth.classOf.get(code(4))).toBe('priority-not-need');
  });

  it('counts an area ranked exactly at the deprivation cut, or exactly at the comparison value, as not lower need', () => {
    // Hazel moved to rank 5 (the half cut), Ivy to exactly the England value.
    const list = specs.map((spec, i): AreaSpec =>
      i === 7 ? ({ ...spec, imdRank: 5 }) : i === 8 ? ({ ...spec, hleMale: 63.5 }) : spec,
    );
    const result = run({}, list);
    expect(result.priorityNotNeed).toEqual([]);
    expect(result.classOf.get(code(8))).toBe('aligned');
    expect(result.classOf.get(code(9))).toBe('aligned');
  });

  it('compares with the median of areas when asked', () => {
    const result = run({ comparison: 'median' });
    expect(result.comparisonValue).toBe(59.5);
    // Fir (60) and Gum (61) are priority 1, above the median and ranked above 5, so they join Hazel and Ivy.
    expect(result.priorityNotNeed.map((e) => e.name).sort()).toEqual(['Fir', 'Gum', 'Hazel', 'Ivy']);
  });

  it('keeps areas tied at the cut together', () => {
    const tied = specs.map((spec, i) => (i === 3 ? { ...spec, hleMale: 57, luf: 2 as const } : spec));
    const result = run({}, tied);
    expect(result.needCutValue).toBe(57);
    expect(result.needCount).toBe(4);
    expect(result.needNotPriority.map((e) => e.name)).toEqual(['Birch', 'Cedar', 'Dogwood']);
  });

  it('leaves areas without a figure out of the ranking and marks them no data', () => {
    const missing = [...specs, { code: code(11), name: 'Kapok', hleMale: null, luf: 2 as const, imdRank: 11 }];
    const result = run({}, missing);
    expect(result.ranked).toBe(10);
    expect(result.classOf.get(code(11))).toBe('no-data');
    expect(result.needNotPriority.some((e) => e.code === code(11))).toBe(false);
  });

  it('uses the chosen healthy life expectancy measure', () => {
    const female = specs.map((spec, i) => ({ ...spec, hleFemale: 70 - i }));
    const result = run({ health: 'hle-female' }, female);
    // Reversed order: the lowest female values belong to Juniper, Ivy, Hazel.
    expect(result.needNotPriority.map((e) => e.name)).toEqual(['Juniper']);
    expect(result.needByCategory).toEqual({ 1: 2, 2: 0, 3: 1 });
  });

  it('follows the percentile', () => {
    expect(run({ percentile: 50 }).needCount).toBe(5);
    expect(run({ percentile: 10 }).needCount).toBe(1);
  });

  it('lists each entry with its figures, and sorts each list whatever the order of the areas', () => {
    const result = run({}, [...specs].reverse());
    expect(result.needNotPriority).toEqual([
      { code: code(2), name: 'Birch', health: 56, healthRank: 2, imdRank: 2, luf: 2 },
      { code: code(3), name: 'Cedar', health: 57, healthRank: 3, imdRank: 3, luf: 3 },
    ]);
    expect(result.priorityNotNeed).toEqual([
      { code: code(9), name: 'Ivy', health: 65, healthRank: 9, imdRank: 9, luf: 1 },
      { code: code(8), name: 'Hazel', health: 64, healthRank: 8, imdRank: 8, luf: 1 },
    ]);
    expect(result.healthRankOf.get(code(10))).toBe(10);
  });

  it('orders areas with the same figure by name', () => {
    const tied: AreaSpec[] = [
      { code: code(1), name: 'Yew', hleMale: 50, luf: 2, imdRank: 1 },
      { code: code(2), name: 'Alder', hleMale: 50, luf: 3, imdRank: 2 },
      { code: code(3), name: 'Oak', hleMale: 70, luf: 1, imdRank: 9 },
      { code: code(4), name: 'Lime', hleMale: 70, luf: 1, imdRank: 10 },
      ...[5, 6, 7, 8, 9, 10].map((n) => ({ code: code(n), name: `Other ${n}`, hleMale: 60, luf: 2 as const, imdRank: n })),
    ];
    const result = run({ percentile: 20 }, tied);
    expect(result.needNotPriority.map((e) => e.name)).toEqual(['Alder', 'Yew']);
    expect(result.priorityNotNeed.map((e) => e.name)).toEqual(['Lime', 'Oak']);
  });

  it('names each class as the legend shows it', () => {
    expect(CLASS_LABELS).toEqual({
      'need-not-priority': 'High health need, not top priority',
      'priority-not-need': 'Top priority, lower health need',
      aligned: 'Need and priority agree',
      'not-ranked': 'Not ranked: a county or successor figure',
    });
  });

  it('gives every area exactly one class', () => {
    const result = run();
    const byName = Object.fromEntries(specs.map((spec) => [spec.name, result.classOf.get(spec.code)]));
    expect(byName).toEqual({
      // Lowest 30% (up to 57) and priority 1: need and priority agree.
      Ash: 'aligned',
      Birch: 'need-not-priority',
      Cedar: 'need-not-priority',
      Dogwood: 'aligned',
      Elm: 'aligned',
      // Priority 1 but below England.
      Fir: 'aligned',
      Gum: 'aligned',
      Hazel: 'priority-not-need',
      Ivy: 'priority-not-need',
      // Above England but not priority 1.
      Juniper: 'aligned',
    });
  });
});

describe('classify with the file', () => {
  it("uses the file's England value for the chosen measure", () => {
    expect(run({ health: 'hle-male-2018' }).comparisonValue).toBe(63.1);
    expect(run().comparisonValue).toBe(63.5);
  });

  it('falls back to the median when the file has no England value for the measure', () => {
    const file = makeFile(specs);
    file.indicators['hle-male']!.england = null;
    expect(classify(file, { ...DEFAULT_DEFINITION, needSize: 'share' }).comparisonValue).toBe(59.5);
  });

  it('keeps a high-need area in its list when its IMD figure is damaged, and says no data where deprivation decides', () => {
    const file = makeFile(specs);
    file.indicators.imd!.byArea[code(2)] = { value: null, status: 'damaged' };
    file.indicators.imd!.byArea[code(9)] = { value: null, status: 'damaged' };
    const result = classify(file, { ...DEFAULT_DEFINITION, needSize: 'share' });
    expect(result.needNotPriority.find((e) => e.code === code(2))?.imdRank).toBeNull();
    expect(result.classOf.get(code(9))).toBe('no-data');
    expect(result.priorityNotNeed.map((e) => e.name)).toEqual(['Hazel']);
  });

  it('ranks an area without a priority category by its health, counts it apart and leaves it unclassified', () => {
    const file = makeFile(specs);
    file.indicators.luf!.byArea[code(2)] = { value: null, status: 'damaged' };
    const result = classify(file, { ...DEFAULT_DEFINITION, needSize: 'share' });
    expect(result.classOf.get(code(2))).toBe('no-data');
    expect(result.ranked).toBe(10);
    expect(result.needCount).toBe(3);
    expect(result.needByCategory).toEqual({ 1: 1, 2: 0, 3: 1 });
    expect(result.needWithoutCategory).toBe(1);
    expect(result.needNotPriority.map((e) => e.name)).toEqual(['Cedar']);
  });
});

describe('need size: as many lowest areas as category 1 holds', () => {
  it('counts as many lowest-HLE areas as category 1 holds by default', () => {
    // Six of the ten are in category 1: the six lowest are Ash to Fir, three of them in category 1.
    const result = classify(makeFile(specs), DEFAULT_DEFINITION);
    expect(result.category1Count).toBe(6);
    expect(result.needTarget).toBe(6);
    expect(result.needCount).toBe(6);
    expect(result.needCutValue).toBe(60);
    expect(result.needByCategory).toEqual({ 1: 3, 2: 2, 3: 1 });
  });

  it('keeps the lowest N% as a choice', () => {
    const result = classify(makeFile(specs), { ...DEFAULT_DEFINITION, needSize: 'share', percentile: 30 });
    expect(result.needTarget).toBe(3);
    expect(result.needCount).toBe(3);
  });

  it('never asks for more areas than have a figure', () => {
    const few = makeFile([{ code: code(1), luf: 1, hleMale: 60 }, { code: code(2), luf: 1, hleMale: null }, { code: code(3), luf: 1, hleMale: null }]);
    expect(classify(few, DEFAULT_DEFINITION).needTarget).toBe(1);
  });
});

describe('sorting a divergence list', () => {
  const entries: DivergenceEntry[] = [
    { code: 'E1', name: 'Wyre', health: 58.2, healthRank: 3, imdRank: 40, luf: 2 },
    { code: 'E2', name: 'Adur', health: 57.1, healthRank: 1, imdRank: null, luf: 3 },
    { code: 'E3', name: 'Leeds', health: 57.9, healthRank: 2, imdRank: 12, luf: 2 },
  ];
  const codes = (list: DivergenceEntry[]) => list.map((entry) => entry.code);

  it('sorts by a column either way, a missing IMD rank last both ways, equal categories by name', () => {
    expect(codes(sortDivergence(entries, 'imdRank', true, null))).toEqual(['E3', 'E1', 'E2']);
    expect(codes(sortDivergence(entries, 'imdRank', false, null))).toEqual(['E1', 'E3', 'E2']);
    expect(codes(sortDivergence(entries, 'luf', true, null))).toEqual(['E3', 'E1', 'E2']);
    expect(codes(sortDivergence(entries, 'health', false, null))).toEqual(['E1', 'E3', 'E2']);
    expect(codes(sortDivergence(entries, 'name', true, null))).toEqual(['E2', 'E3', 'E1']);
  });

  it('sorts by chance, areas without one last, and all by name while the chances are worked out', () => {
    const chance = new Map([['E1', 0.4], ['E3', 0.9]]);
    expect(codes(sortDivergence(entries, 'chance', false, chance))).toEqual(['E3', 'E1', 'E2']);
    expect(codes(sortDivergence(entries, 'chance', true, chance))).toEqual(['E1', 'E3', 'E2']);
    expect(codes(sortDivergence(entries, 'chance', true, null))).toEqual(['E2', 'E3', 'E1']);
  });
});
