import { describe, expect, it } from 'vitest';
import {
  CHANCE_DRAWS,
  CHANCE_SEED,
  chanceMethod,
  chancePercent,
  chanceSentence,
  countInterval,
  countWithInterval,
  headlineInterval,
  headlineIntervalRoom,
  nearMisses,
  simulateChances,
  standardErrorOf,
  type ChanceArea,
  type ChanceInput,
} from './chances';
import { chanceInput } from './chanceInputs';
import { classify, DEFAULT_DEFINITION, type DivergenceDefinition } from './divergence';
import { Z95 } from './hleGap';
import { whatIf } from './whatIf';
import { needInputs } from './whatIfInputs';
import { code, makeFile, type AreaSpec } from '../indicators/testAreas';

const SHARE_30: DivergenceDefinition = { ...DEFAULT_DEFINITION, needSize: 'share', percentile: 30 };

// Ten areas: with the lowest 30% (3 areas) as high need and England at 63.5 as the comparison.
const area = (n: number, value: number, se: number, luf: 1 | 2 | 3, imdRank = 100 + n): ChanceArea => ({ code: code(n), value, se, luf, imdRank });
/** The first tied area's share of 2,000 draws under seed 20220202 (the tie test below). */
const TIED_SHARE = 0.487;
const input = (areas: ChanceArea[], definition = SHARE_30): ChanceInput => ({ areas, definition, englandValue: 63.5, areaCount: 200, whatIf: null });

