// The URL owns everything a shared link must reproduce. These are pure functions: parse never throws and
// always returns a usable state, listing what it had to ignore so the page can say so.
import { DEFAULT_LAYER, isAnalysisLayer, isLayerId, type LayerId } from '../indicators/layers';
import { linkNameOf, lookUpMeasure, newestPeriod } from '../indicators/measures';
import { isHealthMeasure } from '../indicators/catalogue';
import { LAD_CODE } from '../data/codes';
import { districtGeography, GEOGRAPHIES, geographyByParam, liesWithin, singularWithAbbreviation, subGeographies, type GeographyId } from '../data/geographies';
import { MAX_ZOOM, MIN_ZOOM, type View } from '../data/view';
import {
  DEFAULT_DEFINITION,
  PERCENTILE_MAX,
  PERCENTILE_MIN,
  type DivergenceDefinition,
} from '../analysis/divergence';
import { measurePhrase } from '../analysis/divergenceText';
import { DEFAULT_PRESET, isPresetId, isValidWeights, presetOf, PRESETS, type Weights } from '../analysis/whatIfWeights';
import type { HleSex } from '../data/upperTierHle';
import { isChangeBaseline, type ChangeBaseline } from '../analysis/changeBaseline';

/** The what-if tool's choice: the weights of the three ingredients of need (its health measure is the definition's). */
export interface WhatIfChoice {
  weights: Weights;
}

export const DEFAULT_WHAT_IF: WhatIfChoice = { weights: PRESETS[DEFAULT_PRESET].weights };

export type { View };

/** The map or the table of all areas: what a shared link opens on. */
export type ViewMode = 'map' | 'table';

export interface UrlState {
  layer: LayerId;
  mode: ViewMode;
  area: string | null;
  definition: DivergenceDefinition;
  whatIf: WhatIfChoice;
  /** Null: no view in the URL, so the map frames England. */
  view: View | null;
  /** Set while the gap view (`?view=gap&sex=…`) is open: the sex it shows. Absent: the map. */
  gap?: HleSex;
  /** With the gap view: its map of each upper-tier area's change since this period (`&change=2011-13`). */
  gapChange?: ChangeBaseline;
  /** Areas set side by side in the compare view (none: the view is closed), in the order chosen. */
  compare: string[];
  /** Only the map, its legend, title and source line, and a link to the full view: for an iframe. */
  embed: boolean;
  /** The geography drawn under the districts' borders: the districts themselves, or the neighbourhoods. */
  geo: GeographyId;
  /** The area below the districts selected on the map, which shows its geography or one inside it. */
  subArea: SubArea | null;
}

/** An area of a geography below the districts, in the link as its geography's parameter (`msoa=E02002483`). */
export interface SubArea {
  geography: GeographyId;
  code: string;
}

/** The compare view sets at most this many areas side by side. */
export const COMPARE_MAX = 4;

export interface ParsedUrl {
  state: UrlState;
  /** Plain-words reasons for every part of the URL that was ignored. */
  problems: string[];
}

export const DEFAULT_STATE: UrlState = {
  layer: DEFAULT_LAYER,
  mode: 'map',
  area: null,
  definition: DEFAULT_DEFINITION,
  whatIf: DEFAULT_WHAT_IF,
  view: null,
  compare: [],
  embed: false,
  geo: districtGeography().id,
  subArea: null,
};

// Anything shown must still be near England; a view far away is almost certainly a corrupted link.
const LAT_RANGE = [47, 58] as const;
const LNG_RANGE = [-10, 5] as const;

