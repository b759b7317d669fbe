// The contract between the data pipeline (scripts/) and the app: the shape of static/data/areas.json.
// The pipeline writes it and checks it with the same schema (schema.ts) the app reads it with.
import type { IndicatorFigures } from './figures';

export interface NamedCode {
  code: string;
  name: string;
}

/** [west, south, east, north] in degrees (WGS 84). */
export type Bounds = [number, number, number, number];

/** A district: who it is and where. Its figures live per indicator in AreasFile.indicators. */
export interface AreaRecord {
  /** LAD 2020 GSS code (the Levelling Up Fund round 1 geography). */
  code: string;
  name: string;
  region: NamedCode;
  /** Upper-tier authority in 2020 (the district itself for unitary, metropolitan and London districts). */
  utla: NamedCode;
  /** The box around the area's simplified boundary: what the map frames when the area is chosen; null if unknown. */
  bounds: Bounds | null;
}

export interface CoverageLine {
  indicator: string;
  withValue: number;
  total: number;
  /** e.g. { official: 124, estimate: 190 } */
  breakdown: Record<string, number>;
}

export interface EstimateValidation {
  /** Number of area × sex pairs where both an official value and an MSOA estimate exist. */
  pairs: number;
  /** Mean of (estimate − official), years. */
  meanError: number;
  meanAbsoluteError: number;
  /** Largest |estimate − official|, years, and where. */
  largestAbsoluteError: number;
  largestAt: string;
  /** 95th percentile of |estimate − official|. */
  p95AbsoluteError: number;
  /** Standard deviation of (estimate − official): the method's error in each estimate's interval. */
  sdError: number;
}

export type BidLeadKind = 'district' | 'county' | 'combined-authority' | 'gla' | 'outside-england' | 'other';

/** One successful Levelling Up Fund bid, as published, with the districts its lead's area covers. */
export interface Bid {
  /** Stable within a release: round and row in the published list, e.g. "luf2-017". */
  id: string;
  name: string;
  round: 1 | 2;
  amountGbp: number;
  /** The lead applicant as published. */
  lead: string;
  leadKind: BidLeadKind;
  /** GSS code of the lead authority, where it has one. */
  leadCode: string | null;
  /** 2020 district codes the lead's area covers (a district lead: itself); never a split of the money. */
  covers: string[];
  /**
   * Districts the source names as the project's place (a wider body's bid only; empty when it names none).
   * May reach outside `covers`: Derbyshire's bid names Derby.
   */
  named: string[];
}

export const SCHEMA_VERSION = 2;

export interface AreasFile {
  schemaVersion: typeof SCHEMA_VERSION;
  areas: AreaRecord[];
  /** By catalogue id. */
  indicators: Record<string, IndicatorFigures>;
  /** Names of the areas figures were measured for (counties, successors, codes of earlier vintages). */
  places: Record<string, string>;
  /** Every successful Levelling Up Fund bid, rounds 1 and 2, UK-wide. */
  bids: Bid[];
  coverage: CoverageLine[];
  estimateValidation: EstimateValidation;
  /** Raw files read, relative to the raw-data folder, with their sha256. */
  inputs: { path: string; sha256: string }[];
}
