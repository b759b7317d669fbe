import { ENGLAND_CODE, LAD_CODE } from '../../src/lib/data/codes.ts';
import { failAt, nullableNumberCell, textCell, type Table } from './csv.ts';
import type { ContextMeasure, ContextValue } from './context.ts';
import { roundTo } from './stats.ts';
import { RECODED_2024 } from './successors.ts';

// Economic inactivity due to long-term sickness (context/SOURCE.md, "inactive-due-to-long-term-sickness.csv"):
// the ELS insights file, one row per area and calendar year, in the app's older column names. A single year of
// a district is a small-sample survey estimate with no interval, so the figure shown is the mean of three years.

export const SICKNESS_COLUMNS = ['AREACD', 'Variable Name', 'Period', 'Observation', 'Observation Status'] as const;

export const SICKNESS_YEARS = [2020, 2021, 2022] as const;

/**
 * A mean of fewer years is kept, and says which year is missing; below this many years there is no figure:
 * one year alone is exactly the noisy estimate the mean is there to avoid.
 */
export const MIN_YEARS = 2;

export const SICKNESS_INACTIVITY: ContextMeasure = {
  id: 'inactive-long-term-sick-2020-22',
  indicator: 'Proportion of economically inactive people who are economically inactive due to long term sickness',
  period: '2020–2022',
  decimals: 2,
};

/** ONS withholds a small-sample estimate: status x, observation empty. */
const SUPPRESSED = 'x';

const joinYears = (years: readonly number[]): string =>
  years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}`;

/**
 * The mean of SICKNESS_YEARS for each district (2024 codes taken back) and England. A year ONS suppressed is left
 * out of the mean and named in the figure's detail; with fewer than MIN_YEARS years left the value is null.
 * Stops on a year later than the last one averaged, so a new release is taken in on purpose.
 */
export function parseSicknessMeans(table: Table, measure: ContextMeasure = SICKNESS_INACTIVITY, years: readonly number[] = SICKNESS_YEARS): Map<string, ContextValue> {
  const last = Math.max(...years);
  const byArea = new Map<string, Map<number, number | null>>();
  for (const row of table.rows) {
    if (textCell(row, 'Variable Name') !== measure.indicator) continue;
    const period = textCell(row, 'Period');
    if (!/^\d{4}$/.test(period)) failAt(row, 'Period', `not a calendar year: ${JSON.stringify(period)}`);
    const year = Number(period);
    if (year > last) failAt(row, 'Period', `${year} is later than the years averaged (${joinYears(years)}): update ${measure.id} in sicknessInactivity.ts and its catalogue entry`);
    if (!years.includes(year)) continue;
    const published = textCell(row, 'AREACD');
    if (!LAD_CODE.test(published) && published !== ENGLAND_CODE) continue;
    const code = RECODED_2024[published] ?? published;
    const status = textCell(row, 'Observation Status').trim();
    const value = nullableNumberCell(row, 'Observation', ['']);
    if (value === null && status !== SUPPRESSED) failAt(row, 'Observation Status', `an empty observation needs status ${SUPPRESSED}`);
    if (value !== null && status === SUPPRESSED) failAt(row, 'Observation', `status ${SUPPRESSED} (suppressed) but a value is given`);
    if (value !== null && !(value >= 0 && value <= 100)) failAt(row, 'Observation', `${value} is not a percentage`);
    const area = byArea.get(code) ?? new Map<number, number | null>();
    if (area.has(year)) failAt(row, 'AREACD', `duplicate value for ${code} in ${year}`);
    area.set(year, value);
    byArea.set(code, area);
  }
  const out = new Map<string, ContextValue>();
  for (const [code, area] of byArea) {
    const present = years.filter((y) => typeof area.get(y) === 'number');
    const absent = years.filter((y) => !present.includes(y));
    if (present.length < MIN_YEARS) {
      out.set(code, { value: null });
      continue;
    }
    const sum = present.reduce((total, y) => total + (area.get(y) ?? 0), 0);
    const entry: ContextValue = { value: roundTo(sum / present.length, measure.decimals) };
    if (absent.length > 0) {
      entry.detail = `Mean of ${joinYears(present)} only: ONS published no estimate for ${joinYears(absent)}`;
    }
    out.set(code, entry);
  }
  return out;
}
