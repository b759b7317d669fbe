import type { Figure, IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { Bid, BidLeadKind } from '../../src/lib/data/types.ts';
import type { BaseArea } from './base.ts';
import { failAt, nonEmptyTextCell, numberCell, textCell, type Row, type Table } from './csv.ts';
import { figuresForBase, MISSING_AT_SOURCE } from './figureAdapters.ts';
import { roundTo } from './stats.ts';

// Levelling Up Fund successful bids, rounds 1 and 2 (gov.uk lists as republished by Open Innovations).
// Each lead applicant's published name is matched to an authority with mySociety's names-and-codes register.

export const LA_REGISTER_COLUMNS = [
  'local-authority-code',
  'official-name',
  'gss-code',
  'start-date',
  'end-date',
  'nation',
  'local-authority-type',
  'combined-authority',
] as const;
export const LA_NAME_COLUMNS = ['la-name', 'local-authority-code'] as const;

export type Round = 1 | 2;

interface RoundColumns {
  lead: string;
  name: string;
  value: string;
  /** Round 1 has no country column: the lead authority's nation says it. */
  country: string | null;
}

export const LUF_ROUND_COLUMNS: Readonly<Record<Round, RoundColumns>> = {
  1: { lead: 'Local Authority Name / Area', name: 'Bid Name', value: 'Bid Value', country: null },
  2: { lead: 'Legal name of lead applicant organisation', name: 'Bid Name', value: 'Bid Value', country: 'Country' },
};

export function roundColumns(round: Round): string[] {
  const c = LUF_ROUND_COLUMNS[round];
  return [c.lead, c.name, c.value, ...(c.country === null ? [] : [c.country])];
}

/** The day each list was announced: a lead name means the authority of that name in force then. */
export const ROUND_DATES: Readonly<Record<Round, string>> = { 1: '2021-10-27', 2: '2023-01-19' };

interface Authority {
  registryCode: string;
  name: string;
  gss: string | null;
  start: string | null;
  end: string | null;
  nation: string;
  type: string;
  combinedAuthority: string | null;
}

export interface LaRegister {
  byCode: ReadonlyMap<string, Authority>;
  /** Normalised name variant → registry codes (a name can belong to an old and a new authority). */
  byName: ReadonlyMap<string, readonly string[]>;
}

/** "Cornwall Council*" and "cornwall  council" are the same lead: the star is a footnote mark (SOURCE.md trap 3). */
export function normaliseLeadName(name: string): string {
  return name.replace(/\*+\s*$/, '').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalDate(row: Row, column: string): string | null {
  const raw = textCell(row, column).trim();
  if (raw === '') return null;
  if (!DATE.test(raw)) failAt(row, column, `not a date (YYYY-MM-DD): ${JSON.stringify(raw)}`);
  return raw;
}

export function laRegister(authorities: Table, names: Table): LaRegister {
  const byCode = new Map<string, Authority>();
  for (const row of authorities.rows) {
    const registryCode = nonEmptyTextCell(row, 'local-authority-code');
    if (byCode.has(registryCode)) failAt(row, 'local-authority-code', `duplicate authority ${registryCode}`);
    const gss = textCell(row, 'gss-code').trim();
    const ca = textCell(row, 'combined-authority').trim();
    byCode.set(registryCode, {
      registryCode,
      name: nonEmptyTextCell(row, 'official-name'),
      gss: gss === '' ? null : gss,
      start: optionalDate(row, 'start-date'),
      end: optionalDate(row, 'end-date'),
      nation: nonEmptyTextCell(row, 'nation'),
      type: nonEmptyTextCell(row, 'local-authority-type'),
      combinedAuthority: ca === '' ? null : ca,
    });
  }
  const byName = new Map<string, string[]>();
  for (const row of names.rows) {
    const code = nonEmptyTextCell(row, 'local-authority-code');
    if (!byCode.has(code)) failAt(row, 'local-authority-code', `authority ${code} is not in ${authorities.file}`);
    const key = normaliseLeadName(nonEmptyTextCell(row, 'la-name'));
    const codes = byName.get(key) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byName.set(key, codes);
  }
  return { byCode, byName };
}

/**
 * Lead names as published that the register's name list does not hold, each with the one authority it
 * means (registry code; the test checks each against the register's official name).
 */
export const LEAD_ALIASES: Readonly<Record<string, string>> = {
  'bcp council': 'BPC',
  'borough of broxbourne council': 'BRX',
  'borough of telford and wrekin': 'TFW',
  'city and county of swansea': 'SWA',
  'mid and east antrim council': 'MEA',
  'newry mourne and down district council': 'NMD',
  'north lincolnshire borough council': 'NLN',
  'st helens borough council': 'SHN',
  'the borough council of gateshead': 'GAT',
  'the district council of folkestone and hythe': 'SHE',
  'trafford borough council': 'TRF',
};

/** Leads that are not councils; the lists give no code for them, so they are placed by country only. */
export const OTHER_BODIES: Readonly<Record<string, { country: string }>> = {
  // Round 1's one bid for the whole of Northern Ireland (SOURCE.md trap 4).
  'northern ireland': { country: 'Northern Ireland' },
  'bangor marine limited': { country: 'Northern Ireland' },
  'belfast international airport limited': { country: 'Northern Ireland' },
  'the ulster branch of the irish rugby football union': { country: 'Northern Ireland' },
};

const inForce = (a: Authority, date: string): boolean => (a.start === null || a.start <= date) && (a.end === null || a.end > date);

/** Register types (mySociety's local-authority-type) that lead for more than one district. */
const COUNTY = 'CTY';
const COMBINED_AUTHORITY = 'COMB';
const STRATEGIC_REGIONAL_AUTHORITY = 'SRA';

interface Lead {
  kind: BidLeadKind;
  code: string | null;
  covers: string[];
  country: string;
}

function placeAuthority(a: Authority, register: LaRegister, base: readonly BaseArea[], row: Row, column: string, published: string): Lead {
  const baseCodes = new Set(base.map((b) => b.code));
  if (a.nation !== 'England') return { kind: 'outside-england', code: a.gss, covers: [], country: a.nation };
  if (a.gss === null) failAt(row, column, `lead "${published}" is ${a.name}, which has no GSS code in the register`);
  // mySociety records each authority's combined authority (the GLA counts as one), so members are found from the register.
  const members = (): string[] =>
    [...register.byCode.values()]
      .flatMap((m) => (m.combinedAuthority === a.registryCode && m.gss !== null && baseCodes.has(m.gss) ? [m.gss] : []))
      .sort();
  let kind: BidLeadKind;
  let covers: string[];
  if (a.type === COUNTY) {
    kind = 'county';
    covers = base.filter((b) => b.utla.code === a.gss).map((b) => b.code);
  } else if (a.type === COMBINED_AUTHORITY) {
    kind = 'combined-authority';
    covers = members();
  } else if (a.type === STRATEGIC_REGIONAL_AUTHORITY) {
    kind = 'gla';
    covers = members();
  } else if (baseCodes.has(a.gss)) {
    kind = 'district';
    covers = [a.gss];
  } else {
    failAt(row, column, `lead "${published}" is ${a.name} (${a.gss}), which is not one of the ${baseCodes.size} base districts, nor a county, combined authority or the GLA`);
  }
  if (covers.length === 0) failAt(row, column, `lead "${published}" is ${a.name} (${a.gss}), but no base district lies in its area`);
  return { kind, code: a.gss, covers, country: 'England' };
}

/** Which authority or body a published lead name is, on the day its round was announced. */
export function matchLead(published: string, date: string, register: LaRegister, base: readonly BaseArea[], row: Row, column: string): Lead {
  const key = normaliseLeadName(published);
  const other = OTHER_BODIES[key];
  if (other !== undefined) {
    return { kind: other.country === 'England' ? 'other' : 'outside-england', code: null, covers: [], country: other.country };
  }
  const alias = LEAD_ALIASES[key];
  const candidates = alias !== undefined ? [alias] : (register.byName.get(key) ?? []);
  const current = candidates.map((c) => register.byCode.get(c)).filter((a): a is Authority => a !== undefined && inForce(a, date));
  if (current.length === 0) {
    failAt(
      row,
      column,
      `lead "${published}" matches no authority in force on ${date} in the names-and-codes register, and is not a known county, combined authority or other body`,
    );
  }
  if (current.length > 1) failAt(row, column, `lead "${published}" matches ${current.length} authorities in force on ${date}: ${current.map((a) => a.name).join('; ')}`);
  return placeAuthority(current[0] as Authority, register, base, row, column, published);
}

/**
 * Bids led by a wider body whose source row says where the project is: Open Innovations' `LADs` cell with a
 * note citing a named source (SOURCE.md trap 2). Keyed by round and bid name as published; the build checks
 * the row's `LADs` cell holds exactly these districts, so the table cannot drift from the raw file. Any other
 * wider bid names no district and stays "led by a body whose area includes this district".
 */
export const NAMED_PLACES: Readonly<Record<string, { codes: readonly string[]; source: string }>> = {
  // "According to TfL it is in Barnet Council (for Colindale) and Waltham Forest Council (for Leyton)".
  '2|Transforming Colindale and Leyton for all': { codes: ['E09000003', 'E09000031'], source: 'TfL press release, December 2023' },
  // "According to marketingderby.co.uk … it straddles Derby and South Derbyshire" (Derby is outside the county).
  '1|South Derby Growth Zone & Infinity Garden Village': { codes: ['E06000015', 'E07000039'], source: 'Marketing Derby' },
};

const LADS_COLUMN = 'LADs';

function namedPlaces(row: Row, round: Round, name: string, kind: BidLeadKind): string[] {
  const named = NAMED_PLACES[`${round}|${name}`];
  if (named === undefined) return [];
  if (kind === 'district') failAt(row, LADS_COLUMN, `"${name}" is led by a district council: its place is its own, not named`);
  const cell = textCell(row, LADS_COLUMN).split(';').map((code) => code.trim()).filter((code) => code !== '').sort();
  const expected = [...named.codes].sort();
  if (cell.join(';') !== expected.join(';')) failAt(row, LADS_COLUMN, `"${name}" should name ${expected.join(';')} (${named.source}), the row says ${cell.join(';') || 'nothing'}`);
  return expected;
}

/** The bids of one round's list, in list order. */
export function parseBids(table: Table, round: Round, register: LaRegister, base: readonly BaseArea[]): Bid[] {
  const cols = LUF_ROUND_COLUMNS[round];
  return table.rows.map((row) => {
    const lead = nonEmptyTextCell(row, cols.lead).trim();
    const amountGbp = numberCell(row, cols.value);
    if (amountGbp <= 0) failAt(row, cols.value, `a successful bid must have a positive value, got ${amountGbp}`);
    const placed = matchLead(lead, ROUND_DATES[round], register, base, row, cols.lead);
    if (cols.country !== null) {
      const country = nonEmptyTextCell(row, cols.country).trim();
      if (country !== placed.country) failAt(row, cols.country, `says ${country}, but the lead "${lead}" is in ${placed.country}`);
    }
    const name = nonEmptyTextCell(row, cols.name).trim();
    return {
      id: `luf${round}-${String(row.dataRow).padStart(3, '0')}`,
      name,
      round,
      amountGbp,
      lead,
      leadKind: placed.kind,
      leadCode: placed.code,
      covers: placed.covers,
      named: namedPlaces(row, round, name, placed.kind),
    };
  });
}

export const AWARD_IDS = {
  round1: 'luf-awards-r1',
  round2: 'luf-awards-r2',
  both: 'luf-awards',
  perHead: 'luf-awards-per-head',
} as const;

const bidsWord = (n: number): string => `${n} ${n === 1 ? 'bid' : 'bids'}`;

/**
 * Money per district from the bids its own council led. County, combined-authority and GLA bids are never
 * split into district figures: they stay on the bid list, with the districts they cover.
 */
export function awardFigures(bids: readonly Bid[], baseCodes: readonly string[], population: ReadonlyMap<string, number>): IndicatorFigures[] {
  const led = (code: string, round: Round | null): Bid[] =>
    bids.filter((b) => b.leadKind === 'district' && b.leadCode === code && (round === null || b.round === round));
  const total = (list: readonly Bid[]): number => roundTo(list.reduce((s, b) => s + b.amountGbp, 0), 2);
  const totalFigure = (code: string, round: Round | null): Figure => {
    const list = led(code, round);
    return list.length === 0 ? { value: 0, status: 'official' } : { value: total(list), status: 'official', detail: bidsWord(list.length) };
  };
  const perHead = (code: string): Figure => {
    const people = population.get(code);
    if (people === undefined || people <= 0) return MISSING_AT_SOURCE;
    const list = led(code, null);
    const figure: Figure = { value: roundTo(total(list) / people, 2), status: 'official' };
    return list.length === 0 ? figure : { ...figure, detail: bidsWord(list.length) };
  };
  return [
    figuresForBase(AWARD_IDS.round1, baseCodes, null, (c) => totalFigure(c, 1)),
    figuresForBase(AWARD_IDS.round2, baseCodes, null, (c) => totalFigure(c, 2)),
    figuresForBase(AWARD_IDS.both, baseCodes, null, (c) => totalFigure(c, null)),
    figuresForBase(AWARD_IDS.perHead, baseCodes, null, perHead),
  ];
}

export interface KindTotal {
  bids: number;
  amountGbp: number;
}

export interface RoundTotals {
  round: Round;
  all: KindTotal;
  byKind: Partial<Record<BidLeadKind, KindTotal>>;
}

export function roundTotals(bids: readonly Bid[], round: Round): RoundTotals {
  const add = (t: KindTotal | undefined, b: Bid): KindTotal => ({ bids: (t?.bids ?? 0) + 1, amountGbp: roundTo((t?.amountGbp ?? 0) + b.amountGbp, 2) });
  let all: KindTotal = { bids: 0, amountGbp: 0 };
  const byKind: Partial<Record<BidLeadKind, KindTotal>> = {};
  for (const b of bids) {
    if (b.round !== round) continue;
    all = add(all, b);
    byKind[b.leadKind] = add(byKind[b.leadKind], b);
  }
  return { round, all, byKind };
}

/** Bids whose money no district figure holds: listed in the build report by lead, never dropped. */
export function unplacedBids(bids: readonly Bid[]): Bid[] {
  return bids.filter((b) => b.leadKind !== 'district');
}
