import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_DEFINITION } from './divergence';
import { divergenceCsv, needSentence, priorityNotNeedSentence } from './divergenceText';
import { code, makeFile } from '../indicators/testAreas';

const file = makeFile(Array.from({ length: 10 }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 55 + i, imdRank: i + 1, luf: i % 2 ? (1 as const) : (2 as const) })));
const result = classify(file, DEFAULT_DEFINITION);

describe('definition in words', () => {
  it('states the measure, the share and the cut value', () => {
    expect(needSentence(result)).toBe(
      'High health need: healthy life expectancy at birth, males, 2009–13 in the lowest 30% of English areas (3 of 10 areas with a figure, 57.0 years or less), but not in Levelling Up Fund priority category 1.',
    );
  });

  it('states the comparison and the deprivation cut', () => {
    expect(priorityNotNeedSentence(result)).toContain('HLE males 2009–13 above the England value (63.5 years)');
    expect(priorityNotNeedSentence(result)).toContain('less deprived half by IMD 2019 (rank above 5; 1 = most deprived)');
    const fifth = classify(file, { ...DEFAULT_DEFINITION, imdCut: 'fifth', comparison: 'median' });
    expect(priorityNotNeedSentence(fifth)).toContain('the median of areas (59.5 years)');
    expect(priorityNotNeedSentence(fifth)).toContain('outside the most deprived fifth');
  });
});

describe('CSV', () => {
  it('puts the definition and sources in header lines, then one row per listed area', () => {
    const csv = divergenceCsv(result, 'http://127.0.0.1/?pct=30');
    const lines = csv.trimEnd().split('\r\n');
    const header = lines.filter((l) => l.startsWith('#') || l.startsWith('"#'));
    expect(header.some((l) => l.includes('lowest 30%'))).toBe(true);
    expect(header.some((l) => l.includes('Open Government Licence'))).toBe(true);
    const rows = lines.slice(header.length + 1);
    expect(rows).toHaveLength(result.needNotPriority.length + result.priorityNotNeed.length);
    expect(rows[0]).toMatch(/^"high need, not top priority",E07/);
  });
});
