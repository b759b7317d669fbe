import type { TownsFund } from './sourceTypes.ts';
import { LAD_CODE } from '../../src/lib/data/codes.ts';
import { codeCell, failAt, integerCell, nonEmptyTextCell, type Table } from './csv.ts';

export const TOWNS_FUND_COLUMNS = ['place', 'fund', 'lad_2021_code', 'grant_awarded_total_gbp'] as const;

const TOWN_DEAL = 'Town Deal';
const FUTURE_HIGH_STREETS = 'Future High Streets Fund';

export interface FundTotals {
  places: number;
  grantGbp: number;
}

export interface TownsFundResult {
  byArea: Map<string, TownsFund>;
  totals: { townDeals: FundTotals; futureHighStreets: FundTotals };
}

export function emptyTownsFund(): TownsFund {
  return { townDeals: 0, futureHighStreets: 0, totalGrantGbp: 0, places: [] };
}

/**
 * Town Deal and Future High Streets Fund places per district. `lad_2021_code` is the district in force in
 * March 2021, i.e. the 2020 code set, so it must be a base district. Districts with no place get zeros.
 */
export function townsFund(table: Table, baseCodes: readonly string[]): TownsFundResult {
  const byArea = new Map<string, TownsFund>(baseCodes.map((c) => [c, emptyTownsFund()]));
  const totals = { townDeals: { places: 0, grantGbp: 0 }, futureHighStreets: { places: 0, grantGbp: 0 } };
  const seen = new Set<string>();
  for (const row of table.rows) {
    const place = nonEmptyTextCell(row, 'place');
    const fund = nonEmptyTextCell(row, 'fund');
    if (fund !== TOWN_DEAL && fund !== FUTURE_HIGH_STREETS) {
      failAt(row, 'fund', `fund must be "${TOWN_DEAL}" or "${FUTURE_HIGH_STREETS}", got ${JSON.stringify(fund)}`);
    }
    const key = `${fund}\u0000${place}`;
    if (seen.has(key)) failAt(row, 'place', `duplicate place "${place}" in ${fund}`);
    seen.add(key);
    const code = codeCell(row, 'lad_2021_code', LAD_CODE, 'district (E06–E09)');
    const area = byArea.get(code);
    if (area === undefined) failAt(row, 'lad_2021_code', `unknown district ${code}: not one of the ${byArea.size} base districts`);
    const grant = integerCell(row, 'grant_awarded_total_gbp');
    if (grant < 0) failAt(row, 'grant_awarded_total_gbp', `negative grant ${grant}`);
    const bucket = fund === TOWN_DEAL ? totals.townDeals : totals.futureHighStreets;
    bucket.places++;
    bucket.grantGbp += grant;
    if (fund === TOWN_DEAL) area.townDeals++;
    else area.futureHighStreets++;
    area.totalGrantGbp += grant;
    // A town funded by both schemes is one place; the counts above still record both awards.
    if (!area.places.includes(place)) area.places.push(place);
  }
  for (const area of byArea.values()) area.places.sort((a, b) => a.localeCompare(b));
  return { byArea, totals };
}
