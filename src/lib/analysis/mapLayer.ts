// The scale of whichever layer the map shows: an indicator's own, or an analysis layer's classes. The
// analysis layers (divergence, what-if) each bring their classes, words and colours from here.
import type { AreasFile } from '../data/types';
import { isAnalysisLayer, layer, type AnalysisLayerId, type LayerId } from '../indicators/layers';
import { derivedScale, indicatorScale, type LayerScale } from '../indicators/scales';
import { CLASS_LABELS, CLASS_ORDER, DIVERGENCE_PALETTE, NOT_RANKED_COLOUR, type DivergenceClass, type DivergenceDefinition } from './divergence';
import { classLabel } from './divergenceText';
import type { WhatIfResult } from './whatIf';
import { MOVER_LABELS } from './whatIfText';

// Okabe–Ito bluish green and orange for the two kinds of move, apart from the divergence colours; the
// areas that stay recede into dark grey (in the group) and mid grey (out of it).
export const WHAT_IF_PALETTE = {
  enters: '#009e73',
  leaves: '#e69f00',
  'stays-in': '#333333',
  'stays-out': '#b3b3b3',
  'not-ranked': NOT_RANKED_COLOUR,
} as const;
const MOVER_ORDER = ['enters', 'leaves', 'stays-in', 'stays-out', 'not-ranked'] as const;

export interface AnalysisClasses {
  layer: AnalysisLayerId;
  /** Each area's class; areas in none are no data. */
  classOf: ReadonlyMap<string, string>;
  order: readonly string[];
  labels: Readonly<Record<string, string>>;
  colours: Readonly<Record<string, string>>;
  note: string;
  /** What an area in no class is, in words. */
  noData: string;
}

export function analysisClasses(id: AnalysisLayerId, divergence: { classOf: ReadonlyMap<string, DivergenceClass>; definition: Pick<DivergenceDefinition, 'health'> }, whatIf: WhatIfResult | null): AnalysisClasses {
  if (id === 'divergence') {
    const noData = classLabel('no-data', divergence.definition.health);
    return { layer: id, classOf: divergence.classOf, order: CLASS_ORDER, labels: CLASS_LABELS, colours: DIVERGENCE_PALETTE, note: 'Definition as set in the side panel.', noData };
  }
  return {
    layer: id,
    classOf: whatIf?.moverOf ?? new Map(),
    order: MOVER_ORDER,
    labels: MOVER_LABELS,
    colours: WHAT_IF_PALETTE,
    note: 'Top group: as many areas as priority category 1 holds among the ranked areas, by the weights set in the side panel.',
    noData: MOVER_LABELS['no-data'],
  };
}

/** An area's class on an analysis layer, in words. */
export function classWords(classes: AnalysisClasses, code: string): string {
  const cls = classes.classOf.get(code);
  return cls !== undefined && classes.order.includes(cls) ? (classes.labels[cls] ?? classes.noData) : classes.noData;
}

/** An analysis layer's scale needs its classes; without them (nothing computed yet) every area is no data. */
export function layerScale(file: AreasFile, id: LayerId, analysis: AnalysisClasses | null): LayerScale {
  if (!isAnalysisLayer(id)) return indicatorScale(file, id);
  const spec = analysis ?? { classOf: new Map<string, string>(), order: [], labels: {}, colours: {}, note: null };
  return derivedScale(file.areas, spec.classOf, { layer: id, title: layer(id).shortLabel, order: spec.order, labels: spec.labels, colours: spec.colours, note: spec.note });
}
