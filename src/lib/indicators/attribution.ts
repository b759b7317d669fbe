// Who to credit, generated from the catalogue so that a new indicator is credited everywhere at once:
// CSV headers, the PNG's source line and the Sources list.
import { districtGeography } from '../data/geographies';
import { INDICATORS, type IndicatorDefinition, type SourceLink } from './catalogue';

/** The figures are the districts': their boundaries are the ones a file or a picture of them credits. */
export const BOUNDARIES_CREDIT = districtGeography().boundaries;
export const LICENCE_LINE = 'All Crown copyright, Open Government Licence v3.0';

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** One line per distinct source, in catalogue order, then the boundaries and the licence. */
export function sourceLines(entries: readonly IndicatorDefinition[] = INDICATORS): string[] {
  return [...unique(entries.map((entry) => entry.citation)), BOUNDARIES_CREDIT, LICENCE_LINE];
}

/**
 * The publishers in first-mention order, for a one-line credit ("Sources: ONS, MHCLG, …"). The OS credit is
 * for the boundaries: a chart without a map (`boundaries` false) does not carry it.
 */
export function publisherLine(entries: readonly IndicatorDefinition[] = INDICATORS, boundaries = true): string {
  const names = unique(entries.flatMap((entry) => entry.publisherShort.split(', ')));
  return `Sources: ${names.join(', ')}. Open Government Licence v3.0.${boundaries ? ' Contains OS data © Crown copyright and database right 2019.' : ''}`;
}

export interface SourceGroup {
  source: string;
  publisher: string;
  indicators: string[];
  notes: string;
  /** The publication's pages, each once. */
  links: SourceLink[];
}

/** The Sources list: one item per publication, naming the indicators it gives and linking where to read it. */
export function sourceGroups(entries: readonly IndicatorDefinition[] = INDICATORS): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const entry of entries) {
    const group = groups.get(entry.source) ?? { source: entry.source, publisher: entry.publisher, indicators: [], notes: entry.notes, links: [] };
    group.indicators.push(entry.shortLabel);
    for (const link of entry.links) if (!group.links.some((l) => l.url === link.url)) group.links.push(link);
    groups.set(entry.source, group);
  }
  return [...groups.values()];
}
