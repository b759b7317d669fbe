// Build step 1, read and validate: the 2020 districts every other source is joined to.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { baseAreas, LAD_LOOKUP_COLUMNS, lookupVintage, type BaseArea, type LookupEntry } from './base.ts';
import { parseTable, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { RAW_FILES } from './files.ts';
import { englishLadFeatures, type LadProperties } from './geometry.ts';
import { countByCategory, LUF_COLUMNS, lufCategories } from './luf.ts';
import { MSOA_LOOKUP_COLUMNS, msoaLookup, type MsoaEntry } from './msoa.ts';
import type { RawSource } from './source.ts';
import type { LufCategory } from './sourceTypes.ts';

export type Log = (line: string) => void;

/** England's districts in the 2020 code set, which the Levelling Up Fund round 1 list uses. */
export const EXPECTED_DISTRICTS = 314;

export function read(source: RawSource, file: string, columns: readonly string[]): Table {
  return parseTable(source.readText(file), file, columns);
}

export interface Districts {
  /** The district → upper tier → region lookup, every vintage. */
  ladLookup: Table;
  lookup2020: Map<string, LookupEntry>;
  base: BaseArea[];
  codes: string[];
  baseCodes: Set<string>;
  features: FeatureCollection<Polygon | MultiPolygon, LadProperties>;
  luf: Map<string, LufCategory>;
  msoas: Map<string, MsoaEntry>;
}

/** The districts, their boundaries and LUF categories, which must agree one to one, and the MSOAs in them. */
export function readDistricts(source: RawSource, log: Log): Districts {
  const ladLookup = read(source, RAW_FILES.ladLookup, LAD_LOOKUP_COLUMNS);
  const lookup2020 = lookupVintage(ladLookup, '2020');
  const base = baseAreas(lookup2020);
  const baseCodes = new Set(base.map((a) => a.code));
  if (base.length !== EXPECTED_DISTRICTS) {
    throw new PipelineError({ file: RAW_FILES.ladLookup, column: 'vintage' }, `vintage 2020 has ${base.length} districts, expected ${EXPECTED_DISTRICTS}`);
  }
  const features = englishLadFeatures(source.readText(RAW_FILES.ladBoundaries), RAW_FILES.ladBoundaries, baseCodes);
  const luf = lufCategories(read(source, RAW_FILES.luf, LUF_COLUMNS), baseCodes);
  log(`Base: ${base.length} districts (lookup vintage 2020) = boundary features = LUF England rows`);
  const lufCounts = countByCategory(luf);
  log(`LUF priority categories: 1: ${lufCounts[1]}, 2: ${lufCounts[2]}, 3: ${lufCounts[3]}`);
  const msoas = msoaLookup(read(source, RAW_FILES.msoaLookup, MSOA_LOOKUP_COLUMNS), baseCodes);
  return { ladLookup, lookup2020, base, codes: base.map((area) => area.code), baseCodes, features, luf, msoas };
}
