// The schemas of the files areas.json is split into (src/lib/indicators/split.ts): the same figure and area
// schemas as the whole file, so the pipeline checks what it writes and the app what it reads with one schema.
import * as v from 'valibot';
import { AreaSchema, BidSchema, CoverageLineSchema, EstimateValidationSchema, IndicatorFiguresSchema, PlacesSchema } from './schema';
import { SCHEMA_VERSION } from './types';

const text = v.pipe(v.string(), v.minLength(1));

/** static/data/areas.json: the areas, the places and bids, and the figures the first view reads. */
export const FirstViewFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  areas: v.array(AreaSchema),
  indicators: v.record(v.string(), IndicatorFiguresSchema),
  places: PlacesSchema,
  bids: v.array(BidSchema),
  estimateValidation: EstimateValidationSchema,
});

/** static/data/measures/<measure id>.json: every period of one measure that the first view does not read. */
export const MeasureFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  measure: text,
  indicators: v.record(v.string(), IndicatorFiguresSchema),
});

/** static/data/build.json: what the build read and how complete each figure is; no view reads it. */
export const BuildFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  coverage: v.array(CoverageLineSchema),
  inputs: v.array(v.object({ path: text, sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) })),
});
