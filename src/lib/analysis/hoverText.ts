// The one-line value shown beside the pointer for an area on the current layer.
import type { AreaRecord } from '../data/types';
import { hleReading, isHleLayerId, type LayerId } from '../indicators/layers';
import { derivedClassOf, type DerivedClasses } from '../indicators/scales';

export function hoverText(area: AreaRecord, layer: LayerId, areaCount: number, derived: DerivedClasses): string {
  if (isHleLayerId(layer)) {
    const reading = hleReading(area, layer);
    if (!reading) return 'No data';
    const flag = reading.provenance === 'msoa-estimate' ? ' (estimate)' : reading.provenance === 'county' || reading.provenance === 'successor-unitary' ? ` (${reading.sourceName})` : '';
    return `${reading.value.toFixed(1)} years${flag}`;
  }
  if (layer === 'imd') return `IMD rank ${area.imd.rankAvgRank} of ${areaCount} (1 = most deprived)`;
  if (layer === 'luf') return `Priority category ${area.luf}`;
  return derivedClassOf(layer, area.code, derived).label;
}
