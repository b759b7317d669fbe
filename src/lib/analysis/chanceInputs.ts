// The areas file, read into the chance simulation's plain inputs: each ranked area's own figure and its error.
import type { AreasFile } from '../data/types';
import { englandOf, figureOf } from '../data/access';
import type { DivergenceDefinition } from './divergence';
import { healthReading } from './ownFigure';
import type { Weights } from './whatIfWeights';
import { needInputs } from './whatIfInputs';
import { standardErrorOf, type ChanceArea, type ChanceInput } from './chances';

const category = (value: number | null): 1 | 2 | 3 | null => (value === 1 || value === 2 || value === 3 ? value : null);

export function chanceInput(file: AreasFile, definition: DivergenceDefinition, weights: Weights | null): ChanceInput {
  const areas = file.areas.flatMap((area): ChanceArea[] => {
    const { own } = healthReading(file, definition.health, area);
    if (own === null) return [];
    return [
      {
        code: area.code,
        value: own,
        se: standardErrorOf(figureOf(file, definition.health, area.code)),
        luf: category(figureOf(file, 'luf', area.code).value),
        imdRank: figureOf(file, 'imd', area.code).value,
      },
    ];
  });
  // Plain copies: the input crosses to a worker, and the app's state objects are proxies that cannot.
  return {
    areas,
    definition: { ...definition },
    englandValue: englandOf(file, definition.health),
    areaCount: file.areas.length,
    whatIf: weights ? { inputs: needInputs(file, definition.health), weights: { ...weights } } : null,
  };
}
