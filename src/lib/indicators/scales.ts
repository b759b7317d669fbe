// One scale object per layer drives both the map colours and the legend, so they can never disagree.
import { scaleQuantile } from 'd3-scale';
import type { AreaRecord, EnglandValues } from '../data/types';
import { englandHle, hleReading, type HleLayerId, type LayerId } from './layers';
import { CLASS_LABELS, type DivergenceClass } from '../analysis/divergence';
import { MOVER_LABELS, type MoverClass } from '../analysis/whatIf';

export interface LegendClass {
  colour: string;
  label: string;
  /** How many areas fall in the class. */
  count: number;
}

export interface LayerScale {
  layer: LayerId;
  title: string;
  classes: LegendClass[];
  /** Index into `classes`, or null for no data. */
  classOf: Map<string, number | null>;
  noDataCount: number;
  /** Where the England value sits, for layers where one applies. */
  england: { label: string; classIndex: number } | null;
  note: string | null;
}

// ColorBrewer sequential schemes (5 classes), chosen for being safe under the common colour-vision
// deficiencies. Darker always means worse: lower healthy life expectancy, more deprivation, higher priority.
export const HLE_PALETTE = ['#253494', '#2c7fb8', '#41b6c4', '#a1dab4', '#ffffcc'] as const; // YlGnBu, reversed
export const IMD_PALETTE = ['#b30000', '#e34a33', '#fc8d59', '#fdcc8a', '#fef0d9'] as const; // OrRd, reversed
export const LUF_PALETTE = { 1: '#54278f', 2: '#9e9ac8', 3: '#dadaeb' } as const; // Purples
// Okabe–Ito vermillion and blue for the two kinds of disagreement; agreement recedes into grey.
export const DIVERGENCE_PALETTE: Record<Exclude<DivergenceClass, 'no-data'>, string> = {
  'need-not-priority': '#d55e00',
  'priority-not-need': '#0072b2',
  aligned: '#d9d9d9',
};
// Okabe–Ito bluish green and orange for the two kinds of move, apart from the divergence colours; the
// areas that stay recede into dark grey (in the group) and mid grey (out of it).
export const WHAT_IF_PALETTE: Record<Exclude<MoverClass, 'no-data'>, string> = {
  enters: '#009e73',
  leaves: '#e69f00',
  'stays-in': '#333333',
  'stays-out': '#b3b3b3',
};

export const NO_DATA_LABEL = 'No data';

function formatYears(value: number): string {
  return value.toFixed(1);
}

