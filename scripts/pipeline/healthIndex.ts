import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import { ENGLAND_CODE, LAD_CODE } from '../../src/lib/data/codes.ts';
import { failAt, numberCell, textCell, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { figuresForBase } from './figureAdapters.ts';
import { harmonise, provenance, type Geography } from './harmonise.ts';

// ONS Health Index for England, 2015–2021, release of 16 June 2023 (workbook last modified 15 June 2023):
// the version before ONS's 6 September 2023 cancer-screening correction (health_index/SOURCE.md, trap 1).
// Scores are computed for lower-tier authorities on April 2021 codes.

export const HEALTH_INDEX_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021] as const;
export type HealthIndexYear = (typeof HEALTH_INDEX_YEARS)[number];

const AREA_COLUMNS = ['Area Code', 'Area Type [Note 3]'] as const;
export const HEALTH_INDEX_OVERALL_COLUMNS = [...AREA_COLUMNS, ...HEALTH_INDEX_YEARS.map(String)] as const;

export const HEALTH_INDEX_DOMAINS = {
  people: 'Healthy People Domain',
  lives: 'Healthy Lives Domain',
  places: 'Healthy Places Domain',
} as const;
export type HealthIndexDomain = keyof typeof HEALTH_INDEX_DOMAINS;
export const HEALTH_INDEX_DOMAIN_COLUMNS = [...AREA_COLUMNS, ...Object.values(HEALTH_INDEX_DOMAINS)] as const;

/** "data for Hackney sometimes include the City of London", "Cornwall sometimes include the Isles of Scilly": no scores of their own. */
export const HEALTH_INDEX_ABSENT_AT_SOURCE = ['E09000001', 'E06000053'] as const;

/** Lower-tier (and England) scores of one measure, keyed by 2021 code; county and region rows are left out. */
export function lowerTierScores(table: Table, column: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of table.rows) {
    const code = textCell(row, 'Area Code');
    const type = textCell(row, 'Area Type [Note 3]');
    if (type !== 'LTLA' && code !== ENGLAND_CODE) continue;
    if (code !== ENGLAND_CODE && !LAD_CODE.test(code)) failAt(row, 'Area Code', `an LTLA row needs a district code (E06–E09), got ${JSON.stringify(code)}`);
    if (out.has(code)) failAt(row, 'Area Code', `duplicate area ${code}`);
    out.set(code, numberCell(row, column));
  }
  return out;
}

export const healthIndexId = (domain: HealthIndexDomain | null, year: HealthIndexYear): string =>
  domain === null ? `health-index-${year}` : `health-index-${domain}-${year}`;

/**
 * One measure in one year for every 2020 district: its own score, its 2021 successor's for the Northamptonshire
 * districts (labelled), none for the City of London and the Isles of Scilly. Any other gap stops the build.
 */
export function healthIndexFigures(
  id: string,
  scores: ReadonlyMap<string, number>,
  baseCodes: readonly string[],
  successors: ReadonlyMap<string, string>,
  file: string,
): IndicatorFigures {
  const england = scores.get(ENGLAND_CODE);
  if (england === undefined) throw new PipelineError({ file, column: 'Area Code' }, `no England (${ENGLAND_CODE}) row`);
  const geography: Geography = { successors, absentAtSource: HEALTH_INDEX_ABSENT_AT_SOURCE };
  return figuresForBase(id, baseCodes, { value: england }, (code) =>
    harmonise(code, geography, (at) => scores.get(at), (value, stand) => ({ value, ...provenance(stand) }), { file, column: 'Area Code', what: 'LTLA score' }),
  );
}
