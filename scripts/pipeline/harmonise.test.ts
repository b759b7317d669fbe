import { describe, expect, it } from 'vitest';
import { harmonise, standsFor, type Geography } from './harmonise.ts';

const GEOGRAPHY: Geography = {
  successors: new Map([['E07000150', 'E06000061']]),
  upperTiers: new Map([['E07000008', 'E10000003'], ['E06000001', 'E06000001']]),
  pairs: { E67000001: { districts: ['E09000001', 'E09000012'], detail: 'Published for the City of London and Hackney combined' } },
  absentAtSource: ['E06000053'],
};
const VALUES = new Map([['E06000001', 60], ['E06000061', 61], ['E10000003', 62], ['E67000001', 63], ['E09000012', 64]]);
const figureOf = (code: string, geography = GEOGRAPHY, values: ReadonlyMap<string, number> = VALUES) =>
  harmonise(code, geography, (at) => values.get(at), (value, stand) => ({ value, status: stand.status, ...(stand.status !== 'official' && { measuredFor: stand.code }), ...(stand.detail !== undefined && { detail: stand.detail }) }), {
    file: 'x.csv',
    column: 'areacd',
    what: 'value in 2022',
  });

describe('the one harmonising rule', () => {
  it('prefers the district’s own value, then its successor’s, its upper tier’s, the pair’s', () => {
    expect(figureOf('E06000001')).toEqual({ value: 60, status: 'official' });
    expect(figureOf('E07000150')).toEqual({ value: 61, status: 'successor', measuredFor: 'E06000061' });
    expect(figureOf('E07000008')).toEqual({ value: 62, status: 'county', measuredFor: 'E10000003' });
    expect(figureOf('E09000001')).toEqual({ value: 63, status: 'derived', measuredFor: 'E67000001', detail: 'Published for the City of London and Hackney combined' });
    // Hackney has its own value although the source also publishes the pair.
    expect(figureOf('E09000012')).toEqual({ value: 64, status: 'official' });
  });

  it('lists an upper tier only when it is another area', () => {
    expect(standsFor('E06000001', GEOGRAPHY).map((stand) => stand.code)).toEqual(['E06000001']);
    expect(standsFor('E07000008', GEOGRAPHY).map((stand) => stand.role)).toEqual(['district', 'its upper-tier area']);
  });

  it('gives a documented gap as missing at source, never a neighbour’s value', () => {
    expect(figureOf('E06000053')).toEqual({ value: null, status: 'missing-at-source' });
    expect(figureOf('E07000150', { ...GEOGRAPHY, absentAtSource: ['E06000061'] }, new Map())).toEqual({ value: null, status: 'missing-at-source' });
  });

  it('stops on any other gap, naming every place it looked', () => {
    expect(() => figureOf('E07000008', GEOGRAPHY, new Map())).toThrow('x.csv, column "areacd": no value in 2022 for district E07000008, nor for its upper-tier area E10000003');
    expect(() => figureOf('E07000150', GEOGRAPHY, new Map())).toThrow('no value in 2022 for district E07000150, nor for its successor E06000061');
    expect(() => figureOf('E09000001', GEOGRAPHY, new Map())).toThrow('no value in 2022 for district E09000001, nor for the pair it is published in E67000001');
    expect(() => harmonise('E1', {}, () => undefined, () => ({ value: 1, status: 'official' }), { file: 'y.csv', what: 'score' })).toThrow(/^y\.csv: no score for district E1$/);
  });
});
