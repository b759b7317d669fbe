// The scale of whichever layer the map shows: an indicator's own, or an analysis layer's classes.
import type { AreasFile } from '../data/types';
import { isAnalysisLayer, layer, type LayerId } from '../indicators/layers';
import { derivedScale, indicatorScale, type LayerScale } from '../indicators/scales';
import { CLASS_LABELS, CLASS_ORDER, DIVERGENCE_PALETTE, type DivergenceResult } from './divergence';

export function layerScale(file: AreasFile, id: LayerId, divergence: DivergenceResult): LayerScale {
  if (!isAnalysisLayer(id)) return indicatorScale(file, id);
  return derivedScale(file.areas, divergence.classOf, {
    layer: id,
    title: layer(id).shortLabel,
    order: CLASS_ORDER,
    labels: CLASS_LABELS,
    colours: DIVERGENCE_PALETTE,
    note: 'Definition as set in the side panel.',
  });
}
