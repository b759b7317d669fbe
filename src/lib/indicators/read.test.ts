import { describe, expect, it } from 'vitest';
import { DataFileError, validateAreasFile, validateMeasureFile } from './read';
import { code, makeFile } from './testAreas';
import { INDICATORS } from './catalogue';

// The file as it arrives: plain JSON, which a test then damages.
// `any`: parsed JSON that each test damages in its own way, as a hand-edited file would be.
type Json = any;
const good = (): Json => JSON.parse(JSON.stringify(makeFile([{ code: code(1), name: 'Ash' }, { code: code(2), name: 'Birch' }, { code: code(3), name: 'Cedar' }])));

describe('validateAreasFile', () => {
  it('accepts a well-formed file without a word', () => {
    const { file, problems } = validateAreasFile(good());
    expect(file.areas.map((a) => a.code)).toEqual([code(1), code(2), code(3)]);
    expect(problems).toEqual([]);
  });

  it('refuses only what is not an areas file at all, naming the file', () => {
    expect(() => validateAreasFile('nonsense')).toThrow(DataFileError);
    expect(() => validateAreasFile({ ...good(), schemaVersion: 1 })).toThrow(/^areas\.json: has schema version 1; this app reads version 2\.$/);
    expect(() => validateAreasFile({ schemaVersion: 2 })).toThrow(/neither a list of areas nor any figures/);
    expect(() => validateAreasFile({ ...good(), areas: [{}], indicators: {} })).toThrow(/no readable areas/);
  });

  it('costs a damaged figure that one figure: the area keeps every other', () => {
    const json = good();
    delete json.indicators.luf.byArea[code(1)];
    json.indicators['hle-male'].byArea[code(2)].value = 'sixty';
    const { file, problems } = validateAreasFile(json);
    expect(file.areas).toHaveLength(3);
    expect(file.indicators.luf!.byArea[code(1)]).toEqual({ value: null, status: 'damaged' });
    expect(file.indicators['hle-male']!.byArea[code(2)]).toEqual({ value: null, status: 'damaged' });
    expect(file.indicators['hle-male']!.byArea[code(1)]).toEqual({ value: 63, status: 'official' });
    expect(file.indicators.imd!.byArea[code(1)]!.value).toBe(1);
    expect(problems).toEqual([
      'Healthy life expectancy at birth, males, 2009–13: missing (damaged file) for Birch.',
      'Levelling Up Fund priority category (round 1, March 2021): missing (damaged file) for Ash.',
    ]);
  });

  it('refuses a figure whose value and status disagree, or whose value lies outside its interval', () => {
    const json = good();
    json.indicators['hle-male'].byArea[code(1)] = { value: null, status: 'official' };
    json.indicators['hle-male'].byArea[code(2)] = { value: 70, lci: 60, uci: 65, status: 'official' };
    const { file } = validateAreasFile(json);
    expect(file.indicators['hle-male']!.byArea[code(1)]!.status).toBe('damaged');
    expect(file.indicators['hle-male']!.byArea[code(2)]!.status).toBe('damaged');
  });

  it('keeps an area whose name, region or box is damaged, saying which', () => {
    const json = good();
    json.areas[0].name = 7;
    json.areas[1].bounds = [1, 52, 0, 53];
    const { file, problems } = validateAreasFile(json);
    expect(file.areas.map((a) => a.name)).toEqual([code(1), 'Birch', 'Cedar']);
    expect(file.areas[1]!.bounds).toBeNull();
    expect(problems).toEqual([`${code(1)} (${code(1)}): name missing (damaged file); its figures are shown as usual.`, `Birch (${code(2)}): bounds missing (damaged file); its figures are shown as usual.`]);
  });

  it('keeps an area whose entry is lost but whose figures are there, by its code', () => {
    const json = good();
    json.areas.splice(1, 1);
    const { file, problems } = validateAreasFile(json);
    expect(file.areas.map((a) => a.code)).toEqual([code(1), code(3), code(2)]);
    expect(file.indicators['hle-male']!.byArea[code(2)]!.value).toBe(63);
    expect(problems).toEqual([`${code(2)} is missing from the list of areas (damaged file); it is shown by its code.`]);
  });

  it('reports and ignores duplicate entries and codes that are not districts of the file', () => {
    const json = good();
    json.areas.push({ ...json.areas[0], name: 'Impostor' });
    json.indicators.luf.byArea.E99999999 = { value: 1, status: 'official' };
    const { file, problems } = validateAreasFile(json);
    expect(file.areas.map((a) => a.name)).toEqual(['Ash', 'Birch', 'Cedar']);
    expect(problems).toEqual([`${code(1)} appears twice in the list of areas; the second entry is ignored.`, 'Figures for codes that are not districts of the file were ignored: E99999999.']);
  });

  it('marks a whole missing indicator damaged for every area, in one notice', () => {
    const json = good();
    delete json.indicators['imd-score'];
    const { file, problems } = validateAreasFile(json);
    expect(Object.values(file.indicators['imd-score']!.byArea).every((f) => f.status === 'damaged')).toBe(true);
    expect(problems).toEqual(['Index of Multiple Deprivation 2019: average score: missing from the data file (damaged file), so no area has this figure.']);
    expect(Object.keys(file.indicators)).toEqual(INDICATORS.map((entry) => entry.id));
  });

  it('drops a damaged England value with a notice, keeping the figures', () => {
    const json = good();
    json.indicators['hle-male'].england = { value: 'x' };
    const { file, problems } = validateAreasFile(json);
    expect(file.indicators['hle-male']!.england).toBeNull();
    expect(problems).toEqual(['Healthy life expectancy at birth, males, 2009–13: the England value is damaged, so no comparison with England is shown.']);
  });
});

