// One scale object per layer drives both the map colours and the legend, so they can never disagree.
// An indicator's scale follows its catalogue entry; analysis layers bring their own classes (derivedScale).
import { scaleQuantile } from 'd3-scale';
import type { AreasFile } from '../data/types';
import { englandOf, figureOf } from '../data/access';
import { PALETTES, indicator, type IndicatorDefinition, type IndicatorId } from './catalogue';
import { formatNumber } from './values';
import type { LayerId } from './layers';

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

export const NO_DATA_LABEL = 'No data';

function countClasses(classOf: ReadonlyMap<string, number | null>, classCount: number): { counts: number[]; noData: number } {
  const counts = new Array<number>(classCount).fill(0);
  let noData = 0;
  for (const index of classOf.values()) {
    if (index === null) noData += 1;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  return { counts, noData };
}

/** Palette colours from the lowest values' class up: darkest first where low values are the worse ones. */
function coloursAscending(entry: IndicatorDefinition, palette: readonly string[]): string[] {
  return entry.direction === 'higher-is-better' ? [...palette] : [...palette].reverse();
}

interface Classified {
  labels: string[];
  colours: string[];
  classOf: Map<string, number | null>;
  englandIndex: number | null;
  note: string | null;
}

function rangeLabels(entry: IndicatorDefinition, bounds: number[], lastIncluded: boolean): string[] {
  const unit = entry.format === 'years' ? ' years' : '';
  return bounds.slice(0, -1).map((low, i) => {
    const last = i === bounds.length - 2;
    return `${formatNumber(entry, low)} to ${last && lastIncluded ? '' : 'under '}${formatNumber(entry, bounds[i + 1]!)}${unit}`;
  });
}

/** Where no area has a value (a damaged file): every area is no data, and the legend has no classes. */
function noClasses(values: Map<string, number | null>): Classified {
  return { labels: [], colours: [], classOf: new Map([...values.keys()].map((code) => [code, null])), englandIndex: null, note: 'No area has a figure for this layer.' };
}

function quantileClasses(entry: IndicatorDefinition, values: Map<string, number | null>, palette: readonly string[], england: number | null): Classified {
  const present = [...values.values()].filter((value): value is number => value !== null);
  if (present.length === 0) return noClasses(values);
  const quantile = scaleQuantile<number>().domain(present).range(palette.map((_, i) => i));
  const bounds = [Math.min(...present), ...quantile.quantiles(), Math.max(...present)];
  const classOf = new Map([...values].map(([code, value]) => [code, value === null ? null : quantile(value)]));
  const better = entry.direction === 'higher-is-better' ? 'darker = lower values, the worse end' : 'darker = higher values';
  return {
    labels: rangeLabels(entry, bounds, true),
    colours: coloursAscending(entry, palette),
    classOf,
    englandIndex: england === null ? null : quantile(england),
    note: `Fifths of areas (quintiles); ${entry.format === 'years' && entry.direction === 'higher-is-better' ? 'darker = fewer years in good health' : better}.`,
  };
}

function rankFifthClasses(values: Map<string, number | null>, palette: readonly string[]): Classified {
  const total = values.size;
  const size = Math.ceil(total / palette.length);
  const last = palette.length - 1;
  const classOf = new Map([...values].map(([code, rank]) => [code, rank === null ? null : Math.min(last, Math.floor((rank - 1) / size))]));
  const labels = palette.map((_, i) => {
    const suffix = i === 0 ? ' (most deprived)' : i === last ? ' (least deprived)' : '';
    return `Rank ${i * size + 1} to ${Math.min(total, (i + 1) * size)}${suffix}`;
  });
  return { labels, colours: [...palette], classOf, englandIndex: null, note: `Rank of average rank among ${total} districts; 1 = most deprived.` };
}

function noneThenQuartiles(entry: IndicatorDefinition, values: Map<string, number | null>, palette: readonly string[]): Classified {
  const positive = [...values.values()].filter((value): value is number => value !== null && value > 0);
  const shades = coloursAscending(entry, palette);
  if (positive.length === 0) {
    const classOf = new Map([...values].map(([code, value]) => [code, value === null ? null : 0]));
    return { labels: ['None'], colours: [shades[0]!], classOf, englandIndex: null, note: 'No area has any.' };
  }
  const quantile = scaleQuantile<number>().domain(positive).range([1, 2, 3, 4]);
  const bounds = [Math.min(...positive), ...quantile.quantiles(), Math.max(...positive)];
  const classOf = new Map([...values].map(([code, value]) => [code, value === null ? null : value === 0 ? 0 : quantile(value)]));
  return {
    labels: ['None', ...rangeLabels(entry, bounds, true)],
    colours: shades,
    classOf,
    englandIndex: null,
    note: 'Areas with none, then quarters of those with some; darker = more.',
  };
}

function categoryClasses(values: Map<string, number | null>, categories: readonly { value: number; label: string; colour: string }[]): Classified {
  const classOf = new Map([...values].map(([code, value]) => {
    const index = categories.findIndex((category) => category.value === value);
    return [code, index === -1 ? null : index] as const;
  }));
  return { labels: categories.map((c) => c.label), colours: categories.map((c) => c.colour), classOf, englandIndex: null, note: null };
}

/** The scale of one catalogue indicator over the areas of the file. */
export function indicatorScale(file: AreasFile, id: IndicatorId): LayerScale {
  const entry = indicator(id);
  const values = new Map(file.areas.map((area) => [area.code, figureOf(file, id, area.code).value]));
  const england = englandOf(file, id);
  const spec = entry.scale;
  const classified =
    spec.kind === 'quintiles'
      ? quantileClasses(entry, values, PALETTES[spec.palette], england)
      : spec.kind === 'rank-fifths'
        ? rankFifthClasses(values, PALETTES[spec.palette])
        : spec.kind === 'none-then-quartiles'
          ? noneThenQuartiles(entry, values, PALETTES[spec.palette])
          : categoryClasses(values, spec.categories);
  const { counts, noData } = countClasses(classified.classOf, classified.labels.length);
  return {
    layer: id,
    title: entry.shortLabel,
    classes: classified.labels.map((label, i) => ({ label, colour: classified.colours[i]!, count: counts[i] ?? 0 })),
    classOf: classified.classOf,
    noDataCount: noData,
    england: classified.englandIndex === null || england === null ? null : { label: `England ${formatNumber(entry, england)}`, classIndex: classified.englandIndex },
    note: classified.note,
  };
}

export interface DerivedClasses<K extends string> {
  layer: LayerId;
  title: string;
  /** Legend order; areas in no class are no data. */
  order: readonly K[];
  labels: Readonly<Record<K, string>>;
  colours: Readonly<Record<K, string>>;
  note: string | null;
}

/** The scale of an analysis layer: a class per area, computed elsewhere. */
export function derivedScale<K extends string>(areas: readonly { code: string }[], classOf: ReadonlyMap<string, K | 'no-data'>, spec: DerivedClasses<K>): LayerScale {
  const index = new Map<string, number | null>();
  for (const { code } of areas) {
    const cls = classOf.get(code) ?? 'no-data';
    const at = spec.order.indexOf(cls as K);
    index.set(code, at === -1 ? null : at);
  }
  const { counts, noData } = countClasses(index, spec.order.length);
  return {
    layer: spec.layer,
    title: spec.title,
    classes: spec.order.map((cls, i) => ({ colour: spec.colours[cls], label: spec.labels[cls], count: counts[i] ?? 0 })),
    classOf: index,
    noDataCount: noData,
    england: null,
    note: spec.note,
  };
}

/** Colour per area code, null meaning "no data" (drawn hatched). */
export function colourMap(scale: LayerScale): Map<string, string | null> {
  const colours = new Map<string, string | null>();
  for (const [code, index] of scale.classOf) colours.set(code, index === null ? null : (scale.classes[index]?.colour ?? null));
  return colours;
}
