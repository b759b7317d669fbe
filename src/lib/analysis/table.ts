// The table view: every area with its value on the current layer, as rows that can be sorted, filtered
// and exported. The same figures as the map, in a form screen readers and keyboards can use.
import type { AreaRecord } from '../data/types';
import { hleReading, isHleLayerId, LAYER_LABELS, type LayerId } from '../indicators/layers';
import { ascendingRanks } from './divergence';
import { derivedClassOf, type DerivedClasses } from '../indicators/scales';
import { normalise } from '../search';
import { csvField, csvRow, SOURCE_LINES } from './divergenceText';

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
  luf: 1 | 2 | 3;
  /** Estimate, county figure, derived…; empty for the area's own published figure. */
  flag: string;
}

export interface Table {
  rows: TableRow[];
  valueHeading: string;
  rankNote: string | null;
}

const HLE_FLAGS: Record<string, string> = {
  'msoa-estimate': 'Estimate from neighbourhoods',
  county: 'County figure',
  'successor-unitary': "Successor authority's figure",
};

export function buildTable(areas: AreaRecord[], layer: LayerId, derived: DerivedClasses): Table {
  if (isHleLayerId(layer)) {
    const readings = new Map(areas.map((area) => [area.code, hleReading(area, layer)]));
    const ranks = ascendingRanks(
      areas.flatMap((area) => {
        const reading = readings.get(area.code);
        return reading ? [{ code: area.code, value: reading.value }] : [];
      }),
    );
    return {
      valueHeading: `${LAYER_LABELS[layer].label} (years)`,
      rankNote: `1 = lowest of ${ranks.size}`,
      rows: areas.map((area) => {
        const reading = readings.get(area.code) ?? null;
        return {
          ...common(area),
          value: reading ? reading.value.toFixed(1) : 'No data',
          sortValue: reading ? reading.value : null,
          rank: ranks.get(area.code) ?? null,
          flag: reading ? (HLE_FLAGS[reading.provenance] ?? '') : 'No figure published',
        };
      }),
    };
  }
  if (layer === 'imd') {
    return {
      valueHeading: 'IMD 2019 average score',
      rankNote: `1 = most deprived of ${areas.length}`,
      rows: areas.map((area) => ({
        ...common(area),
        value: area.imd.avgScore.toFixed(1),
        sortValue: area.imd.avgScore,
        rank: area.imd.rankAvgRank,
        flag: area.imd.derived ? 'Derived (county figures)' : '',
      })),
    };
  }
  if (layer === 'luf') {
    return {
      valueHeading: 'Levelling Up Fund priority category',
      rankNote: null,
      rows: areas.map((area) => ({ ...common(area), value: `Category ${area.luf}`, sortValue: area.luf, rank: null, flag: '' })),
    };
  }
  return {
    valueHeading: LAYER_LABELS[layer].label,
    rankNote: null,
    rows: areas.map((area) => {
      const cls = derivedClassOf(layer, area.code, derived);
      return { ...common(area), value: cls.label, sortValue: cls.index, rank: null, flag: '' };
    }),
  };
}

function common(area: AreaRecord): Pick<TableRow, 'code' | 'name' | 'region' | 'luf'> {
  return { code: area.code, name: area.name, region: area.region.name, luf: area.luf };
}

export type SortKey = 'name' | 'region' | 'value' | 'rank' | 'luf';

/** Clicking the sorted column again reverses it; another column starts ascending. */
export function nextSort<K extends string>(current: { key: K | null; ascending: boolean }, key: K): { key: K; ascending: boolean } {
  return current.key === key ? { key, ascending: !current.ascending } : { key, ascending: true };
}

export function filterRows(rows: readonly TableRow[], nameQuery: string, region: string): TableRow[] {
  const q = normalise(nameQuery);
  return rows.filter((row) => (region === '' || row.region === region) && (q === '' || normalise(row.name).includes(q)));
}

/** Missing values sort last whichever the direction, so "No data" never tops a ranking. */
export function sortRows(rows: readonly TableRow[], key: SortKey, ascending: boolean): TableRow[] {
  const direction = ascending ? 1 : -1;
  const numeric = (row: TableRow): number | null => (key === 'value' ? row.sortValue : key === 'rank' ? row.rank : key === 'luf' ? row.luf : null);
  return [...rows].sort((a, b) => {
    if (key === 'name' || key === 'region') return direction * a[key].localeCompare(b[key]) || a.name.localeCompare(b.name);
    const va = numeric(a);
    const vb = numeric(b);
    if (va === null && vb === null) return a.name.localeCompare(b.name);
    if (va === null) return 1;
    if (vb === null) return -1;
    return direction * (va - vb) || a.name.localeCompare(b.name);
  });
}

export function tableCsv(table: Table, layer: LayerId, pageUrl: string): string {
  const header = [
    `# Health Gap Map: ${LAYER_LABELS[layer].label}`,
    ...(table.rankNote ? [`# Rank: ${table.rankNote}`] : []),
    `# View: ${pageUrl}`,
    ...SOURCE_LINES.map((line) => `# Source: ${line}`),
  ];
  const columns = csvRow(['code', 'name', 'region', table.valueHeading, 'rank', 'luf_priority_category', 'note']);
  const rows = table.rows.map((row) => csvRow([row.code, row.name, row.region, row.value, row.rank ?? '', row.luf, row.flag]));
  return [...header.map((line) => csvField(line)), columns, ...rows].join('\r\n') + '\r\n';
}
