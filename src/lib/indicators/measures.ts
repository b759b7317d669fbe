// The catalogue seen as measures and periods: the layer menu lists measures, a period control beside it
// chooses the period, and a link names both (`?layer=hle-male&period=2022-24`). Every indicator stays
// addressable by its own id, so links written before periods were a dimension open what they opened then.
import { INDICATORS, type Indicator, type IndicatorId } from './catalogue';

export interface Period {
  key: string;
  label: string;
  indicator: IndicatorId;
  superseded: boolean;
}

export interface Measure {
  id: string;
  label: string;
  group: string;
  /** Newest first; figures superseded by a later publication for the same years after the ones replacing them. */
  periods: readonly Period[];
}

interface Member {
  measure: Omit<Measure, 'periods'>;
  period: Period;
  start: number;
}

function memberOf(entry: Indicator): Member {
  const own = entry.measure;
  if (!own) {
    return {
      measure: { id: entry.id, label: entry.label, group: entry.group },
      period: { key: periodKeyOf(entry.period), label: entry.period, indicator: entry.id, superseded: false },
      start: 0,
    };
  }
  return {
    measure: { id: own.id, label: own.label, group: own.group },
    period: { key: own.periodKey, label: own.periodLabel, indicator: entry.id, superseded: own.superseded ?? false },
    start: own.start,
  };
}

/** A period's words as a link key: lower case, dashes for anything that is not a letter or a digit. */
export function periodKeyOf(period: string): string {
  return period
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Newest first, a superseded figure after its replacement; otherwise catalogue order (the sort is stable). */
function byNewest(a: Member, b: Member): number {
  if (a.start !== b.start) return b.start - a.start;
  return Number(a.period.superseded) - Number(b.period.superseded);
}

/** Groups catalogue entries into measures, each entry one period of one (exported for fixtures). */
export function buildMeasures(entries: readonly Indicator[]): Measure[] {
  const members = new Map<string, Member[]>();
  entries.forEach((entry) => {
    const member = memberOf(entry);
    const list = members.get(member.measure.id) ?? [];
    list.push(member);
    members.set(member.measure.id, list);
  });
  return [...members.values()].map((list) => ({ ...list[0]!.measure, periods: [...list].sort(byNewest).map((member) => member.period) }));
}

/** Every measure, in the order its first member appears in the catalogue. */
export const MEASURES: readonly Measure[] = buildMeasures(INDICATORS);

const MEASURE_BY_ID: ReadonlyMap<string, Measure> = new Map(MEASURES.map((measure) => [measure.id, measure]));
const PLACE_OF_INDICATOR: ReadonlyMap<string, { measure: Measure; period: Period }> = new Map(
  MEASURES.flatMap((measure) => measure.periods.map((period) => [period.indicator, { measure, period }] as const)),
);

export function measureById(id: string): Measure | undefined {
  return MEASURE_BY_ID.get(id);
}

/** The measure an indicator is one period of, and which period. */
export function placeOf(id: IndicatorId): { measure: Measure; period: Period } {
  // Total by construction: every indicator is one period of one measure.
  return PLACE_OF_INDICATOR.get(id)!;
}

export function newestPeriod(measure: Measure): Period {
  return measure.periods[0]!;
}

/**
 * The period to show after choosing another measure: the same period where the new measure has it, so
 * that switching between the sexes keeps the years; otherwise its newest.
 */
export function periodOnSwitch(measure: Measure, current: IndicatorId | null): Period {
  const key = current === null ? null : placeOf(current).period.key;
  return measure.periods.find((period) => period.key === key) ?? newestPeriod(measure);
}

export type MeasureLookup =
  | { kind: 'found'; indicator: IndicatorId }
  /** The measure exists but not that period: its newest is shown instead. */
  | { kind: 'no-such-period'; indicator: IndicatorId; measure: Measure }
  | { kind: 'unknown' };

/**
 * What a link's `layer` (and `period`) name. An indicator's own id without a period is that indicator, as
 * links always meant; a measure's id without a period is its newest period; with a period, the measure
 * (of the id, or of the indicator the id names) at that period.
 */
export function lookUpMeasure(layer: string, period: string | null): MeasureLookup {
  const indicatorPlace = PLACE_OF_INDICATOR.get(layer);
  const measure = MEASURE_BY_ID.get(layer) ?? indicatorPlace?.measure;
  if (!measure) return { kind: 'unknown' };
  if (period === null) return { kind: 'found', indicator: indicatorPlace?.period.indicator ?? newestPeriod(measure).indicator };
  const match = measure.periods.find((candidate) => candidate.key === period);
  if (match) return { kind: 'found', indicator: match.indicator };
  return { kind: 'no-such-period', indicator: newestPeriod(measure).indicator, measure };
}

/** How a link names an indicator: by its measure and period where the measure has more than one. */
export function linkNameOf(id: IndicatorId): { layer: string; period: string | null } {
  const { measure, period } = placeOf(id);
  return measure.periods.length > 1 ? { layer: measure.id, period: period.key } : { layer: id, period: null };
}

/** The layer menu's groups of measures, in catalogue order. */
export const MEASURE_GROUPS: readonly string[] = [...new Set(MEASURES.map((measure) => measure.group))];
