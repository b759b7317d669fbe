// The contract between the data pipeline (scripts/) and the app: the shape of static/data/areas.json.
// The pipeline writes it, the app validates it on load (see load.ts). Change both sides together.

import type { IndicatorFigures } from './figures.ts';

export type LufCategory = 1 | 2 | 3;
export type Sex = 'male' | 'female';

/** How a healthy life expectancy value was obtained. */
export type HleMethod =
  /** Published by ONS for this very area. */
  | 'official'
  /** Our estimate: the plain mean of the area's MSOA values from the same ONS release. */
  | 'msoa-estimate';

/** Geography the 2018–20 value was measured at. */
export type HleLevel =
  /** The district is itself an upper-tier authority: the value is the district's own. */
  | 'district'
  /** A shire district: the value is its county's. */
  | 'county'
  /** A Northamptonshire district (abolished April 2021): the value is its 2021 unitary successor's. */
  | 'successor-unitary';

export interface NamedCode {
  code: string;
  name: string;
}

export interface Hle2009Value {
  /** Years, rounded to 2 dp (ONS publishes more digits; estimates are averaged unrounded, then rounded). */
  value: number;
  /** 95% confidence interval; null where ONS published none (estimates never have one). */
  lci: number | null;
  uci: number | null;
  method: HleMethod;
  /** For estimates: how many MSOAs were averaged. */
  msoaCount: number | null;
  /** The published area the value belongs to (may carry a pre-2013 code, e.g. Gateshead E08000020). */
  source: NamedCode;
}

export interface Hle2018Value {
  value: number;
  level: HleLevel;
  /** The upper-tier area (2021 codes) whose value this is. */
  source: NamedCode;
}

export interface ImdSummary {
  /** Population-weighted average of LSOA ranks; higher = more deprived. */
  avgRank: number;
  /** Rank among the 314 districts, 1 = most deprived. */
  rankAvgRank: number;
  avgScore: number;
  rankAvgScore: number;
  /** Share (0–1) of the area's LSOAs in England's most deprived 10%. */
  propMostDeprived10: number;
  rankPropMostDeprived10: number;
  extent: number;
  rankExtent: number;
  localConcentration: number;
  rankLocalConcentration: number;
  /** The published IoD2019 rank of average rank among 317 districts (2019); null for Buckinghamshire. */
  publishedRankAvgRank317: number | null;
  /** True for Buckinghamshire (E06000060): not published for the 2020 district, derived by us. */
  derived: boolean;
}

export interface TownsFund {
  townDeals: number;
  futureHighStreets: number;
  /** Sum of grants awarded to the area's places, in pounds. */
  totalGrantGbp: number;
  places: string[];
}

/** [west, south, east, north] in degrees (WGS 84). */
export type Bounds = [number, number, number, number];

export interface AreaRecord {
  /** LAD 2020 GSS code (the Levelling Up Fund round 1 geography). */
  code: string;
  name: string;
  region: NamedCode;
  /** Upper-tier authority in 2020 (the district itself for unitary, metropolitan and London districts). */
  utla: NamedCode;
  luf: LufCategory;
  imd: ImdSummary;
  hle2009: Record<Sex, Hle2009Value | null>;
  hle2018: Record<Sex, Hle2018Value | null>;
  townsFund: TownsFund;
  /** The box around the area's simplified boundary: what the map frames when the area is chosen. */
  bounds: Bounds;
}

export interface EnglandValues {
  hle2009: Record<Sex, { value: number; lci: number; uci: number }>;
  hle2018: Record<Sex, number>;
}

export interface CoverageLine {
  indicator: string;
  withValue: number;
  total: number;
  /** e.g. { official: 124, 'msoa-estimate': 190 } */
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
  /** 95th percentile of |estimate − official|: the band within which an estimate is called borderline. */
  p95AbsoluteError: number;
}

export interface AreasFile {
  schemaVersion: 1;
  areas: AreaRecord[];
  england: EnglandValues;
  coverage: CoverageLine[];
  estimateValidation: EstimateValidation;
  /** Raw files read, relative to the raw-data folder, with their sha256. */
  inputs: { path: string; sha256: string }[];
  /** Every indicator in the one figure shape (src/lib/data/figures.ts); the new readers' output. */
  indicators?: IndicatorFigures[];
  /** Levelling Up Fund successful bids, rounds 1 and 2, UK-wide, each with the districts its lead covers. */
  bids?: Bid[];
}

/** Who led a bid: a 2020 district's own council, a county, a combined authority, the GLA, a body outside England, or another body. */
export type BidLeadKind = 'district' | 'county' | 'combined-authority' | 'gla' | 'outside-england' | 'other';

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
}
