import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { roundTotals } from './awards.ts';
import { baseAreas, LAD_LOOKUP_COLUMNS, lookupVintage } from './base.ts';
import { parseTable, type Table } from './csv.ts';
import { RAW_FILES } from './files.ts';
import { CROSS_CHECK_FILES } from './measureFiles.ts';
import { MSOA_LOOKUP_COLUMNS, msoaLookup } from './msoa.ts';
import { newMeasures, type NewMeasures } from './newMeasures.ts';
import { rawDataDir } from './paths.ts';
import { fsSource } from './source.ts';

// The new readers on the real raw data. Skipped, not failed, where the raw folder is absent.
const RAW = rawDataDir();
const HAVE_RAW = existsSync(path.join(RAW, RAW_FILES.lufRound2));

const DERIVED_BIDS = CROSS_CHECK_FILES.lufDerivedBids;

describe.skipIf(!HAVE_RAW)('new measures on the real raw data', () => {
  const source = fsSource(RAW);
  const read = (file: string, columns: readonly string[]): Table => parseTable(source.readText(file), file, columns);
  const log: string[] = [];
  let result: NewMeasures;
  const indicator = (id: string): IndicatorFigures => {
    const f = result.measured.find(({ figures }) => figures.id === id)?.figures;
    if (f === undefined) throw new Error(`no indicator ${id}`);
    return f;
  };

  beforeAll(() => {
    const ladLookup = read(RAW_FILES.ladLookup, LAD_LOOKUP_COLUMNS);
    const base = baseAreas(lookupVintage(ladLookup, '2020'));
    const msoas = msoaLookup(read(RAW_FILES.msoaLookup, MSOA_LOOKUP_COLUMNS), new Set(base.map((b) => b.code)));
    result = newMeasures(source, base, { ladLookup, msoas }, (line) => log.push(line));
    // Reads every raw file: seconds alone, far longer when the machine is shared.
  }, 120_000);

  it('reproduces the published round totals: 105 bids, £1,693,323,657 and 111 bids, £2,088,234,431', () => {
    const r1 = roundTotals(result.bids, 1);
    const r2 = roundTotals(result.bids, 2);
    expect([r1.all.bids, Math.floor(r1.all.amountGbp)]).toEqual([105, 1693323657]);
    expect([r2.all.bids, r2.all.amountGbp]).toEqual([111, 2088234431]);
  });

  it("splits England's bids by lead as the source's own count does", () => {
    const kinds = (round: 1 | 2) => Object.fromEntries(Object.entries(roundTotals(result.bids, round).byKind).map(([k, t]) => [k, t.bids]));
    expect(kinds(1)).toEqual({ district: 70, county: 5, 'combined-authority': 1, 'outside-england': 29 });
    expect(kinds(2)).toEqual({ district: 69, county: 6, 'combined-authority': 4, gla: 1, 'outside-england': 31 });
    const england = (round: 1 | 2) =>
      result.bids.filter((b) => b.round === round && b.leadKind !== 'outside-england').reduce((s, b) => s + b.amountGbp, 0);
    expect([england(1), england(2)]).toEqual([1351429923, 1631780378]);
  });

  it('agrees with the derived cross-check file on every lead code', () => {
    const derived = read(DERIVED_BIDS, ['round', 'row_in_source', 'lead_lad20_code', 'lead_type', 'country']);
    const typeFor: Record<string, string> = {
      district: 'lower-tier or unitary (LAD20)',
      county: 'County',
      'combined-authority': 'Combined authority',
      gla: 'Strategic Regional Authority',
    };
    expect(derived.rows).toHaveLength(result.bids.length);
    for (const row of derived.rows) {
      const id = `luf${row.cells.get('round')}-${String(row.cells.get('row_in_source')).padStart(3, '0')}`;
      const bid = result.bids.find((b) => b.id === id);
      if (row.cells.get('country') !== 'England') {
        expect({ id, kind: bid?.leadKind }).toEqual({ id, kind: 'outside-england' });
        continue;
      }
      const code = row.cells.get('lead_lad20_code') || null;
      expect({ id, kind: typeFor[bid?.leadKind ?? ''], code: bid?.leadKind === 'district' ? bid.leadCode : null }).toEqual({
        id,
        kind: row.cells.get('lead_type'),
        code,
      });
    }
  });

  it('puts a council-led award in its district and keeps county money out of its districts', () => {
    // Hartlepool led one round-2 bid (Screen Industries Production Village) and none in round 1.
    expect(indicator('luf-awards-r1').byArea['E06000001']).toEqual({ value: 0, status: 'official' });
    expect(indicator('luf-awards').byArea['E06000001']).toEqual({ value: 16453891, status: 'official', detail: '1 bid' });
    // £16,453,891 / 93,663 people.
    expect(indicator('luf-awards-per-head').byArea['E06000001']).toEqual({ value: 175.67, status: 'official', detail: '1 bid' });
    // Exmouth (East Devon) is in Devon County Council's bid, which stays off East Devon's figure.
    const devon = result.bids.find((b) => b.lead === 'Devon County Council');
    expect(devon?.covers).toContain('E07000040');
    expect(indicator('luf-awards').byArea['E07000040']).toEqual({ value: 0, status: 'official' });
  });

  it("sums the districts' mid-2019 population to England's", () => {
    const pop = indicator('population-2019');
    expect(pop.england).toEqual({ value: 56286961 });
    expect(pop.byArea['E06000001']).toEqual({ value: 93663, status: 'official' });
  });

  it('gives HLE 2022–24 with intervals: own, county and successor figures, and none for the City', () => {
    const male = indicator('hle-male-2022-24');
    expect(male.england).toEqual({ value: 60.9, lci: 60.7, uci: 61.2 });
    expect(male.byArea['E06000001']).toEqual({ value: 52.1, lci: 48.5, uci: 55.7, status: 'official' });
    expect(male.byArea['E07000008']).toEqual({ value: 62.3, lci: 59.7, uci: 64.8, status: 'county', measuredFor: 'E10000003' });
    expect(male.byArea['E07000150']?.measuredFor).toBe('E06000061');
    expect(male.byArea['E07000026']).toMatchObject({ status: 'successor', measuredFor: 'E06000063' });
    expect(male.byArea['E09000001']).toEqual({ value: null, status: 'missing-at-source' });
    expect(result.measured.filter(({ figures }) => figures.id.startsWith('hle-'))).toHaveLength(24);
  });

  it('gives the Health Index 2021 as published, Northamptonshire through its successors', () => {
    // Lowest and highest of the 307 LTLAs in 2021, as the release's coverage quoted them.
    expect(indicator('health-index-2021').byArea['E06000009']).toEqual({ value: 76.5, status: 'official' });
    expect(indicator('health-index-2021').byArea['E07000165']).toEqual({ value: 124.9, status: 'official' });
    expect(indicator('health-index-2021').england).toEqual({ value: 100.8 });
    expect(indicator('health-index-people-2021').byArea['E06000010']).toEqual({ value: 70.4, status: 'official' });
    expect(indicator('health-index-2015').byArea['E07000154']).toMatchObject({ status: 'successor', measuredFor: 'E06000062' });
    expect(indicator('health-index-places-2018').byArea['E06000053']).toEqual({ value: null, status: 'missing-at-source' });
  });

  it('gives the context layers with their intervals, successors and combined pairs', () => {
    const cvd = indicator('cvd-mortality-u75-2022-24');
    expect(cvd.byArea['E06000001']).toEqual({ value: 37.59, lci: 30.63, uci: 45.65, status: 'official' });
    expect(cvd.england).toEqual({ value: 30.23, lci: 29.95, uci: 30.51 });
    expect(cvd.byArea['E09000012']).toMatchObject({ status: 'derived', measuredFor: 'E67000001' });
    const inactive = indicator('economic-inactivity-2023');
    expect(inactive.byArea['E06000001']).toEqual({ value: 29.7, lci: 24.9, uci: 34.5, status: 'official' });
    expect(inactive.england).toEqual({ value: 21, lci: 20.7, uci: 21.3 });
    expect(inactive.byArea['E09000001']).toEqual({ value: null, status: 'missing-at-source' });
  });

  it('gives adult smoking 2020–24 as published, Northamptonshire from its successors and nothing for the Isles of Scilly', () => {
    const smokers = indicator('cigarette-smokers-2020-24');
    expect(smokers.england).toEqual({ value: 11.5, lci: 11.4, uci: 11.7 });
    expect(smokers.byArea['E06000001']).toEqual({ value: 14.7, lci: 13.2, uci: 16.2, status: 'official' });
    expect(smokers.byArea['E07000150']).toEqual({ value: 13.1, lci: 10.9, uci: 15.3, status: 'successor', measuredFor: 'E06000061' });
    expect(smokers.byArea['E06000053']).toEqual({ value: null, status: 'missing-at-source' });
    expect(smokers.byArea['E06000052']).toEqual({ value: 11.1, lci: 9.8, uci: 12.3, status: 'official' });
    const statuses = Object.values(smokers.byArea).map((figure) => figure.status);
    expect([statuses.filter((s) => s === 'official').length, statuses.filter((s) => s === 'successor').length, statuses.length]).toEqual([306, 7, 314]);
  });

  it('gives inactivity due to long-term sickness as the mean of 2020–2022, naming a withheld year', () => {
    const sick = indicator('inactive-long-term-sick-2020-22');
    // Hartlepool: (34.42 + 35.17 + 38.22) / 3; England: (22.7 + 23.7 + 24.6) / 3.
    expect(sick.byArea['E06000001']).toEqual({ value: 35.94, status: 'official' });
    expect(sick.england).toEqual({ value: 23.67 });
    expect(sick.byArea['E07000012']).toEqual({ value: 6.65, status: 'official', detail: 'Mean of 2020 and 2022 only: ONS published no estimate for 2021' });
    expect(sick.byArea['E07000027']).toEqual({
      value: 42.85,
      status: 'successor',
      measuredFor: 'E06000064',
      detail: 'Mean of 2021 and 2022 only: ONS published no estimate for 2020',
    });
    // North Yorkshire's estimate is withheld in all three years, so its seven former districts have none.
    expect(sick.byArea['E07000163']).toEqual({ value: null, status: 'missing-at-source' });
    const counts = Object.values(sick.byArea).reduce<Record<string, number>>((c, f) => ({ ...c, [f.status]: (c[f.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ official: 264, successor: 17, 'missing-at-source': 33 });
  });

  it('reads 61 new indicators, each with its own catalogue entry', () => {
    const ids = result.measured.map(({ figures }) => figures.id);
    expect(ids).toHaveLength(61);
    expect(new Set(ids).size).toBe(61);
    for (const id of ids) expect(INDICATORS.some((entry) => entry.id === id)).toBe(true);
  });

  it('counts and names in the log every bid no district figure holds', () => {
    expect(log).toContain("LUF bids in the totals but in no district's figure: 21 led by a county, combined authority, the GLA or a body without a code:");
    expect(log).toContain('  round 2, Greater London Authority* (gla, E61000001): "Transforming Colindale and Leyton for all" £43,166,006, covering 33 districts');
    expect(log).toContain('  round 1, Northern Ireland (outside-england, no code): "Upgrade EV Charging Network" £3,270,000, outside England');
  });
});
