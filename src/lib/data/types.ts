// The contract between the data pipeline (scripts/) and the app: the shape of static/data/areas.json. The
// shapes are the schema's (schema.ts), which the pipeline writes the file with and the app reads it with;
// these are their names.
import type * as v from 'valibot';
import type { AreaSchema, AreasFileSchema, BidSchema, BoundsSchema, CoverageLineSchema, EstimateValidationSchema } from './schema';

export interface NamedCode {
  code: string;
  name: string;
}

export type Bounds = v.InferOutput<typeof BoundsSchema>;

export type AreaRecord = v.InferOutput<typeof AreaSchema>;

export type CoverageLine = v.InferOutput<typeof CoverageLineSchema>;

export type EstimateValidation = v.InferOutput<typeof EstimateValidationSchema>;

export type Bid = v.InferOutput<typeof BidSchema>;

export type BidLeadKind = Bid['leadKind'];

export const SCHEMA_VERSION = 2;

export type AreasFile = v.InferOutput<typeof AreasFileSchema>;
