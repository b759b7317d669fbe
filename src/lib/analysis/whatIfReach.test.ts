import { describe, expect, it } from 'vitest';
import { whatIf, type NeedInput } from './whatIf';
import { BY_DEFINITION_HEALTH_ONLY, reachReport, spearman, type ReachInput } from './whatIfReach';
import {
  agreementSentence,
  independentSentence,
  midSentence,
  moverMoneySentence,
  peopleReachSentence,
  personYearsSentence,
  personYearsWords,
  reachCsv,
  sensitivitySentence,
} from './whatIfReachText';
import { peopleWords } from './awards';

const need = (code: string, health: number, imdRank: number, category: 1 | 2 | 3): NeedInput => ({ code, name: `Area ${code}`, health, imdRank, category });
// Two areas in category 1, so the group holds two. Health scores: a 1, c 0.8, d 0.6, b 0.4, e 0.2, f 0.
// Categories 1, 1, 2, 3, 3, 3: by its band's mid-place, category 1 scores 0.9, 2 scores 0.6, 3 scores 0.2.
const needs = [need('a', 50, 3, 1), need('b', 60, 1, 1), need('c', 52, 2, 2), need('d', 55, 4, 3), need('e', 65, 6, 3), need('f', 70, 5, 3)];
// England's HLE is 60 in this fixture: gaps a 10, c 8, d 5. The independent outcome is lowest for a and e.
const extra = (code: string, population: number, independent: number, gapYears: number, imdScore: number): ReachInput => ({ code, population, independent, gapYears, imdScore });
const extras = [extra('a', 100, 1, 10, 20), extra('b', 200, 5, 0, 40), extra('c', 300, 4, 8, 30), extra('d', 400, 6, 5, 15), extra('e', 500, 2, 0, 5), extra('f', 600, 3, 0, 10)];
const weights = { health: 1, deprivation: 0, category: 1 };
const report = reachReport(needs, extras, whatIf(needs, weights));
const reachRow = (r: { lowestAreas: number; people: number; personYears: number; independentAreas: number }) => [r.lowestAreas, r.people, r.personYears, r.independentAreas];

describe('reach in people, person-years and an independent outcome', () => {
  it('counts the base: the lowest-health areas, their people, every person-year below England, the lowest on the other outcome', () => {
    expect(report.base).toEqual({ lowestAreas: 2, people: 400, personYears: 5400, independentLowest: 2 });
  });

  it('gives each allocation its reach, and says where one holds by definition', () => {
    expect(report.allocations.map((a) => [a.id, ...reachRow(a), a.byDefinition])).toEqual([
      ['published', 1, 100, 1000, 1, null],
      ['current', 1, 100, 1000, 1, null],
      ['health-only', 2, 400, 3400, 1, BY_DEFINITION_HEALTH_ONLY],
      ['deprivation-only', 1, 300, 2400, 0, null],
      ['equal-thirds', 1, 100, 1000, 1, null],
    ]);
  });

  it('marks the current group as true by definition when its weights are health only', () => {
    const healthOnly = reachReport(needs, extras, whatIf(needs, { health: 5, deprivation: 0, category: 0 }));
    expect(healthOnly.allocations[1]!.byDefinition).toBe(BY_DEFINITION_HEALTH_ONLY);
  });
});

describe('sensitivity', () => {
  it('reruns the same weights with the category by its band’s mid-place and with standardised values', () => {
    // Places: a 2, b 1.4, c 1.3. Mid-place category: a 1.9, c 1.4, b 1.3. Standardised: a 2.52, c 1.12, b 1.11.
    expect(report.variants.map((v) => [v.id, v.enters, v.leaves, ...reachRow(v)])).toEqual([
      ['ranks', 0, 0, 1, 100, 1000, 1],
      ['category-mid-rank', 1, 1, 2, 400, 3400, 1],
      ['standardised', 1, 1, 2, 400, 3400, 1],
    ]);
  });
});