describe('simulateChances', () => {
  it('gives exactly 1 or 0 to areas far from every cut', () => {
    const areas = [
      area(1, 50, 0.1, 2),
      area(2, 51, 0.1, 3),
      area(3, 52, 0.1, 1),
      area(4, 60, 0.1, 2),
      area(5, 60, 0.1, 3),
      area(6, 60, 0.1, 1, 5),
      area(7, 61, 0.1, 2),
      // Category 1, far above England's 63.5, in the less deprived half (rank above 100 of 200).
      area(8, 70, 0.1, 1, 150),
      area(9, 70, 0.1, 1, 20),
      area(10, 70, 0.1, 2),
    ];
    const chances = simulateChances(input(areas));
    expect(chances.needNotPriority.get(code(1))).toBe(1);
    expect(chances.needNotPriority.get(code(2))).toBe(1);
    expect(chances.needNotPriority.get(code(3))).toBe(0);
    expect(chances.needNotPriority.get(code(4))).toBe(0);
    expect(chances.priorityNotNeed.get(code(8))).toBe(1);
    // Healthy but in the most deprived half: never "lower need".
    expect(chances.priorityNotNeed.get(code(9))).toBe(0);
    expect(chances.needNotTop).toEqual({ low: 2, high: 2 });
    expect(chances.needInTop).toEqual({ low: 1, high: 1 });
    expect(chances.draws).toBe(2000);
    expect(chances.seed).toBe(20220202);
    expect([chances.ranked, chances.uncertain]).toEqual([10, 10]);
  });

  it('splits two areas tied at the cut with equal errors about evenly', () => {
    // Two fixed areas at 50 and 51 fill two of the three places; the third goes to whichever of the tied pair
    // draws lower. Each draw picks one of them, so the two chances add up to 1 exactly; each is a share of
    // 2,000 fair coin tosses, whose standard deviation is √(0.25 / 2000) = 0.011, so 0.045 is four of them.
    const areas = [area(1, 50, 0, 2), area(2, 51, 0, 2), area(3, 55, 1, 2), area(4, 55, 1, 3), ...[5, 6, 7, 8, 9, 10].map((n) => area(n, 60, 0, 2))];
    const chances = simulateChances(input(areas));
    const tiedA = chances.needNotPriority.get(code(3))!;
    const tiedB = chances.needNotPriority.get(code(4))!;
    expect(tiedA + tiedB).toBe(1);
    expect(Math.abs(tiedA - 0.5)).toBeLessThan(0.045);
    expect(Math.abs(tiedB - 0.5)).toBeLessThan(0.045);
    expect(chances.needNotPriority.get(code(1))).toBe(1);
    expect(chances.needNotPriority.get(code(5))).toBe(0);
    // The exact share this seed gives: any change to how the draws are taken changes it.
    expect(tiedA).toBe(TIED_SHARE);
  });

  it('gives the same figures for the same seed, and other figures for another', () => {
    const areas = [area(1, 55, 1, 2), area(2, 55.5, 1, 3), area(3, 56, 1, 1), area(4, 56.5, 1, 2), area(5, 57, 1, 1), area(6, 64, 1, 1, 150), area(7, 63, 1, 1, 160)];
    const first = simulateChances(input(areas), 500, 7);
    expect(simulateChances(input(areas), 500, 7)).toEqual(first);
    expect(simulateChances(input(areas), 500, 8)).not.toEqual(first);
    expect(simulateChances(input(areas)).seed).toBe(CHANCE_SEED);
    expect(CHANCE_DRAWS).toBe(2000);
  });

  it('with no uncertainty, reproduces the lists and the what-if group exactly as the app makes them', () => {
    const specs: AreaSpec[] = Array.from({ length: 12 }, (_, i) => ({ code: code(i + 1), hleMale: 55 + i, luf: ([1, 2, 3] as const)[i % 3], imdRank: ((i * 7) % 12) + 1 }));
    const file = makeFile(specs);
    for (const definition of [SHARE_30, { ...DEFAULT_DEFINITION }, { ...DEFAULT_DEFINITION, comparison: 'median' as const, imdCut: 'fifth' as const }]) {
      const result = classify(file, definition);
      const weights = { health: 1, deprivation: 1, category: 1 };
      const chances = simulateChances(chanceInput(file, definition, weights), 50);
      const listed = (share: Map<string, number>) => [...share].filter(([, c]) => c === 1).map(([c]) => c).sort();
      expect(listed(chances.needNotPriority)).toEqual(result.needNotPriority.map((e) => e.code).sort());
      expect(listed(chances.priorityNotNeed)).toEqual(result.priorityNotNeed.map((e) => e.code).sort());
      expect([...chances.needNotPriority.values(), ...chances.priorityNotNeed.values()].every((c) => c === 0 || c === 1)).toBe(true);
      const group = whatIf(needInputs(file, definition.health), weights).entries.filter((e) => e.mover === 'stays-in' || e.mover === 'enters').map((e) => e.code).sort();
      expect(listed(chances.whatIfGroup)).toEqual(group);
      const inTop = result.needByCategory[1];
      expect(chances.needInTop).toEqual({ low: inTop, high: inTop });
      expect(chances.needNotTop).toEqual({ low: result.needCount - inTop, high: result.needCount - inTop });
    }
  });

  it('never draws a county or successor figure into a rank, and draws each own figure with its interval’s error', () => {
    const file = makeFile([
      { code: code(1), hleMale: 55, ci: [55 - Z95, 55 + Z95] },
      { code: code(2), figures: { 'hle-male': { value: 50, status: 'county', measuredFor: 'E10000017' } } },
      { code: code(3), hleMale: 60, estimate: true },
      // A damaged category is no category.
      { code: code(4), hleMale: 61, figures: { luf: { value: 7, status: 'official' } } },
    ]);
    const made = chanceInput(file, DEFAULT_DEFINITION, null);
    const weights = { health: 2, deprivation: 1, category: 0 };
    expect(chanceInput(file, DEFAULT_DEFINITION, weights).whatIf?.weights).toEqual(weights);
    expect(made.areas.map((a) => [a.code, a.se.toFixed(9), a.luf])).toEqual([
      [code(1), '1.000000000', 2],
      [code(3), '0.000000000', 2],
      [code(4), '0.000000000', null],
    ]);
    expect(made.whatIf).toBeNull();
    expect(made.englandValue).toBe(63.5);
    expect(made.areaCount).toBe(4);
    expect(simulateChances(made, 20).needNotPriority.has(code(2))).toBe(false);
  });

  it('ranks the what-if group on the areas whatIf ranks: none on another area’s figure, none without a figure', () => {
    // Deprivation only: Beech (a county figure) is the most deprived, but is never ranked, so Ash leads.
    const inputs = [
      { code: code(1), name: 'Ash', health: 55, imdRank: 2, category: 1 as const },
      { code: code(2), name: 'Beech', health: null, healthNotOwn: 'county' as const, imdRank: 1, category: 2 as const },
      { code: code(3), name: 'Cedar', health: 60, imdRank: 3, category: 2 as const },
    ];
    const areas = [area(1, 55, 0.1, 1, 2), area(3, 60, 0.1, 2, 3)];
    const deprivation = simulateChances({ ...input(areas), whatIf: { inputs, weights: { health: 0, deprivation: 1, category: 0 } } }, 50);
    expect([deprivation.whatIfGroup.get(code(1)), deprivation.whatIfGroup.get(code(3))]).toEqual([1, 0]);
    // Health only: Birch has no figure and is not ranked, so the group is one (Cedar, category 1), and Ash takes it.
    const health = [
      { code: code(1), name: 'Ash', health: 50, imdRank: 2, category: 2 as const },
      { code: code(3), name: 'Cedar', health: 60, imdRank: 3, category: 1 as const },
      { code: code(2), name: 'Birch', health: null, imdRank: 1, category: 1 as const },
    ];
    const byHealth = simulateChances({ ...input([area(1, 50, 0.1, 2, 2), area(3, 60, 0.1, 1, 3)]), whatIf: { inputs: health, weights: { health: 1, deprivation: 0, category: 0 } } }, 50);
    expect([byHealth.whatIfGroup.get(code(1)), byHealth.whatIfGroup.get(code(3))]).toEqual([1, 0]);
  });

  it('moves the what-if group with the drawn health figures', () => {
    // Health only: the group holds as many as category 1 (one area); two areas tied at the bottom share it.
    const inputs = [1, 2, 3, 4].map((n) => ({ code: code(n), name: `A${n}`, health: n <= 2 ? 50 : 60 + n, imdRank: n, category: (n === 4 ? 1 : 2) as 1 | 2 }));
    const areas = [area(1, 50, 1, 2), area(2, 50, 1, 2), area(3, 63, 0, 2), area(4, 64, 0, 1)];
    const chances = simulateChances({ ...input(areas), whatIf: { inputs, weights: { health: 1, deprivation: 0, category: 0 } } });
    expect(chances.whatIfGroup.get(code(1))! + chances.whatIfGroup.get(code(2))!).toBe(1);
    expect(Math.abs(chances.whatIfGroup.get(code(1))! - 0.5)).toBeLessThan(0.045);
    expect(chances.whatIfGroup.get(code(4))).toBe(0);
  });
});

