// The gap view's words: the sentence a journalist can quote, and the lines that read a change against its
// noise. Generated from the figures, so they say only what the figures say.
import type { HleSex } from '../data/upperTierHle';
import type { Estimate, GapChange, GapMeasure, GapSeries } from './hleGap';

export const SEX_WORDS: Readonly<Record<HleSex, { plural: string; label: string }>> = {
  male: { plural: 'males', label: 'Males' },
  female: { plural: 'females', label: 'Females' },
};

/** Years to one decimal, as ONS publishes them. */
export const years = (n: number): string => n.toFixed(1);

/** A change with its sign; a true minus sign, and no sign for a change that rounds to nothing. */
export function signed(n: number): string {
  const text = Math.abs(n).toFixed(1);
  if (text === '0.0') return text;
  return n > 0 ? `+${text}` : `−${text}`;
}

export const changeInterval = (e: Estimate): string => `${signed(e.lci)} to ${signed(e.uci)}`;

export const NOISE_WORDS = {
  beyond: 'beyond the noise of the survey estimates',
  within: 'within the noise of the survey estimates, so it may not be a real change',
} as const;

const noise = (beyondNoise: boolean): string => (beyondNoise ? NOISE_WORDS.beyond : NOISE_WORDS.within);

const BETWEEN: Readonly<Record<GapMeasure, string>> = {
  tenths: 'the tenth of upper-tier areas where it is highest and the tenth where it is lowest',
  range: 'the single upper-tier area where it is highest and the one where it is lowest',
};

function movement(change: GapChange, measure: GapMeasure): string {
  const from = years(change.from[measure].value);
  const to = years(change.to[measure].value);
  if (from === to) return `stayed at ${to} years`;
  return `${change.change.value > 0 ? 'widened' : 'narrowed'} from ${from} to ${to} years`;
}

/**
 * "Between 2011–13 and 2022–24 the gap in healthy life expectancy between … widened from X to Y years
 * (males): a change of +Z years (95% interval …), beyond the noise of the survey estimates."
 */
export function gapSentence(change: GapChange, measure: GapMeasure, sex: HleSex, level = 0.95): string {
  return (
    `Between ${change.from.period} and ${change.to.period} the gap in healthy life expectancy between ${BETWEEN[measure]} ` +
    `${movement(change, measure)} (${SEX_WORDS[sex].plural}): a change of ${signed(change.change.value)} years ` +
    `(${Math.round(level * 100)}% interval ${changeInterval(change.change)}), ${noise(change.beyondNoise)}.`
  );
}

/** "Between 2011–13 and 2022–24, male healthy life expectancy fell by more than the noise in 28 of the 151 … and rose by more than the noise in none." */
export function areaChangeSentence(counts: { measured: number; falls: number; rises: number }, from: string, to: string, sex: HleSex): string {
  const howMany = (n: number): string => (n === 0 ? 'none' : String(n));
  return (
    `Between ${from} and ${to}, ${sex} healthy life expectancy fell by more than the noise in ${howMany(counts.falls)} of the ${counts.measured} upper-tier areas ` +
    `with a figure in both periods, and rose by more than the noise in ${howMany(counts.rises)}.`
  );
}

const figure = (e: { value: number; lci: number; uci: number }): string => `${years(e.value)} (${years(e.lci)}–${years(e.uci)})`;

/** England's figures at the white paper's baseline and in the latest period, for the mission's second half. */
export function englandSentence(series: GapSeries, baseline: string): string | null {
  const base = series.points.find((p) => p.period === baseline);
  const last = series.points[series.points.length - 1];
  if (!base?.england || !last?.england || base === last) return null;
  return (
    `England's healthy life expectancy (${SEX_WORDS[series.sex].plural}) was ${figure(base.england)} years in ${baseline}, the white paper's baseline, ` +
    `and ${figure(last.england)} years in ${last.period}: a change of ${signed(last.england.value - base.england.value)} years.`
  );
}

/** What a chart draws, in one sentence for a screen reader. */
export function gapChartSummary(series: GapSeries): string {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (!first || !last) return 'No periods.';
  return (
    `Gap in healthy life expectancy, ${SEX_WORDS[series.sex].plural}, ${first.period} to ${last.period}: between the tenths ${years(first.tenths.value)} ` +
    `then ${years(last.tenths.value)} years; highest minus lowest ${years(first.range.value)} then ${years(last.range.value)} years.`
  );
}
