import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_DEFINITION } from './divergence';
import { classLabel, divergenceCsv, headlineParts, measureAxis, measureColumns, needSentence, priorityNotNeedSentence, researchComparison } from './divergenceText';
import { code, makeFile } from '../indicators/testAreas';
import { sourceLines } from '../indicators/attribution';

const file = makeFile(Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 55 + i, imdRank: i + 1, luf: i % 2 ? (1 as const) : (2 as const) })));
const result = classify(file, { ...DEFAULT_DEFINITION, needSize: 'share' });

describe('definition in words', () => {
  it('states the measure, the share and the cut value', () => {
    expect(needSentence(result)).toBe(
      'High health need: the 3 areas with the lowest healthy life expectancy (males, 2009–13) among the 10 with a figure of their own, the lowest 30% (57.0 years or less), but not in Levelling Up Fund priority category 1.',
    );
  });

  it('states the comparison and the deprivation cut', () => {
    expect(priorityNotNeedSentence(result)).toContain('healthy life expectancy above the England value (63.5 years)');
    expect(priorityNotNeedSentence(result)).toContain('less deprived half by IMD 2019 (rank above 5; 1 = most deprived)');
    const fifth = classify(file, { ...DEFAULT_DEFINITION, needSize: 'share', imdCut: 'fifth', comparison: 'median' });
    expect(priorityNotNeedSentence(fifth)).toContain('the median of areas (59.5 years)');
    expect(priorityNotNeedSentence(fifth)).toBe(
      'Top priority, lower need: Levelling Up Fund priority category 1, but healthy life expectancy above the median of areas (59.5 years) and outside the most deprived fifth by IMD 2019 (rank above 2; 1 = most deprived).',
    );
  });
});

describe('CSV', () => {
  it('puts the definition and sources in header lines, then one row per listed area', () => {
    const csv = divergenceCsv(file, result, 'http://127.0.0.1/?pct=30');
    const lines = csv.trimEnd().split('\r\n');
    const header = lines.filter((l) => l.startsWith('#'));
    expect(header.some((l) => l.includes('lowest 30%'))).toBe(true);
    expect(header.some((l) => l.includes('Open Government Licence'))).toBe(true);
    const rows = lines.slice(header.length + 1);
    expect(rows).toHaveLength(result.needNotPriority.length + result.priorityNotNeed.length);
    expect(rows[0]).toMatch(/^"high need, not top priority",E07/);
  });

  it('writes exactly these lines: header, sources, columns, then both lists (no chances until they are worked out), CRLF-terminated', () => {
    const withCi = makeFile(Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 55 + i, imdRank: i + 1, luf: i % 2 ? (1 as const) : (2 as const), ...(i === 2 ? { ci: [56.5, 57.5] as [number, number] } : {}) })));
    const csv = divergenceCsv(withCi, classify(withCi, { ...DEFAULT_DEFINITION, needSize: 'share' }), 'http://127.0.0.1/?pct=30');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '# Health Gap Map: where health need and Levelling Up Fund priority diverge',
      '# 2 of the 3 districts with the lowest healthy life expectancy were not in the Levelling Up Fund\'s top priority group (category 1); 1 was. High need here: the 3 lowest of the 10 districts with a figure of their own for healthy life expectancy (males, 2009–13), the lowest 30%. Of the 2, 2 were in category 2 and 0 in category 3.',
      '# High health need: the 3 areas with the lowest healthy life expectancy (males, 2009–13) among the 10 with a figure of their own, the lowest 30% (57.0 years or less), but not in Levelling Up Fund priority category 1.',
      '# Top priority, lower need: Levelling Up Fund priority category 1, but healthy life expectancy above the England value (63.5 years) and in the less deprived half by IMD 2019 (rank above 5; 1 = most deprived).',
      '# HLE rank: 1 = lowest of the 10 districts with a figure of their own. IMD rank: 1 = most deprived.',
      '# View: http://127.0.0.1/?pct=30',
      ...sourceLines().map((line) => `# Source: ${line}`),
      'group,code,name,healthy_life_expectancy_years,hle_rank_lowest_first,imd2019_rank,luf_priority_category,chance_in_list_pct,caveat',
      '"high need, not top priority",E07000001,Area 1,55,1,1,2,,',
      '"high need, not top priority",E07000003,Area 3,57,3,3,2,,',
      '"top priority, lower need",E07000010,Area 10,64,10,10,1,,',
      '',
    ]);
  });
});

