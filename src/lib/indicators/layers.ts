import type { AreaRecord, HleLevel, HleMethod, Sex } from '../data/types';
import { INDICATORS, type IndicatorId } from './catalogue';

export const LAYER_IDS = [
  'hle-male',
  'hle-female',
  'hle-male-2018',
  'hle-female-2018',
  'imd',
  'luf',
  'divergence',
  'what-if',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const HLE_LAYER_IDS = ['hle-male', 'hle-female', 'hle-male-2018', 'hle-female-2018'] as const;
export type HleLayerId = (typeof HLE_LAYER_IDS)[number];

export const DEFAULT_LAYER: LayerId = 'hle-male';

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export function isHleLayerId(value: string): value is HleLayerId {
  return (HLE_LAYER_IDS as readonly string[]).includes(value);
}

export interface LayerLabel {
  label: string;
  /** Short enough for a legend title or a table header. */
  short: string;
  group: 'Healthy life expectancy' | 'Deprivation and funding' | 'Analysis';
}

/** Labels come from the indicator catalogue, the one place indicator metadata is written. */
function fromCatalogue(id: IndicatorId, group: LayerLabel['group']): LayerLabel {
  const indicator = INDICATORS.find((candidate) => candidate.id === id);
  if (!indicator) throw new Error(`the indicator catalogue has no entry for ${id}`);
  return { label: indicator.label, short: indicator.shortLabel, group };
}

export const LAYER_LABELS: Record<LayerId, LayerLabel> = {
  'hle-male': fromCatalogue('hle-male', 'Healthy life expectancy'),
  'hle-female': fromCatalogue('hle-female', 'Healthy life expectancy'),
  'hle-male-2018': fromCatalogue('hle-male-2018', 'Healthy life expectancy'),
  'hle-female-2018': fromCatalogue('hle-female-2018', 'Healthy life expectancy'),
  imd: fromCatalogue('imd', 'Deprivation and funding'),
  luf: fromCatalogue('luf', 'Deprivation and funding'),
  // Not an indicator: a classification derived from three of them (src/lib/analysis/divergence.ts).
  divergence: { label: 'Health need vs fund priority', short: 'Need vs priority', group: 'Analysis' },
  // The movers of the what-if tool (src/lib/analysis/whatIf.ts): a classification, not an indicator.
  'what-if': { label: 'What if health had counted: movers', short: 'What-if movers', group: 'Analysis' },
};

/** One healthy life expectancy figure for an area, whichever period it comes from. */
export interface HleReading {
  value: number;
  lci: number | null;
  uci: number | null;
  /** Where the figure comes from, for provenance wording. */
  provenance: HleMethod | HleLevel;
  sourceName: string;
}

const HLE_SOURCE: Record<HleLayerId, { period: '2009' | '2018'; sex: Sex }> = {
  'hle-male': { period: '2009', sex: 'male' },
  'hle-female': { period: '2009', sex: 'female' },
  'hle-male-2018': { period: '2018', sex: 'male' },
  'hle-female-2018': { period: '2018', sex: 'female' },
};

export function hleReading(area: AreaRecord, id: HleLayerId): HleReading | null {
  const { period, sex } = HLE_SOURCE[id];
  if (period === '2009') {
    const v = area.hle2009[sex];
    return v && { value: v.value, lci: v.lci, uci: v.uci, provenance: v.method, sourceName: v.source.name };
  }
  const v = area.hle2018[sex];
  return v && { value: v.value, lci: null, uci: null, provenance: v.level, sourceName: v.source.name };
}

export function englandHle(england: { hle2009: Record<Sex, { value: number }>; hle2018: Record<Sex, number> }, id: HleLayerId): number {
  const { period, sex } = HLE_SOURCE[id];
  return period === '2009' ? england.hle2009[sex].value : england.hle2018[sex];
}

/** Plain-words provenance for a healthy life expectancy reading, or null when it is the area's own published figure. */
export function hleProvenanceNote(reading: HleReading, areaName: string): string | null {
  switch (reading.provenance) {
    case 'official':
    case 'district':
      return null;
    case 'msoa-estimate':
      return `Estimate: ONS published no figure for ${areaName}; this is the average of its neighbourhoods' (MSOA) figures from the same release.`;
    case 'county':
      return `County figure: ONS publishes 2018–20 values for upper-tier areas only; this is ${reading.sourceName}'s value, not ${areaName}'s own.`;
    case 'successor-unitary':
      return `Successor authority's figure: ${areaName} was abolished in April 2021; this is ${reading.sourceName}'s value.`;
  }
}
