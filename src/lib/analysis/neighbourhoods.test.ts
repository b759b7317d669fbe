import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEOGRAPHIES } from '../data/geographies';
import { readNeighbourhoodFile, type NeighbourhoodFile } from '../data/neighbourhoods';
import { neighbourhoodColumn as column } from './fixtures/neighbourhoodColumn';
import { PALETTES } from '../indicators/catalogue';
import { insideDistrict, insideDistrictSentence, lowestTenthSize, neighbourhoodClasses, neighbourhoodFacts } from './neighbourhoods';

const MSOA = GEOGRAPHIES.msoa2011;


// Ten neighbourhoods: A 001–004 in district E06000001, the rest in E06000002; one (B 006) without a male figure.
const values = [50, 62, 58, 70, 55, 60, 65, 66, 68, null];
const FIXTURE: NeighbourhoodFile = {
  schemaVersion: 1,
  geography: 'msoa2011',
  codes: values.map((_, i) => `E0200000${i}`),
  names: ['A 001', 'A 002', 'A 003', 'A 004', 'B 001', 'B 002', 'B 003', 'B 004', 'B 005', 'B 006'],
  districts: values.map((_, i) => (i < 4 ? 'E06000001' : 'E06000002')),
  population: [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000],
  measures: {
    'hle-male': column(values, [1, 3, 2, 4, 1, 2, 3, 4, 5, null], [1, 5, 3, 9, 2, 4, 6, 7, 8, null]),
    'hle-female': column([null, null, null, null, null, null, null, null, null, null], Array(10).fill(null), Array(10).fill(null)),
    'le-male': column(values, [1, 3, 2, 4, 1, 2, 3, 4, 5, null], [1, 5, 3, 9, 2, 4, 6, 7, 8, null]),
    'le-female': column(values, [1, 3, 2, 4, 1, 2, 3, 4, 5, null], [1, 5, 3, 9, 2, 4, 6, 7, 8, null]),
  },
  source: 'ONS',
};

describe('neighbourhood classes', () => {
  it('puts the neighbourhoods in fifths by rank in England, darkest lowest, with each fifth’s range', () => {
    const classes = neighbourhoodClasses(FIXTURE, 'hle-male');
    expect(classes.title).toBe('Neighbourhoods: Healthy life expectancy (males, 2009–13)');
    expect(classes.classes.map((c) => [c.label, c.count])).toEqual([
      ['50.0–55.0 years', 2],
      ['58.0–60.0 years', 2],
      ['62.0–65.0 years', 2],
      ['66.0–68.0 years', 2],
      ['70.0–70.0 years', 1],
    ]);
    expect(classes.colours.get('E02000000')).toBe(PALETTES.health[0]);
    expect(classes.colours.get('E02000009')).toBeNull();
    expect(classes.noDataCount).toBe(1);
  });
});

describe('one neighbourhood', () => {
  it('gives its figure with its interval, its district and both ranks', () => {
    const facts = neighbourhoodFacts(FIXTURE, 'hle-male', 2, (code) => (code === 'E06000001' ? 'Alphaton' : 'Beeford'));
    expect(facts).toEqual({
      code: 'E02000002',
      name: 'A 003',
      district: 'Alphaton',
      figure: '58.0 years (95% CI 57.0–59.0)',
      ranks: '2nd lowest of 4 in Alphaton; 3rd lowest of 9 in England',
      inLowestTenth: false,
    });
  });

  it('says so where ONS published no figure', () => {
    const facts = neighbourhoodFacts(FIXTURE, 'hle-male', 9, () => 'Beeford');
    expect([facts.figure, facts.ranks]).toEqual(['No figure: ONS published none for this neighbourhood', null]);
  });
});

describe('what lies inside a district', () => {
  it('is the range, the gap and the people in England’s lowest tenth', () => {
    expect(lowestTenthSize(9)).toBe(0);
    expect(lowestTenthSize(6790)).toBe(679);
    const withTenth = { ...FIXTURE, measures: { ...FIXTURE.measures, 'hle-male': { ...FIXTURE.measures['hle-male'], ranked: 10 } } };
    const inside = insideDistrict(withTenth, 'hle-male', 'E06000001');
    expect(inside).toEqual({
      neighbourhoods: 4,
      withFigure: 4,
      lowest: { name: 'A 001', value: 50 },
      highest: { name: 'A 004', value: 70 },
      gap: 20,
      inLowestTenth: 1,
      peopleInLowestTenth: 1000,
    });
    expect(insideDistrictSentence(inside, 'Alphaton', 'hle-male', MSOA)).toBe(
      "In Alphaton, healthy life expectancy (males, 2009–13) ranges from 50.0 years (A 001) to 70.0 years (A 004) across its 4 neighbourhoods, a gap of 20.0 years; 1,000 people (mid-2019) live in the one neighbourhood in England's lowest tenth.",
    );
  });

  it('counts a neighbourhood without a figure and says when none is in the lowest tenth', () => {
    const inside = insideDistrict(FIXTURE, 'hle-male', 'E06000002');
    expect(insideDistrictSentence(inside, 'Beeford', 'hle-male', MSOA)).toBe(
      "In Beeford, healthy life expectancy (males, 2009–13) ranges from 55.0 years (B 001) to 68.0 years (B 005) across its 6 neighbourhoods (1 without a figure), a gap of 13.0 years; none of its neighbourhoods is in England's lowest tenth.",
    );
    expect(insideDistrictSentence(insideDistrict(FIXTURE, 'hle-female', 'E06000002'), 'Beeford', 'hle-female', MSOA)).toBe(
      "ONS published no healthy life expectancy (females, 2009–13) figure for any of Beeford's 6 neighbourhoods.",
    );
  });
});

const REAL = 'static/data/msoa2011.json';
describe.skipIf(!existsSync(REAL))('the built neighbourhood file', () => {
  const file = readNeighbourhoodFile(JSON.parse(readFileSync(REAL, 'utf8')), MSOA);

  it('describes Hartlepool’s 12 neighbourhoods', () => {
    expect(insideDistrictSentence(insideDistrict(file, 'hle-male', 'E06000001'), 'Hartlepool', 'hle-male', MSOA)).toBe(
      "In Hartlepool, healthy life expectancy (males, 2009–13) ranges from 53.3 years (Hartlepool 002) to 67.5 years (Hartlepool 014) across its 12 neighbourhoods, a gap of 14.2 years; 39,391 people (mid-2019) live in the 5 neighbourhoods in England's lowest tenth.",
    );
  });

  it('ranks Hartlepool 007 in its district and in England', () => {
    const facts = neighbourhoodFacts(file, 'hle-male', file.names.indexOf('Hartlepool 007'), () => 'Hartlepool');
    expect([facts.figure, facts.ranks, facts.inLowestTenth]).toEqual(['54.6 years (95% CI 53.3–55.8)', '5th lowest of 12 in Hartlepool; 428th lowest of 6,790 in England', true]);
  });

  it('puts 1,358 neighbourhoods in each fifth', () => {
    expect(neighbourhoodClasses(file, 'hle-male').classes.map((c) => c.count)).toEqual([1358, 1358, 1358, 1358, 1358]);
  });
});