describe('need size as many as category 1 holds: headline and the research line', () => {
  // 93 areas in category 1 among 314; the 93 lowest hold 58 of them, as in the research.
  const hle = (i: number) => 50 + i * 0.05;
  const luf = (i: number): 1 | 2 | 3 => (i < 93 ? (i < 58 ? 1 : i < 78 ? 2 : 3) : i < 128 ? 1 : i < 216 ? 2 : 3);
  const specs = Array.from({ length: 314 }, (_, i) => ({ code: code(i + 1), hleMale: hle(i), imdRank: i + 1, luf: luf(i) }));
  const research = makeFile(specs);
  const text = (r: ReturnType<typeof classify>) => headlineParts(r).map((p) => p.text).join('');

  it('reads as the research does, with the count', () => {
    const r = classify(research, DEFAULT_DEFINITION);
    expect(text(r)).toBe(
      "35 of the 93 districts with the lowest healthy life expectancy were not in the Levelling Up Fund's top priority group (category 1); 58 were. " +
        'High need here: the 93 lowest of the 314 districts with a figure of their own for healthy life expectancy (males, 2009–13), as many as priority category 1 holds among them. ' +
        'Of the 35, 20 were in category 2 and 15 in category 3.',
    );
    expect(headlineParts(r).filter((p) => p.figure).map((p) => [p.figure, p.text])).toEqual([
      ['need-not-1', '35'],
      ['need-count', '93'],
      ['need-by-1', '58'],
      ['ranked-count', '314'],
      ['need-by-2', '20'],
      ['need-by-3', '15'],
    ]);
    expect(researchComparison(r)).toEqual({
      lead: 'The Health Foundation, ',
      title: 'The government’s levelling up agenda: an opportunity to improve health in England',
      rest: ' (J. Dixon and G. Everest, 2021; ISBN 978-1-911615-61-3), counted the 93 areas with the lowest male healthy life expectancy 2009–13 (as many as priority category 1 holds): 58 in category 1, 35 not. Ours matches it.',
      text: 'The Health Foundation, The government’s levelling up agenda: an opportunity to improve health in England (J. Dixon and G. Everest, 2021; ISBN 978-1-911615-61-3), counted the 93 areas with the lowest male healthy life expectancy 2009–13 (as many as priority category 1 holds): 58 in category 1, 35 not. Ours matches it.',
      matches: true,
    });
  });

  it('says when the same definition gives other counts', () => {
    // One category-1 area among the lowest swaps category with one far from them.
    const moved = makeFile(specs.map((spec, i) => (i === 0 || i === 250 ? { ...spec, luf: i === 0 ? (3 as const) : (1 as const) } : spec)));
    const r = classify(moved, DEFAULT_DEFINITION);
    expect(researchComparison(r).matches).toBe(false);
    expect(researchComparison(r).text).toMatch(/ Ours does not match it: 93, 57 and 36\.$/);
  });

  it('says why a different definition does not match', () => {
    const r = classify(research, { ...DEFAULT_DEFINITION, needSize: 'share' });
    expect(text(r)).toContain("35 of the 94 districts with the lowest healthy life expectancy were not in the Levelling Up Fund's top priority group (category 1); 59 were.");
    expect(text(r)).toContain('for healthy life expectancy (males, 2009–13), the lowest 30%.');
    expect(researchComparison(r).text).toContain('Ours does not match it: 94, 59 and 35, because this definition differs');
  });

  it('counts areas tied at the cut, and says so', () => {
    const tied = makeFile(specs.map((spec, i) => (i === 93 ? { ...spec, hleMale: hle(92), luf: 1 as const } : spec)));
    const r = classify(tied, DEFAULT_DEFINITION);
    expect(text(r)).toContain('35 of the 94 districts');
    expect(text(r)).toContain('High need here: the 94 lowest of the 314 districts with a figure of their own for healthy life expectancy (males, 2009–13), as many as priority category 1 holds among them, with 1 more tied at the cut.');
    expect(needSentence(r)).toContain('the 94 areas with the lowest healthy life expectancy (males, 2009–13) among the 314 with a figure of their own, as many as priority category 1 holds among them, with 1 more tied at the cut (54.6 years or less)');
  });
});

describe('labels follow the chosen health measure', () => {
  it('names the axis, the columns and the no-data class after the measure', () => {
    expect(measureAxis('hle-male')).toBe('HLE (years)');
    expect(measureAxis('health-index-2021')).toBe('Health Index 2021 (2015 = 100)');
    expect(measureColumns('hle-female-2022-24')).toEqual({ value: 'healthy_life_expectancy_years', rank: 'hle_rank_lowest_first' });
    expect(measureColumns('health-index-2021')).toEqual({ value: 'health_index_2021', rank: 'health_index_2021_rank_lowest_first' });
    expect(classLabel('no-data', 'hle-male')).toBe('No healthy life expectancy figure');
    expect(classLabel('no-data', 'health-index-2021')).toBe('No Health Index 2021 figure');
  });
});