describe('near misses', () => {
  it('lists areas outside a list with a chance of 10% or more, likeliest first', () => {
    const specs: AreaSpec[] = [
      { code: code(1), name: 'Ash', hleMale: 50, luf: 2 },
      { code: code(2), name: 'Birch', hleMale: 51, luf: 3 },
      { code: code(3), name: 'Cedar', hleMale: 52, luf: 2 },
      ...[4, 5, 6, 7, 8, 9, 10].map((n) => ({ code: code(n), name: `Other ${n}`, hleMale: 60 + n, luf: 2 as const })),
      // Category 1: Yew healthy and less deprived (in the second list), Zelkova below England's 63.5 (not).
      { code: code(11), name: 'Yew', hleMale: 70, luf: 1, imdRank: 300 },
      { code: code(12), name: 'Zelkova', hleMale: 62, luf: 1, imdRank: 300 },
    ];
    const file = makeFile(specs);
    const result = classify(file, SHARE_30);
    const chances = {
      ...simulateChances(chanceInput(file, SHARE_30, null), 10),
      needNotPriority: new Map([
        [code(1), 0.9],
        [code(4), 0.1],
        [code(5), 0.35],
        [code(6), 0.0995],
      ]),
      priorityNotNeed: new Map([
        [code(11), 0.95],
        [code(12), 0.3],
      ]),
    };
    expect(result.priorityNotNeed.map((e) => e.name)).toEqual(['Yew']);
    expect(nearMisses(result, chances, 'need-not-priority').map((m) => [m.entry.name, m.chance])).toEqual([
      ['Other 5', 0.35],
      ['Other 4', 0.1],
    ]);
    expect(nearMisses(result, chances, 'priority-not-need').map((m) => [m.entry.name, m.chance])).toEqual([['Zelkova', 0.3]]);
  });
});

