import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../indicators/catalogue';
import { code, makeFile } from '../indicators/testAreas';
import { areaCsv, areaCsvName } from './areaCsv';

describe('an area’s figures as CSV', () => {
  const file = makeFile([
    {
      code: code(1),
      name: "King's Lynn, West",
      hleMale: 58.51,
      ci: [58.12, 58.91],
      figures: {
        'hle-male-2018': { value: 60, status: 'county', measuredFor: 'E10000017' },
        'inactive-long-term-sick-2020-22': { value: 40.41, status: 'official', detail: 'Mean of 2020 and 2022 only: ONS published no estimate for 2021' },
        'economic-inactivity-2023': { value: null, status: 'missing-at-source' },
      },
    },
  ]);
  file.places = { E10000017: 'Lancashire' };
  const area = () => file.areas[0]!;
  const lines = () => areaCsv(file, area(), 'https://example.org/?area=E07000001').split('\r\n');
  const rowOf = (label: string) => lines().find((l) => l.startsWith(label) || l.startsWith(`"${label}`));

  it('starts with the area, the column meanings, the link and the licence as # lines never quoted, then the header', () => {
    expect(lines().slice(0, 5)).toEqual([
      "# Health Gap Map: every figure for King's Lynn, West (E07000001), North East",
      '# lower and upper: the 95% confidence interval, where the publisher gives one (for an estimate, ours: docs/DATA.md). status: official (published for this district), estimate, county, successor, derived, missing-at-source or damaged; note says what it means here',
      '# View: https://example.org/?area=E07000001',
      '# All Crown copyright, Open Government Licence v3.0',
      'measure,period,value,unit,lower,upper,status,note,source',
    ]);
  });

  it('has one row per indicator of the catalogue, series period by period', () => {
    // Five lines before the rows, and the empty string after the last line end.
    expect(lines()).toHaveLength(5 + INDICATORS.length + 1);
  });

  it('gives the exact value, the interval, the status and its meaning, and the source', () => {
    expect(rowOf('Healthy life expectancy at birth, males, 2009–13')).toBe(
      '"Healthy life expectancy at birth, males, 2009–13",2009–2013,58.51,years,58.12,58.91,official,,"Healthy life expectancy 2009-13: ONS, Life expectancy and healthy life expectancy at birth by sex for MSOAs in England, 2009 to 2013 (reference table 2, 2015); shire districts estimated as the mean of their MSOAs"',
    );
    expect(rowOf('Healthy life expectancy at birth, males, 2018–20')).toContain(
      ",2018–2020,60,years,,,county,\"County figure: ONS publishes 2018–20 values for upper-tier areas only; this is Lancashire's value, not King's Lynn, West's own.\",",
    );
    expect(rowOf('Economically inactive, all reasons')).toContain(',2023,,% of people aged 16–64,,,missing-at-source,The publisher gives no figure for this area for this period.,');
    expect(rowOf('Economically inactive due to long-term sickness')).toContain(
      ',2020–2022 (mean of three years),40.41,% of the economically inactive,,,official,Mean of 2020 and 2022 only: ONS published no estimate for 2021,',
    );
  });

  it('names the file after the area', () => {
    expect(areaCsvName(area())).toBe('health-gap-E07000001-king-s-lynn-west.csv');
  });
});
