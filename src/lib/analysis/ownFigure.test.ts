import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Figure } from '../data/figureShape';
import type { AreasFile } from '../data/types';
import { HEALTH_MEASURES, type IndicatorId } from '../indicators/catalogue';
import { code, makeFile, type AreaSpec } from '../indicators/testAreas';
import { validateAreasFile } from '../indicators/read';
import { FIRST_VIEW_ON_DISK, readWholeFile } from '../indicators/testSplitFiles';
import { notOwnReason } from '../data/figureShape';
import { classify, DEFAULT_DEFINITION, type DivergenceDefinition, type DivergenceResult } from './divergence';
import { headlineParts } from './divergenceText';
import { whatIf } from './whatIf';
import { PRESETS } from './whatIfWeights';
import { needInputs } from './whatIfInputs';

describe('whose figure it is', () => {
  it('takes official figures (an earlier code of the same area included), estimates and plain derived figures as the district’s own', () => {
    expect(notOwnReason({ value: 60, status: 'official' }, 'E1')).toBeNull();
    expect(notOwnReason({ value: 60, status: 'official', measuredFor: 'E0' }, 'E1')).toBeNull();
    expect(notOwnReason({ value: 60, status: 'estimate' }, 'E1')).toBeNull();
    expect(notOwnReason({ value: 60, status: 'derived' }, 'E1')).toBeNull();
    expect(notOwnReason({ value: null, status: 'missing-at-source' }, 'E1')).toBeNull();
  });

  it("names a county's, a successor's and a wider area's figure", () => {
    expect(notOwnReason({ value: 60, status: 'county', measuredFor: 'E10000017' }, 'E1')).toBe('county');
    expect(notOwnReason({ value: 60, status: 'successor', measuredFor: 'E06000061' }, 'E1')).toBe('successor');
    expect(notOwnReason({ value: 41, status: 'derived', measuredFor: 'E67000001' }, 'E1')).toBe('wider-area');
  });
});

// Twelve areas; under every measure the four lowest values are their county's or a successor's figure,
// one of them in category 1: ranked as their own, they would fill the high-need group.
const specs: AreaSpec[] = Array.from({ length: 12 }, (_, i) => ({ code: code(i + 1), name: `Area ${String(i + 1).padStart(2, '0')}`, imdRank: i + 1, luf: ([1, 2, 3] as const)[i % 3] }));
const BORROWED = [code(1), code(2), code(3), code(5)];

function fileFor(measure: IndicatorId): AreasFile {
  const file = makeFile(specs);
  specs.forEach((spec, i) => {
    const borrowed = BORROWED.indexOf(spec.code);
    const figure: Figure =
      borrowed === -1
        ? { value: 60 + i, status: 'official' }
        : { value: 50 + borrowed, status: borrowed % 2 === 0 ? 'county' : 'successor', measuredFor: 'E10000017' };
    file.indicators[measure]!.byArea[spec.code] = figure;
  });
  file.indicators[measure]!.england = { value: 64 };
  file.places = { E10000017: 'Lancashire' };
  return file;
}

function rankedCodes(result: DivergenceResult): string[] {
  return [...result.needNotPriority, ...result.priorityNotNeed, ...result.aligned].map((entry) => entry.code);
}

