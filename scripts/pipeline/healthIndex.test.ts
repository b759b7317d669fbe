import { describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import { HEALTH_INDEX_DOMAIN_COLUMNS, HEALTH_INDEX_OVERALL_COLUMNS, healthIndexFigures, healthIndexId, lowerTierScores } from './healthIndex.ts';

const OVERALL = [
  'Area Code,Area Name,Area Type [Note 3],2015,2016,2017,2018,2019,2020,2021',
  'E92000001,ENGLAND,Country,100,100.5,100.9,100.9,100.9,100.1,100.8',
  'E12000001,North East,Region,94.3,95.1,94.6,93.9,93.8,93.4,93.8',
  'E06000001,Hartlepool,LTLA,88.3,88.5,86.3,85.6,85.4,87.3,87.2',
  'E10000021,Northamptonshire,UTLA,99,99,99,99,99,99,99',
  'E06000061,North Northamptonshire,LTLA,98.1,98.2,98.3,98.4,98.5,98.6,99.2',
  'E09000012,Hackney,LTLA,90,90,90,90,90,90,90.5',
].join('\n');
const overall = () => parseTable(OVERALL, 'health_index/t2.csv', HEALTH_INDEX_OVERALL_COLUMNS);
// Corby and Kettering were replaced by North Northamptonshire; the City of London has no score of its own.
const SUCCESSORS = new Map([
  ['E07000150', 'E06000061'],
  ['E07000153', 'E06000061'],
]);
const CODES = ['E06000001', 'E07000150', 'E07000153', 'E09000001', 'E09000012'];

describe('Health Index', () => {
  it("shows Northamptonshire districts their successor's score, labelled, and the City none", () => {
    const figures = healthIndexFigures(healthIndexId(null, 2021), lowerTierScores(overall(), '2021'), CODES, SUCCESSORS, 'health_index/t2.csv');
    expect(figures).toEqual({
      id: 'health-index-2021',
      england: { value: 100.8 },
      byArea: {
        E06000001: { value: 87.2, status: 'official' },
        E07000150: { value: 99.2, status: 'successor', measuredFor: 'E06000061' },
        E07000153: { value: 99.2, status: 'successor', measuredFor: 'E06000061' },
        E09000001: { value: null, status: 'missing-at-source' },
        E09000012: { value: 90.5, status: 'official' },
      },
    });
  });

  it('reads one year of one domain, ignoring county and region rows', () => {
    const header = ['Area Code', 'Area Name', 'Area Type [Note 3]', 'Healthy People Domain', 'Healthy Lives Domain', 'Healthy Places Domain'].join(',');
    const table = parseTable([header, 'E92000001,ENGLAND,Country,98,99,97', 'E10000003,Cambridgeshire,UTLA,1,2,3', 'E06000001,Hartlepool,LTLA,80.1,85.2,90.3'].join('\n'), 't3.csv', HEALTH_INDEX_DOMAIN_COLUMNS);
    expect(lowerTierScores(table, 'Healthy Lives Domain')).toEqual(new Map([['E92000001', 99], ['E06000001', 85.2]]));
    expect(healthIndexId('places', 2015)).toBe('health-index-places-2015');
  });

  it('stops on a district the source lacks that is neither the City nor Scilly, naming it', () => {
    expect(() => healthIndexFigures('health-index-2021', lowerTierScores(overall(), '2021'), [...CODES, 'E07000008'], SUCCESSORS, 'health_index/t2.csv')).toThrow(
      'health_index/t2.csv, column "Area Code": no LTLA score for district E07000008',
    );
    expect(() => healthIndexFigures('health-index-2021', lowerTierScores(overall(), '2021'), ['E07000154'], new Map([['E07000154', 'E06000062']]), 'health_index/t2.csv')).toThrow(
      'no LTLA score for district E07000154, nor for its successor E06000062',
    );
  });

  it('stops on a score that is not a number, or a duplicate', () => {
    const bad = OVERALL.replace('87.3,87.2', '87.3,n/a');
    expect(() => lowerTierScores(parseTable(bad, 'health_index/t2.csv', HEALTH_INDEX_OVERALL_COLUMNS), '2021')).toThrow(
      'health_index/t2.csv, data row 3 (line 4), column "2021": not a number: "n/a"',
    );
    const twice = `${OVERALL}\nE06000001,Hartlepool,LTLA,1,1,1,1,1,1,1`;
    expect(() => lowerTierScores(parseTable(twice, 'health_index/t2.csv', HEALTH_INDEX_OVERALL_COLUMNS), '2015')).toThrow('column "Area Code": duplicate area E06000001');
  });

  it('stops on an LTLA row without a district code, and on a file without England', () => {
    const county = `${OVERALL}\nE10000021,Northamptonshire,LTLA,1,1,1,1,1,1,1`;
    expect(() => lowerTierScores(parseTable(county, 'health_index/t2.csv', HEALTH_INDEX_OVERALL_COLUMNS), '2015')).toThrow(
      'health_index/t2.csv, data row 7 (line 8), column "Area Code": an LTLA row needs a district code (E06–E09), got "E10000021"',
    );
    const noEngland = OVERALL.replace(/^E92000001.*\n/m, '');
    expect(() => healthIndexFigures('health-index-2021', lowerTierScores(parseTable(noEngland, 'health_index/t2.csv', HEALTH_INDEX_OVERALL_COLUMNS), '2021'), CODES, SUCCESSORS, 'health_index/t2.csv')).toThrow(
      /^health_index\/t2\.csv, column "Area Code": no England \(E92000001\) row$/,
    );
  });
});
