import { describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import { TOWNS_FUND_COLUMNS, townsFund } from './townsFund.ts';

const HEADER = 'place,fund,place_code,lad_2021_code,grant_awarded_total_gbp';
const ROWS = [
  'Northampton,Town Deal,NOR,E07000154,25000000',
  'Northampton,Future High Streets Fund,NOR,E07000154,9000000',
  '"Derby City Centre, St Peters Cross",Future High Streets Fund,DER,E06000015,15034000',
];
const BASE = ['E07000154', 'E06000015', 'E06000001'];
const run = (rows = ROWS) => townsFund(parseTable([HEADER, ...rows].join('\n'), 'funds/tf.csv', TOWNS_FUND_COLUMNS), BASE);

describe('townsFund', () => {
  it('counts places per fund, sums grants, lists each place once, and gives zeros elsewhere', () => {
    const { byArea, totals } = run();
    expect(byArea.get('E07000154')).toEqual({ townDeals: 1, futureHighStreets: 1, totalGrantGbp: 34000000, places: ['Northampton'] });
    expect(byArea.get('E06000015')?.places).toEqual(['Derby City Centre, St Peters Cross']);
    expect(byArea.get('E06000001')).toEqual({ townDeals: 0, futureHighStreets: 0, totalGrantGbp: 0, places: [] });
    expect(totals).toEqual({ townDeals: { places: 1, grantGbp: 25000000 }, futureHighStreets: { places: 2, grantGbp: 24034000 } });
  });

  it('rejects an unknown district code', () => {
    expect(() => run([...ROWS, 'Nowhere,Town Deal,NOW,E07000999,1'])).toThrow(/^funds\/tf\.csv, data row 4 \(line 5\), column "lad_2021_code": unknown district E07000999/);
  });

  it('rejects a non-numeric grant, an unknown fund and a duplicate place', () => {
    expect(() => run(['A,Town Deal,A,E06000001,£1m'])).toThrow(/data row 1 \(line 2\), column "grant_awarded_total_gbp": not a number/);
    expect(() => run(['A,Towns Fund,A,E06000001,1'])).toThrow(/column "fund": fund must be/);
    expect(() => run([...ROWS, ROWS[0] ?? ''])).toThrow(/data row 4 \(line 5\), column "place": duplicate place "Northampton" in Town Deal/);
  });
});

describe('townsFund, exactly', () => {
  it('counts each fund on its own, lists places alphabetically, and accepts a zero grant', () => {
    const { byArea } = run([
      'Wigston,Town Deal,W,E06000001,0',
      'Acton,Town Deal,A,E06000001,5',
      'Mere,Future High Streets Fund,M,E06000015,7',
    ]);
    expect(byArea.get('E06000001')).toEqual({ townDeals: 2, futureHighStreets: 0, totalGrantGbp: 5, places: ['Acton', 'Wigston'] });
    expect(byArea.get('E06000015')).toEqual({ townDeals: 0, futureHighStreets: 1, totalGrantGbp: 7, places: ['Mere'] });
  });

  it('names a negative grant and a malformed district code exactly', () => {
    expect(() => run(['A,Town Deal,A,E06000001,-1'])).toThrow(/^funds\/tf\.csv, data row 1 \(line 2\), column "grant_awarded_total_gbp": negative grant -1$/);
    expect(() => run(['A,Town Deal,A,W06000001,1'])).toThrow(/^funds\/tf\.csv, data row 1 \(line 2\), column "lad_2021_code": not a valid district \(E06–E09\) code: "W06000001"$/);
  });
});
