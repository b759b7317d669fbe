import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_DEFINITION } from './divergence';
import { csvField, divergenceCsv, needSentence, priorityNotNeedSentence } from './divergenceText';
import { code, makeArea } from '../data/testAreas';

const areas = Array.from({ length: 10 }, (_, i) => makeArea({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 55 + i, imdRank: i + 1, luf: i % 2 ? 1 : 2 }));
const result = classify(areas, DEFAULT_DEFINITION, { englandValue: 63.5, estimateTolerance: 0.5 });

describe('definition in words', () => {
  it('states the measure, the share and the cut value', () => {
    expect(needSentence(result)).toBe(
      'High health need: healthy life expectancy at birth, males, 2009–13 in the lowest 30% of English areas (3 of 10 areas with a figure, 57.0 years or less), but not in Levelling Up Fund priority category 1.',
    );
  });

  it('states the comparison and the deprivation cut', () => {
    expect(priorityNotNeedSentence(result)).toContain('above the England value (63.5 years)');
    expect(priorityNotNeedSentence(result)).toContain('less deprived half by IMD 2019 (rank above 5; 1 = most deprived)');
    const fifth = classify(areas, { ...DEFAULT_DEFINITION, imdCut: 'fifth', comparison: 'median' }, { englandValue: 63.5, estimateTolerance: 0.5 });
    expect(priorityNotNeedSentence(fifth)).toContain('the median of areas (59.5 years)');
    expect(priorityNotNeedSentence(fifth)).toBe(
      'Top priority, lower need: Levelling Up Fund priority category 1, but healthy life expectancy above the median of areas (59.5 years) and outside the most deprived fifth by IMD 2019 (rank above 2; 1 = most deprived).',
    );
  });
});

describe('CSV', () => {
  it('quotes commas and quotes, and defuses formulas', () => {
    expect(csvField('Bristol, City of')).toBe('"Bristol, City of"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
  });

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

  it('writes exactly these lines: header, sources, columns, then both lists with their caveats, CRLF-terminated', () => {
    // Area 3's interval (56.5–57.5) includes the 57.0 cut, so its row carries the borderline caveat.
    const withCi = areas.map((area, i) => (i === 2 ? makeArea({ code: code(3), name: 'Area 3', hleMale: 57, imdRank: 3, luf: 2, ci: [56.5, 57.5] }) : area));
    const csv = divergenceCsv(classify(withCi, DEFAULT_DEFINITION, { englandValue: 63.5, estimateTolerance: 0.5 }), 'http://127.0.0.1/?pct=30');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '# Health Gap Map: where health need and Levelling Up Fund priority diverge',
      '"# High health need: healthy life expectancy at birth, males, 2009–13 in the lowest 30% of English areas (3 of 10 areas with a figure, 57.0 years or less), but not in Levelling Up Fund priority category 1."',
      '"# Top priority, lower need: Levelling Up Fund priority category 1, but healthy life expectancy above the England value (63.5 years) and in the less deprived half by IMD 2019 (rank above 5; 1 = most deprived)."',
      '# HLE rank: 1 = lowest of 10. IMD rank: 1 = most deprived.',
      '# View: http://127.0.0.1/?pct=30',
      '"# Source: Healthy life expectancy 2009-13: ONS, Life expectancy and healthy life expectancy at birth by sex for MSOAs in England, 2009 to 2013 (reference table 2, 2015); shire districts estimated as the mean of their MSOAs"',
      '"# Source: Healthy life expectancy 2018-20: ONS, Health state life expectancies, UK: 2018 to 2020, via the ONS Subnational indicators explorer (upper-tier areas)"',
      '"# Source: Deprivation: MHCLG, English Indices of Deprivation 2019, File 10 (local authority district summaries); Buckinghamshire from File 11"',
      '"# Source: Levelling Up Fund: HM Treasury, MHCLG and DfT, Levelling Up Fund list of local authorities by priority category (March 2021)"',
      '"# Source: All Crown copyright, Open Government Licence v3.0"',
      'group,code,name,healthy_life_expectancy_years,hle_rank_lowest_first,imd2019_rank,luf_priority_category,caveat',
      '"high need, not top priority",E07000001,Area 1,55.00,1,1,2,',
      '"high need, not top priority",E07000003,Area 3,57.00,3,3,2,Borderline: the 95% confidence interval includes the cut',
      '"top priority, lower need",E07000010,Area 10,64.00,10,10,1,',
      '',
    ]);
  });

  it('defuses every formula start, and only in text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1`), JSON.stringify(start)).toMatch(/^"?'/);
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});
