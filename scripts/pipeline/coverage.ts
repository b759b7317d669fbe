import type { AreaRecord, CoverageLine, Sex } from '../../src/lib/data/types.ts';
import { INDICATORS, type IndicatorId } from '../../src/lib/indicators/catalogue.ts';
import { PipelineError } from './errors.ts';
import { RAW_FILES } from './files.ts';

/**
 * The fewest areas each indicator may cover: what the sources allow, so any loss in a join fails the build.
 */
export const MINIMUM_COVERAGE: Readonly<Record<IndicatorId, number>> = {
  // The 2009–13 release gives every district either its own official figure or MSOAs to estimate from.
  'hle-male': 314,
  'hle-female': 314,
  // ONS publishes NA for the City of London and the Isles of Scilly (too few survey responses); every other
  // district has a district, county or successor-unitary value.
  'hle-male-2018': 312,
  'hle-female-2018': 312,
  // IoD2019 summarises every district; Buckinghamshire's 2020 unitary is the published former county.
  imd: 314,
  'imd-score': 314,
  'imd-prop10': 314,
  'imd-extent': 314,
  'imd-local-concentration': 314,
  // The round-1 list categorises every English district in force in March 2021.
  luf: 314,
  // Having no Towns Fund place is a value (zero), not a gap.
  'towns-fund': 314,
};

/**
 * Minimums for particular kinds of value, where a shortfall would otherwise hide inside a full total:
 * a lost official 2009–13 match silently becomes an estimate. 124 = 54 unitaries with a published figure
 * + Buckinghamshire (the old county) + 36 metropolitan districts + 33 London boroughs.
 */
export const MINIMUM_BREAKDOWN: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'hle-male': { official: 124 },
  'hle-female': { official: 124 },
};

/** Which raw file to blame when an indicator's coverage falls short. */
const SOURCE_FILE: Readonly<Record<string, string>> = {
  'hle-male': RAW_FILES.hle2009Utla,
  'hle-female': RAW_FILES.hle2009Utla,
  'hle-male-2018': RAW_FILES.hle2018Utla,
  'hle-female-2018': RAW_FILES.hle2018Utla,
  imd: RAW_FILES.imdDistricts,
  'imd-score': RAW_FILES.imdDistricts,
  'imd-prop10': RAW_FILES.imdDistricts,
  'imd-extent': RAW_FILES.imdDistricts,
  'imd-local-concentration': RAW_FILES.imdDistricts,
  luf: RAW_FILES.luf,
  'towns-fund': RAW_FILES.townsFund,
} satisfies Record<IndicatorId, string>;

/** For each area, the breakdown key its value falls under, or null when it has no value. */
function classify(id: IndicatorId, area: AreaRecord): string | null {
  const hle2009 = (sex: Sex): string | null => area.hle2009[sex]?.method ?? null;
  const hle2018 = (sex: Sex): string | null => area.hle2018[sex]?.level ?? null;
  switch (id) {
    case 'hle-male':
      return hle2009('male');
    case 'hle-female':
      return hle2009('female');
    case 'hle-male-2018':
      return hle2018('male');
    case 'hle-female-2018':
      return hle2018('female');
    case 'imd':
    case 'imd-score':
    case 'imd-prop10':
    case 'imd-extent':
    case 'imd-local-concentration':
      return area.imd.derived ? 'derived' : 'published';
    case 'luf':
      return `category ${area.luf}`;
    case 'towns-fund':
      return area.townsFund.places.length > 0 ? 'with places' : 'no places';
  }
}

export function coverage(areas: readonly AreaRecord[]): CoverageLine[] {
  return INDICATORS.map(({ id }) => {
    const breakdown: Record<string, number> = {};
    let withValue = 0;
    for (const area of areas) {
      const key = classify(id, area);
      if (key === null) continue;
      withValue++;
      breakdown[key] = (breakdown[key] ?? 0) + 1;
    }
    return { indicator: id, withValue, total: areas.length, breakdown };
  });
}

// Listed in reading order: the primary kind of value first.
const KEY_ORDER = ['official', 'msoa-estimate', 'district', 'county', 'successor-unitary', 'published', 'derived'];

const WORDING: Readonly<Record<string, string>> = {
  'msoa-estimate': 'estimated',
  district: "the district's own",
  county: "the county's",
  'successor-unitary': "the successor unitary's",
};

function orderOf(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
}

export function formatCoverage(line: CoverageLine): string {
  const label = INDICATORS.find((i) => i.id === line.indicator)?.shortLabel ?? line.indicator;
  const parts = Object.entries(line.breakdown)
    .sort(([a], [b]) => orderOf(a) - orderOf(b) || a.localeCompare(b))
    .map(([key, n]) => `${n} ${WORDING[key] ?? key}`);
  const missing = line.total - line.withValue;
  if (missing > 0) parts.push(`${missing} without a value`);
  return `${label}: ${line.withValue}/${line.total}: ${parts.join(', ')}`;
}

export function assertCoverage(
  lines: readonly CoverageLine[],
  minimum: Readonly<Record<string, number>> = MINIMUM_COVERAGE,
  minimumBreakdown: Readonly<Record<string, Readonly<Record<string, number>>>> = MINIMUM_BREAKDOWN,
): void {
  for (const line of lines) {
    const min = minimum[line.indicator];
    if (min === undefined) throw new Error(`no minimum coverage defined for indicator ${line.indicator}`);
    const file = SOURCE_FILE[line.indicator] ?? line.indicator;
    if (line.withValue < min) {
      throw new PipelineError({ file }, `coverage of ${line.indicator} is ${line.withValue}/${line.total}, below the ${min} the sources allow`);
    }
    for (const [kind, minKind] of Object.entries(minimumBreakdown[line.indicator] ?? {})) {
      const n = line.breakdown[kind] ?? 0;
      if (n < minKind) throw new PipelineError({ file }, `${line.indicator} has ${n} ${kind} values, below the ${minKind} the sources allow`);
    }
  }
}
