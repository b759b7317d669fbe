import type { Figure, FigureStatus, IndicatorFigures } from '../../src/lib/data/figures.ts';
import { describeSetDifference, PipelineError } from './errors.ts';

/** The figure of a district the source has nothing for: never a zero, never a neighbour's value. */
export const MISSING_AT_SOURCE: Readonly<Figure> = Object.freeze({ value: null, status: 'missing-at-source' });

/**
 * Builds an indicator's figures with an entry for every base district, in base order: `figureFor` says what
 * each district shows, so no reader can leave a district out by forgetting it.
 */
export function figuresForBase(
  id: string,
  baseCodes: readonly string[],
  england: IndicatorFigures['england'],
  figureFor: (code: string) => Figure,
): IndicatorFigures {
  const byArea: Record<string, Figure> = {};
  for (const code of baseCodes) byArea[code] = figureFor(code);
  return { id, england, byArea };
}

/** How the coverage report names each kind of figure ("305 official, 7 the successor's, 2 without a value"). */
const STATUS_WORDS: Readonly<Record<FigureStatus, string>> = {
  official: 'official',
  estimate: 'estimated',
  county: "the county's",
  successor: "the successor's",
  derived: 'derived',
  'missing-at-source': 'without a value',
  damaged: 'damaged',
};

/** Report order: own values first, gaps last. */
const STATUS_ORDER: readonly FigureStatus[] = ['official', 'estimate', 'derived', 'county', 'successor', 'damaged', 'missing-at-source'];

export interface FiguresCoverage {
  id: string;
  withValue: number;
  total: number;
  byStatus: Partial<Record<FigureStatus, number>>;
}

export function figuresCoverage(figures: IndicatorFigures): FiguresCoverage {
  const byStatus: Partial<Record<FigureStatus, number>> = {};
  let withValue = 0;
  const all = Object.values(figures.byArea);
  for (const f of all) {
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    if (f.value !== null) withValue++;
  }
  return { id: figures.id, withValue, total: all.length, byStatus };
}

/** One line of the build's coverage report, e.g. "Health Index 2021: 312/314: 305 official, 7 the successor's, 2 without a value". */
export function formatFiguresCoverage(label: string, c: FiguresCoverage): string {
  const parts = STATUS_ORDER.filter((s) => (c.byStatus[s] ?? 0) > 0).map((s) => `${c.byStatus[s]} ${STATUS_WORDS[s]}`);
  return `${label}: ${c.withValue}/${c.total}: ${parts.join(', ')}`;
}

/**
 * Stops the build when an indicator has fewer values than its source allows, or does not list exactly the
 * base districts: a join that quietly loses districts must not reach the map.
 */
export function assertFiguresCoverage(figures: IndicatorFigures, baseCodes: readonly string[], minimum: number, file: string): void {
  const diff = describeSetDifference('the base', new Set(baseCodes), `indicator ${figures.id}`, new Set(Object.keys(figures.byArea)));
  if (diff !== null) throw new PipelineError({ file }, `indicator ${figures.id} does not list exactly the base districts: ${diff}`);
  const c = figuresCoverage(figures);
  if (c.withValue < minimum) {
    throw new PipelineError({ file }, `indicator ${figures.id} has a value for ${c.withValue} districts; the source allows ${minimum}`);
  }
}
