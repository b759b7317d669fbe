// The app trusts nothing it fetches: a truncated or hand-edited data file must give a clear message,
// not a blank page. Areas that fail are reported and left out; they then show as "no data".
import type { AreaRecord, AreasFile, Bounds } from './types';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataFileError';
  }
}

export interface ValidatedAreas {
  file: AreasFile;
  /** One line per area left out. */
  problems: string[];
}

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);

/** A box [west, south, east, north] with west < east and south < north. */
export function isBounds(value: unknown): value is Bounds {
  return Array.isArray(value) && value.length === 4 && value.every(isNumber) && value[0] < value[2] && value[1] < value[3];
}
const isString: Check = (value) => typeof value === 'string' && value.length > 0;
const nullable = (check: Check): Check => (value) => value === null || check(value);

function at(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

const hle2009Ok: Check = (value) =>
  value === null ||
  (isObject(value) && isNumber(value.value) && nullable(isNumber)(value.lci) && nullable(isNumber)(value.uci) &&
    (value.method === 'official' || value.method === 'msoa-estimate'));
const hle2018Ok: Check = (value) =>
  value === null ||
  (isObject(value) && isNumber(value.value) && (value.level === 'district' || value.level === 'county' || value.level === 'successor-unitary'));

const AREA_FIELDS: [string[], Check][] = [
  [['code'], (v) => typeof v === 'string' && /^E0[6-9]\d{6}$/.test(v)],
  [['name'], isString],
  [['region', 'name'], isString],
  [['utla', 'name'], isString],
  [['luf'], (v) => v === 1 || v === 2 || v === 3],
  [['imd', 'rankAvgRank'], (v) => Number.isInteger(v) && (v as number) >= 1],
  [['imd', 'avgScore'], isNumber],
  [['imd', 'derived'], (v) => typeof v === 'boolean'],
  [['hle2009', 'male'], hle2009Ok],
  [['hle2009', 'female'], hle2009Ok],
  [['hle2018', 'male'], hle2018Ok],
  [['hle2018', 'female'], hle2018Ok],
  [['townsFund', 'totalGrantGbp'], isNumber],
  [['bounds'], isBounds],
];

/** The first field of an area that is missing or of the wrong kind, or null when all are fine. */
export function areaProblem(area: unknown): string | null {
  for (const [path, check] of AREA_FIELDS) {
    if (!check(at(area, path))) return path.join('.');
  }
  return null;
}

export function validateAreasFile(json: unknown, fileName = 'areas.json'): ValidatedAreas {
  if (!isObject(json)) throw new DataFileError(fileName, 'is not a JSON object.');
  if (json.schemaVersion !== 1) throw new DataFileError(fileName, `has schema version ${String(json.schemaVersion)}; this app reads version 1.`);
  if (!Array.isArray(json.areas)) throw new DataFileError(fileName, 'has no list of areas.');
  const england = json.england;
  const englandOk =
    isNumber(at(england, ['hle2009', 'male', 'value'])) && isNumber(at(england, ['hle2009', 'female', 'value'])) &&
    isNumber(at(england, ['hle2018', 'male'])) && isNumber(at(england, ['hle2018', 'female']));
  if (!englandOk) throw new DataFileError(fileName, 'lacks the England reference values.');

  const problems: string[] = [];
  const seen = new Set<string>();
  const areas: AreaRecord[] = [];
  json.areas.forEach((area: unknown, index: number) => {
    const problem = areaProblem(area);
    const label = isObject(area) && typeof area.code === 'string' ? area.code : `entry ${index + 1}`;
    if (problem) {
      problems.push(`${label}: “${problem}” is missing or unreadable, so this area is shown without data.`);
      return;
    }
    const record = area as AreaRecord;
    if (seen.has(record.code)) {
      problems.push(`${record.code} appears twice; the second entry is ignored.`);
      return;
    }
    seen.add(record.code);
    areas.push(record);
  });
  if (areas.length === 0) throw new DataFileError(fileName, 'has no readable areas.');
  return { file: { ...(json as unknown as AreasFile), areas }, problems };
}
