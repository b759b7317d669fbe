// The areas file, read into the what-if tool's plain inputs: the only place that knows both shapes.
import type { AreasFile } from '../data/types';
import { figureOf } from '../data/access';
import type { IndicatorId } from '../indicators/catalogue';
import { AWARDS_ID } from './awards';
import type { NeedInput } from './whatIf';
import { healthReading } from './ownFigure';

/** The health measures the tool can weight: the catalogue's health measures, shared with the divergence definition. */
export type HealthMeasureId = IndicatorId;

const category = (value: number | null): 1 | 2 | 3 | null => (value === 1 || value === 2 || value === 3 ? value : null);

export function needInputs(file: AreasFile, healthMeasure: HealthMeasureId): NeedInput[] {
  return file.areas.map((area) => {
    const { own, notOwn } = healthReading(file, healthMeasure, area);
    return {
      code: area.code,
      name: area.name,
      health: own,
      ...(notOwn ? { healthNotOwn: notOwn.reason } : {}),
      imdRank: figureOf(file, 'imd', area.code).value,
      category: category(figureOf(file, 'luf', area.code).value),
      awardedGbp: figureOf(file, AWARDS_ID, area.code).value,
    };
  });
}