/** Shows an untrusted string in a message without letting it flood or break the page. */
function quote(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

/** Only the last occurrence of a repeated key counts, as in most servers; the repeat is not an error. */
function lastValue(params: URLSearchParams, key: string): string | null {
  const all = params.getAll(key);
  return all.length ? all[all.length - 1]! : null;
}

export function parseView(hash: string): { view: View | null; problem: string | null } {
  const body = hash.replace(/^#/, '');
  if (body === '') return { view: null, problem: null };
  const parts = body.split('/');
  // Plain decimals only: Number() would also take "0x10", "7e0", "+7" and "" (as 0).
  const numbers = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
  // NaN fails every range check below, so a missing or non-numeric part is rejected there.
  const [zoom = Number.NaN, lat = Number.NaN, lng = Number.NaN] = numbers;
  const valid =
    parts.length === 3 &&
    zoom >= MIN_ZOOM && zoom <= MAX_ZOOM &&
    lat >= LAT_RANGE[0] && lat <= LAT_RANGE[1] &&
    lng >= LNG_RANGE[0] && lng <= LNG_RANGE[1];
  if (!valid) {
    return { view: null, problem: `The map view ${quote(hash)} is not a valid #zoom/latitude/longitude over England, so the map shows all of England.` };
  }
  return { view: { zoom, lat, lng }, problem: null };
}

/** `layer` names a measure or one of its periods (an indicator's own id); `period` alone applies to the default measure. */
function parseLayer(rawLayer: string | null, rawPeriod: string | null): { layer: LayerId; problem: string | null } {
  const fallback = DEFAULT_STATE.layer;
  if (rawLayer === null && rawPeriod === null) return { layer: fallback, problem: null };
  const name = rawLayer ?? (isAnalysisLayer(fallback) ? fallback : linkNameOf(fallback).layer);
  const lookup = lookUpMeasure(name, rawPeriod);
  if (lookup.kind === 'found') return { layer: lookup.indicator, problem: null };
  if (lookup.kind === 'no-such-period') {
    const newest = newestPeriod(lookup.measure);
    return { layer: lookup.indicator, problem: `${lookup.measure.label} has no period ${quote(rawPeriod ?? '')}, so its newest, ${newest.label}, is shown.` };
  }
  if (isLayerId(name)) {
    const problem = rawPeriod === null ? null : `The map layer ${quote(name)} has no periods, so the period ${quote(rawPeriod)} is ignored.`;
    return { layer: name, problem };
  }
  return { layer: fallback, problem: `There is no map layer called ${quote(name)}, so the default layer is shown.` };
}

export function parseUrl(search: string, hash: string, knownAreas?: ReadonlySet<string>): ParsedUrl {
  const problems: string[] = [];
  // Never throws: malformed escapes are kept as they are, and then rejected as values below.
  const params = new URLSearchParams(search);

  const { layer, problem: layerProblem } = parseLayer(lastValue(params, 'layer'), lastValue(params, 'period'));
  if (layerProblem) problems.push(layerProblem);

  let mode: ViewMode = DEFAULT_STATE.mode;
  const rawMode = lastValue(params, 'view');
  if (rawMode !== null) {
    if (rawMode === 'map' || rawMode === 'table') mode = rawMode;
    // view=gap opens the gap view over the map (parseGap).
    else if (rawMode !== 'gap') problems.push(`The view ${quote(rawMode)} must be “map”, “table” or “gap”, so the map is shown.`);
  }

  let area: string | null = null;
  const rawArea = lastValue(params, 'area');
  if (rawArea !== null && rawArea !== '') {
    const code = rawArea.trim().toUpperCase();
    if (LAD_CODE.test(code) && (!knownAreas || knownAreas.has(code))) area = code;
    else problems.push(`No English local authority has the code ${quote(rawArea)}, so no area is selected.`);
  }

  const definition: DivergenceDefinition = { ...DEFAULT_DEFINITION, health: parseHealth(params, problems) };
  const rawPct = lastValue(params, 'pct');
  if (rawPct !== null) {
    const pct = /^\d{1,2}$/.test(rawPct) ? Number(rawPct) : Number.NaN;
    if (pct >= PERCENTILE_MIN && pct <= PERCENTILE_MAX) {
      definition.needSize = 'share';
      definition.percentile = pct;
    } else {
      problems.push(
        `The share ${quote(rawPct)} must be a whole number from ${PERCENTILE_MIN} to ${PERCENTILE_MAX}, so high need is as many lowest areas as priority category 1 holds.`,
      );
    }
  }
  // need=category-1 keeps a share that is set but not in use, so that the form still shows it.
  const rawNeed = lastValue(params, 'need');
  if (rawNeed !== null) {
    if (rawNeed === 'category-1') definition.needSize = 'category-1';
    else problems.push(`The high-need size ${quote(rawNeed)} must be “category-1” (or leave it out and give pct), so ${definition.needSize === 'share' ? 'the share is used' : 'as many as priority category 1 holds are used'}.`);
  }
  const rawImd = lastValue(params, 'imd');
  if (rawImd !== null) {
    if (rawImd === 'fifth' || rawImd === 'half') definition.imdCut = rawImd;
    else problems.push(`The deprivation cut ${quote(rawImd)} must be “fifth” or “half”, so “half” is used.`);
  }
  const rawCmp = lastValue(params, 'cmp');
  if (rawCmp !== null) {
    if (rawCmp === 'england' || rawCmp === 'median') definition.comparison = rawCmp;
    else problems.push(`The comparison ${quote(rawCmp)} must be “england” or “median”, so the England value is used.`);
  }

  const whatIf = parseWhatIf(params, problems);
  const compare = parseCompare(lastValue(params, 'compare'), problems, knownAreas);
  const rawEmbed = lastValue(params, 'embed');
  const embed = rawEmbed === '1';
  if (rawEmbed !== null && !embed) problems.push(`The embed setting ${quote(rawEmbed)} must be “1”, so the full page is shown.`);

  const gap = parseGap(params, problems);
  const gapChange = gap ? parseGapChange(params, problems) : undefined;

  const { view, problem } = parseView(hash);
  if (problem) problems.push(problem);

  let geo = DEFAULT_STATE.geo;
  const rawGeo = lastValue(params, 'geo');
  if (rawGeo !== null) {
    const found = geographyByParam(rawGeo);
    if (found) geo = found.id;
    else problems.push(`There is no map geography called ${quote(rawGeo)}, so the map shows ${districtGeography().plural}.`);
  }
  let subArea: SubArea | null = null;
  for (const g of subGeographies()) {
    const raw = lastValue(params, g.param);
    if (raw === null || raw === '') continue;
    const code = raw.trim().toUpperCase();
    if (!g.codePattern.test(code)) problems.push(`No ${singularWithAbbreviation(g)} has the code ${quote(raw)}, so none is selected.`);
    else if (subArea) problems.push(`The link selects two areas, ${subArea.code} and ${code}; one can be selected at a time, so ${subArea.code} is.`);
    else subArea = { geography: g.id, code };
  }
  // A chosen area is shown on its own geography, or on one inside it.
  if (subArea && !liesWithin(geo, subArea.geography)) geo = subArea.geography;

  return { state: { layer, mode, area, definition, whatIf, view, compare, embed, geo, subArea, ...(gap && { gap }), ...(gapChange && { gapChange }) }, problems };
}

function parseGap(params: URLSearchParams, problems: string[]): HleSex | undefined {
  const rawView = lastValue(params, 'view');
  // Any other view is the map or the table, read (or refused) with the mode.
  if (rawView !== 'gap') return undefined;
  const rawSex = lastValue(params, 'sex');
  if (rawSex === null || rawSex === 'male' || rawSex === 'female') return rawSex ?? 'male';
  problems.push(`The sex ${quote(rawSex)} must be “male” or “female”, so the gap view shows males.`);
  return 'male';
}

function parseGapChange(params: URLSearchParams, problems: string[]): ChangeBaseline | undefined {
  const raw = lastValue(params, 'change');
  if (raw === null || isChangeBaseline(raw)) return raw ?? undefined;
  problems.push(`The change ${quote(raw)} must be “2011-13” or “2018-20”, so the gap view shows no change map.`);
  return undefined;
}

/**
 * The one health measure of the divergence lists and the what-if tool: `health=`, or `hle=` from links made
 * before the two shared one measure (when a link gives both, `health` wins and the page says so).
 */
function parseHealth(params: URLSearchParams, problems: string[]): DivergenceDefinition['health'] {
  const fallback = DEFAULT_DEFINITION.health;
  const fallbackWords = measurePhrase(fallback);
  const rawHealth = lastValue(params, 'health');
  const rawHle = lastValue(params, 'hle');
  const raw = rawHealth ?? rawHle;
  if (raw === null) return fallback;
  if (!isHealthMeasure(raw)) {
    problems.push(`${quote(raw)} is not a health measure the analysis can use, so it uses ${fallbackWords}.`);
    return fallback;
  }
  if (rawHealth !== null && rawHle !== null && rawHle !== rawHealth) {
    problems.push(
      `The link gives two health measures (${quote(rawHle)} for the divergence lists, ${quote(rawHealth)} for the what-if tool); both now use one, ${measurePhrase(raw)}.`,
    );
  }
  return raw;
}

/** Codes separated by commas; a bad one is dropped with a notice, a repeat silently, any past the fourth with a notice. */
export function parseCompare(raw: string | null, problems: string[], knownAreas?: ReadonlySet<string>): string[] {
  if (raw === null) return [];
  const codes: string[] = [];
  for (const part of raw.split(',')) {
    if (part.trim() === '') continue;
    const code = part.trim().toUpperCase();
    if (!LAD_CODE.test(code) || (knownAreas && !knownAreas.has(code))) {
      problems.push(`No English local authority has the code ${quote(part)}, so it is left out of the comparison.`);
    } else if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length > COMPARE_MAX) {
    problems.push(`A comparison holds at most ${COMPARE_MAX} areas, so ${codes.slice(COMPARE_MAX).join(', ')} ${codes.length - COMPARE_MAX === 1 ? 'is' : 'are'} left out.`);
  }
  return codes.slice(0, COMPARE_MAX);
}

const WEIGHTS_PATTERN = /^(\d{1,3}),(\d{1,3}),(\d{1,3})$/;

/** Weights in proportion to a preset become that preset's own, so that equal choices are equal states. */
function canonical(weights: Weights): Weights {
  const preset = presetOf(weights);
  return preset ? PRESETS[preset].weights : weights;
}

function parseWhatIf(params: URLSearchParams, problems: string[]): WhatIfChoice {
  const choice: WhatIfChoice = { ...DEFAULT_WHAT_IF };
  const defaultName = PRESETS[DEFAULT_PRESET].label.toLowerCase();
  const rawWeights = lastValue(params, 'weights');
  const rawPreset = lastValue(params, 'preset');
  if (rawWeights !== null) {
    const match = WEIGHTS_PATTERN.exec(rawWeights);
    const weights = match && { health: Number(match[1]), deprivation: Number(match[2]), category: Number(match[3]) };
    if (weights && isValidWeights(weights) && Object.values(weights).every((w) => w <= 100)) choice.weights = canonical(weights);
    else problems.push(`The weights ${quote(rawWeights)} must be three whole numbers from 0 to 100 (health, deprivation, category), not all zero, so ${defaultName} are used.`);
    if (rawPreset !== null) problems.push(`The link gives both weights and a preset (${quote(rawPreset)}); the preset is ignored.`);
  } else if (rawPreset !== null) {
    if (isPresetId(rawPreset)) choice.weights = PRESETS[rawPreset].weights;
    else problems.push(`There is no preset called ${quote(rawPreset)}, so ${defaultName} are used.`);
  }
  return choice;
}

function round(value: number, places: number): string {
  return String(Number(value.toFixed(places)));
}

export function serialiseView(view: View | null): string {
  if (!view) return '';
  return `#${round(view.zoom, 2)}/${round(view.lat, 4)}/${round(view.lng, 4)}`;
}

/** Defaults are left out so that links stay short and stable. */
export function serialiseUrl(state: UrlState): { search: string; hash: string } {
  const params = new URLSearchParams();
  if (state.layer !== DEFAULT_STATE.layer) {
    const name = isAnalysisLayer(state.layer) ? { layer: state.layer, period: null } : linkNameOf(state.layer);
    params.set('layer', name.layer);
    if (name.period !== null) params.set('period', name.period);
  }
  if (state.mode !== DEFAULT_STATE.mode && !state.gap) params.set('view', state.mode);
  if (state.area) params.set('area', state.area);
  const def = state.definition;
  if (def.health !== DEFAULT_DEFINITION.health) params.set('health', def.health);
  if (def.needSize === 'share' || def.percentile !== DEFAULT_DEFINITION.percentile) params.set('pct', String(def.percentile));
  if (def.needSize === 'category-1' && def.percentile !== DEFAULT_DEFINITION.percentile) params.set('need', 'category-1');
  if (def.imdCut !== DEFAULT_DEFINITION.imdCut) params.set('imd', def.imdCut);
  if (def.comparison !== DEFAULT_DEFINITION.comparison) params.set('cmp', def.comparison);
  const preset = presetOf(state.whatIf.weights);
  const { health, deprivation, category } = state.whatIf.weights;
  if (!preset) params.set('weights', `${health},${deprivation},${category}`);
  else if (preset !== DEFAULT_PRESET) params.set('preset', preset);
  if (state.gap) params.set('view', 'gap');
  if (state.gap === 'female') params.set('sex', 'female');
  if (state.gap && state.gapChange) params.set('change', state.gapChange);
  if (state.geo !== DEFAULT_STATE.geo) params.set('geo', GEOGRAPHIES[state.geo].param);
  if (state.subArea) params.set(GEOGRAPHIES[state.subArea.geography].param, state.subArea.code);
  // Codes are letters and digits, and commas need no escaping in a query: the comparison stays readable.
  const compare = state.compare.length > 0 ? `compare=${state.compare.join(',')}` : '';
  const query = [params.toString(), compare, state.embed ? 'embed=1' : ''].filter((part) => part !== '').join('&');
  return { search: query ? `?${query}` : '', hash: serialiseView(state.view) };
}

/** Whether going from one state to the other deserves its own history entry (back button). */
export function needsHistoryEntry(from: UrlState, to: UrlState): boolean {
  return (
    from.layer !== to.layer ||
    from.mode !== to.mode ||
    from.area !== to.area ||
    from.definition.health !== to.definition.health ||
    from.definition.needSize !== to.definition.needSize ||
    from.definition.percentile !== to.definition.percentile ||
    from.definition.imdCut !== to.definition.imdCut ||
    from.definition.comparison !== to.definition.comparison ||
    from.whatIf.weights.health !== to.whatIf.weights.health ||
    from.whatIf.weights.deprivation !== to.whatIf.weights.deprivation ||
    from.whatIf.weights.category !== to.whatIf.weights.category ||
    from.gap !== to.gap ||
    from.gapChange !== to.gapChange ||
    from.compare.join(',') !== to.compare.join(',') ||
    from.geo !== to.geo ||
    from.subArea?.geography !== to.subArea?.geography ||
    from.subArea?.code !== to.subArea?.code
  );
}
