// The gap view's words: the sentence a journalist can quote, and the lines that read a change against its
// noise. Generated from the figures, so they say only what the figures say.
import type { HleSex } from '../data/upperTierHle';
import type { Estimate, GapChange, GapMeasure } from './hleGap';

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
