// The bench's results as Markdown: printed at the end of `npm run bench` and, from the same results file,
// written into bench/README.md (bench/readme.ts), so the figures there are never typed by hand.
import { formatValue, markdownTable, type Summary, type Unit } from './stats';
import type { LighthouseSample, Preset } from './lighthouse';

export interface Row {
  section: string;
  label: string;
  unit: Unit;
  summary: Summary | null;
  /** For rows that are a single derived figure (ratios, byte counts). */
  value?: number | null;
}

export interface Verdict {
  budget: string;
  figure: string;
  met: boolean;
}

export type LighthousePage = 'app' | 'floor' | 'leaflet';

export interface LighthouseCase {
  page: LighthousePage;
  label: string;
  preset: Preset;
  samples: LighthouseSample[];
  errors: string[];
}

/** What bench/results/latest.json holds (besides every raw sample, in `cases`). */
export interface BenchResults {
  date: string;
  machine: { cpus: number; cpu: string; node: string };
  rows: Row[];
  marks: Record<string, Summary | null>;
  scaling: { header: string[]; rows: string[][]; winners: string[][] };
  lighthouse: LighthouseCase[];
  verdicts: Verdict[];
  runs: string;
  errors: string[];
  took: string;
}

function rowsToTable(rows: readonly Row[]): string {
  return markdownTable(
    ['measure', 'median', 'min', 'max', 'n'],
    rows.map((row) =>
      row.summary
        ? [`${row.label} (${row.unit})`, formatValue(row.summary.median, row.unit), formatValue(row.summary.min, row.unit), formatValue(row.summary.max, row.unit), String(row.summary.n)]
        : [`${row.label}${row.unit === 'x' ? '' : ` (${row.unit})`}`, formatValue(row.value ?? null, row.unit), '', '', ''],
    ),
  );
}

/** The median of one Lighthouse figure over a case's runs, with min and max. */
export function lighthouseFigure(item: LighthouseCase | undefined, pick: (sample: LighthouseSample) => number): Summary | null {
  const values = (item?.samples ?? []).map(pick).filter(Number.isFinite).sort((a, b) => a - b);
  if (values.length === 0) return null;
  const middle = Math.floor(values.length / 2);
  const median = values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  return { median, min: values[0]!, max: values[values.length - 1]!, n: values.length };
}

function lighthouseTable(cases: readonly LighthouseCase[], preset: Preset): string {
  const cell = (summary: Summary | null, format: (n: number) => string): string =>
    summary ? (summary.min === summary.max ? format(summary.median) : `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`) : '—';
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  const rows = cases
    .filter((item) => item.preset === preset)
    .map((item) => [
      item.label,
      cell(lighthouseFigure(item, (s) => s.score), (n) => n.toFixed(0)),
      cell(lighthouseFigure(item, (s) => s.fcp), seconds),
      cell(lighthouseFigure(item, (s) => s.lcp), seconds),
      cell(lighthouseFigure(item, (s) => s.tbt), ms),
      cell(lighthouseFigure(item, (s) => s.longestTask), ms),
      cell(lighthouseFigure(item, (s) => s.cls), (n) => n.toFixed(3)),
      cell(lighthouseFigure(item, (s) => s.speedIndex), seconds),
      String(item.samples.length),
    ]);
  return markdownTable(['page', 'score', 'FCP', 'LCP', 'TBT', 'longest task', 'CLS', 'Speed Index', 'runs'], rows);
}

export function benchReport(results: BenchResults): string {
  const lines: string[] = [];
  const sections = [...new Set(results.rows.map((row) => row.section))];
  for (const section of sections) lines.push('', `### ${section}`, '', rowsToTable(results.rows.filter((row) => row.section === section)));
  if (results.lighthouse.length > 0) {
    lines.push('', '### Lighthouse 12, performance: median (min–max)', '');
    lines.push('Desktop preset:', '', lighthouseTable(results.lighthouse, 'desktop'), '');
    lines.push('Mobile (default) preset: simulated 4× CPU slowdown and slow 4G:', '', lighthouseTable(results.lighthouse, 'mobile'));
  }
  const marks = Object.entries(results.marks).sort((a, b) => (a[1]?.median ?? 0) - (b[1]?.median ?? 0));
  lines.push('', '### App load, where the time goes (ms from navigation start, medians)', '');
  lines.push(markdownTable(['mark', 'median', 'min', 'max'], marks.map(([key, summary]) => [key, formatValue(summary?.median ?? null, 'ms'), formatValue(summary?.min ?? null, 'ms'), formatValue(summary?.max ?? null, 'ms')])));
  if (results.scaling.rows.length > 0) {
    lines.push('', '### Scaling: load (navigation start to coloured) and layer switch, median (min–max) ms', '', markdownTable(results.scaling.header, results.scaling.rows));
    lines.push('', '### Who is on screen first (settled medians)', '', markdownTable(['polygons', 'load', 'layer switch'], results.scaling.winners));
  }
  lines.push('', '### Budgets', '', markdownTable(['budget', 'figure', 'met'], results.verdicts.map((verdict) => [verdict.budget, verdict.figure, verdict.met ? 'yes' : 'NO'])));
  lines.push('', `Runs: ${results.runs}.`);
  if (results.errors.length > 0) lines.push('', 'Problems seen:', ...results.errors.map((error) => `- ${error}`));
  lines.push('', `Took ${results.took}.`);
  return lines.join('\n');
}
