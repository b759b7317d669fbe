// The one-line value shown beside the pointer for an area on the current layer.
import type { AreasFile } from '../data/types';
import { figureOf, placeName } from '../data/access';
import { indicator } from '../indicators/catalogue';
import { isAnalysisLayer, type LayerId } from '../indicators/layers';
import { formatValue, rankTable } from '../indicators/values';
import { classWords, type AnalysisClasses } from './mapLayer';

export function hoverText(file: AreasFile, layer: LayerId, code: string, analysis: AnalysisClasses | null): string {
  if (isAnalysisLayer(layer)) return analysis ? classWords(analysis, code) : 'No data';
  const entry = indicator(layer);
  const figure = figureOf(file, layer, code);
  if (figure.value === null) return figure.status === 'damaged' ? 'Missing (damaged file)' : 'No data';
  const text = entry.format === 'rank' ? `Rank ${figure.value} of ${rankTable(file, layer).of} (${entry.rankMeaning})` : formatValue(entry, figure.value);
  if (figure.status === 'estimate') return `${text} (estimate)`;
  if ((figure.status === 'county' || figure.status === 'successor') && figure.measuredFor) return `${text} (${placeName(file, figure.measuredFor)})`;
  return text;
}