function countClasses(classOf: Map<string, number | null>, classCount: number): { counts: number[]; noData: number } {
  const counts = new Array<number>(classCount).fill(0);
  let noData = 0;
  for (const index of classOf.values()) {
    if (index === null) noData += 1;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  return { counts, noData };
}

function hleScale(layer: HleLayerId, areas: AreaRecord[], england: EnglandValues, title: string): LayerScale {
  const values = areas.flatMap((area) => {
    const reading = hleReading(area, layer);
    return reading ? [reading.value] : [];
  });
  const quantile = scaleQuantile<number>().domain(values).range([0, 1, 2, 3, 4]);
  const thresholds = quantile.quantiles();
  const classOf = new Map<string, number | null>();
  for (const area of areas) {
    const reading = hleReading(area, layer);
    classOf.set(area.code, reading ? quantile(reading.value) : null);
  }
  const { counts, noData } = countClasses(classOf, 5);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const bounds = [min, ...thresholds, max];
  const classes = HLE_PALETTE.map((colour, i) => ({
    colour,
    label: `${formatYears(bounds[i]!)} to ${i === 4 ? '' : 'under '}${formatYears(bounds[i + 1]!)} years`,
    count: counts[i] ?? 0,
  }));
  const englandValue = englandHle(england, layer);
  return {
    layer,
    title,
    classes,
    classOf,
    noDataCount: noData,
    england: { label: `England ${englandValue.toFixed(1)}`, classIndex: quantile(englandValue) },
    note: 'Fifths of areas (quintiles); darker = fewer years in good health.',
  };
}

function imdScale(areas: AreaRecord[], title: string): LayerScale {
  const total = areas.length;
  const size = Math.ceil(total / 5);
  const classOf = new Map<string, number | null>();
  for (const area of areas) classOf.set(area.code, Math.min(4, Math.floor((area.imd.rankAvgRank - 1) / size)));
  const { counts, noData } = countClasses(classOf, 5);
  const classes = IMD_PALETTE.map((colour, i) => {
    const from = i * size + 1;
    const to = Math.min(total, (i + 1) * size);
    const suffix = i === 0 ? ' (most deprived)' : i === 4 ? ' (least deprived)' : '';
    return { colour, label: `Rank ${from} to ${to}${suffix}`, count: counts[i] ?? 0 };
  });
  return { layer: 'imd', title, classes, classOf, noDataCount: noData, england: null, note: `Rank of average rank among ${total} districts; 1 = most deprived.` };
}

function lufScale(areas: AreaRecord[], title: string): LayerScale {
  const classOf = new Map<string, number | null>();
  for (const area of areas) classOf.set(area.code, area.luf - 1);
  const { counts, noData } = countClasses(classOf, 3);
  const classes = ([1, 2, 3] as const).map((category, i) => ({
    colour: LUF_PALETTE[category],
    label: `Category ${category}${category === 1 ? ' (highest priority)' : category === 3 ? ' (lowest priority)' : ''}`,
    count: counts[i] ?? 0,
  }));
  return { layer: 'luf', title, classes, classOf, noDataCount: noData, england: null, note: null };
}

/** A layer whose classes are derived from other figures: its classes in legend order, their colours and words. */
export interface DerivedClassSpec<C extends string> {
  order: readonly C[];
  colours: Record<C, string>;
  labels: Record<C | 'no-data', string>;
  note: string;
}

export const DIVERGENCE_CLASSES: DerivedClassSpec<Exclude<DivergenceClass, 'no-data'>> = {
  order: ['need-not-priority', 'priority-not-need', 'aligned'],
  colours: DIVERGENCE_PALETTE,
  labels: CLASS_LABELS,
  note: 'Definition as set in the side panel.',
};

export const WHAT_IF_CLASSES: DerivedClassSpec<Exclude<MoverClass, 'no-data'>> = {
  order: ['enters', 'leaves', 'stays-in', 'stays-out'],
  colours: WHAT_IF_PALETTE,
  labels: MOVER_LABELS,
  note: 'Top group: as many areas as priority category 1 holds, by the weights set in the side panel.',
};

/** The classes of both derived layers, by area code ('no-data' where an area has none). */
export interface DerivedClasses {
  divergence: ReadonlyMap<string, DivergenceClass>;
  'what-if': ReadonlyMap<string, MoverClass>;
}

export type DerivedLayerId = keyof DerivedClasses;

export function isDerivedLayerId(layer: LayerId): layer is DerivedLayerId {
  return layer === 'divergence' || layer === 'what-if';
}

const DERIVED_SPECS: { [L in DerivedLayerId]: DerivedClassSpec<string> } = { divergence: DIVERGENCE_CLASSES, 'what-if': WHAT_IF_CLASSES };

/** An area's class on a derived layer: its words, and its place in the legend (null for no data). */
export function derivedClassOf(layer: DerivedLayerId, code: string, derived: DerivedClasses): { label: string; index: number | null } {
  const spec = DERIVED_SPECS[layer];
  const cls = derived[layer].get(code) ?? 'no-data';
  const index = spec.order.indexOf(cls);
  return { label: spec.labels[cls] ?? NO_DATA_LABEL, index: index < 0 ? null : index };
}

export function derivedClassScale(layer: DerivedLayerId, areas: readonly { code: string }[], derived: DerivedClasses, title: string): LayerScale {
  const spec = DERIVED_SPECS[layer];
  const classOf = new Map<string, number | null>();
  for (const area of areas) classOf.set(area.code, derivedClassOf(layer, area.code, derived).index);
  const { counts, noData } = countClasses(classOf, spec.order.length);
  return {
    layer,
    title,
    classes: spec.order.map((cls, i) => ({ colour: spec.colours[cls]!, label: spec.labels[cls]!, count: counts[i] ?? 0 })),
    classOf,
    noDataCount: noData,
    england: null,
    note: spec.note,
  };
}

export function layerScale(layer: LayerId, areas: AreaRecord[], england: EnglandValues, title: string, derived: DerivedClasses): LayerScale {
  switch (layer) {
    case 'hle-male':
    case 'hle-female':
    case 'hle-male-2018':
    case 'hle-female-2018':
      return hleScale(layer, areas, england, title);
    case 'imd':
      return imdScale(areas, title);
    case 'luf':
      return lufScale(areas, title);
    case 'divergence':
    case 'what-if':
      return derivedClassScale(layer, areas, derived, title);
  }
}

/** Colour per area code, null meaning "no data" (drawn hatched). */
export function colourMap(scale: LayerScale): Map<string, string | null> {
  const colours = new Map<string, string | null>();
  for (const [code, index] of scale.classOf) colours.set(code, index === null ? null : (scale.classes[index]?.colour ?? null));
  return colours;
}