describe('validateAreasFile, plausibility', () => {
  it('calls a value or interval end outside what the indicator can be damaged', () => {
    const json = good();
    json.indicators['imd-score'].byArea[code(1)].value = 1e308;
    json.indicators['hle-male'].byArea[code(2)] = { value: 60, lci: -5, uci: 61, status: 'official' };
    const { file, problems } = validateAreasFile(json);
    expect(file.indicators['imd-score']!.byArea[code(1)]!.status).toBe('damaged');
    expect(file.indicators['hle-male']!.byArea[code(2)]!.status).toBe('damaged');
    expect(problems).toHaveLength(2);
  });
});

describe('validateMeasureFile', () => {
  const whole = makeFile([{ code: code(1), name: 'Alpha' }, { code: code(2), name: 'Beta' }]);
  const expected = new Set(['towns-fund']);
  const measureFile = () => JSON.parse(JSON.stringify({ schemaVersion: 2, measure: 'towns-fund', indicators: { 'towns-fund': whole.indicators['towns-fund'] } }));

  it('reads a measure’s figures for the first file’s areas; one damaged field costs that figure only', () => {
    const json = measureFile();
    json.indicators['towns-fund'].byArea[code(2)].value = 'lots';
    const { indicators, problems } = validateMeasureFile(json, 'towns-fund', expected, whole.areas, 'data/measures/towns-fund.json');
    expect(indicators['towns-fund']!.byArea[code(1)]).toEqual(whole.indicators['towns-fund']!.byArea[code(1)]);
    expect(indicators['towns-fund']!.byArea[code(2)]).toEqual({ value: null, status: 'damaged' });
    expect(problems).toEqual(['Towns Fund: grants to Town Deal and Future High Streets Fund places: missing (damaged file) for Beta.']);
  });
  it('refuses, whole, a file that is not that measure’s', () => {
    expect(() => validateMeasureFile({ ...measureFile(), measure: 'luf' }, 'towns-fund', expected, whole.areas, 'data/measures/towns-fund.json')).toThrow(
      'data/measures/towns-fund.json: holds luf, not towns-fund.',
    );
    expect(() => validateMeasureFile([], 'towns-fund', expected, whole.areas, 'data/measures/towns-fund.json')).toThrow(DataFileError);
  });
});
