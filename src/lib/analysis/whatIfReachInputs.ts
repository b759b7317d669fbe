// The areas file, read into the reach report's plain inputs: which outcome the ranking does not use, the
// healthy-life gap to England and the population. Only a district's own figure counts: a county's or a
// successor's is measured for another area and is never compared as the district's.
import type { AreasFile } from '../data/types';
import type { FigureStatus } from '../data/figureShape';
import { figureOf } from '../data/access';
import { HEALTH_MEASURES, indicator, type IndicatorId } from '../indicators/catalogue';
import { POPULATION_ID } from './awards';
import { reachReport, type ReachInput } from './whatIfReach';
import { midSentence } from './whatIfReachText';
import type { NeedInput, WhatIfResult } from './whatIf';

const MEASURED_ELSEWHERE: ReadonlySet<FigureStatus> = new Set(['county', 'successor']);
const YEARS = 'years';
const IMD_SCORE_ID = 'imd-score';

/** The first health measure in another unit: the Health Index for an HLE ranking, HLE for a Health Index one. */
export function independentMeasure(health: IndicatorId): IndicatorId | null {
  const unit = indicator(health).unit;
  return HEALTH_MEASURES.find((id) => indicator(id).unit !== unit) ?? null;
}

/** Of the ranking's measure and the independent one, the one in years of healthy life. */
export function yearsMeasure(health: IndicatorId, independent: IndicatorId | null): IndicatorId | null {
  return [health, independent].find((id): id is IndicatorId => id !== null && indicator(id).unit === YEARS) ?? null;
}

function ownValue(file: AreasFile, id: IndicatorId | null, code: string): number | null {
  if (id === null) return null;
  const figure = figureOf(file, id, code);
  return MEASURED_ELSEWHERE.has(figure.status) ? null : figure.value;
}

export interface ReachSetup {
  inputs: ReachInput[];
  independent: IndicatorId | null;
  years: IndicatorId | null;
  englandYears: number | null;
}

export function reachInputs(file: AreasFile, health: IndicatorId): ReachSetup {
  const independent = independentMeasure(health);
  const years = yearsMeasure(health, independent);
  const englandYears = years === null ? null : (file.indicators[years]?.england?.value ?? null);
  const inputs = file.areas.map((area): ReachInput => {
    const hle = ownValue(file, years, area.code);
    return {
      code: area.code,
      population: figureOf(file, POPULATION_ID, area.code).value,
      independent: ownValue(file, independent, area.code),
      gapYears: hle === null || englandYears === null ? null : Math.max(0, englandYears - hle),
      imdScore: figureOf(file, IMD_SCORE_ID, area.code).value,
    };
  });
  return { inputs, independent, years, englandYears };
}

/** The report with the words its sentences need; computed only when the panel is drawn. */
export function reachView(file: AreasFile, health: IndicatorId, needs: readonly NeedInput[], result: WhatIfResult) {
  const setup = reachInputs(file, health);
  return {
    report: reachReport(needs, setup.inputs, result),
    words: {
      measure: midSentence(indicator(health).label),
      independent: setup.independent === null ? null : midSentence(indicator(setup.independent).label),
      years: setup.years === null ? null : midSentence(indicator(setup.years).label),
    },
    independentShort: setup.independent === null ? null : indicator(setup.independent).shortLabel,
  };
}