describe('under every health measure of the catalogue, a county or successor figure is never ranked', () => {
  it('offers the measures the catalogue marks, and not the superseded 2018–20 figures', () => {
    expect(HEALTH_MEASURES).toEqual(['hle-male', 'hle-female', 'health-index-2021', 'hle-male-2022-24', 'hle-female-2022-24']);
  });

  for (const health of HEALTH_MEASURES) {
    for (const needSize of ['category-1', 'share'] as const) {
      it(`${health}, high need sized by ${needSize}`, () => {
        const definition: DivergenceDefinition = { ...DEFAULT_DEFINITION, health, needSize };
        const result = classify(fileFor(health), definition);
        expect(result.ranked).toBe(8);
        for (const borrowed of BORROWED) {
          expect(rankedCodes(result)).not.toContain(borrowed);
          expect(result.classOf.get(borrowed)).toBe('not-ranked');
          expect(result.healthRankOf.has(borrowed)).toBe(false);
        }
        expect(result.notRanked.map((entry) => [entry.code, entry.reason, entry.measuredFor])).toEqual([
          [code(1), 'county', 'Lancashire'],
          [code(2), 'successor', 'Lancashire'],
          [code(3), 'county', 'Lancashire'],
          [code(5), 'successor', 'Lancashire'],
        ]);
        // Category 1 holds areas 1, 4, 7 and 10; 4, 7 and 10 have figures of their own.
        expect(result.category1Count).toBe(3);
        expect(result.category1All).toBe(4);
        expect(result.needTarget).toBe(needSize === 'category-1' ? 3 : 2);
        // The lowest own figures: area 4 (63), area 6 (65), area 7 (66).
        expect(result.needCutValue).toBe(needSize === 'category-1' ? 66 : 65);
        expect(result.needCount).toBe(result.needTarget);

        const movers = whatIf(needInputs(fileFor(health), health), PRESETS['health-only'].weights);
        const rankedByWhatIf = movers.entries.filter((entry) => entry.needRank !== null).map((entry) => entry.code);
        expect(rankedByWhatIf).toHaveLength(8);
        for (const borrowed of BORROWED) {
          expect(rankedByWhatIf).not.toContain(borrowed);
          expect(movers.moverOf.get(borrowed)).toBe('not-ranked');
        }
        expect(movers.groupSize).toBe(3);
      });
    }
  }

  it('says in the headline how many have a figure of their own, and why the others are not ranked', () => {
    const text = headlineParts(classify(fileFor('hle-male-2022-24'), { ...DEFAULT_DEFINITION, health: 'hle-male-2022-24' })).map((part) => part.text).join('');
    expect(text).toBe(
      "1 of the 3 districts with the lowest healthy life expectancy was not in the Levelling Up Fund's top priority group (category 1); 2 were. " +
        'High need here: the 3 lowest of the 8 districts with a figure of their own for healthy life expectancy (males, 2022–24; ONS February 2026 estimates), ' +
        'as many as priority category 1 holds among them (3 of its 4). Of the 1, 0 were in category 2 and 1 in category 3. ' +
        "4 districts are not ranked under this measure: the only figure is their county's (2) or a successor authority's (2).",
    );
  });
});

// The real data, as `npm run data` writes it (the test suite builds it first).
describe.runIf(existsSync(FIRST_VIEW_ON_DISK))('on the real data, every health measure', () => {
  const { file } = validateAreasFile(readWholeFile());
  const statusOf = (health: IndicatorId, area: string) => file.indicators[health]!.byArea[area]!.status;
  const byName = (name: string) => file.areas.find((area) => area.name === name)!.code;

  for (const health of HEALTH_MEASURES) {
    it(`${health}: no list, scatter point or what-if rank rests on a county or successor figure`, () => {
      for (const needSize of ['category-1', 'share'] as const) {
        const result = classify(file, { ...DEFAULT_DEFINITION, health, needSize });
        for (const area of rankedCodes(result)) expect(['official', 'estimate', 'derived']).toContain(statusOf(health, area));
        for (const entry of result.notRanked) expect(['county', 'successor']).toContain(statusOf(health, entry.code));
      }
      const movers = whatIf(needInputs(file, health), PRESETS['equal-thirds'].weights);
      for (const entry of movers.entries.filter((e) => e.needRank !== null)) expect(['official', 'estimate', 'derived']).toContain(statusOf(health, entry.code));
    });
  }

  it('keeps the research’s 93 / 58 / 35 under males 2009–13, where every district has a figure of its own', () => {
    const result = classify(file, DEFAULT_DEFINITION);
    expect([result.ranked, result.notRanked.length, result.needCount, result.needByCategory[1], result.needCount - result.needByCategory[1]]).toEqual([314, 0, 93, 58, 35]);
  });

  it('under males 2022–24 lists no shire district on its county’s figure, and no longer ties twelve Lancashire districts at the cut', () => {
    const result = classify(file, { ...DEFAULT_DEFINITION, health: 'hle-male-2022-24' });
    for (const name of ['Rushcliffe', 'Wealden', 'Ribble Valley']) {
      expect(result.needNotPriority.map((entry) => entry.code)).not.toContain(byName(name));
      expect(result.classOf.get(byName(name))).toBe('not-ranked');
    }
    expect([result.ranked, result.category1Count, result.needTarget, result.needCount, result.notRanked.length]).toEqual([124, 47, 47, 47, 188]);
    expect(result.needByCategory).toEqual({ 1: 35, 2: 11, 3: 1 });
  });
});
