// The table view: every area with its value on the current layer, as rows that can be sorted, filtered
// and exported. The same figures as the map, in a form screen readers and keyboards can use.
import type { AreaRecord, AreasFile } from '../data/types';
import { figureOf } from '../data/access';
import { indicator } from '../indicators/catalogue';
import { isAnalysisLayer, layer as layerOf, type LayerId } from '../indicators/layers';
import { sourceLines } from '../indicators/attribution';
import { csvUnit, formatNumber, rankTable, statusFlag } from '../indicators/values';
import { csvDocument, type Cell } from '../csv';
import { classWords, type AnalysisClasses } from './mapLayer';
import { normalise } from '../search';
import { sortBy } from './sorting';

export interface TableRow {
  code: string;
  name: string;
  region: string;
  /** What the cell shows. */
  value: string;
  /** What the column sorts by; null sorts last. */
  sortValue: number | null;
  /** Position on this layer, with its meaning in `rankNote`; null where ranking makes no sense. */
  rank: number | null;
  /** Levelling Up Fund priority category; null where the file's figure is missing or damaged. */
  luf: number | null;
  /** Estimate, county figure, derived…; empty for the area's own published figure. */
  flag: string;
  /** What the CSV holds: the number itself (its unit is in `csvHeading`), a class's words, or nothing. */
  csvValue: Cell;
}

export interface Table {
  rows: TableRow[];
  valueHeading: string;
  /** The value column's CSV header, with the unit its numbers are in. */
  csvHeading: string;
  rankNote: string | null;
}

export function buildTable(file: AreasFile, layer: LayerId, analysis: AnalysisClasses | null): Table {
  if (isAnalysisLayer(layer)) {
    return {
      valueHeading: layerOf(layer).label,
      csvHeading: layerOf(layer).label,
      rankNote: null,
      rows: file.areas.map((area) => {
        const at = analysis ? analysis.order.indexOf(analysis.classOf.get(area.code) ?? '') : -1;
        const value = analysis ? classWords(analysis, area.code) : 'No data';
        return { ...common(file, area), value, sortValue: at === -1 ? null : at, rank: null, flag: '', csvValue: value };
      }),
    };
  }
  const entry = indicator(layer);
  const ranks = entry.scale.kind === 'categories' ? null : rankTable(file, layer);
  return {
    valueHeading: entry.format === 'years' ? `${entry.label} (years)` : entry.label,
    csvHeading: `${entry.label} (${csvUnit(entry)})`,
    rankNote: ranks ? `${entry.rankMeaning} of ${ranks.of}` : null,
    rows: file.areas.map((area) => {
      const figure = figureOf(file, layer, area.code);
      return {
        ...common(file, area),
        value: figure.value === null ? (figure.status === 'damaged' ? 'Missing (damaged file)' : 'No data') : formatNumber(entry, figure.value),
        sortValue: figure.value,
        rank: ranks?.ranks.get(area.code) ?? null,
        flag: statusFlag(figure),
        // A missing figure is an empty cell; the note column says why.
        csvValue: figure.value,
      };
    }),
  };
}

function common(file: AreasFile, area: AreaRecord): Pick<TableRow, 'code' | 'name' | 'region' | 'luf'> {
  return { code: area.code, name: area.name, region: area.region.name, luf: figureOf(file, 'luf', area.code).value };
}

export type SortKey = 'name' | 'region' | 'value' | 'rank' | 'luf';

export function filterRows(rows: readonly TableRow[], nameQuery: string, region: string): TableRow[] {
  const q = normalise(nameQuery);
  return rows.filter((row) => (region === '' || row.region === region) && (q === '' || normalise(row.name).includes(q)));
}

/** Missing values sort last whichever the direction, so "No data" never tops a ranking. */
export function sortRows(rows: readonly TableRow[], key: SortKey, ascending: boolean): TableRow[] {
  return sortBy(rows, (row) => (key === 'value' ? row.sortValue : row[key]), ascending);
}

export function tableCsv(table: Table, layer: LayerId, pageUrl: string): string {
  const comments = [
    `Health Gap Map: ${layerOf(layer).label}`,
    ...(table.rankNote ? [`Rank: ${table.rankNote}`] : []),
    `View: ${pageUrl}`,
    ...sourceLines().map((line) => `Source: ${line}`),
  ];
  return csvDocument(
    comments,
    ['code', 'name', 'region', table.csvHeading, 'rank', 'luf_priority_category', 'note'],
    table.rows.map((row) => [row.code, row.name, row.region, row.csvValue, row.rank, row.luf, row.flag || (row.csvValue === null ? 'No data' : '')]),
  );
}
