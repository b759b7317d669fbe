import { describe, expect, it } from 'vitest';
import type { GapChange, GapPoint } from './hleGap';
import { areaChangeSentence, gapSentence, signed } from './gapText';

const point = (period: string, tenths: number, range: number): GapPoint => ({
  period,
  areas: 151,
  tenth: 15,
  range: { value: range, lci: range - 3, uci: range + 3 },
  tenths: { value: tenths, lci: tenths - 1, uci: tenths + 1 },
  highest: { code: 'E06000041', name: 'Wokingham', value: 70 },
  lowest: { code: 'E06000009', name: 'Blackpool', value: 55 },
  top: [],
  bottom: [],
  england: null,
});

const change = (from: GapPoint, to: GapPoint, value: number, lci: number, uci: number): GapChange => ({
  from,
  to,
  change: { value, lci, uci },
  beyondNoise: lci > 0 || uci < 0,
});

describe('the sentence to quote', () => {
  it('says the gap between the tenths widened, by how much, and that the change is beyond the noise', () => {
    const c = change(point('2011–13', 11.0266, 14.5), point('2022–24', 12.8, 18.4), 1.7733, 0.1667, 3.4391);
    expect(gapSentence(c, 'tenths', 'male')).toBe(
      'Between 2011–13 and 2022–24 the gap in healthy life expectancy between the tenth of upper-tier areas where it is highest and the tenth where it is lowest ' +
        'widened from 11.0 to 12.8 years (males): a change of +1.8 years (95% interval +0.2 to +3.4), beyond the noise of the survey estimates.',
    );
  });

  it('says when the gap between the single highest and lowest narrowed within the noise', () => {
    const c = change(point('2018–20', 11, 18), point('2022–24', 11, 16.4), -1.6, -7.2, 4.1);
    expect(gapSentence(c, 'range', 'female')).toBe(
      'Between 2018–20 and 2022–24 the gap in healthy life expectancy between the single upper-tier area where it is highest and the one where it is lowest ' +
        'narrowed from 18.0 to 16.4 years (females): a change of −1.6 years (95% interval −7.2 to +4.1), within the noise of the survey estimates, so it may not be a real change.',
    );
  });

  it('says the gap stayed where it was when both ends round to the same figure', () => {
    const c = change(point('2011–13', 12.04, 15), point('2022–24', 12.01, 15), -0.03, -1.5, 1.4);
    expect(gapSentence(c, 'tenths', 'male')).toContain('stayed at 12.0 years (males): a change of 0.0 years (95% interval −1.5 to +1.4), within the noise');
  });

  it('writes signs with a true minus and none for nothing', () => {
    expect([signed(1.25), signed(-0.04), signed(-2.36), signed(0)]).toEqual(['+1.3', '0.0', '−2.4', '0.0']);
  });
});

describe('the count of areas whose own change is beyond the noise', () => {
  it('counts falls and rises, and says none rather than 0', () => {
    expect(areaChangeSentence({ measured: 151, falls: 28, rises: 0 }, '2011–13', '2022–24', 'male')).toBe(
      'Between 2011–13 and 2022–24, male healthy life expectancy fell by more than the noise in 28 of the 151 upper-tier areas with a figure in both periods, and rose by more than the noise in none.',
    );
    expect(areaChangeSentence({ measured: 150, falls: 0, rises: 2 }, '2018–20', '2022–24', 'female')).toContain('female healthy life expectancy fell by more than the noise in none of the 150');
  });
});
