// The measure "gap inside the district": per sex, the highest minus the lowest of the district's neighbourhood
// (MSOA) healthy life expectancy estimates, 2009–13, from the figures file built from the ONS MSOA table. It is
// the range of separate estimates, each with its own 95% interval, not a published statistic of the district.
import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { NeighbourhoodFile } from '../../src/lib/data/neighbourhoods.ts';
import { insideDistrict } from '../../src/lib/analysis/neighbourhoods.ts';
import { figuresForBase, MISSING_AT_SOURCE } from './figureAdapters.ts';

export const MSOA_GAP_IDS = { male: 'hle-male-msoa-gap', female: 'hle-female-msoa-gap' } as const;

/**
 * One figure per district: the gap (from the published one-decimal values, so it matches the ends the panel
 * names), with how many neighbourhoods it spans and its two ends in its detail; their names stay in the
 * neighbourhood file, which the panel's sentence reads (here they would add 7 KB, gzipped, to every first visit's
 * areas.json). A district with fewer than two neighbourhoods with a figure has no spread to measure and is missing.
 */
export function msoaGapFigures(file: NeighbourhoodFile, sex: 'male' | 'female', baseCodes: readonly string[]): IndicatorFigures {
  return figuresForBase(MSOA_GAP_IDS[sex], baseCodes, null, (code) => {
    const inside = insideDistrict(file, sex === 'male' ? 'hle-male' : 'hle-female', code);
    if (inside.withFigure < 2 || inside.gap === null || !inside.lowest || !inside.highest) return MISSING_AT_SOURCE;
    const without = inside.neighbourhoods - inside.withFigure;
    return {
      value: inside.gap,
      status: 'official',
      detail:
        `Range of ${inside.withFigure} neighbourhood estimates, each with its own 95% interval${without > 0 ? ` (${without} without a figure)` : ''}: ` +
        `${inside.lowest.value.toFixed(1)} to ${inside.highest.value.toFixed(1)} years`,
    };
  });
}
