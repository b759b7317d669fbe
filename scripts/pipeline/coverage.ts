// How many districts each indicator covers, and of what kind: printed by every data build, kept in
// areas.json, and checked against what the sources allow (the catalogue's minimumCoverage).
import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { CoverageLine } from '../../src/lib/data/types.ts';
import { indicator, isIndicatorId } from '../../src/lib/indicators/catalogue.ts';
import { PipelineError } from './errors.ts';

/** The breakdown key of one figure: its category for categorical indicators, else its status. */
function kindOf(figures: IndicatorFigures, status: string, value: number | null): string {
  if (!isIndicatorId(figures.id)) return status;
  const scale = indicator(figures.id).scale;
  if (scale.kind === 'categories' && value !== null) return scale.categories.find((c) => c.value === value)?.label ?? `value ${value}`;
  return status;
}

export function coverageLine(figures: IndicatorFigures): CoverageLine {
  const breakdown: Record<string, number> = {};
  let withValue = 0;
  const all = Object.values(figures.byArea);
  for (const figure of all) {
    if (figure.value === null) continue;
    withValue++;
    const key = kindOf(figures, figure.status, figure.value);
    breakdown[key] = (breakdown[key] ?? 0) + 1;
  }
  return { indicator: figures.id, withValue, total: all.length, breakdown };
}

// Listed in reading order: the district's own figures first.
const KEY_ORDER = ['official', 'estimate', 'county', 'successor', 'derived'];

const WORDING: Readonly<Record<string, string>> = {
  official: 'the district’s own',
  estimate: 'estimated',
  county: 'the county’s',
  successor: 'the successor authority’s',
  derived: 'derived',
};

function orderOf(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
}

export function formatCoverage(line: CoverageLine): string {
  const label = isIndicatorId(line.indicator) ? indicator(line.indicator).shortLabel : line.indicator;
  const parts = Object.entries(line.breakdown)
    .sort(([a], [b]) => orderOf(a) - orderOf(b) || a.localeCompare(b))
    .map(([key, n]) => `${n} ${WORDING[key] ?? key}`);
  const missing = line.total - line.withValue;
  if (missing > 0) parts.push(`${missing} without a value`);
  return `${label}: ${line.withValue}/${line.total}: ${parts.join(', ')}`;
}

/**
 * Minimums for particular kinds of value, where a shortfall would otherwise hide inside a full total:
 * a lost official 2009–13 match silently becomes an estimate. 124 = 54 unitaries with a published figure
 * + Buckinghamshire (the old county) + 36 metropolitan districts + 33 London boroughs.
 */
export const MINIMUM_BREAKDOWN: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'hle-male': { official: 124 },
  'hle-female': { official: 124 },
};

/**
 * Fails the build, naming the raw file the figures came from, when an indicator covers fewer districts than
 * the catalogue says its sources allow.
 */
export function assertCoverage(line: CoverageLine, file: string, minimumBreakdown = MINIMUM_BREAKDOWN): void {
  if (!isIndicatorId(line.indicator)) throw new Error(`no catalogue entry for indicator ${line.indicator}`);
  const minimum = indicator(line.indicator).minimumCoverage;
  if (line.withValue < minimum) {
    throw new PipelineError({ file }, `coverage of ${line.indicator} is ${line.withValue}/${line.total}, below the ${minimum} the sources allow`);
  }
  for (const [kind, minKind] of Object.entries(minimumBreakdown[line.indicator] ?? {})) {
    const n = line.breakdown[kind] ?? 0;
    if (n < minKind) throw new PipelineError({ file }, `${line.indicator} has ${n} ${kind} values, below the ${minKind} the sources allow`);
  }
}
