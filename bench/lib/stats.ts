// Summaries and the printed table. Benchmarks on a shared 2-core machine are noisy, so every figure is a
// median with its min and max, and comparisons are ratios of medians rather than single runs.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarise(values: readonly number[]): Summary | null {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const middle = Math.floor(finite.length / 2);
  const median = finite.length % 2 === 1 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
  return { median, min: finite[0]!, max: finite[finite.length - 1]!, n: finite.length };
}

export function ratio(numerator: Summary | null, denominator: Summary | null): number | null {
  if (!numerator || !denominator || denominator.median === 0) return null;
  return numerator.median / denominator.median;
}

export type Unit = 'ms' | 'MB' | 'KB' | 'x' | 'tasks';

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return value >= 100 ? value.toFixed(0) : value.toFixed(1);
    case 'MB':
      return value.toFixed(1);
    case 'KB':
      return value.toFixed(1);
    case 'x':
      return `${value.toFixed(2)}×`;
    case 'tasks':
      return value.toFixed(0);
  }
}

/** A Markdown table, so the same text reads well in a terminal and pastes into the README. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