describe('words and helpers', () => {
  it('reads a standard error from a 95% interval, and none without one', () => {
    expect(standardErrorOf({ lci: 60 - 2 * Z95, uci: 60 + 2 * Z95 })).toBeCloseTo(2, 12);
    expect(standardErrorOf({})).toBe(0);
    expect(standardErrorOf({ lci: 59 })).toBe(0);
    expect(standardErrorOf({ uci: 61 })).toBe(0);
  });

  it('takes the 5th and 95th percentile counts outwards', () => {
    expect(countInterval(Array.from({ length: 20 }, (_, i) => 20 - i))).toEqual({ low: 1, high: 20 });
    expect(countInterval(Array.from({ length: 101 }, (_, i) => i))).toEqual({ low: 5, high: 95 });
    expect(countInterval([7])).toEqual({ low: 7, high: 7 });
  });

  it('words chances without rounding an uncertain one to certainty', () => {
    expect([1, 0, 0.996, 0.004, 0.995, 0.005, 0.874, 0.5].map(chancePercent)).toEqual(['100%', '0%', 'over 99%', 'under 1%', 'over 99%', '1%', '87%', '50%']);
    expect(chanceSentence(0.874, 2000)).toBe('In this list in 87% of 2,000 draws.');
    expect(countWithInterval(58, { low: 54, high: 61 })).toBe('58; 90% interval 54–61');
    expect(countWithInterval(12, { low: 12, high: 12 })).toBe('12 in every draw');
    expect(countWithInterval(12, { low: 11, high: 12 })).toBe('12; 90% interval 11–12');
    expect(countWithInterval(12, { low: 12, high: 14 })).toBe('12; 90% interval 12–14');
    expect(countWithInterval(12, { low: 13, high: 13 })).toBe('12; 90% interval 13–13');
  });

  it('gives the headline counts their intervals, and says when nothing can move', () => {
    const specs: AreaSpec[] = Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), hleMale: 55 + i, luf: ([1, 2, 3] as const)[i % 3] }));
    const file = makeFile(specs);
    const result = classify(file, SHARE_30);
    const chances = simulateChances(chanceInput(file, SHARE_30, null), 10);
    expect(headlineInterval(result, chances)).toBe('No ranked figure of this measure has a published interval, so every draw gives the same lists and every chance below is 0% or 100%.');
    const drawn = { ...chances, uncertain: 9, needNotTop: { low: 1, high: 3 }, needInTop: { low: 0, high: 2 } };
    expect(headlineInterval(result, drawn)).toBe('Allowing for the uncertainty in each figure (10 draws; 1 figure without an interval held fixed): not in category 1, 2; 90% interval 1–3. In category 1, 1; 90% interval 0–2.');
    expect(headlineInterval(result, { ...drawn, uncertain: 8 })).toContain('(10 draws; 2 figures without an interval held fixed)');
    expect(headlineInterval(result, { ...drawn, uncertain: 10, needInTop: { low: 1, high: 1 } })).toBe('Allowing for the uncertainty in each figure (10 draws): not in category 1, 2; 90% interval 1–3. In category 1, 1 in every draw.');
  });

  it('holds the room of the headline interval sentence before the chances come, with the counts and the draws the panel will use', () => {
    const file = makeFile(Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), hleMale: 55 + i, luf: ([1, 2, 3] as const)[i % 3] })));
    const result = classify(file, SHARE_30);
    expect(headlineIntervalRoom(result)).toBe('Allowing for the uncertainty in each figure (2,000 draws): not in category 1, 2; 90% interval 2–3. In category 1, 1; 90% interval 1–2.');
  });

  it('states the method with the draws and the seed', () => {
    expect(chanceMethod({ draws: 2000, seed: 20220202 })).toBe(
      "How sure each entry is: every ranked district's figure is drawn 2,000 times at random from a normal distribution centred on it " +
        "whose middle 95% is its 95% interval (ONS's published interval; for a 2009–13 estimate, ours, from its neighbourhoods' intervals and " +
        "the estimate's known error). A figure without an interval is held fixed. For each draw the lists are made again by the " +
        'definition above, and the what-if group by its weights. "In this list in 87% of draws" means 87% of the draws put the ' +
        'district in that list; near misses are districts outside a list that are in it in at least 10% of draws. The headline\'s 90% ' +
        'interval holds the middle 90% of the draws\' counts. The draws are seeded (20220202), so the same link always gives the same ' +
        'figures. County and successor figures are not drawn: they are never ranked.',
    );
  });
});
