import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowIsNeedScores, scoreAll, sortEntries, whatIf, type NeedInput } from './whatIf';
import { PRESETS, type Weights } from './whatIfWeights';
import { lowestCountCut } from '../ranking';

const area = (code: string, health: number | null, imdRank: number | null, category: 1 | 2 | 3 | null, awardedGbp?: number | null): NeedInput => ({
  code,
  name: `Area ${code}`,
  health,
  imdRank,
  category,
  ...(awardedGbp === undefined ? {} : { awardedGbp }),
});

// Health scores: a 1, c 0.8, e 0.6, b 0.4, f 0.2, d 0. Deprivation: b 1, c 0.8, a 0.6, d 0.4, f 0.2, e 0.
// Two areas in category 1, so the top group holds two; the two lowest health figures are a and c.
const six = [area('a', 50, 3, 1), area('b', 60, 1, 1), area('c', 52, 2, 2), area('d', 70, 4, 2), area('e', 55, 6, 3), area('f', 65, 5, 3)];
const moversOf = (inputs: readonly NeedInput[], weights: Weights) => Object.fromEntries(whatIf(inputs, weights).moverOf);

describe('need scores', () => {
  it('runs from 1 for the lowest figure to 0 for the highest, evenly spaced', () => {
    const scores = lowIsNeedScores([{ code: 'x', value: 3 }, { code: 'y', value: 1 }, { code: 'z', value: 2 }]);
    expect(Object.fromEntries(scores)).toEqual({ y: 1, z: 0.5, x: 0 });
  });

  it('gives equal figures the mean of their places', () => {
    const scores = lowIsNeedScores([{ code: 'w', value: 1 }, { code: 'x', value: 2 }, { code: 'y', value: 2 }, { code: 'z', value: 3 }, { code: 'v', value: 4 }]);
    expect(Object.fromEntries(scores)).toEqual({ w: 1, x: 0.625, y: 0.625, z: 0.25, v: 0 });
  });

  it('scores a lone figure as most need', () => {
    expect(Object.fromEntries(lowIsNeedScores([{ code: 'x', value: 7 }]))).toEqual({ x: 1 });
  });

  it('cuts the lowest N with ties at the cut kept together', () => {
    expect(lowestCountCut([1, 2, 3, 4], 2)).toBe(2);
    expect(lowestCountCut([1, 2, 2, 4], 2)).toBe(2);
    expect(lowestCountCut([1, 2], 5)).toBe(2);
    expect(lowestCountCut([], 3)).toBeNaN();
  });
});

describe('weights', () => {
  it('refuses weights that are all zero or negative', () => {
    expect(() => whatIf(six, { health: 0, deprivation: 0, category: 0 })).toThrow();
    expect(() => whatIf(six, { health: -1, deprivation: 1, category: 1 })).toThrow();
  });
});

