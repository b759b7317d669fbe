// The areas file, read into the what-if tool's plain inputs: the only place that knows both shapes.
import type { AreasFile } from '../data/types';
import { figureOf } from '../data/access';
import { HEALTH_MEASURES, indicator, type IndicatorId } from '../indicators/catalogue';
import { AWARDS_ID } from './awards';
import type { NeedInput } from './whatIf';

/** The health measures the tool can weight: the catalogue's health measures. */
export type HealthMeasureId = IndicatorId;

const category = (value: number | null): 1 | 2 | 3 | null => (value === 1 || value === 2 || value === 3 ? value : null);

export function needInputs(file: AreasFile, healthMeasure: HealthMeasureId): NeedInput[] {
  return file.areas.map((area) => ({
    code: area.code,
    name: area.name,
    health: figureOf(file, healthMeasure, area.code).value,
    imdRank: figureOf(file, 'imd', area.code).value,
    category: category(figureOf(file, 'luf', area.code).value),
    awardedGbp: figureOf(file, AWARDS_ID, area.code).value,
  }));
}

/** The measures offered in the what-if panel, with the catalogue's words for them. */
export const HEALTH_MEASURE_CHOICES: readonly { id: HealthMeasureId; label: string; short: string }[] = HEALTH_MEASURES.map((id) => ({
  id,
  label: indicator(id).label,
  short: indicator(id).shortLabel,
}));
