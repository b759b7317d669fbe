// One area's figures as a CSV file: every indicator of the catalogue, series period by period, in the numbers
// the data file holds (not the panel's rounded words), with the status and the source of each.
import type { AreaRecord, AreasFile } from '../data/types';
import { figureOf, placeName } from '../data/access';
import { INDICATORS } from '../indicators/catalogue';
import { statusNote } from '../indicators/values';
import { csvDocument } from '../csv';
import { LICENCE_LINE } from '../indicators/attribution';

export const AREA_CSV_HEADER = ['measure', 'period', 'value', 'unit', 'lower', 'upper', 'status', 'note', 'source'] as const;

export function areaCsv(file: AreasFile, area: AreaRecord, pageUrl: string): string {
  const rows = INDICATORS.map((entry) => {
    const figure = figureOf(file, entry.id, area.code);
    const measuredFor = figure.measuredFor ? placeName(file, figure.measuredFor) : null;
    const note = [statusNote(entry, figure, area.name, measuredFor), figure.detail].filter((n) => n !== null && n !== undefined && n !== '').join(' ');
    return [entry.label, entry.period, figure.value, entry.unit, figure.lci ?? null, figure.uci ?? null, figure.status, note, entry.citation];
  });
  return csvDocument(
    [
      `Health Gap Map: every figure for ${area.name} (${area.code}), ${area.region.name}`,
      'lower and upper: the 95% confidence interval, where the publisher gives one (for an estimate, ours: docs/DATA.md). status: official (published for this district), estimate, county, successor, derived, missing-at-source or damaged; note says what it means here',
      `View: ${pageUrl}`,
      LICENCE_LINE,
    ],
    AREA_CSV_HEADER,
    rows,
  );
}

/** A file name that says whose figures these are: "health-gap-E06000001-hartlepool.csv". */
export function areaCsvName(area: AreaRecord): string {
  const slug = area.name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `health-gap-${area.code}-${slug}.csv`;
}
