// Reading the figures files (static/data/areas.json, the first view's, and one file per measure, split.ts)
// against the catalogue. The app trusts nothing it fetches, and a damaged field costs that one figure: the area stays on the map,
// in the table, in the legend counts and in every analysis that does not need that figure. Only a file that
// is not an areas file at all is refused whole. Checked with the schema the pipeline writes it with.
import * as v from 'valibot';
import type { Figure, IndicatorFigures } from '../data/figureShape';
import type { AreaRecord, AreasFile, Bid, EstimateValidation } from '../data/types';
import { SCHEMA_VERSION } from '../data/types';
import { AreaCodeSchema, BidSchema, BoundsSchema, EnglandSchema, EstimateValidationSchema, FigureSchema, PlacesSchema } from '../data/schema';
import { DAMAGED } from '../data/access';
import { fetchJson, withFetchWords } from '../data/fetchJson';
import { INDICATORS } from './catalogue';
import { FIRST_VIEW_PATH, measurePath } from '../data/dataFiles';
import { MEASURES } from './measures';
import { nextTask } from '../nextTask';

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
  /** Plain-words lines, one per thing that could not be used, for the notice bar. */
  problems: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = v.pipe(v.string(), v.minLength(1));
const NamedSchema = v.object({ code: text, name: text });
const ok = <T>(schema: v.GenericSchema<unknown, T>, value: unknown): value is T => v.is(schema, value);

