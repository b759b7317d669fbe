// What each indicator is, where it comes from, how to read it and how to draw it. The metadata is data: one file
// per measure in ./measures/ (a measure, its releases and periods), with the ONS Explore Local Statistics
// metadata it names, checked against the one schema (measureSchema.ts) and merged by catalogueFrom.ts
// (catalogueEntries.ts; at build time for the app). Shared by the app and the data pipeline (which writes it to
// static/data/indicators.json). Every surface that shows indicators (layers, legend, table, hover text, area
// panel, CSV files, the PNG's source line, the Sources list) iterates over INDICATORS; adding a measure is
// adding its file and a reader in scripts/pipeline.
import type { FigureStatus } from '../data/figureShape';
import { CATALOGUE_ENTRIES } from './catalogueEntries';
import type { IndicatorDefinition } from './measureSchema';

export { PALETTES, type PaletteName } from './palettes';
export type { IndicatorDefinition, IndicatorDirection, MeasurePeriod, ScaleSpec, SourceLink, ValueFormat } from './measureSchema';

/** Short flags, for the table's note column and the hover text; the area's own figure has none. */
export const STATUS_FLAGS: Readonly<Record<FigureStatus, string>> = {
  official: '',
  estimate: 'Estimate',
  county: 'County figure',
  successor: "Successor authority's figure",
  derived: 'Derived',
  'missing-at-source': 'No figure published',
  damaged: 'Damaged in the data file',
};

/** Default plain words per status; an indicator's own statusNotes override them. */
export const STATUS_NOTES: Readonly<Record<FigureStatus, string>> = {
  official: '',
  estimate: 'Estimate: no figure was published for {area}; this is our estimate from smaller areas.',
  county: "County figure: this is {measuredFor}'s value, not {area}'s own.",
  successor: "Successor authority's figure: {area} was abolished in April 2021; this is {measuredFor}'s value.",
  derived: 'Derived: calculated by us from published figures for the same area.',
  'missing-at-source': 'The publisher gives no figure for this area for this period.',
  damaged: 'Missing (damaged file): this figure could not be read from the data file.',
};

/** An indicator's id. The ids live in the measure files, so the type cannot list them: isIndicatorId checks one. */
export type IndicatorId = string;
/** A catalogue entry. */
export type Indicator = IndicatorDefinition;
export const INDICATORS: readonly Indicator[] = CATALOGUE_ENTRIES;

const BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((entry) => [entry.id, entry]));

export function isIndicatorId(value: string): value is IndicatorId {
  return BY_ID.has(value);
}

export function indicator(id: IndicatorId): Indicator {
  const entry = BY_ID.get(id);
  // Ids come from the catalogue or are checked with isIndicatorId first; a miss is a programming error.
  if (!entry) throw new Error(`no indicator ${id} in the catalogue`);
  return entry;
}

/** The measures the divergence definition and the what-if tool may use for health. */
export const HEALTH_MEASURES: readonly IndicatorId[] = INDICATORS.filter((entry) => entry.healthMeasure).map((entry) => entry.id);

export function isHealthMeasure(value: string): value is IndicatorId {
  return (HEALTH_MEASURES as readonly string[]).includes(value);
}