describe('agreement', () => {
  it("computes Spearman's rank correlation of the health measure with IMD rank and with the other outcome", () => {
    expect(report.healthImd.areas).toBe(6);
    expect(report.healthImd.rho).toBeCloseTo(19 / 35, 12);
    expect(report.healthIndependent.rho).toBeCloseTo(3 / 35, 12);
  });

  it('gives tied values their average rank, and no figure with fewer than three pairs', () => {
    expect(spearman([{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 2, y: 3 }]).rho).toBeCloseTo(Math.sqrt(3) / 2, 12);
    expect(spearman([{ x: 1, y: 1 }, { x: 2, y: 2 }])).toEqual({ rho: null, areas: 2 });
  });
});

describe('words', () => {
  const words = { measure: 'healthy life expectancy', independent: 'ONS Health Index, 2021', years: 'healthy life expectancy' };

  it('says each reach as a journalist would quote it', () => {
    expect(peopleReachSentence(report, words)).toBe(
      '400 people live in the 2 areas with the lowest healthy life expectancy; category 1 as published covers 100 of them, this top group 100.',
    );
    expect(personYearsSentence(report, words)).toBe(
      "Healthy life below England's, on healthy life expectancy: 5,400 person-years in all (each district below England: its gap in years times its people; districts' own figures only). Category 1 as published holds 1,000 of them, this top group 1,000.",
    );
    expect(independentSentence(report, words)).toBe(
      "Against ONS Health Index, 2021, which the ranking does not use: of the 2 areas lowest on it (districts' own figures only), category 1 as published holds 1, this top group 1.",
    );
    expect(sensitivitySentence(report)).toBe(
      "Scored in other reasonable ways (the category by its band's mid-place instead of 1, 0.5 and 0; standardised values instead of places), the same weights move 0–1 areas in and 0–1 out, reach 1–2 of the 2 lowest-health areas (100–400 people) and 1 of the 2 lowest on the other outcome.",
    );
    expect(agreementSentence(report, words)).toBe(
      "IMD 2019 already counts health: its Health Deprivation and Disability domain carries 13.5% of its weight, so the two ingredients overlap. Spearman's rank correlation of healthy life expectancy with IMD rank (1 = most deprived), over the 6 areas with both: 0.54 (1 would be the same order, 0 no relation). With ONS Health Index, 2021: 0.09 (6 areas).",
    );
  });

  it('says the movers’ money is what they won in a competition, not money that would move', () => {
    expect(moverMoneySentence({ leaversGbp: 5_000_000, enterersGbp: 2_500_000, leaversWithoutFigure: 0, enterersWithoutFigure: 1 })).toBe(
      'The Levelling Up Fund was competitive: councils bid, and the category set priority, not an allocation. In practice the areas that would leave the top group won £5,000,000 and those that would enter it £2,500,000 (1 without a figure): what they won, not money that would move with the group.',
    );
  });

  it('reads labels mid-sentence, keeping an acronym', () => {
    expect([midSentence('Healthy life expectancy at birth'), midSentence('ONS Health Index, 2021')]).toEqual(['healthy life expectancy at birth', 'ONS Health Index, 2021']);
    expect([personYearsWords(84_443_156.88), peopleWords(16_467_050)]).toEqual(['84.4 million person-years', '16.5 million people']);
  });

  it('writes every allocation and run to the CSV, with the by-definition note', () => {
    const lines = reachCsv(report, words, ['Title']).split('\r\n');
    expect(lines.slice(7)).toEqual([
      'kind,allocation,enters,leaves,lowest_health_areas_reached,people_in_them,person_years_below_england,lowest_on_other_outcome_reached,note',
      'allocation,Category 1 as published,,,1,100,1000,1,',
      'allocation,This top group,,,1,100,1000,1,',
      `allocation,Health only,,,2,400,3400,1,"${BY_DEFINITION_HEALTH_ONLY}"`,
      'allocation,Deprivation only,,,1,300,2400,0,',
      'allocation,Equal thirds,,,1,100,1000,1,',
      'sensitivity,"As shown: places, category 1 / 0.5 / 0",0,0,1,100,1000,1,',
      'sensitivity,Category scored by its band’s mid-place,1,1,2,400,3400,1,',
      'sensitivity,Standardised values instead of places,1,1,2,400,3400,1,',
      '',
    ]);
  });
});
