import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_AREA, SAMPLE_INDICATORS } from '../fixtures/sampleArea.ts';
import { parseCsv } from './csv.ts';
import { areasCsv, csvColumns } from './csvOut.ts';

describe('areasCsv', () => {
  let text: string;
  let header: ReturnType<typeof parseCsv>[number] | undefined;
  let row: ReturnType<typeof parseCsv>[number] | undefined;
  beforeEach(() => {
    text = areasCsv([SAMPLE_AREA], SAMPLE_INDICATORS);
    [header, row] = parseCsv(text, 'areas.csv');
  });
  const get = (name: string): string | undefined => row?.fields[header?.fields.indexOf(name) ?? -1];

  it('writes a header and one row per area that read back to the same values', () => {
    expect(header?.fields).toEqual(csvColumns(SAMPLE_INDICATORS).map(([name]) => name));
    expect(get('name')).toBe('Bournemouth, Christchurch and Poole');
    expect(get('hle_male')).toBe('64.12');
    expect(get('hle_male_status')).toBe('estimate');
    expect(get('hle_female')).toBe('');
    expect(get('hle_female_status')).toBe('missing-at-source');
    expect(get('imd_rank')).toBe('140');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes text from the data that holds quotes', () => {
    expect(get('towns_fund_detail')).toBe('Bournemouth; =HYPERLINK("x")');
    expect(text).toContain(',"Bournemouth; =HYPERLINK(""x"")"');
  });

  it('leaves out the parts no district has', () => {
    const names = csvColumns(SAMPLE_INDICATORS).map(([name]) => name);
    expect(names.filter((name) => name.startsWith('hle_female'))).toEqual(['hle_female', 'hle_female_status']);
    expect(names).not.toContain('hle_male_lci');
  });
});
