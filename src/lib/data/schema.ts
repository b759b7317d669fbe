// One schema of areas.json, used by the data pipeline (to refuse writing a bad file) and by the app (to
// read a file field by field, so that one damaged figure costs that figure and nothing else). The types of
// the file (types.ts, figureShape.ts) are inferred from it, so that a field is written once.
import * as v from 'valibot';
import { LAD_CODE, REGION_CODE, UTLA_CODE } from './codes.ts';
import { SCHEMA_VERSION } from './types.ts';

const finite = v.pipe(v.number(), v.finite());
const text = v.pipe(v.string(), v.minLength(1));

/**
 * Why a figure is what it is, in words the app can show. official: published for this very district.
 * estimate: ours, computed from smaller areas of the same release (e.g. the mean of MSOA values). county: the
 * upper-tier (county) area's figure, the source publishing none for the district. successor: the figure of the
 * authority that replaced the district (Northamptonshire, April 2021). derived: derived by us from published
 * figures for the same area (e.g. Buckinghamshire's IMD from the county). missing-at-source: the source has no
 * value for this area. damaged: the data file's value was unusable when the app loaded it.
 */
export const FIGURE_STATUSES = ['official', 'estimate', 'county', 'successor', 'derived', 'missing-at-source', 'damaged'] as const;
const WITHOUT_VALUE: ReadonlySet<(typeof FIGURE_STATUSES)[number]> = new Set(['missing-at-source', 'damaged']);

export const FigureSchema = v.pipe(
  v.object({
    /** Null exactly when status is missing-at-source or damaged. */
    value: v.nullable(finite),
    /** 95% confidence interval, where the publisher gives one; for an `estimate`, ours (docs/DATA.md). */
    lci: v.optional(finite),
    uci: v.optional(finite),
    status: v.picklist(FIGURE_STATUSES),
    /** GSS code of the area the figure was measured for, when it is not the district itself. */
    measuredFor: v.optional(text),
    /** A rank the publisher's own rule gives (1 = the end the catalogue names), where recomputing it from values would differ. */
    rank: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** Free words that belong to this one figure (e.g. the places a fund went to). */
    detail: v.optional(v.string()),
  }),
  v.check((figure) => (figure.value === null) === WITHOUT_VALUE.has(figure.status), 'a value must be given exactly when the status says there is one'),
  v.check((figure) => (figure.lci === undefined) === (figure.uci === undefined), 'an interval needs both ends'),
  v.check(
    (figure) => figure.lci === undefined || figure.uci === undefined || figure.value === null || (figure.lci <= figure.value && figure.value <= figure.uci),
    'the value must lie inside its interval',
  ),
);

export const EnglandSchema = v.nullable(v.object({ value: finite, lci: v.optional(finite), uci: v.optional(finite) }));

/** [west, south, east, north] in degrees (WGS 84). */
export const BoundsSchema = v.pipe(
  v.tuple([finite, finite, finite, finite]),
  v.check(([west, south, east, north]) => west < east && south < north, 'a box needs west < east and south < north'),
);

export const AreaCodeSchema = v.pipe(v.string(), v.regex(LAD_CODE));

/** A district: who it is and where. Its figures live per indicator in the file's indicators. */
export const AreaSchema = v.object({
  /** LAD 2020 GSS code (the Levelling Up Fund round 1 geography). */
  code: AreaCodeSchema,
  name: text,
  region: v.object({ code: v.pipe(v.string(), v.regex(REGION_CODE)), name: text }),
  /** Upper-tier authority in 2020 (the district itself for unitary, metropolitan and London districts). */
  utla: v.object({ code: v.pipe(v.string(), v.regex(UTLA_CODE)), name: text }),
  /** The box around the area's simplified boundary: what the map frames when the area is chosen; null if unknown. */
  bounds: v.nullable(BoundsSchema),
});

export const IndicatorFiguresSchema = v.object({
  /** The catalogue id. */
  id: text,
  /** England's own published value, where there is one. */
  england: EnglandSchema,
  /** By district code; every one of the 314 districts has an entry (missing-at-source where the source has none). */
  byArea: v.record(v.string(), FigureSchema),
});

export const EstimateValidationSchema = v.object({
  /** Number of area × sex pairs where both an official value and an MSOA estimate exist. */
  pairs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Mean of (estimate − official), years. */
  meanError: finite,
  meanAbsoluteError: finite,
  /** Largest |estimate − official|, years, and where. */
  largestAbsoluteError: finite,
  largestAt: v.string(),
  /** 95th percentile of |estimate − official|. */
  p95AbsoluteError: v.pipe(finite, v.minValue(0)),
  /** Standard deviation of (estimate − official): the method's error in each estimate's interval. */
  sdError: v.pipe(finite, v.minValue(0)),
});

export const CoverageLineSchema = v.object({
  indicator: text,
  withValue: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** e.g. { official: 124, estimate: 190 } */
  breakdown: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const PlacesSchema = v.record(v.string(), text);

/** One successful Levelling Up Fund bid, as published, with the districts its lead's area covers. */
export const BidSchema = v.object({
  /** Stable within a release: round and row in the published list, e.g. "luf2-017". */
  id: text,
  name: text,
  round: v.picklist([1, 2]),
  amountGbp: v.pipe(finite, v.minValue(0)),
  /** The lead applicant as published. */
  lead: text,
  leadKind: v.picklist(['district', 'county', 'combined-authority', 'gla', 'outside-england', 'other']),
  /** GSS code of the lead authority, where it has one. */
  leadCode: v.nullable(text),
  /** 2020 district codes the lead's area covers (a district lead: itself); never a split of the money. */
  covers: v.array(v.pipe(v.string(), v.regex(LAD_CODE))),
  /**
   * Districts the source names as the project's place (a wider body's bid only; empty when it names none).
   * May reach outside `covers`: Derbyshire's bid names Derby.
   */
  named: v.array(v.pipe(v.string(), v.regex(LAD_CODE))),
});

/** The whole file, strictly: what the pipeline must write. */
export const AreasFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  areas: v.array(AreaSchema),
  /** By catalogue id. */
  indicators: v.record(v.string(), IndicatorFiguresSchema),
  /** Names of the areas figures were measured for (counties, successors, codes of earlier vintages). */
  places: PlacesSchema,
  /** Every successful Levelling Up Fund bid, rounds 1 and 2, UK-wide. */
  bids: v.array(BidSchema),
  coverage: v.array(CoverageLineSchema),
  estimateValidation: EstimateValidationSchema,
  /** Raw files read, relative to the raw-data folder, with their sha256. */
  inputs: v.array(v.object({ path: text, sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) })),
});

/** "indicators.hle-male.byArea.E06000001.value: Invalid type…": where each problem is, in one line each. */
export function issueLines(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`);
}

/** A box [west, south, east, north] with west < east and south < north. */
export function isBounds(value: unknown): value is [number, number, number, number] {
  return v.is(BoundsSchema, value);
}
