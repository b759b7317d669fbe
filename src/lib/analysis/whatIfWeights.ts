// The what-if weights: the three ingredients, the presets a link can name, which weights are valid, and how
// moving one weight shares the rest. The URL and the controls read these; the ranking reads only shares().
export const INGREDIENTS = ['health', 'deprivation', 'category'] as const;
export type Ingredient = (typeof INGREDIENTS)[number];

/** Non-negative; only their proportions matter (each share is its weight over the sum). */
export type Weights = Record<Ingredient, number>;

export const PRESET_IDS = ['as-published', 'health-only', 'deprivation-only', 'equal-thirds'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Record<PresetId, { label: string; weights: Weights }> = {
  'as-published': { label: 'As published', weights: { health: 0, deprivation: 0, category: 1 } },
  'health-only': { label: 'Health only', weights: { health: 1, deprivation: 0, category: 0 } },
  'deprivation-only': { label: 'Deprivation only', weights: { health: 0, deprivation: 1, category: 0 } },
  'equal-thirds': { label: 'Equal thirds', weights: { health: 1, deprivation: 1, category: 1 } },
};

export const DEFAULT_PRESET: PresetId = 'equal-thirds';

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

export function isValidWeights(weights: Weights): boolean {
  const values = INGREDIENTS.map((key) => weights[key]);
  return values.every((value) => Number.isFinite(value) && value >= 0) && values.some((value) => value > 0);
}

/** Each weight as a share of their sum (0–1, summing to 1). */
export function shares(weights: Weights): Weights {
  const sum = weights.health + weights.deprivation + weights.category;
  return { health: weights.health / sum, deprivation: weights.deprivation / sum, category: weights.category / sum };
}

/** Each weight as a whole percentage, as the controls show it. */
export function percentages(weights: Weights): Weights {
  const s = shares(weights);
  return { health: Math.round(s.health * 100), deprivation: Math.round(s.deprivation * 100), category: Math.round(s.category * 100) };
}

/** The preset these weights are in proportion to, if any. */
export function presetOf(weights: Weights): PresetId | null {
  const s = shares(weights);
  return (
    PRESET_IDS.find((id) => {
      const p = shares(PRESETS[id].weights);
      return INGREDIENTS.every((key) => Math.abs(p[key] - s[key]) < 1e-9);
    }) ?? null
  );
}

/**
 * Sets one weight to `percent` (a whole number, 0–100) and shares the rest between the other two in their
 * current proportion to each other (equally when both are zero), rounded to whole percentages that sum to
 * 100 (largest remainder; an exact tie goes to the ingredient listed first).
 */
export function setWeight(weights: Weights, key: Ingredient, percent: number): Weights {
  const own = Math.min(100, Math.max(0, Math.round(percent)));
  const others = INGREDIENTS.filter((other) => other !== key);
  const rest = 100 - own;
  const otherSum = others.reduce((sum, other) => sum + weights[other], 0);
  const exact = others.map((other) => (otherSum > 0 ? (rest * weights[other]) / otherSum : rest / others.length));
  const floors = exact.map(Math.floor);
  let left = rest - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, i) => ({ i, remainder: value - floors[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  const next = { ...weights, [key]: own };
  others.forEach((other, i) => (next[other] = floors[i]!));
  return next;
}
