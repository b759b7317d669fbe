import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { Sex } from './sourceTypes.ts';
import { ENGLAND_CODE, UTLA_CODE } from '../../src/lib/data/codes.ts';
import { failAt, numberCell, textCell, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';
import { assignmentGeography, type Hle2018Assignment } from './hle2018.ts';
import { figuresForBase } from './figureAdapters.ts';
import { harmonise, provenance } from './harmonise.ts';
import { RECODED_2024 } from './successors.ts';
import type { UpperTierHle } from '../../src/lib/data/upperTierHle.ts';

// ONS healthy life expectancy at birth by sex, upper-tier, 2011–13 to 2022–24, from the February 2026
// Explore Local Statistics file: the only vintage with 2022–24, and one method (the "interim fix") for the
// whole series. The older vintages are not mixed in: the December 2024 file was revised in February 2026
// for the early periods, and the February 2024 one uses the previous method (hle/ons_els_2011_2024/SOURCE.md).

export const ELS_COLUMNS = ['areacd', 'areanm', 'indicator', 'period', 'observation', 'lci_95', 'uci_95'] as const;

const INDICATOR_SEX: Readonly<Record<string, Sex>> = {
  'Male healthy life expectancy': 'male',
  'Female healthy life expectancy': 'female',
};

/** ISO-8601 interval as ELS writes it: `2022-01-01/P3Y` (sometimes with a time) = 2022 to 2024. */
const THREE_YEARS = /^(\d{4})-01-01(T00:00:00)?\/P3Y$/;

/** ONS excludes them ("insufficient population counts"): the only upper-tier areas the file may lack. */
export const HLE_ABSENT_AT_SOURCE = ['E09000001', 'E06000053'] as const;

export interface HleValue {
  value: number;
  lci: number;
  uci: number;
}

/** First year of the period → sex → upper-tier code (2023 set, Barnsley and Sheffield recoded back) → value. */
export type HleSeries = Map<number, Record<Sex, Map<string, HleValue>>>;

export function parseHleSeries(table: Table): HleSeries {
  const series: HleSeries = new Map();
  for (const row of table.rows) {
    const published = textCell(row, 'areacd');
    if (!UTLA_CODE.test(published) && published !== ENGLAND_CODE) continue;
    const code = RECODED_2024[published] ?? published;
    const sex = INDICATOR_SEX[textCell(row, 'indicator')];
    if (sex === undefined) failAt(row, 'indicator', `not a healthy life expectancy indicator: ${JSON.stringify(textCell(row, 'indicator'))}`);
    const period = THREE_YEARS.exec(textCell(row, 'period'));
    if (period === null) failAt(row, 'period', `not a 3-year period starting 1 January: ${JSON.stringify(textCell(row, 'period'))}`);
    const start = Number(period[1]);
    const value = { value: numberCell(row, 'observation'), lci: numberCell(row, 'lci_95'), uci: numberCell(row, 'uci_95') };
    if (!(value.lci <= value.value && value.value <= value.uci)) failAt(row, 'observation', `${value.value} lies outside its interval ${value.lci}–${value.uci}`);
    let bySex = series.get(start);
    if (bySex === undefined) {
      bySex = { male: new Map(), female: new Map() };
      series.set(start, bySex);
    }
    if (bySex[sex].has(code)) failAt(row, 'areacd', `duplicate ${sex} value for ${code} in ${start}–${start + 2}`);
    bySex[sex].set(code, value);
  }
  return series;
}

export const hleSeriesId = (sex: Sex, start: number): string => `hle-${sex}-${start}-${String((start + 2) % 100).padStart(2, '0')}`;

/**
 * One indicator per sex and period, every base district present, England's value with its interval.
 * `assignments` is the 2018–20 reader's rule (hle2018Assignments) applied to the 2023 lookup.
 */
export function hleSeriesFigures(
  series: HleSeries,
  assignments: ReadonlyMap<string, Hle2018Assignment>,
  baseCodes: readonly string[],
  file: string,
): IndicatorFigures[] {
  const geography = assignmentGeography(assignments, baseCodes, file, HLE_ABSENT_AT_SOURCE);
  const out: IndicatorFigures[] = [];
  for (const [start, bySex] of [...series].sort(([a], [b]) => a - b)) {
    for (const sex of ['male', 'female'] as const) {
      const values = bySex[sex];
      const england = values.get(ENGLAND_CODE);
      if (england === undefined) throw new PipelineError({ file, column: 'areacd' }, `no England (${ENGLAND_CODE}) ${sex} value for ${start}–${start + 2}`);
      out.push(
        figuresForBase(hleSeriesId(sex, start), baseCodes, england, (code) =>
          harmonise(code, geography, (at) => values.get(at), (value, stand) => ({ ...value, ...provenance(stand) }), {
            file,
            column: 'areacd',
            what: `${sex} value in ${start}–${start + 2}`,
          }),
        ),
      );
    }
  }
  return out;
}

const periodLabel = (start: number): string => `${start}–${String((start + 2) % 100).padStart(2, '0')}`;

/**
 * The series on its own geography for the gap view: every upper-tier authority of 2023 once, named from the
 * lookup, with a null where ONS published nothing (only the two it excludes may lack a figure).
 */
export function upperTierHle(series: HleSeries, upperTiers: ReadonlyMap<string, string>, file: string): UpperTierHle {
  const periods = [...series].sort(([a], [b]) => a - b);
  const column = (code: string, sex: Sex): (HleValue | null)[] =>
    periods.map(([start, bySex]) => {
      const v = bySex[sex].get(code);
      if (v !== undefined) return { value: v.value, lci: v.lci, uci: v.uci };
      if (!(HLE_ABSENT_AT_SOURCE as readonly string[]).includes(code)) {
        throw new PipelineError({ file, column: 'areacd' }, `no ${sex} value for ${code} in ${periodLabel(start)}`);
      }
      return null;
    });
  const bySex = (code: string) => ({ male: column(code, 'male'), female: column(code, 'female') });
  const areas = [...upperTiers].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name, values: bySex(code) }));
  return { source: file, periods: periods.map(([start]) => periodLabel(start)), england: bySex(ENGLAND_CODE), areas };
}
