// Today's areas file, read into the what-if tool's plain inputs. The only place that knows both shapes.
import type { AreasFile } from '../data/types';
import { HLE_LAYER_IDS, hleReading, LAYER_LABELS, type HleLayerId } from '../indicators/layers';
import type { NeedInput } from './whatIf';

/** The health measures the tool can weight; the Health Index joins them once the data file carries it. */
export type HealthMeasureId = HleLayerId;

export function needInputs(file: AreasFile, healthMeasure: HealthMeasureId): NeedInput[] {
  return file.areas.map((area) => ({
    code: area.code,
    name: area.name,
    health: hleReading(area, healthMeasure)?.value ?? null,
    imdRank: area.imd.rankAvgRank,
    category: area.luf,
  }));
}

/** The measures offered in the what-if panel, with the catalogue's words for them. */
export const HEALTH_MEASURE_CHOICES: readonly { id: HealthMeasureId; label: string; short: string }[] = HLE_LAYER_IDS.map((id) => ({
  id,
  label: LAYER_LABELS[id].label,
  short: LAYER_LABELS[id].short,
}));
