import type { Figure, IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import { ENGLAND_CODE, LAD_CODE } from '../../src/lib/data/codes.ts';
import { failAt, nullableNumberCell, textCell, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { figuresForBase, MISSING_AT_SOURCE } from './figureAdapters.ts';
import { harmonise, provenance, type Geography } from './harmonise.ts';
import { roundTo } from './stats.ts';
import { RECODED_2024 } from './successors.ts';

// Context layers from ONS Explore Local Statistics tidy files (context/SOURCE.md). Codes are mostly the 2023
// district set: a 2020 district replaced in 2021 or 2023 shows the value of the district that replaced it,
// labelled as the successor's, and every other gap must be one the source documents.

export const CONTEXT_COLUMNS = ['areacd', 'indicator', 'period', 'observation', 'lci_95', 'uci_95', 'status', 'notes'] as const;

/** Areas the source publishes together in place of two districts (context/SOURCE.md, trap 2). */
export const COMBINED_AREAS: Readonly<Record<string, { name: string; districts: readonly string[]; detail: string }>> = {
  E67000001: { name: 'City of London and Hackney', districts: ['E09000001', 'E09000012'], detail: 'Published for the City of London and Hackney combined' },
  E67000002: { name: 'Isles of Scilly and Cornwall', districts: ['E06000053', 'E06000052'], detail: 'Published for the Isles of Scilly and Cornwall combined' },
};

/** ELS marks a value it withholds with an empty observation and a status such as x (not available) or u (unreliable). */
const NO_VALUE = [''] as const;

const UNRELIABLE_NOTE = 'Estimate and confidence interval unreliable';

export interface ContextValue {
  value: number | null;
  lci?: number;
  uci?: number;
  /** The source's own warning, kept with the figure. */
  detail?: string;
}

export interface ContextMeasure {
  id: string;
  /** The `indicator` column's text. */
  indicator: string;
  /** The `period` column's text of the period shown: the latest the file has. */
  period: string;
  /** Decimals kept: the file carries float noise (22.900000000000002) or unrounded rates. */
  decimals: number;
  /** Districts the file has no row for, as its SOURCE.md documents: they stay without a figure. */
  absentAtSource?: readonly string[];
}

export const CVD_MORTALITY: ContextMeasure = {
  id: 'cvd-mortality-u75-2022-24',
  indicator: 'Preventable cardiovascular mortality (England)',
  period: '2022-01-01/P3Y',
  decimals: 2,
};

export const ECONOMIC_INACTIVITY: ContextMeasure = {
  id: 'economic-inactivity-2023',
  indicator: 'Economically inactive',
  period: '2023-01-01/P1Y',
  decimals: 1,
};

export const CIGARETTE_SMOKERS: ContextMeasure = {
  id: 'cigarette-smokers-2020-24',
  indicator: 'Cigarette smokers',
  period: '2020-01-01/P5Y',
  decimals: 1,
  // The Isles of Scilly: no row in any period; Cornwall's own figure must not stand in for it.
  absentAtSource: ['E06000053'],
};

const periodStart = (period: string): string => period.slice(0, 10);

/**
 * The measure's values in its period, by district code (2024 codes taken back), England and the combined areas.
 * Stops if the file has a later period than the one shown, so a new release is taken in on purpose.
 */
export function parseContext(table: Table, measure: ContextMeasure): Map<string, ContextValue> {
  const out = new Map<string, ContextValue>();
  for (const row of table.rows) {
    if (textCell(row, 'indicator') !== measure.indicator) continue;
    const period = textCell(row, 'period');
    if (period !== measure.period) {
      if (periodStart(period) > periodStart(measure.period)) {
        failAt(row, 'period', `${period} is later than the period shown (${measure.period}): update ${measure.id} in context.ts and its catalogue entry`);
      }
      continue;
    }
    const published = textCell(row, 'areacd');
    if (!LAD_CODE.test(published) && published !== ENGLAND_CODE && COMBINED_AREAS[published] === undefined) continue;
    const code = RECODED_2024[published] ?? published;
    if (out.has(code)) failAt(row, 'areacd', `duplicate value for ${code} in ${period}`);
    const cell = (column: string): number | null => {
      const v = nullableNumberCell(row, column, NO_VALUE);
      return v === null ? null : roundTo(v, measure.decimals);
    };
    const value = cell('observation');
    const entry: ContextValue = { value };
    if (value !== null) {
      const lci = cell('lci_95');
      const uci = cell('uci_95');
      if (lci !== null && uci !== null) {
        if (!(lci <= value && value <= uci)) failAt(row, 'observation', `${value} lies outside its interval ${lci}–${uci}`);
        entry.lci = lci;
        entry.uci = uci;
      }
      if (textCell(row, 'notes').startsWith(UNRELIABLE_NOTE)) entry.detail = 'Unreliable: small survey sample (ONS)';
    } else if (textCell(row, 'status').trim() === '') {
      failAt(row, 'status', 'an empty observation needs a status saying why');
    }
    out.set(code, entry);
  }
  return out;
}

const toFigure = (v: ContextValue, rest: Pick<Figure, 'status' | 'measuredFor' | 'detail'>): Figure => {
  if (v.value === null) return MISSING_AT_SOURCE;
  const figure: Figure = { value: v.value, status: rest.status };
  if (v.lci !== undefined && v.uci !== undefined) {
    figure.lci = v.lci;
    figure.uci = v.uci;
  }
  if (rest.measuredFor !== undefined) figure.measuredFor = rest.measuredFor;
  const detail = [v.detail, rest.detail].filter((d) => d !== undefined).join('; ');
  if (detail !== '') figure.detail = detail;
  return figure;
};

/** Every 2020 district's figure by the one harmonising rule (harmonise.ts): own, successor's, the pair's. */
export function contextFigures(
  measure: ContextMeasure,
  values: ReadonlyMap<string, ContextValue>,
  baseCodes: readonly string[],
  successors: ReadonlyMap<string, string>,
  file: string,
): IndicatorFigures {
  const england = values.get(ENGLAND_CODE);
  if (england === undefined || england.value === null) {
    throw new PipelineError({ file, column: 'areacd' }, `no England (${ENGLAND_CODE}) value for ${measure.indicator} in ${measure.period}`);
  }
  const geography: Geography = {
    successors,
    pairs: COMBINED_AREAS,
    ...(measure.absentAtSource !== undefined && { absentAtSource: measure.absentAtSource }),
  };
  const what = `${measure.indicator} value in ${measure.period}`;
  return figuresForBase(
    measure.id,
    baseCodes,
    { value: england.value, ...(england.lci !== undefined && england.uci !== undefined ? { lci: england.lci, uci: england.uci } : {}) },
    (code) => harmonise(code, geography, (at) => values.get(at), (value, stand) => toFigure(value, { ...provenance(stand), ...(stand.detail !== undefined && { detail: stand.detail }) }), { file, column: 'areacd', what }),
  );
}
