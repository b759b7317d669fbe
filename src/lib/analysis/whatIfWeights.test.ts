import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, percentages, PRESETS, presetOf, setWeight } from './whatIfWeights';

describe('weights', () => {
  it('moves one weight and shares the rest in the others’ proportion, in whole percentages', () => {
    expect(setWeight(PRESETS['equal-thirds'].weights, 'health', 40)).toEqual({ health: 40, deprivation: 30, category: 30 });
    expect(setWeight(PRESETS['as-published'].weights, 'health', 40)).toEqual({ health: 40, deprivation: 0, category: 60 });
    expect(setWeight({ health: 40, deprivation: 30, category: 30 }, 'deprivation', 50)).toEqual({ health: 29, deprivation: 50, category: 21 });
    expect(setWeight(PRESETS['equal-thirds'].weights, 'category', 100)).toEqual({ health: 0, deprivation: 0, category: 100 });
  });

  it('gives a point left over by rounding to the largest remainder, not the largest share', () => {
    // 51 points in the proportion 11 : 3 are 40.07 and 10.93: the point goes to the 10.93.
    expect(setWeight({ health: 0, deprivation: 11, category: 3 }, 'health', 49)).toEqual({ health: 49, deprivation: 40, category: 11 });
  });

  it('shares the rest equally when the other two are both zero, the odd point to the first listed', () => {
    expect(setWeight(PRESETS['health-only'].weights, 'health', 35)).toEqual({ health: 35, deprivation: 33, category: 32 });
    expect(setWeight(PRESETS['deprivation-only'].weights, 'deprivation', 0)).toEqual({ health: 50, deprivation: 0, category: 50 });
  });

  it('names the preset weights are in proportion to, and no other', () => {
    expect(presetOf({ health: 2, deprivation: 2, category: 2 })).toBe('equal-thirds');
    expect(presetOf({ health: 0, deprivation: 0, category: 7 })).toBe('as-published');
    expect(presetOf({ health: 33, deprivation: 33, category: 34 })).toBeNull();
    expect(percentages(PRESETS['equal-thirds'].weights)).toEqual({ health: 33, deprivation: 33, category: 33 });
  });
});

describe('presets', () => {
  it('are named as the buttons say, and a link without weights starts at equal thirds', () => {
    expect(Object.values(PRESETS).map((preset) => preset.label)).toEqual(['As published', 'Health only', 'Deprivation only', 'Equal thirds']);
    expect(DEFAULT_PRESET).toBe('equal-thirds');
  });
});