describe('the simulated top group', () => {
  it('is category 1 exactly at the published weights, with nobody moving', () => {
    const result = whatIf(six, PRESETS['as-published'].weights);
    expect(result.groupSize).toBe(2);
    expect(result.counts).toEqual({ enters: 0, leaves: 0, 'stays-in': 2, 'stays-out': 4, 'not-ranked': 0, 'no-data': 0 });
    expect(result.reach).toEqual({ lowestCount: 2, published: 1, simulated: 1 });
  });

  it('is category 1 exactly at the published weights for any figures, missing ones included', () => {
    const arbitraryArea = fc.record({
      health: fc.option(fc.integer({ min: 50, max: 70 }), { nil: null }),
      imdRank: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
      category: fc.constantFrom(1 as const, 2 as const, 3 as const),
    });
    fc.assert(
      fc.property(fc.array(arbitraryArea, { minLength: 1, maxLength: 40 }), (specs) => {
        const inputs = specs.map((spec, i) => area(`E${String(i).padStart(3, '0')}`, spec.health, spec.imdRank, spec.category));
        const result = whatIf(inputs, PRESETS['as-published'].weights);
        const inGroup = result.entries.filter((e) => e.mover === 'stays-in' || e.mover === 'enters').map((e) => e.code);
        expect(inGroup.sort()).toEqual(inputs.filter((i) => i.category === 1).map((i) => i.code).sort());
      }),
    );
  });

  it('at health only takes the two lowest health figures: one enters, one leaves', () => {
    expect(moversOf(six, PRESETS['health-only'].weights)).toEqual({ a: 'stays-in', c: 'enters', b: 'leaves', d: 'stays-out', e: 'stays-out', f: 'stays-out' });
    expect(whatIf(six, PRESETS['health-only'].weights).reach).toEqual({ lowestCount: 2, published: 1, simulated: 2 });
  });

  it('at deprivation only takes the two most deprived', () => {
    expect(moversOf(six, PRESETS['deprivation-only'].weights)).toEqual({ b: 'stays-in', c: 'enters', a: 'leaves', d: 'stays-out', e: 'stays-out', f: 'stays-out' });
  });

  it('depends on the weights’ proportions only', () => {
    expect(moversOf(six, { health: 5, deprivation: 0, category: 0 })).toEqual(moversOf(six, PRESETS['health-only'].weights));
  });

  it('orders entries by need, with the weighted sum of the three scores', () => {
    const result = whatIf(six, PRESETS['equal-thirds'].weights);
    expect(result.entries.map((e) => e.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(result.entries[0]!.need).toBeCloseTo((1 + 0.6 + 1) / 3, 12);
    expect(result.entries[2]!.need).toBeCloseTo((0.8 + 0.8 + 0.5) / 3, 12);
    expect(result.entries.map((e) => e.needRank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.entries.filter((e) => e.lowestHealth).map((e) => e.code)).toEqual(['a', 'c']);
  });
});

describe('ties', () => {
  it('go to the higher priority category first', () => {
    // Same IMD rank, so the same deprivation score.
    const inputs = [area('p', 60, 1, 2), area('q', 60, 1, 1), area('r', 60, 9, 3)];
    expect(whatIf(inputs, PRESETS['deprivation-only'].weights).entries.map((e) => e.code)).toEqual(['q', 'p', 'r']);
  });

  it('then to the more deprived area', () => {
    const inputs = [area('x', 50, 5, 2), area('y', 50, 3, 2), area('z', 70, 1, 1)];
    const result = whatIf(inputs, PRESETS['health-only'].weights);
    expect(result.entries.map((e) => e.code)).toEqual(['y', 'x', 'z']);
    expect(result.moverOf.get('y')).toBe('enters');
  });

  it('then to the lower area code', () => {
    const inputs = [area('m3', 50, 4, 2), area('m1', 50, 4, 2), area('m4', 50, 4, 2), area('m2', 50, 4, 2), area('m5', 70, 1, 1)];
    expect(whatIf(inputs, PRESETS['health-only'].weights).entries.map((e) => e.code)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('count as ties when the weighted sums are equal', () => {
    const inputs = [
      ...Array.from({ length: 9 }, (_, i) => area(`k${i}`, 100 + i, 100 + i, 3)),
      area('u', 1, 50, 2),
      area('v', 2, 49, 2),
      area('w', 200, 200, 1),
    ];
    // u and v swap places on health and deprivation, so at equal health and deprivation weights their needs tie.
    const result = whatIf(inputs, { health: 1, deprivation: 1, category: 0 });
    const u = result.entries.find((e) => e.code === 'u')!;
    const v = result.entries.find((e) => e.code === 'v')!;
    expect(u.need).toBeCloseTo(v.need!, 12);
    // The tie goes to the more deprived, v, which is the one drawn into the group of one.
    expect(result.moverOf.get('v')).toBe('enters');
    expect(result.moverOf.get('u')).toBe('stays-out');
  });
});

describe('missing values', () => {
  const withGaps = [area('a', null, 3, 1), area('b', 60, 1, 1), area('c', 52, null, 2), area('d', 70, 4, 2), area('e', 55, 6, null)];

  it('list the unranked last, by code', () => {
    const result = whatIf([...withGaps].reverse(), PRESETS['health-only'].weights);
    expect(result.entries.map((e) => e.code)).toEqual(['c', 'b', 'd', 'a', 'e']);
  });

  it('leave an area unranked when a weighted figure is missing, out of both groups, which shrink to category 1 among the ranked', () => {
    const result = whatIf(withGaps, PRESETS['health-only'].weights);
    // a has no health figure, e no category: of the other three only b is in category 1, and c has the lowest health.
    expect(Object.fromEntries(result.moverOf)).toEqual({ a: 'no-data', c: 'enters', b: 'leaves', d: 'stays-out', e: 'no-data' });
    expect(result.groupSize).toBe(1);
    expect(result.ranked).toBe(3);
    expect(result.entries.slice(-2).map((e) => [e.code, e.need, e.needRank])).toEqual([['a', null, null], ['e', null, null]]);
    // Category 1's a is not ranked, so it is in neither group: as many enter as leave.
    expect([result.counts.enters, result.counts.leaves]).toEqual([1, 1]);
  });

  it('do not matter for an ingredient whose weight is zero', () => {
    const result = whatIf(withGaps, PRESETS['as-published'].weights);
    expect(result.counts).toEqual({ enters: 0, leaves: 0, 'stays-in': 2, 'stays-out': 2, 'not-ranked': 0, 'no-data': 1 });
    expect(result.moverOf.get('a')).toBe('stays-in');
  });

  it('leave an area out of the lowest-health base when its health figure is missing', () => {
    // Among b, c, d and e (with a health figure) category 1 holds one, b; the lowest of them is c, which the group of c reaches.
    expect(whatIf(withGaps, PRESETS['health-only'].weights).reach).toEqual({ lowestCount: 1, published: 0, simulated: 1 });
  });
});

describe('the reach curve', () => {
  it('has 21 points from 0 to 100% health, the other two weights in their proportion', () => {
    // From equal thirds: b holds its place until c overtakes it at a health weight of 7/15 (46.7%).
    const curve = whatIf(six, PRESETS['equal-thirds'].weights).curve;
    expect(curve.map((p) => p.healthPercent)).toEqual(Array.from({ length: 21 }, (_, i) => i * 5));
    expect(curve.map((p) => p.reached)).toEqual([...Array<number>(10).fill(1), ...Array<number>(11).fill(2)]);
  });

  it('ends at the health-only reach and starts at the reach without health', () => {
    const result = whatIf(six, { health: 20, deprivation: 80, category: 0 });
    expect(result.curve[20]!.reached).toBe(whatIf(six, PRESETS['health-only'].weights).reach.simulated);
    expect(result.curve[0]!.reached).toBe(whatIf(six, PRESETS['deprivation-only'].weights).reach.simulated);
  });
});

describe('money', () => {
  it('sums what the leavers and the enterers were awarded, counting those without a figure', () => {
    // e has no awards entry at all: the awards data still counts as given.
    const inputs = [area('a', 50, 3, 1, 1_000_000), area('b', 60, 1, 1, 20_000_000), area('c', 52, 2, 2, null), area('d', 70, 4, 2, 5), area('e', 80, 9, 3)];
    expect(whatIf(inputs, PRESETS['health-only'].weights).money).toEqual({ leaversGbp: 20_000_000, enterersGbp: 0, leaversWithoutFigure: 0, enterersWithoutFigure: 1 });
  });

  it('is absent without awards data', () => {
    expect(whatIf(six, PRESETS['health-only'].weights).money).toBeNull();
  });
});

describe('sorting mover lists', () => {
  const entries = whatIf([area('a', 50, 3, 1, 10), area('b', null, 1, 2, null), area('c', 52, 2, 2, 30)], PRESETS['as-published'].weights).entries;
  it('sorts by a column either way, with missing figures last both ways', () => {
    expect(sortEntries(entries, 'health', true).map((e) => e.code)).toEqual(['a', 'c', 'b']);
    expect(sortEntries(entries, 'health', false).map((e) => e.code)).toEqual(['c', 'a', 'b']);
    expect(sortEntries(entries, 'awardedGbp', false).map((e) => e.code)).toEqual(['c', 'a', 'b']);
    expect(sortEntries(entries, 'imdRank', true).map((e) => e.code)).toEqual(['b', 'c', 'a']);
    expect(sortEntries(entries, 'name', false).map((e) => e.code)).toEqual(['c', 'b', 'a']);
  });
});

describe('areas whose health figure is another area’s', () => {
  // g and h carry their county's figure: the lowest of all, and g is in category 1.
  const withCounty = [...six, { ...area('g', 40, 7, 1), health: null, healthNotOwn: 'county' as const }, { ...area('h', 41, 8, 2), health: null, healthNotOwn: 'successor' as const }];

  it('are never ranked, whatever the weights, and the group is category 1 among the ranked', () => {
    for (const weights of Object.values(PRESETS).map((preset) => preset.weights)) {
      const result = whatIf(withCounty, weights);
      expect(result.groupSize).toBe(2);
      expect(result.ranked).toBe(6);
      expect(result.moverOf.get('g')).toBe('not-ranked');
      expect(result.moverOf.get('h')).toBe('not-ranked');
      expect(result.counts['not-ranked']).toBe(2);
      expect(result.entries.slice(0, 6).map((entry) => entry.code)).not.toContain('g');
    }
  });

  it('leave the ranking, the reach and the movers exactly as without them', () => {
    const without = whatIf(six, PRESETS['health-only'].weights);
    const result = whatIf(withCounty, PRESETS['health-only'].weights);
    expect(result.reach).toEqual(without.reach);
    expect(result.curve).toEqual(without.curve);
    expect(result.entries.slice(0, 6)).toEqual(without.entries);
  });
});

describe('scores with figures missing', () => {
  it('scores each ingredient among the areas with that figure only, and gives the others none', () => {
    const scored = scoreAll([area('a', 50, null, 1), area('b', null, 2, null), area('c', 60, 4, 3), area('d', 55, 3, 2)]);
    expect(scored.map(({ input, health, deprivation, category }) => [input.code, health, deprivation, category])).toEqual([
      ['a', 1, null, 1],
      ['b', null, 1, null],
      ['c', 0, 0, 0],
      ['d', 0.5, 0.5, 0.5],
    ]);
  });

  it('refuse weights with words that say why', () => {
    expect(() => whatIf(six, { health: 0, deprivation: 0, category: 0 })).toThrow('weights must be non-negative numbers, not all zero');
  });
});
