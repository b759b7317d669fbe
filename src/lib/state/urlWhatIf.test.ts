// The need-size choice of the divergence definition and the what-if tool's weights, in the URL.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, needsHistoryEntry, parseUrl, serialiseUrl, type UrlState } from './url';
import { PRESETS } from '../analysis/whatIfWeights';

const roundTrip = (state: UrlState) => {
  const { search, hash } = serialiseUrl(state);
  return parseUrl(search, hash);
};

describe('need size in the URL', () => {
  it('defaults to as many lowest areas as category 1 holds, left out of the link', () => {
    expect(parseUrl('', '').state.definition.needSize).toBe('category-1');
    expect(serialiseUrl(DEFAULT_STATE).search).toBe('');
  });

  it('selects the lowest N% with pct, 30 included', () => {
    const { state, problems } = parseUrl('?pct=30', '');
    expect(problems).toEqual([]);
    expect(state.definition).toEqual({ ...DEFAULT_STATE.definition, needSize: 'share', percentile: 30 });
    expect(serialiseUrl(state).search).toBe('?pct=30');
  });

  it('falls back to the category-1 count, with a notice, for a bad share', () => {
    const { state, problems } = parseUrl('?pct=70', '');
    expect(state.definition.needSize).toBe('category-1');
    expect(problems).toEqual(['The share “70” must be a whole number from 5 to 50, so high need is as many lowest areas as priority category 1 holds.']);
  });

  it('makes a history entry when the need size changes', () => {
    const share = { ...DEFAULT_STATE, definition: { ...DEFAULT_STATE.definition, needSize: 'share' as const } };
    expect(needsHistoryEntry(DEFAULT_STATE, share)).toBe(true);
  });
});

describe('what-if weights in the URL', () => {
  it('defaults to equal thirds, left out of the link', () => {
    expect(DEFAULT_STATE.whatIf).toEqual({ weights: PRESETS['equal-thirds'].weights });
    expect(parseUrl('', '').state.whatIf).toEqual(DEFAULT_STATE.whatIf);
  });

  it('writes a preset by name and other weights as three numbers', () => {
    const published = { ...DEFAULT_STATE, whatIf: { ...DEFAULT_STATE.whatIf, weights: PRESETS['as-published'].weights } };
    expect(serialiseUrl(published).search).toBe('?preset=as-published');
    const custom = { ...DEFAULT_STATE, whatIf: { weights: { health: 40, deprivation: 30, category: 30 } } };
    expect(serialiseUrl(custom).search).toBe('?weights=40%2C30%2C30');
  });

  it('round-trips presets and custom weights', () => {
    for (const weights of [...Object.values(PRESETS).map((p) => p.weights), { health: 5, deprivation: 0, category: 95 }, { health: 0, deprivation: 99, category: 1 }]) {
      const state: UrlState = { ...DEFAULT_STATE, whatIf: { weights } };
      expect(roundTrip(state)).toEqual({ state, problems: [] });
    }
  });

  it('reads weights in proportion to a preset as that preset', () => {
    expect(parseUrl('?weights=0,0,100', '').state.whatIf.weights).toEqual(PRESETS['as-published'].weights);
    expect(parseUrl('?weights=2,2,2', '').state.whatIf.weights).toEqual(PRESETS['equal-thirds'].weights);
  });

  it('falls back to equal thirds, with a notice, for weights or presets it cannot use', () => {
    for (const raw of ['0,0,0', '1,2', '101,0,0', '-1,1,1', 'a,b,c', '1.5,1,1', '']) {
      const { state, problems } = parseUrl(`?weights=${encodeURIComponent(raw)}`, '');
      expect(state.whatIf.weights, raw).toEqual(PRESETS['equal-thirds'].weights);
      expect(problems, raw).toEqual([`The weights “${raw}” must be three whole numbers from 0 to 100 (health, deprivation, category), not all zero, so equal thirds are used.`]);
    }
    const { state, problems } = parseUrl('?preset=fair', '');
    expect(state.whatIf.weights).toEqual(PRESETS['equal-thirds'].weights);
    expect(problems).toEqual(['There is no preset called “fair”, so equal thirds are used.']);
  });

  it('uses the weights over a preset given as well, and says so', () => {
    const { state, problems } = parseUrl('?weights=10,20,70&preset=health-only', '');
    expect(state.whatIf.weights).toEqual({ health: 10, deprivation: 20, category: 70 });
    expect(problems).toEqual(['The link gives both weights and a preset (“health-only”); the preset is ignored.']);
  });

  it('falls back to males 2009–13, with a notice, for an unknown health measure', () => {
    const { state, problems } = parseUrl('?health=wealth', '');
    expect(state.definition.health).toBe('hle-male');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('“wealth” is not a health measure');
  });

  it('makes a history entry for a change of weights', () => {
    const moved = { ...DEFAULT_STATE, whatIf: { ...DEFAULT_STATE.whatIf, weights: { health: 40, deprivation: 30, category: 30 } } };
    expect(needsHistoryEntry(DEFAULT_STATE, moved)).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, whatIf: { ...DEFAULT_STATE.whatIf } })).toBe(false);
  });
});
