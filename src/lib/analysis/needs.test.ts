import { describe, expect, it } from 'vitest';
import type { AreasFile } from '../data/types';
import { code, makeFile, type AreaSpec } from '../indicators/testAreas';
import { HEALTH_MEASURES, INDICATORS, type IndicatorId } from '../indicators/catalogue';
import { LAYERS, isAnalysisLayer, type LayerId } from '../indicators/layers';
import { classify, DEFAULT_DEFINITION } from './divergence';
import { FIRST_VIEW_INDICATORS, MONEY_INPUTS, divergenceInputs, indicatorsNeeded, layerInputs, reachInputIds, tableInputs, whatIfInputs } from './needs';
import { needInputs } from './whatIfInputs';
import { reachInputs } from './whatIfReachInputs';
import { whatIf } from './whatIf';
import { PRESETS } from './whatIfWeights';
import { moneyByGroup } from './awards';
import { sharedAwards } from './sharedMoney';
import { analysisClasses, layerScale } from './mapLayer';
import { buildTable } from './table';
import { chanceInput } from './chanceInputs';

describe('the first view', () => {
  it('is the default layer, the divergence, money, what-if and reach inputs of male HLE 2009–13: seven indicators', () => {
    expect([...FIRST_VIEW_INDICATORS].sort()).toEqual(['health-index-2021', 'hle-male', 'imd', 'imd-score', 'luf', 'luf-awards', 'population-2019']);
  });
});

describe('indicatorsNeeded', () => {
  const base = { layer: 'hle-male' as LayerId, health: 'hle-male' as IndicatorId, table: false, everything: false };
  const needed = (query: Partial<typeof base>) => [...indicatorsNeeded({ ...base, ...query })].sort();

  it('adds a layer outside the first view, and nothing else', () => {
    expect(needed({ layer: 'towns-fund' })).toEqual([...FIRST_VIEW_INDICATORS, 'towns-fund'].sort());
  });
  it('follows the health measure into the divergence, what-if and reach inputs', () => {
    expect(needed({ health: 'hle-female-2022-24' })).toEqual(['health-index-2021', 'hle-female-2022-24', 'hle-male', 'imd', 'imd-score', 'luf', 'luf-awards', 'population-2019']);
    expect(needed({ layer: 'divergence', health: 'health-index-2021' })).toEqual(['health-index-2021', 'hle-male', 'imd', 'imd-score', 'luf', 'luf-awards', 'population-2019']);
  });
  it('the table reads the layer and the priority category only', () => {
    expect(needed({ layer: 'imd-prop10', table: true })).toEqual([...FIRST_VIEW_INDICATORS, 'imd-prop10'].sort());
  });
  it('an area panel or compare needs every indicator', () => {
    expect(needed({ everything: true })).toEqual(INDICATORS.map((entry) => entry.id).sort());
  });
});

describe('layerInputs and tableInputs', () => {
  const sorted = (ids: IndicatorId[]) => [...new Set(ids)].sort();
  it('the what-if layer reads the divergence inputs and the awards the ranking weighs', () => {
    expect(sorted(layerInputs('what-if', 'hle-female'))).toEqual(['hle-female', 'imd', 'luf', 'luf-awards']);
    expect(sorted(tableInputs('what-if', 'hle-female'))).toEqual(['hle-female', 'imd', 'luf', 'luf-awards']);
  });
  it('the divergence layer reads its three inputs only, without the awards', () => {
    expect(layerInputs('divergence', 'hle-female')).toEqual(['hle-female', 'luf', 'imd']);
    expect(sorted(tableInputs('divergence', 'hle-female'))).toEqual(['hle-female', 'imd', 'luf']);
  });
  it('a measure layer reads itself, whatever the health measure', () => {
    expect(layerInputs('towns-fund', 'hle-female')).toEqual(['towns-fund']);
    expect(tableInputs('towns-fund', 'hle-female')).toEqual(['towns-fund', 'luf']);
  });
});

// Each list is enough: the analysis gives the same result from a file holding only the indicators it lists.
describe('each analysis reads only what its list names', () => {
  const specs: AreaSpec[] = Array.from({ length: 40 }, (_, i) => ({
    code: code(i + 1),
    name: `Area ${i + 1}`,
    hleMale: 55 + ((i * 7) % 40) / 4,
    hleFemale: 56 + ((i * 11) % 40) / 4,
    imdRank: i + 1,
    luf: ((i % 3) + 1) as 1 | 2 | 3,
    estimate: i % 5 === 0,
    figures: { 'luf-awards': { value: (i % 4) * 1e6, status: 'official' }, 'population-2019': { value: 50_000 + i * 1000, status: 'official' } },
  }));
  const full = makeFile(specs);
  const only = (ids: readonly IndicatorId[]): AreasFile => ({ ...full, indicators: Object.fromEntries(ids.map((id) => [id, full.indicators[id]!])) });

  for (const health of HEALTH_MEASURES) {
    it(`under ${health}`, () => {
      const definition = { ...DEFAULT_DEFINITION, health };
      expect(classify(only(divergenceInputs(health)), definition)).toEqual(classify(full, definition));
      expect(chanceInput(only(divergenceInputs(health)), definition, null)).toEqual(chanceInput(full, definition, null));
      expect(needInputs(only(whatIfInputs(health)), health)).toEqual(needInputs(full, health));
      expect(reachInputs(only(reachInputIds(health)), health)).toEqual(reachInputs(full, health));
      const divergence = classify(full, definition);
      expect(moneyByGroup(only(MONEY_INPUTS), divergence)).toEqual(moneyByGroup(full, divergence));
      expect(sharedAwards(only(MONEY_INPUTS))).toEqual(sharedAwards(full));
    });
  }

  it('on every layer, the map scale and the table', () => {
    const health = DEFAULT_DEFINITION.health;
    const divergence = classify(full, DEFAULT_DEFINITION);
    const movers = whatIf(needInputs(full, health), PRESETS['equal-thirds'].weights);
    for (const { id } of LAYERS) {
      const analysis = isAnalysisLayer(id) ? analysisClasses(id, divergence, movers) : null;
      expect(layerScale(only(layerInputs(id, health)), id, analysis), id).toEqual(layerScale(full, id, analysis));
      expect(buildTable(only(tableInputs(id, health)), id, analysis), id).toEqual(buildTable(full, id, analysis));
    }
  });
});
