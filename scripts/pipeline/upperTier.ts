// The upper-tier authorities of 2023 as a geography of their own, for the gap view's change map: their
// polygons from ONS's UK TopoJSON (the `utla` object, every area with the years it existed), and the check
// that every area of the healthy life expectancy file has exactly one.
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import type { UpperTierHle } from '../../src/lib/data/upperTierHle.ts';
import { PipelineError } from './errors.ts';
import type { AreaFeatures } from './layers.ts';
import { topologyFeatures } from './topoFeatures.ts';

const UTLA = GEOGRAPHIES.utla2023;
/** The year of the April changes whose set of areas the HLE file uses (Cumberland, North Yorkshire, Somerset…). */
export const UPPER_TIER_YEAR = 2023;

/**
 * Whether an area of the ONS file existed in `year`: its `start` and `end` are the first and last years it
 * did, absent for areas older than 2014 or still in use (the file's SOURCE.md).
 */
export function existedIn(properties: Readonly<Record<string, unknown>>, year: number): boolean {
  const { start, end } = properties;
  return (typeof start !== 'number' || start <= year) && (typeof end !== 'number' || end >= year);
}

/** England's upper-tier polygons of `year`, each with its code. */
export function upperTierFeatures(text: string, file: string, year = UPPER_TIER_YEAR): AreaFeatures {
  return topologyFeatures(text, file, {
    object: 'utla',
    codeProperty: 'areacd',
    codePattern: UTLA.codePattern,
    keep: (p) => typeof p.areacd === 'string' && p.areacd.startsWith('E') && existedIn(p, year),
  });
}

export interface UpperTierJoin {
  boundaries: number;
  /** Areas with a figure in some period, for either sex. */
  withFigure: number;
  /** Areas of the file with no figure in any period (City of London, the Isles of Scilly). */
  noFigure: string[];
}

/** Every area of the HLE file must have one boundary and every boundary an area: codes joined exactly. */
export function joinUpperTier(features: AreaFeatures, hle: UpperTierHle, files: { boundaries: string; figures: string }, expected = UTLA.count): UpperTierJoin {
  const boundaryCodes = new Set(features.features.map((f) => f.properties.code));
  const figureCodes = new Set(hle.areas.map((a) => a.code));
  if (boundaryCodes.size !== expected) throw new PipelineError({ file: files.boundaries, column: 'areacd' }, `${boundaryCodes.size} upper-tier areas, expected ${expected}`);
  const noBoundary = [...figureCodes].filter((c) => !boundaryCodes.has(c));
  const noFigures = [...boundaryCodes].filter((c) => !figureCodes.has(c));
  if (noBoundary.length > 0 || noFigures.length > 0) {
    throw new PipelineError(
      { file: files.boundaries, column: 'areacd' },
      `boundaries and figures differ: ${noBoundary.length} areas of ${files.figures} without a boundary (${noBoundary.slice(0, 5).join(', ')}), ` +
        `${noFigures.length} boundaries with no entry there (${noFigures.slice(0, 5).join(', ')})`,
    );
  }
  const hasFigure = (a: UpperTierHle['areas'][number]): boolean => [...a.values.male, ...a.values.female].some((v) => v !== null);
  return {
    boundaries: boundaryCodes.size,
    withFigure: hle.areas.filter(hasFigure).length,
    noFigure: hle.areas.filter((a) => !hasFigure(a)).map((a) => a.name),
  };
}
