import type { AreaRecord, Hle2009Value, Hle2018Value, Sex } from '../../src/lib/data/types.ts';

type Cell = string | number | boolean | null;

// Spreadsheets run a cell starting with one of these as a formula ("CSV injection"). Tab and carriage
// return are included because some spreadsheets strip them and then see the next character.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: text only, never a formula, quoted when it holds a comma, quote or line break. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function hle2009Columns(sex: Sex): [string, (a: AreaRecord) => Cell][] {
  const v = (a: AreaRecord): Hle2009Value | null => a.hle2009[sex];
  const p = `hle2009_${sex}`;
  return [
    [`${p}`, (a) => v(a)?.value ?? null],
    [`${p}_lci`, (a) => v(a)?.lci ?? null],
    [`${p}_uci`, (a) => v(a)?.uci ?? null],
    [`${p}_method`, (a) => v(a)?.method ?? null],
    [`${p}_msoa_count`, (a) => v(a)?.msoaCount ?? null],
    [`${p}_source_code`, (a) => v(a)?.source.code ?? null],
    [`${p}_source_name`, (a) => v(a)?.source.name ?? null],
  ];
}

function hle2018Columns(sex: Sex): [string, (a: AreaRecord) => Cell][] {
  const v = (a: AreaRecord): Hle2018Value | null => a.hle2018[sex];
  const p = `hle2018_${sex}`;
  return [
    [`${p}`, (a) => v(a)?.value ?? null],
    [`${p}_level`, (a) => v(a)?.level ?? null],
    [`${p}_source_code`, (a) => v(a)?.source.code ?? null],
    [`${p}_source_name`, (a) => v(a)?.source.name ?? null],
  ];
}

/** Every field of an area, flattened; the order is the column order of areas.csv. */
export const AREA_CSV_COLUMNS: readonly [string, (a: AreaRecord) => Cell][] = [
  ['code', (a) => a.code],
  ['name', (a) => a.name],
  ['region_code', (a) => a.region.code],
  ['region_name', (a) => a.region.name],
  ['utla_code', (a) => a.utla.code],
  ['utla_name', (a) => a.utla.name],
  ['luf_priority_category', (a) => a.luf],
  ['imd_avg_rank', (a) => a.imd.avgRank],
  ['imd_rank_avg_rank', (a) => a.imd.rankAvgRank],
  ['imd_avg_score', (a) => a.imd.avgScore],
  ['imd_rank_avg_score', (a) => a.imd.rankAvgScore],
  ['imd_prop_most_deprived_10', (a) => a.imd.propMostDeprived10],
  ['imd_rank_prop_most_deprived_10', (a) => a.imd.rankPropMostDeprived10],
  ['imd_extent', (a) => a.imd.extent],
  ['imd_rank_extent', (a) => a.imd.rankExtent],
  ['imd_local_concentration', (a) => a.imd.localConcentration],
  ['imd_rank_local_concentration', (a) => a.imd.rankLocalConcentration],
  ['imd_published_rank_avg_rank_317', (a) => a.imd.publishedRankAvgRank317],
  ['imd_derived', (a) => a.imd.derived],
  ...hle2009Columns('male'),
  ...hle2009Columns('female'),
  ...hle2018Columns('male'),
  ...hle2018Columns('female'),
  ['towns_fund_town_deals', (a) => a.townsFund.townDeals],
  ['towns_fund_future_high_streets', (a) => a.townsFund.futureHighStreets],
  ['towns_fund_total_grant_gbp', (a) => a.townsFund.totalGrantGbp],
  ['towns_fund_places', (a) => a.townsFund.places.join('; ')],
];

/** areas.csv: header, then one row per area; CRLF line ends as RFC 4180 asks. */
export function areasCsv(areas: readonly AreaRecord[]): string {
  const lines = [AREA_CSV_COLUMNS.map(([name]) => csvField(name)).join(',')];
  for (const area of areas) lines.push(AREA_CSV_COLUMNS.map(([, get]) => csvField(get(area))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
