import { describe, expect, it } from 'vitest';
import { SAMPLE_AREA } from '../fixtures/sampleArea.ts';
import { parseCsv } from './csv.ts';
import { AREA_CSV_COLUMNS, areasCsv, csvField } from './csvOut.ts';

describe('csvField', () => {
  it('never lets a cell start a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44')).toBe("'+44");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(58.51)).toBe('58.51');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });
});

describe('areasCsv', () => {
  it('writes a header and one row per area that read back to the same values', () => {
    const text = areasCsv([SAMPLE_AREA]);
    const [header, row] = parseCsv(text, 'areas.csv');
    expect(header?.fields).toEqual(AREA_CSV_COLUMNS.map(([name]) => name));
    const get = (name: string) => row?.fields[header?.fields.indexOf(name) ?? -1];
    expect(get('name')).toBe('Bournemouth, Christchurch and Poole');
    expect(get('hle2009_male')).toBe('64.12');
    expect(get('hle2009_male_method')).toBe('msoa-estimate');
    expect(get('hle2009_female')).toBe('');
    expect(get('towns_fund_places')).toBe('Bournemouth; =HYPERLINK("x")');
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
