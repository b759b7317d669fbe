// Which indicators a view reads. The first-view data file holds exactly what the default view needs
// (FIRST_VIEW_INDICATORS, written by the pipeline and expected by the app); everything else is fetched, one
// measure's file at a time, when something on screen needs it. Each analysis's inputs are listed beside the
// others here, and needs.test.ts checks each list is enough: the analysis gives the same result on a file
// that holds only those indicators.
import { INDICATORS, type IndicatorId } from '../indicators/catalogue';
import { DEFAULT_LAYER, isAnalysisLayer, type LayerId } from '../indicators/layers';
import { AWARDS_ID, POPULATION_ID } from './awards';
import { DEFAULT_DEFINITION } from './divergence';
import { independentMeasure, yearsMeasure } from './whatIfReachInputs';

const PRIORITY_ID: IndicatorId = 'luf';
const IMD_RANK_ID: IndicatorId = 'imd';
const IMD_SCORE_ID: IndicatorId = 'imd-score';

/** The divergence classes, its lists, scatter and chances (classify, chanceInput). */
export function divergenceInputs(health: IndicatorId): IndicatorId[] {
  return [health, PRIORITY_ID, IMD_RANK_ID];
}

/** The what-if ranking (needInputs). */
export function whatIfInputs(health: IndicatorId): IndicatorId[] {
  return [health, IMD_RANK_ID, PRIORITY_ID, AWARDS_ID];
}

/** The what-if group's reach (reachInputs): people, the outcome the ranking does not use, years of healthy life. */
export function reachInputIds(health: IndicatorId): IndicatorId[] {
  const independent = independentMeasure(health);
  const years = yearsMeasure(health, independent);
  return [POPULATION_ID as IndicatorId, IMD_SCORE_ID, ...[independent, years].filter((id): id is IndicatorId => id !== null)];
}

/** Where the money went, own and shared, by group and priority category (moneyByGroup, sharedAwards). */
export const MONEY_INPUTS: readonly IndicatorId[] = [AWARDS_ID as IndicatorId, POPULATION_ID as IndicatorId, PRIORITY_ID];

/** What colours the map, its legend and hover text (layerScale, hoverText). */
export function layerInputs(layer: LayerId, health: IndicatorId): IndicatorId[] {
  if (!isAnalysisLayer(layer)) return [layer];
  return layer === 'what-if' ? [...divergenceInputs(health), ...whatIfInputs(health)] : divergenceInputs(health);
}

/** The table: the layer's figures and each area's priority category (buildTable). */
export function tableInputs(layer: LayerId, health: IndicatorId): IndicatorId[] {
  return [...layerInputs(layer, health), PRIORITY_ID];
}

/** What is on screen, as far as data is concerned: the URL's choices and the views open. */
export interface NeedsQuery {
  layer: LayerId;
  /** The divergence definition's (and the what-if tool's) health measure. */
  health: IndicatorId;
  /** The table of all areas is shown. */
  table: boolean;
  /** A view that shows every figure is open: an area's panel (and its CSV), or compare. */
  everything: boolean;
}

const ALL: ReadonlySet<IndicatorId> = new Set(INDICATORS.map((entry) => entry.id));

/**
 * The indicators the page needs now. The side panel's analyses (divergence, money, what-if and its reach)
 * are always on screen, so their inputs always count; then the layer, the table, and everything for the
 * views that show every figure.
 */
export function indicatorsNeeded(query: NeedsQuery): ReadonlySet<IndicatorId> {
  if (query.everything) return ALL;
  return new Set([
    ...layerInputs(query.layer, query.health),
    ...divergenceInputs(query.health),
    ...MONEY_INPUTS,
    ...whatIfInputs(query.health),
    ...reachInputIds(query.health),
    ...(query.table ? tableInputs(query.layer, query.health) : []),
  ]);
}

/** The default first view: no link, no area, the map. What static/data/areas.json holds. */
export const FIRST_VIEW_INDICATORS: ReadonlySet<IndicatorId> = indicatorsNeeded({ layer: DEFAULT_LAYER, health: DEFAULT_DEFINITION.health, table: false, everything: false });
