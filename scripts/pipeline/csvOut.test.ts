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

describe('areasCsv, exactly', () => {
  it('writes the whole header and row of the sample district', () => {
    expect(areasCsv([SAMPLE_AREA], SAMPLE_INDICATORS)).toBe(
      'code,name,region_code,region_name,utla_code,utla_name,hle_male,hle_male_status,hle_male_detail,hle_female,hle_female_status,imd,imd_status,imd_rank,towns_fund,towns_fund_status,towns_fund_detail\r\n' +
        'E06000058,"Bournemouth, Christchurch and Poole",E12000009,South West,E06000058,"Bournemouth, Christchurch and Poole",64.12,estimate,The plain mean of 48 neighbourhood (MSOA) figures.,,missing-at-source,140,official,140,21695101,official,"Bournemouth; =HYPERLINK(""x"")"\r\n',
    );
  });

  it('keeps an interval, a measured-for area and a rank when any one district has them, blank where another has none', () => {
    const poole = { ...SAMPLE_AREA, name: 'Poole', utla: { code: 'E06000058', name: 'Poole' } };
    const other = { ...poole, code: 'E06000001', name: 'Hartlepool' };
    const hle = {
      id: 'hle-male-2018',
      england: null,
      byArea: { E06000058: { value: 61.5, lci: 60.1, uci: 62.9, status: 'county' as const, measuredFor: 'E10000009', rank: 3 }, E06000001: { value: 58, status: 'official' as const } },
    };
    expect(areasCsv([poole, other], [hle]).split('\r\n').map((line) => line.split(',').slice(6))).toEqual([
      ['hle_male_2018', 'hle_male_2018_lci', 'hle_male_2018_uci', 'hle_male_2018_status', 'hle_male_2018_measured_for', 'hle_male_2018_rank'],
      ['61.5', '60.1', '62.9', 'county', 'E10000009', '3'],
      ['58', '', '', 'official', '', ''],
      [],
    ]);
  });
});
