// The gap view's change map: each upper-tier area's change in healthy life expectancy since a baseline
// period, put in one of three classes by its 95% interval (areaChanges in hleGap.ts), with the colours, the
// legend's counts and the sentence a reader sees for one area.
import type { HleSex, UpperTierHle } from '../data/upperTierHle';
import { areaChanges, WHITE_PAPER_BASELINE, type AreaChange } from './hleGap';
import { changeInterval, signed, years } from './gapText';
import type { ChangeBaseline } from './changeBaseline';

export { CHANGE_BASELINES, isChangeBaseline, type ChangeBaseline } from './changeBaseline';

/** The period a baseline names, as the figures file writes it ("2018–20"). */
export const baselinePeriod = (baseline: ChangeBaseline): string => baseline.replace('-', '–');

/** What a change choice is called beside its radio button. */
export function baselineLabel(baseline: ChangeBaseline): string {
  const period = baselinePeriod(baseline);
  return period === WHITE_PAPER_BASELINE ? `Since ${period}, the white paper’s baseline` : `Since ${period}`;
}

export type ChangeClassId = 'fell' | 'within' | 'rose' | 'none';

export interface ChangeClass {
  id: ChangeClassId;
  label: string;
  /** Null: drawn hatched, as every area without a figure is on this app's maps. */
  colour: string | null;
}

/**
 * Falls and rises in the two ends of ColorBrewer's PuOr (safe for the common colour-vision deficiencies);
 * a change within the noise is neutral grey, between them and lighter than both, so that it reads as "no
 * evidence either way", never as a small change.
 */
export const CHANGE_CLASSES: readonly ChangeClass[] = [
  { id: 'fell', label: 'Fell beyond the noise', colour: '#b35806' },
  { id: 'within', label: 'Within the noise (neutral)', colour: '#d9d9d9' },
  { id: 'rose', label: 'Rose beyond the noise', colour: '#542788' },
  { id: 'none', label: 'No figure', colour: null },
];

/** A change beyond the noise has a 95% interval wholly above or wholly below zero. */
export function changeClass(change: AreaChange): ChangeClassId {
  if (!change.change) return 'none';
  if (!change.beyondNoise) return 'within';
  return change.change.value < 0 ? 'fell' : 'rose';
}

export interface ChangeMapData {
  from: string;
  to: string;
  sex: HleSex;
  changes: AreaChange[];
  /** Per area code: its class. */
  classOf: Map<string, ChangeClassId>;
  /** Each class with how many areas are in it, in legend order. */
  classes: (ChangeClass & { count: number })[];
}

/** Each area's colour for the map; null for an area without a figure (hatched). */
export function changeColours(data: ChangeMapData): Map<string, string | null> {
  const colour = new Map(CHANGE_CLASSES.map((c) => [c.id, c.colour]));
  return new Map([...data.classOf].map(([code, id]) => [code, colour.get(id) ?? null]));
}

/** Every area's change from the baseline to the newest period, classed; null if the file lacks the baseline. */
export function changeMapData(file: UpperTierHle, sex: HleSex, baseline: ChangeBaseline): ChangeMapData | null {
  const from = file.periods.indexOf(baselinePeriod(baseline));
  const last = file.periods.length - 1;
  if (from < 0 || from >= last) return null;
  const changes = areaChanges(file, sex, from, last);
  const classOf = new Map(changes.map((c) => [c.code, changeClass(c)]));
  const counts = new Map<ChangeClassId, number>();
  for (const id of classOf.values()) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    from: file.periods[from]!,
    to: file.periods[last]!,
    sex,
    changes,
    classOf,
    classes: CHANGE_CLASSES.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 })),
  };
}

/**
 * What happened in one area, without its name (the hover tip shows the name above it): "male healthy life
 * expectancy fell from 56.1 (2011–13) to 52.7 (2022–24), a change of −3.4 years (95% interval −6.7 to
 * −0.1): beyond the noise."
 */
export function changeDescription(change: AreaChange, sex: HleSex, from: string, to: string): string {
  const what = `${sex} healthy life expectancy`;
  if (!change.from || !change.to || !change.change) {
    const missing = [!change.from && from, !change.to && to].filter(Boolean).join(' or ');
    return `ONS publishes no ${what} for ${missing}, so there is no change to show.`;
  }
  const c = change.change;
  const movement =
    c.value === 0
      ? `was ${years(change.to.value)} in both ${from} and ${to}`
      : `${c.value > 0 ? 'rose' : 'fell'} from ${years(change.from.value)} (${from}) to ${years(change.to.value)} (${to})`;
  return `${what} ${movement}, a change of ${signed(c.value)} years (95% interval ${changeInterval(c)}): ${change.beyondNoise ? 'beyond the noise' : 'within the noise'}.`;
}

/** "Hartlepool: male healthy life expectancy fell from …: beyond the noise." */
export const changeSentence = (change: AreaChange, sex: HleSex, from: string, to: string): string => `${change.name}: ${changeDescription(change, sex, from, to)}`;
