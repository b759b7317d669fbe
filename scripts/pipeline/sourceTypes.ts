// What the existing readers make of their sources, before each becomes one IndicatorFigures
// (scripts/pipeline/figureAdapters.ts). Internal to the pipeline: the app never sees these shapes.
import type { NamedCode } from '../../src/lib/data/types.ts';

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

export interface Hle2009Value {
  /** Years, rounded to 2 dp (ONS publishes more digits; estimates are averaged unrounded, then rounded). */
  value: number;
  /** 95% interval: ONS's where published; for an estimate, ours from its MSOAs and the validation (docs/DATA.md). */
  lci: number | null;
  uci: number | null;
  method: HleMethod;
  /** For estimates: how many MSOAs were averaged. */
  msoaCount: number | null;
  /** The published area the value belongs to (may carry a pre-2013 code, e.g. Gateshead E08000020). */
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
