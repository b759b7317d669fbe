import type { NamedCode } from '../../src/lib/data/types.ts';
import type { Figure, IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { HleLevel, Sex } from './sourceTypes.ts';
import type { BaseArea, LookupEntry } from './base.ts';
import { ENGLAND_CODE, UTLA_CODE } from '../../src/lib/data/codes.ts';
import { failAt, nonEmptyTextCell, nullableNumberCell, textCell, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { figuresForBase, MISSING_AT_SOURCE, type Places } from './figureAdapters.ts';
import { harmonise, type Geography } from './harmonise.ts';
import { roundTo } from './stats.ts';

export const HLE2018_COLUMNS = ['area_code', 'area_name', 'hle_male_years', 'hle_female_years'] as const;

/** ONS writes NA where it published no figure (City of London, Isles of Scilly: too few survey responses). */
const NOT_AVAILABLE = ['NA'] as const;

const SEX_COLUMN: Record<Sex, string> = { male: 'hle_male_years', female: 'hle_female_years' };

/**
 * Northamptonshire's districts were abolished in April 2021, so the 2021-coded table has no county for them;
 * their values are those of the unitary that replaced them. Named, not coded, because that is how the
 * reorganisation order lists them; each name is checked against the 2020 lookup.
 */
export const NORTHANTS_SUCCESSORS: readonly { successor: string; districts: readonly string[] }[] = [
  { successor: 'E06000061', districts: ['Corby', 'East Northamptonshire', 'Kettering', 'Wellingborough'] },
  { successor: 'E06000062', districts: ['Daventry', 'Northampton', 'South Northamptonshire'] },
];

export interface Published2018 {
  area: NamedCode;
  bySex: Record<Sex, number | null>;
}

/** Upper-tier rows and England, keyed by code; other geographies in the file (regions, nations, …) are ignored. */
export function parseHle2018(table: Table): Map<string, Published2018> {
  const byCode = new Map<string, Published2018>();
  for (const row of table.rows) {
    const code = textCell(row, 'area_code');
    if (!UTLA_CODE.test(code) && code !== ENGLAND_CODE) continue;
    if (byCode.has(code)) failAt(row, 'area_code', `duplicate area ${code}`);
    byCode.set(code, {
      area: { code, name: nonEmptyTextCell(row, 'area_name') },
      bySex: {
        male: nullableNumberCell(row, SEX_COLUMN.male, NOT_AVAILABLE),
        female: nullableNumberCell(row, SEX_COLUMN.female, NOT_AVAILABLE),
      },
    });
  }
  return byCode;
}

/** 2020 district code → successor unitary code, for the Northamptonshire districts found by name. */
export function northantsSuccessors(lookup2020: ReadonlyMap<string, LookupEntry>, lookupFile: string): Map<string, string> {
  return successorsByName(lookup2020, lookupFile, NORTHANTS_SUCCESSORS, 'a Northamptonshire district');
}

/** 2020 district code → successor unitary code, for districts a reorganisation order lists by name. */
export function successorsByName(
  lookup2020: ReadonlyMap<string, LookupEntry>,
  lookupFile: string,
  table: readonly { successor: string; districts: readonly string[] }[],
  what: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { successor, districts } of table) {
    for (const name of districts) {
      const hits = [...lookup2020.values()].filter((e) => e.lad.name === name);
      if (hits.length !== 1) {
        throw new PipelineError({ file: lookupFile, column: 'lad_nm' }, `expected exactly one 2020 district named "${name}" (${what}), found ${hits.length}`);
      }
      const [hit] = hits;
      if (hit !== undefined) out.set(hit.lad.code, successor);
    }
  }
  return out;
}

export interface Hle2018Assignment {
  utla: string;
  level: HleLevel;
}

/** Which 2021 upper-tier area's value each 2020 district shows, and at what level. */
export function hle2018Assignments(
  base: readonly BaseArea[],
  lookup2021: ReadonlyMap<string, LookupEntry>,
  successors: ReadonlyMap<string, string>,
  lookupFile: string,
): Map<string, Hle2018Assignment> {
  const out = new Map<string, Hle2018Assignment>();
  for (const area of base) {
    const successor = successors.get(area.code);
    if (successor !== undefined) {
      out.set(area.code, { utla: successor, level: 'successor-unitary' });
      continue;
    }
    const entry = lookup2021.get(area.code);
    if (entry === undefined) {
      throw new PipelineError(
        { file: lookupFile, column: 'lad_cd' },
        `district ${area.code} (${area.name}) has no vintage-2021 row and is not a known Northamptonshire district`,
      );
    }
    out.set(area.code, { utla: entry.utla.code, level: entry.utla.code === area.code ? 'district' : 'county' });
  }
  return out;
}

/** The 2018–20 assignments as the harmonising rule's geography: successor unitaries and counties. */
export function assignmentGeography(
  assignments: ReadonlyMap<string, Hle2018Assignment>,
  baseCodes: readonly string[],
  file: string,
  absentAtSource: readonly string[] = [],
): Geography {
  const successors = new Map<string, string>();
  const upperTiers = new Map<string, string>();
  for (const code of baseCodes) {
    const assignment = assignments.get(code);
    if (assignment === undefined) throw new PipelineError({ file }, `district ${code} has no upper-tier assignment`);
    if (assignment.level === 'successor-unitary') successors.set(code, assignment.utla);
    if (assignment.level === 'county') upperTiers.set(code, assignment.utla);
  }
  return { successors, upperTiers, absentAtSource };
}

/** One sex's 2018–20 figures for every base district, by the harmonising rule; NA at source is no figure. */
export function hle2018Figures(
  id: string,
  sex: Sex,
  assignments: ReadonlyMap<string, Hle2018Assignment>,
  published: ReadonlyMap<string, Published2018>,
  baseCodes: readonly string[],
  places: Places,
  file: string,
): IndicatorFigures {
  const geography = assignmentGeography(assignments, baseCodes, file);
  const england = england2018(published, file)[sex];
  return figuresForBase(id, baseCodes, { value: england }, (code) =>
    harmonise(
      code,
      geography,
      (at) => published.get(at),
      (row, stand): Figure => {
        const value = row.bySex[sex];
        if (value === null) return MISSING_AT_SOURCE;
        return stand.status === 'official' ? { value: roundTo(value, 2), status: 'official' } : { value: roundTo(value, 2), status: stand.status, measuredFor: places.add(row.area) };
      },
      { file, column: 'area_code', what: 'row' },
    ),
  );
}

export function england2018(published: ReadonlyMap<string, Published2018>, file: string): Record<Sex, number> {
  const e = published.get(ENGLAND_CODE);
  const male = e?.bySex.male;
  const female = e?.bySex.female;
  if (male == null || female == null) {
    throw new PipelineError({ file, column: 'area_code' }, `needs an England (${ENGLAND_CODE}) row with both values`);
  }
  return { male, female };
}
