// What the map can be coloured by: every catalogue indicator, and the analysis layers derived from them.
import { INDICATORS, isIndicatorId, type IndicatorId } from './catalogue';

/** Layers that are not one indicator but a classification of several (src/lib/analysis). */
export const ANALYSIS_LAYERS = [
  { id: 'divergence', label: 'Health need vs fund priority', shortLabel: 'Need vs priority' },
  { id: 'what-if', label: 'What if health had counted: areas that would enter or leave the top group', shortLabel: 'What if: movers' },
] as const;
export type AnalysisLayerId = (typeof ANALYSIS_LAYERS)[number]['id'];

export type LayerId = IndicatorId | AnalysisLayerId;

export interface Layer {
  id: LayerId;
  label: string;
  /** Short enough for a legend title or a table header. */
  shortLabel: string;
  group: string;
}

export const ANALYSIS_GROUP = 'Analysis';

export const LAYERS: readonly Layer[] = [
  ...INDICATORS.map(({ id, label, shortLabel, group }) => ({ id, label, shortLabel, group })),
  ...ANALYSIS_LAYERS.map(({ id, label, shortLabel }) => ({ id, label, shortLabel, group: ANALYSIS_GROUP })),
];

const BY_ID: ReadonlyMap<string, Layer> = new Map(LAYERS.map((layer) => [layer.id, layer]));

export const DEFAULT_LAYER: LayerId = 'hle-male';

export function isLayerId(value: string): value is LayerId {
  return BY_ID.has(value);
}

export function isAnalysisLayer(id: LayerId): id is AnalysisLayerId {
  return !isIndicatorId(id);
}

export function layer(id: LayerId): Layer {
  // Total by construction: every LayerId is in LAYERS.
  return BY_ID.get(id)!;
}