/** Names the first few of a list: "A, B, C and 12 more". */
function someOf(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/**
 * The districts of the file: every entry with a district code, once, plus any code that most indicators
 * have figures for though its entry is lost (it keeps its figures, with its code for a name). Codes in
 * only a few indicators are unknown and ignored.
 */
function readAreas(json: Record<string, unknown>, indicators: Record<string, unknown>, expected: number, problems: string[]): AreaRecord[] {
  const entries = Array.isArray(json.areas) ? json.areas : [];
  if (!Array.isArray(json.areas)) problems.push('The list of areas is missing from the data file; areas are shown by code.');
  const areas = new Map<string, AreaRecord>();
  entries.forEach((entry: unknown, index: number) => {
    const record = isObject(entry) ? entry : {};
    if (!ok(AreaCodeSchema, record.code)) {
      problems.push(`Entry ${index + 1} of the list of areas has no district code, so it is ignored.`);
      return;
    }
    const code = record.code;
    if (areas.has(code)) {
      problems.push(`${code} appears twice in the list of areas; the second entry is ignored.`);
      return;
    }
    const damaged: string[] = [];
    const name = ok(text, record.name) ? record.name : (damaged.push('name'), code);
    const region = ok(NamedSchema, record.region) ? record.region : (damaged.push('region'), { code: '', name: 'Region unknown' });
    const utla = ok(NamedSchema, record.utla) ? record.utla : (damaged.push('upper tier'), { code, name });
    const bounds = ok(BoundsSchema, record.bounds) ? record.bounds : (damaged.push('bounds'), null);
    if (damaged.length > 0) problems.push(`${name} (${code}): ${damaged.join(', ')} missing (damaged file); its figures are shown as usual.`);
    areas.set(code, { code, name, region, utla, bounds });
  });
  const mentions = new Map<string, number>();
  for (const figures of Object.values(indicators)) {
    const byArea = isObject(figures) && isObject(figures.byArea) ? figures.byArea : {};
    for (const code of Object.keys(byArea)) mentions.set(code, (mentions.get(code) ?? 0) + 1);
  }
  const unknown: string[] = [];
  for (const [code, count] of mentions) {
    if (areas.has(code)) continue;
    if (ok(AreaCodeSchema, code) && count * 2 > expected) {
      areas.set(code, { code, name: code, region: { code: '', name: 'Region unknown' }, utla: { code, name: code }, bounds: null });
      problems.push(`${code} is missing from the list of areas (damaged file); it is shown by its code.`);
    } else unknown.push(code);
  }
  if (unknown.length > 0) problems.push(`Figures for codes that are not districts of the file were ignored: ${someOf(unknown)}.`);
  return [...areas.values()];
}

/** A value (or interval end) outside what the indicator can be is a damaged figure, not a record. */
function plausible(figure: Figure, [low, high]: readonly [number, number]): boolean {
  return [figure.value, figure.lci, figure.uci].every((n) => n === null || n === undefined || (n >= low && n <= high));
}

/** Each expected indicator, with a figure for every area: the damaged ones marked, never dropped. */
function readIndicators(indicators: Record<string, unknown>, areas: readonly AreaRecord[], expected: ReadonlySet<string>, problems: string[]): Record<string, IndicatorFigures> {
  const out: Record<string, IndicatorFigures> = {};
  for (const entry of INDICATORS) {
    if (!expected.has(entry.id)) continue;
    const raw = indicators[entry.id];
    const byAreaRaw = isObject(raw) && isObject(raw.byArea) ? raw.byArea : null;
    if (byAreaRaw === null) problems.push(`${entry.label}: missing from the data file (damaged file), so no area has this figure.`);
    const damagedIn: string[] = [];
    const byArea: Record<string, Figure> = {};
    for (const area of areas) {
      const figure = byAreaRaw?.[area.code];
      if (ok(FigureSchema, figure) && plausible(figure, entry.plausible)) byArea[area.code] = figure;
      else {
        byArea[area.code] = DAMAGED;
        if (byAreaRaw !== null) damagedIn.push(area.name);
      }
    }
    if (damagedIn.length > 0) problems.push(`${entry.label}: missing (damaged file) for ${someOf(damagedIn)}.`);
    const englandRaw = isObject(raw) ? raw.england : null;
    const england = ok(EnglandSchema, englandRaw) ? englandRaw : null;
    if (byAreaRaw !== null && englandRaw !== undefined && englandRaw !== null && england === null) problems.push(`${entry.label}: the England value is damaged, so no comparison with England is shown.`);
    out[entry.id] = { id: entry.id, england, byArea };
  }
  return out;
}

/** The bid list: a damaged bid is left out of the lists, with a notice; the district figures do not depend on it. */
function readBids(raw: unknown, problems: string[]): Bid[] {
  if (!Array.isArray(raw)) {
    problems.push('The list of Levelling Up Fund bids is damaged, so no bid is listed.');
    return [];
  }
  const bids = raw.filter((bid): bid is Bid => ok(BidSchema, bid));
  if (bids.length < raw.length) problems.push(`${raw.length - bids.length} Levelling Up Fund bids are damaged and not listed.`);
  return bids;
}

/** The validation is documentation in the file: each estimate's interval already carries the method's error. */
const NO_VALIDATION: EstimateValidation = { pairs: 0, meanError: 0, meanAbsoluteError: 0, largestAbsoluteError: 0, largestAt: '', p95AbsoluteError: 0, sdError: 0 };

const EVERY_INDICATOR: ReadonlySet<string> = new Set(INDICATORS.map((entry) => entry.id));

/** The first-view file (or a whole file, by default): the areas, and the `expected` indicators' figures. */
export function validateAreasFile(json: unknown, fileName = 'areas.json', expected: ReadonlySet<string> = EVERY_INDICATOR): ValidatedAreas {
  if (!isObject(json)) throw new DataFileError(fileName, 'is not a JSON object.');
  if (json.schemaVersion !== SCHEMA_VERSION) throw new DataFileError(fileName, `has schema version ${String(json.schemaVersion)}; this app reads version ${SCHEMA_VERSION}.`);
  const indicatorsRaw = isObject(json.indicators) ? json.indicators : {};
  if (!isObject(json.indicators) && !Array.isArray(json.areas)) throw new DataFileError(fileName, 'has neither a list of areas nor any figures.');
  const problems: string[] = [];
  const areas = readAreas(json, indicatorsRaw, expected.size, problems);
  if (areas.length === 0) throw new DataFileError(fileName, 'has no readable areas.');
  const indicators = readIndicators(indicatorsRaw, areas, expected, problems);
  const places = ok(PlacesSchema, json.places) ? json.places : {};
  if (!ok(PlacesSchema, json.places)) problems.push('The names of counties and successor authorities are damaged; their codes are shown instead.');
  const estimateValidation = ok(EstimateValidationSchema, json.estimateValidation) ? json.estimateValidation : NO_VALIDATION;
  if (estimateValidation === NO_VALIDATION) problems.push('The estimates’ validation figures are damaged; the estimates themselves are unaffected.');
  return {
    file: { schemaVersion: SCHEMA_VERSION, areas, indicators, places, bids: readBids(json.bids, problems), coverage: [], estimateValidation, inputs: [] },
    problems,
  };
}

export interface ValidatedMeasure {
  indicators: Record<string, IndicatorFigures>;
  problems: string[];
}

/**
 * One measure's file: its `expected` indicators, read field by field for the areas of the first-view file,
 * as the first file's are. Only a file that is not that measure's at all is refused whole.
 */
export function validateMeasureFile(json: unknown, measureId: string, expected: ReadonlySet<string>, areas: readonly AreaRecord[], fileName: string): ValidatedMeasure {
  if (!isObject(json)) throw new DataFileError(fileName, 'is not a JSON object.');
  if (json.schemaVersion !== SCHEMA_VERSION) throw new DataFileError(fileName, `has schema version ${String(json.schemaVersion)}; this app reads version ${SCHEMA_VERSION}.`);
  if (json.measure !== measureId) throw new DataFileError(fileName, `holds ${String(json.measure)}, not ${measureId}.`);
  const problems: string[] = [];
  const indicators = readIndicators(isObject(json.indicators) ? json.indicators : {}, areas, expected, problems);
  return { indicators, problems };
}

export const AREAS_URL = FIRST_VIEW_PATH;

async function fetchDataFile(base: string, path: string): Promise<unknown> {
  return withFetchWords(
    () => fetchJson(`${base}${path}`),
    (failure) =>
      new DataFileError(
        path,
        failure.kind === 'offline'
          ? 'could not be downloaded. Check your connection and try again.'
          : failure.kind === 'status'
            ? `could not be downloaded (HTTP ${failure.status}).`
            : 'is damaged: it is not valid JSON.',
      ).message,
  );
}

export async function loadAreas(base: string, expected: ReadonlySet<string>): Promise<ValidatedAreas> {
  const json = await fetchDataFile(base, AREAS_URL);
  // Parsing and reading the file field by field are each a long piece of work on a phone.
  await nextTask();
  return validateAreasFile(json, AREAS_URL, expected);
}

export async function loadMeasure(base: string, measureId: string, expected: ReadonlySet<string>, areas: readonly AreaRecord[]): Promise<ValidatedMeasure> {
  const path = measurePath(measureId);
  const json = await fetchDataFile(base, path);
  await nextTask();
  return validateMeasureFile(json, measureId, expected, areas, path);
}

/**
 * Every figure at once: the first-view file and every measure's file, for pages that colour by every layer
 * from the start (the bench's peer pages). A measure file that cannot be read leaves its figures damaged.
 */
export async function loadEveryFigure(base: string, firstView: ReadonlySet<string>): Promise<ValidatedAreas> {
  const first = await loadAreas(base, firstView);
  const measures = MEASURES.filter((measure) => measure.periods.some((period) => !firstView.has(period.indicator)));
  const results = await Promise.all(
    measures.map((measure) => loadMeasure(base, measure.id, new Set(measure.periods.map((period) => period.indicator).filter((id) => !firstView.has(id))), first.file.areas)),
  );
  const indicators = Object.assign({}, first.file.indicators, ...results.map((result) => result.indicators)) as AreasFile['indicators'];
  return { file: { ...first.file, indicators }, problems: [...first.problems, ...results.flatMap((result) => result.problems)] };
}
