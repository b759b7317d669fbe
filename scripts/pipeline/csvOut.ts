// areas.csv: every figure of areas.json, flat, for anyone who wants to recompute one in a spreadsheet.
// One row per district; per indicator (in catalogue order) its value and, where any district has one,
// its interval, status, the area it was measured for, the publisher's rank and the detail.
import type { Figure, IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { AreaRecord } from '../../src/lib/data/types.ts';
import { csvDocument, type Cell } from '../../src/lib/csv.ts';

type Column = [name: string, get: (area: AreaRecord) => Cell];

const AREA_COLUMNS: readonly Column[] = [
  ['code', (a) => a.code],
  ['name', (a) => a.name],
  ['region_code', (a) => a.region.code],
  ['region_name', (a) => a.region.name],
  ['utla_code', (a) => a.utla.code],
  ['utla_name', (a) => a.utla.name],
];

const FIGURE_PARTS: readonly [suffix: string, get: (figure: Figure) => Cell, always: boolean][] = [
  ['', (f) => f.value, true],
  ['_lci', (f) => f.lci ?? null, false],
  ['_uci', (f) => f.uci ?? null, false],
  ['_status', (f) => f.status, true],
  ['_measured_for', (f) => f.measuredFor ?? null, false],
  ['_rank', (f) => f.rank ?? null, false],
  ['_detail', (f) => f.detail ?? null, false],
];

/** The column name of an indicator: its id with underscores, as spreadsheets and R like. */
export const columnName = (id: string): string => id.replace(/-/g, '_');

export function csvColumns(indicators: readonly IndicatorFigures[]): Column[] {
  const columns: Column[] = [...AREA_COLUMNS];
  for (const figures of indicators) {
    const all = Object.values(figures.byArea);
    for (const [suffix, get, always] of FIGURE_PARTS) {
      if (!always && all.every((figure) => get(figure) === null)) continue;
      columns.push([`${columnName(figures.id)}${suffix}`, (area) => {
        const figure = figures.byArea[area.code];
        return figure ? get(figure) : null;
      }]);
    }
  }
  return columns;
}

export function areasCsv(areas: readonly AreaRecord[], indicators: readonly IndicatorFigures[]): string {
  const columns = csvColumns(indicators);
  return csvDocument([], columns.map(([name]) => name), areas.map((area) => columns.map(([, get]) => get(area))));
}
