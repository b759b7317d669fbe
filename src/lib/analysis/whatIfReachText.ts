// The reach report in words and as CSV: what a journalist would quote, and what a spreadsheet would check.
import { csvDocument, type Cell } from '../csv';
import { count, pounds } from '../format';
import { peopleWords } from './awards';
import type { WhatIfResult } from './whatIf';
import type { Agreement, ReachReport, VariantRun } from './whatIfReach';

/** "healthy life expectancy …" but "ONS Health Index, 2021": a label as it reads mid-sentence. */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

export interface ReachWording {
  /** e.g. "healthy life expectancy at birth, males, 2009–13" */
  measure: string;
  /** The outcome the ranking does not use, or null when there is none. */
  independent: string | null;
  /** The measure person-years are counted on, or null when neither is in years. */
  years: string | null;
}

/** "12.3 million person-years", "850,000 person-years". */
export function personYearsWords(value: number): string {
  return value >= 1_000_000 ? `${(value / 1_000_000).toFixed(1)} million person-years` : `${count(Math.round(value))} person-years`;
}

/** "16.5–18.6 million", "850,000–1.2 million": people as a range, the unit said once where it can be. */
function peopleRange(values: readonly number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const bare = (n: number) => peopleWords(n).replace(' people', '');
  if (lo === hi) return bare(lo);
  return lo >= 1_000_000 ? `${(lo / 1_000_000).toFixed(1)}–${bare(hi)}` : `${bare(lo)}–${bare(hi)}`;
}

const range = (values: readonly number[], format: (n: number) => string = String): string => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? format(lo) : `${format(lo)}–${format(hi)}`;
};

export function peopleReachSentence(report: ReachReport, words: ReachWording): string {
  const [published, current] = report.allocations;
  return (
    `${peopleWords(report.base.people)} live in the ${report.base.lowestAreas} areas with the lowest ${words.measure}; ` +
    `category 1 as published covers ${peopleWords(published!.people).replace(' people', '')} of them, this top group ${peopleWords(current!.people).replace(' people', '')}.`
  );
}

export function independentSentence(report: ReachReport, words: ReachWording): string | null {
  if (words.independent === null) return null;
  const [published, current] = report.allocations;
  return (
    `Against ${words.independent}, which the ranking does not use: of the ${report.base.independentLowest} areas lowest on it ` +
    `(districts' own figures only), category 1 as published holds ${published!.independentAreas}, this top group ${current!.independentAreas}.`
  );
}

export function personYearsSentence(report: ReachReport, words: ReachWording): string | null {
  if (words.years === null) return null;
  const [published, current] = report.allocations;
  return (
    `Healthy life below England's, on ${words.years}: ${personYearsWords(report.base.personYears)} in all (each district below England: its gap in years ` +
    `times its people; districts' own figures only). Category 1 as published holds ${personYearsWords(published!.personYears).replace(' person-years', '')} of them, this top group ${personYearsWords(current!.personYears).replace(' person-years', '')}.`
  );
}

export function sensitivitySentence(report: ReachReport): string {
  const v = report.variants;
  const pick = (key: keyof VariantRun) => v.map((run) => run[key] as number);
  return (
    `Scored in other reasonable ways (the category by its band's mid-place instead of 1, 0.5 and 0; standardised values instead of places), ` +
    `the same weights move ${range(pick('enters'))} areas in and ${range(pick('leaves'))} out, reach ${range(pick('lowestAreas'))} of the ` +
    `${report.base.lowestAreas} lowest-health areas (${peopleRange(pick('people'))} people) and ` +
    `${range(pick('independentAreas'))} of the ${report.base.independentLowest} lowest on the other outcome.`
  );
}

const rho = (a: Agreement): string => (a.rho === null ? 'no figure' : a.rho.toFixed(2));

export function agreementSentence(report: ReachReport, words: ReachWording): string {
  const other = words.independent === null ? '' : ` With ${words.independent}: ${rho(report.healthIndependent)} (${report.healthIndependent.areas} areas).`;
  return (
    `IMD 2019 already counts health: its Health Deprivation and Disability domain carries 13.5% of its weight, so the two ingredients overlap. ` +
    `Spearman's rank correlation of ${words.measure} with IMD rank (1 = most deprived), over the ${report.healthImd.areas} areas with both: ` +
    `${rho(report.healthImd)} (1 would be the same order, 0 no relation).${other}`
  );
}

/** The money line: what the movers won in practice, in a competition; not money the group would move. */
export function moverMoneySentence(money: NonNullable<WhatIfResult['money']>): string {
  const without = (n: number) => (n > 0 ? ` (${n} without a figure)` : '');
  return (
    `The Levelling Up Fund was competitive: councils bid, and the category set priority, not an allocation. In practice the areas that would leave ` +
    `the top group won ${pounds(money.leaversGbp)}${without(money.leaversWithoutFigure)} and those that would enter it ${pounds(money.enterersGbp)}` +
    `${without(money.enterersWithoutFigure)}: what they won, not money that would move with the group.`
  );
}

/** The reach table and the sensitivity runs, one row each, with the sentences as `#` lines. */
export function reachCsv(report: ReachReport, words: ReachWording, comments: readonly string[]): string {
  const row = (kind: string, label: string, r: ReachReport['allocations'][number] | VariantRun, enters: Cell, leaves: Cell, note: Cell): Cell[] => [
    kind,
    label,
    enters,
    leaves,
    r.lowestAreas,
    r.people,
    Math.round(r.personYears),
    r.independentAreas,
    note,
  ];
  return csvDocument(
    [
      ...comments,
      peopleReachSentence(report, words),
      ...[personYearsSentence(report, words), independentSentence(report, words)].flatMap((s) => (s === null ? [] : [s])),
      sensitivitySentence(report),
      agreementSentence(report, words),
      `Base: ${report.base.lowestAreas} lowest-health areas, ${report.base.people} people, ${Math.round(report.base.personYears)} person-years below England, ${report.base.independentLowest} lowest on the other outcome.`,
    ],
    ['kind', 'allocation', 'enters', 'leaves', 'lowest_health_areas_reached', 'people_in_them', 'person_years_below_england', 'lowest_on_other_outcome_reached', 'note'],
    [
      ...report.allocations.map((a) => row('allocation', a.label, a, null, null, a.byDefinition)),
      ...report.variants.map((v) => row('sensitivity', v.label, v, v.enters, v.leaves, null)),
    ],
  );
}
