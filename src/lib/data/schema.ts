// One schema of areas.json, used by the data pipeline (to refuse writing a bad file) and by the app (to
// read a file field by field, so that one damaged figure costs that figure and nothing else).
import * as v from 'valibot';
import { LAD_CODE, REGION_CODE, UTLA_CODE } from './codes';
import type { FigureStatus } from './figures';
import { SCHEMA_VERSION } from './types';

const finite = v.pipe(v.number(), v.finite());
const text = v.pipe(v.string(), v.minLength(1));

export const FIGURE_STATUSES = ['official', 'estimate', 'county', 'successor', 'derived', 'missing-at-source', 'damaged'] as const satisfies readonly FigureStatus[];
const WITHOUT_VALUE: ReadonlySet<FigureStatus> = new Set(['missing-at-source', 'damaged']);

export const FigureSchema = v.pipe(
  v.object({
    value: v.nullable(finite),
    lci: v.optional(finite),
    uci: v.optional(finite),
    status: v.picklist(FIGURE_STATUSES),
    measuredFor: v.optional(text),
    rank: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
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

export const BoundsSchema = v.pipe(
  v.tuple([finite, finite, finite, finite]),
  v.check(([west, south, east, north]) => west < east && south < north, 'a box needs west < east and south < north'),
);

export const AreaCodeSchema = v.pipe(v.string(), v.regex(LAD_CODE));

export const AreaSchema = v.object({
  code: AreaCodeSchema,
  name: text,
  region: v.object({ code: v.pipe(v.string(), v.regex(REGION_CODE)), name: text }),
  utla: v.object({ code: v.pipe(v.string(), v.regex(UTLA_CODE)), name: text }),
  bounds: v.nullable(BoundsSchema),
});

export const IndicatorFiguresSchema = v.object({
  id: text,
  england: EnglandSchema,
  byArea: v.record(v.string(), FigureSchema),
});

export const EstimateValidationSchema = v.object({
  pairs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  meanError: finite,
  meanAbsoluteError: finite,
  largestAbsoluteError: finite,
  largestAt: v.string(),
  p95AbsoluteError: v.pipe(finite, v.minValue(0)),
  sdError: v.pipe(finite, v.minValue(0)),
});

export const CoverageLineSchema = v.object({
  indicator: text,
  withValue: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  breakdown: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const PlacesSchema = v.record(v.string(), text);

export const BidSchema = v.object({
  id: text,
  name: text,
  round: v.picklist([1, 2]),
  amountGbp: v.pipe(finite, v.minValue(0)),
  lead: text,
  leadKind: v.picklist(['district', 'county', 'combined-authority', 'gla', 'outside-england', 'other']),
  leadCode: v.nullable(text),
  covers: v.array(v.pipe(v.string(), v.regex(LAD_CODE))),
  named: v.array(v.pipe(v.string(), v.regex(LAD_CODE))),
});

/** The whole file, strictly: what the pipeline must write. */
export const AreasFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  areas: v.array(AreaSchema),
  indicators: v.record(v.string(), IndicatorFiguresSchema),
  places: PlacesSchema,
  bids: v.array(BidSchema),
  coverage: v.array(CoverageLineSchema),
  estimateValidation: EstimateValidationSchema,
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
