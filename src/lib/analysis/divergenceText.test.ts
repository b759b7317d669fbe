import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_DEFINITION } from './divergence';
import { divergenceCsv, headlineParts, needSentence, priorityNotNeedSentence, researchComparison } from './divergenceText';
import { code, makeFile } from '../indicators/testAreas';
import { sourceLines } from '../indicators/attribution';

const file = makeFile(Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 55 + i, imdRank: i + 1, luf: i % 2 ? (1 as const) : (2 as const) })));
const result = classify(file, { ...DEFAULT_DEFINITION, needSize: 'share' });

describe('definition in words', () => {
  it('states the measure, the share and the cut value', () => {
    expect(needSentence(result)).toBe(
      'High health need: healthy life expectancy at birth, males, 2009–13 in the lowest 30% of English areas (3 of 10 areas with a figure, 57.0 years or less), but not in Levelling Up Fund priority category 1.',
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
    const csv = divergenceCsv(result, 'http://127.0.0.1/?pct=30');
    const lines = csv.trimEnd().split('\r\n');
    const header = lines.filter((l) => l.startsWith('#'));
    expect(header.some((l) => l.includes('lowest 30%'))).toBe(true);
    expect(header.some((l) => l.includes('Open Government Licence'))).toBe(true);
    const rows = lines.slice(header.length + 1);
    expect(rows).toHaveLength(result.needNotPriority.length + result.priorityNotNeed.length);
    expect(rows[0]).toMatch(/^"high need, not top priority",E07/);
  });

  it('writes exactly these lines: header, sources, columns, then both lists with their caveats, CRLF-terminated', () => {
    // Area 3's interval (56.5–57.5) includes the 57.0 cut, so its row carries the borderline caveat.
    const withCi = makeFile(Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 55 + i, imdRank: i + 1, luf: i % 2 ? (1 as const) : (2 as const), ...(i === 2 ? { ci: [56.5, 57.5] as [number, number] } : {}) })));
    const csv = divergenceCsv(classify(withCi, { ...DEFAULT_DEFINITION, needSize: 'share' }), 'http://127.0.0.1/?pct=30');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '# Health Gap Map: where health need and Levelling Up Fund priority diverge',
      '# High health need: healthy life expectancy at birth, males, 2009–13 in the lowest 30% of English areas (3 of 10 areas with a figure, 57.0 years or less), but not in Levelling Up Fund priority category 1.',
      '# Top priority, lower need: Levelling Up Fund priority category 1, but healthy life expectancy above the England value (63.5 years) and in the less deprived half by IMD 2019 (rank above 5; 1 = most deprived).',
      '# HLE rank: 1 = lowest of 10. IMD rank: 1 = most deprived.',
      '# View: http://127.0.0.1/?pct=30',
      ...sourceLines().map((line) => `# Source: ${line}`),
      'group,code,name,HLE males 2009–13 (years),health_rank_lowest_first,imd2019_rank,luf_priority_category,caveat',
      '"high need, not top priority",E07000001,Area 1,55,1,1,2,',
      '"high need, not top priority",E07000003,Area 3,57,3,3,2,Borderline: the 95% confidence interval includes the cut',
      '"top priority, lower need",E07000010,Area 10,64,10,10,1,',
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
      'Of the 93 areas with the lowest healthy life expectancy (males, 2009–13), as many as priority category 1 holds, 58 were in Levelling Up Fund priority category 1 and 35 were not (20 in category 2, 15 in category 3).',
    );
    expect(headlineParts(r).filter((p) => p.figure).map((p) => [p.figure, p.text])).toEqual([
      ['need-count', '93'],
      ['need-by-1', '58'],
      ['need-not-1', '35'],
      ['need-by-2', '20'],
      ['need-by-3', '15'],
    ]);
    expect(researchComparison(r)).toEqual({
      text: 'The 2021 research this tool builds on counted the 93 areas with the lowest male healthy life expectancy 2009–13 (as many as priority category 1 holds): 58 in category 1, 35 not. Ours matches it.',
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
    expect(text(r)).toContain('Of the 94 areas with the lowest 30% healthy life expectancy (males, 2009–13), 59 were in');
    expect(researchComparison(r).text).toContain('Ours does not match it: 94, 59 and 35, because this definition differs');
  });

  it('counts areas tied at the cut, and says so', () => {
    const tied = makeFile(specs.map((spec, i) => (i === 93 ? { ...spec, hleMale: hle(92), luf: 1 as const } : spec)));
    const r = classify(tied, DEFAULT_DEFINITION);
    expect(text(r)).toContain('Of the 94 areas with the lowest healthy life expectancy (males, 2009–13), as many as priority category 1 holds, with 1 more tied at the cut, 59 were');
    expect(needSentence(r)).toContain('among the 93 lowest of English areas, as many as priority category 1 holds (94 of 314 areas with a figure, with 1 more tied at the cut, 54.6 years or less)');
  });
});
