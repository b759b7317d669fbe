// The gap view's table of upper-tier areas: each area's own figures and changes, sortable by any column.
import type { GapReport } from './hleGap';
import { sortBy } from './sorting';

export type GapTableKey = 'name' | 'first' | 'baseline' | 'last' | 'sinceFirst' | 'sinceBaseline';

export interface GapTableRow {
  code: string;
  name: string;
  first: number | null;
  baseline: number | null;
  last: number | null;
  sinceFirst: { value: number; lci: number; uci: number; beyondNoise: boolean } | null;
  sinceBaseline: { value: number; lci: number; uci: number; beyondNoise: boolean } | null;
}

export function gapTableRows(report: GapReport): GapTableRow[] {
  return report.areas.map((area) => {
    const change = (c: typeof area.sinceFirst | null) => (c?.change ? { ...c.change, beyondNoise: c.beyondNoise } : null);
    return {
      code: area.code,
      name: area.name,
      first: area.sinceFirst.from?.value ?? null,
      baseline: area.sinceBaseline?.from?.value ?? null,
      last: area.sinceFirst.to?.value ?? null,
      sinceFirst: change(area.sinceFirst),
      sinceBaseline: change(area.sinceBaseline),
    };
  });
}

/** Areas without a figure sort last whichever the direction; equal values fall back to the name. */
export function sortGapRows(rows: readonly GapTableRow[], key: GapTableKey, ascending: boolean): GapTableRow[] {
  return sortBy(
    rows,
    (row) => {
      const value = row[key];
      return typeof value === 'object' && value !== null ? value.value : value;
    },
    ascending,
  );
}

/** How many areas' changes are beyond the noise, each way. */
export function countBeyondNoise(rows: readonly GapTableRow[], key: 'sinceFirst' | 'sinceBaseline'): { measured: number; falls: number; rises: number } {
  const changes = rows.flatMap((row) => (row[key] ? [row[key]] : []));
  return {
    measured: changes.length,
    falls: changes.filter((c) => c.beyondNoise && c.value < 0).length,
    rises: changes.filter((c) => c.beyondNoise && c.value > 0).length,
  };
}
