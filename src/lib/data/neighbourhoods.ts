// The figures file of a geography below the districts (its entry's `figuresFile`, the neighbourhoods' written by
// scripts/pipeline/neighbourhoods.ts), read by the page only when its areas are shown or a district's panel
// describes them. Column-wise, so that 6,791 neighbourhoods cost one array per field rather than one object each.
import { districtGeography, type Geography, type GeographyId } from './geographies';

export const NEIGHBOURHOOD_SCHEMA_VERSION = 1;

export interface NeighbourhoodMeasure {
  id: NeighbourhoodMeasureId;
  /** As a sentence reads it: "healthy life expectancy (males, 2009–13)". */
  label: string;
  /** The source table's column prefix: `hle` for hle_years, hle_lci95, hle_uci95. */
  column: 'hle' | 'le';
  sex: 'male' | 'female';
  /** The district map's layers (catalogue ids) that show this measure or one made from it: the map's counterpart. */
  districtLayers: readonly string[];
}

export type NeighbourhoodMeasureId = 'hle-male' | 'hle-female' | 'le-male' | 'le-female';

export const NEIGHBOURHOOD_MEASURES: readonly NeighbourhoodMeasure[] = [
  { id: 'hle-male', label: 'healthy life expectancy (males, 2009–13)', column: 'hle', sex: 'male', districtLayers: ['hle-male', 'hle-male-msoa-gap'] },
  { id: 'hle-female', label: 'healthy life expectancy (females, 2009–13)', column: 'hle', sex: 'female', districtLayers: ['hle-female', 'hle-female-msoa-gap'] },
  { id: 'le-male', label: 'life expectancy (males, 2009–13)', column: 'le', sex: 'male', districtLayers: [] },
  { id: 'le-female', label: 'life expectancy (females, 2009–13)', column: 'le', sex: 'female', districtLayers: [] },
];

/** The neighbourhood measure that is the district layer's counterpart, or null where it has none. */
export function neighbourhoodCounterpart(layer: string): NeighbourhoodMeasureId | null {
  return NEIGHBOURHOOD_MEASURES.find((m) => m.districtLayers.includes(layer))?.id ?? null;
}

export const DEFAULT_NEIGHBOURHOOD_MEASURE: NeighbourhoodMeasureId = 'hle-male';

export function neighbourhoodMeasure(id: NeighbourhoodMeasureId): NeighbourhoodMeasure {
  const found = NEIGHBOURHOOD_MEASURES.find((m) => m.id === id);
  if (!found) throw new Error(`no neighbourhood measure ${id}`);
  return found;
}

export function isNeighbourhoodMeasureId(value: string): value is NeighbourhoodMeasureId {
  return NEIGHBOURHOOD_MEASURES.some((m) => m.id === value);
}

/** One measure for every neighbourhood, index for index with the file's `codes`; null where ONS gave none. */
export interface NeighbourhoodColumns {
  value: (number | null)[];
  lci: (number | null)[];
  uci: (number | null)[];
  /** 1 = the lowest (shortest life, or life in good health) of the district's neighbourhoods with a value. */
  rankInDistrict: (number | null)[];
  /** 1 = the lowest in England. */
  rankInEngland: (number | null)[];
  /** Neighbourhoods with a value: what the England ranks are out of. */
  ranked: number;
}

export interface NeighbourhoodFile {
  schemaVersion: number;
  /** The geography whose areas these are (its id in the list): a file for another is refused. */
  geography: GeographyId;
  codes: string[];
  /** ONS's names, "Hartlepool 007": the district of 2011 and a number. */
  names: string[];
  /** The 2020 district each lies in. */
  districts: string[];
  /** Mid-2019 residents. */
  population: number[];
  measures: Record<NeighbourhoodMeasureId, NeighbourhoodColumns>;
  /** The publisher's line for the figures and the boundaries. */
  source: string;
}

const isNumberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Checks the file's shape; throws an Error naming the first thing wrong. */
export function readNeighbourhoodFile(json: unknown, geography: Geography): NeighbourhoodFile {
  if (typeof json !== 'object' || json === null) throw new Error('it is not a JSON object');
  const file = json as Partial<NeighbourhoodFile>;
  if (file.schemaVersion !== NEIGHBOURHOOD_SCHEMA_VERSION) throw new Error(`its schema version is ${String(file.schemaVersion)}, not ${NEIGHBOURHOOD_SCHEMA_VERSION}`);
  if (file.geography !== geography.id) throw new Error(`it holds the figures of ${String(file.geography)}, not ${geography.id}`);
  const { codes, names, districts, population, measures } = file;
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string' && geography.codePattern.test(c))) throw new Error(`its codes are not ${geography.abbreviation ?? geography.singular} codes`);
  const n = codes.length;
  const sameLength = (a: unknown): a is unknown[] => Array.isArray(a) && a.length === n;
  if (!sameLength(names) || !names.every((s) => typeof s === 'string')) throw new Error('its names do not match its codes');
  if (!sameLength(districts) || !districts.every((s) => typeof s === 'string' && districtGeography().codePattern.test(s))) throw new Error('its districts do not match its codes');
  if (!sameLength(population) || !population.every((p) => typeof p === 'number' && p >= 0)) throw new Error('its populations do not match its codes');
  if (typeof measures !== 'object' || measures === null) throw new Error('it has no measures');
  for (const { id } of NEIGHBOURHOOD_MEASURES) {
    const m = (measures as Partial<Record<string, Partial<NeighbourhoodColumns>>>)[id];
    if (!m) throw new Error(`it has no ${id}`);
    for (const key of ['value', 'lci', 'uci', 'rankInDistrict', 'rankInEngland'] as const) {
      const column: unknown = m[key];
      if (!sameLength(column) || !column.every(isNumberOrNull)) throw new Error(`its ${id} ${key} does not match its codes`);
    }
    if (typeof m.ranked !== 'number') throw new Error(`its ${id} has no count`);
  }
  return file as NeighbourhoodFile;
}
