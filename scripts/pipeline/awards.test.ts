import { describe, expect, it } from 'vitest';
import {
  AWARD_IDS,
  awardFigures,
  LA_NAME_COLUMNS,
  LA_REGISTER_COLUMNS,
  LEAD_ALIASES,
  laRegister,
  normaliseLeadName,
  parseBids,
  roundColumns,
  roundTotals,
  unplacedBids,
} from './awards.ts';
import type { BaseArea } from './base.ts';
import { parseTable } from './csv.ts';

const area = (code: string, name: string, utla: string, utlaName: string, region = 'E12000001'): BaseArea => ({
  code,
  name,
  utla: { code: utla, name: utlaName },
  region: { code: region, name: 'R' },
});
const BASE: BaseArea[] = [
  area('E06000001', 'Hartlepool', 'E06000001', 'Hartlepool'),
  area('E06000002', 'Middlesbrough', 'E06000002', 'Middlesbrough'),
  area('E07000026', 'Allerdale', 'E10000006', 'Cumbria'),
  area('E07000028', 'Carlisle', 'E10000006', 'Cumbria'),
  area('E09000002', 'Barking and Dagenham', 'E09000002', 'Barking and Dagenham', 'E12000007'),
];
const CODES = BASE.map((b) => b.code);

const REGISTER_HEADER = LA_REGISTER_COLUMNS.join(',');
const REGISTER_ROWS = [
  'HPL,Hartlepool Borough Council,E06000001,1996-04-01,,England,UA,TVCA',
  'MDB,Middlesbrough Borough Council,E06000002,1996-04-01,,England,UA,TVCA',
  'ALL,Allerdale Borough Council,E07000026,,2023-04-01,England,NMD,',
  'CAR,Carlisle City Council,E07000028,,2023-04-01,England,NMD,',
  'CMA,Cumbria County Council,E10000006,,2023-04-01,England,CTY,',
  'CMD,Cumberland Council,E06000063,2023-04-01,,England,UA,',
  'BDG,London Borough of Barking and Dagenham,E09000002,1965-04-01,,England,LBO,GLA',
  'TVCA,Tees Valley Combined Authority,E47000006,2014-04-01,,England,COMB,',
  'GLA,Greater London Authority,E61000001,2005-06-22,,England,SRA,',
  'FIF,Fife Council,S12000047,1996-04-01,,Scotland,SCO,',
  'BPC,"Bournemouth, Christchurch and Poole Council",E06000058,2019-04-01,,England,UA,',
  'OLD,Old District Council,E07000999,,2019-03-31,England,NMD,',
];
const NAME_ROWS = [
  'Hartlepool,HPL',
  'Hartlepool Borough Council,HPL',
  'Middlesbrough,MDB',
  'Allerdale Borough Council,ALL',
  'Carlisle,CAR',
  'Cumbria County Council,CMA',
  'Cumbria,CMA',
  'Cumberland,CMD',
  'London Borough of Barking & Dagenham,BDG',
  'Tees Valley Combined Authority,TVCA',
  'Greater London Authority,GLA',
  'Fife Council,FIF',
  'Old District,OLD',
];
const register = () =>
  laRegister(
    parseTable([REGISTER_HEADER, ...REGISTER_ROWS].join('\n'), 'funds/register.csv', LA_REGISTER_COLUMNS),
    parseTable(['la-name,local-authority-code', ...NAME_ROWS].join('\n'), 'funds/names.csv', LA_NAME_COLUMNS),
  );

const R2_HEADER = 'Legal name of lead applicant organisation,Bid Name,Country,Bid Value,LADs,Notes';
const round2 = (rows: string[], file = 'funds/r2.csv') => parseBids(parseTable([R2_HEADER, ...rows].join('\n'), file, roundColumns(2)), 2, register(), BASE);
const R1_HEADER = 'Local Authority Name / Area,Grant Recipient (if not Local Authority),Bid Name,Bid Value,LADs,Notes';
const round1 = (rows: string[]) => parseBids(parseTable([R1_HEADER, ...rows].join('\n'), 'funds/r1.csv', roundColumns(1)), 1, register(), BASE);

describe('lead names', () => {
  it('ignores the footnote star, case, spacing and & versus "and"', () => {
    expect(normaliseLeadName('  London Borough of Barking &  Dagenham* ')).toBe('london borough of barking and dagenham');
  });
});

describe('matching a bid to its lead', () => {
  it("places a district council's bid on that district alone", () => {
    const [bid] = round2(['Hartlepool Borough Council,Waterfront,England,16000000,E06000001,']);
    expect(bid).toEqual({
      id: 'luf2-001',
      name: 'Waterfront',
      round: 2,
      amountGbp: 16000000,
      lead: 'Hartlepool Borough Council',
      leadKind: 'district',
      leadCode: 'E06000001',
      covers: ['E06000001'],
      named: [],
    });
  });

  it("keeps a county's bid whole and lists the county's districts", () => {
    const [bid] = round2(['Cumbria County Council*,Roads,England,17826697,E06000063;E06000064,']);
    expect(bid).toMatchObject({ leadKind: 'county', leadCode: 'E10000006', covers: ['E07000026', 'E07000028'] });
  });

  it("keeps a combined authority's bid whole and lists its member districts", () => {
    const [bid] = round2(['Tees Valley Combined Authority,Rail,England,17784924,,']);
    expect(bid).toMatchObject({ leadKind: 'combined-authority', leadCode: 'E47000006', covers: ['E06000001', 'E06000002'] });
  });

  it("lists every London borough under the GLA's bid", () => {
    const [bid] = round2(['Greater London Authority*,Colindale,England,43166006,,']);
    expect(bid).toMatchObject({ leadKind: 'gla', leadCode: 'E61000001', covers: ['E09000002'], named: [] });
  });

  it('names the districts the source gives for a wider body\'s bid, checked against its LADs cell', () => {
    const [bid] = round2(['Greater London Authority*,Transforming Colindale and Leyton for all,England,43166006,E09000031;E09000003,According to TfL']);
    expect(bid).toMatchObject({ leadKind: 'gla', covers: ['E09000002'], named: ['E09000003', 'E09000031'] });
    expect(() => round2(['Greater London Authority*,Transforming Colindale and Leyton for all,England,43166006,E09000003,'])).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "LADs": "Transforming Colindale and Leyton for all" should name E09000003;E09000031 (TfL press release, December 2023), the row says E09000003',
    );
  });

  it('counts Scottish, Welsh and Northern Irish leads as outside England, with no district', () => {
    const bids = round2(['Fife Council,Harbour,Scotland,19000000,S12000047,', 'Bangor Marine Limited,Marina,Northern Ireland,2000000,N09000011,']);
    expect(bids.map((b) => [b.leadKind, b.leadCode, b.covers])).toEqual([
      ['outside-england', 'S12000047', []],
      ['outside-england', null, []],
    ]);
  });

  it('reads round 1, where the nation comes from the lead, and keeps pence', () => {
    const [bid] = round1(['Carlisle,,Citadel,23693443.33,E06000063,']);
    expect(bid).toMatchObject({ id: 'luf1-001', round: 1, amountGbp: 23693443.33, leadKind: 'district', leadCode: 'E07000028' });
  });

  it('takes the authority in force when the round was announced', () => {
    expect(() => round2(['Cumberland,Town,England,5,E06000063,'])).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "Legal name of lead applicant organisation": lead "Cumberland" matches no authority in force on 2023-01-19',
    );
  });
});

describe('bad input stops the build, naming file, row and column', () => {
  it('an amount that is not a number', () => {
    expect(() => round2(['Hartlepool,Waterfront,England,"16,000,000",E06000001,'])).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "Bid Value": not a number: "16,000,000"',
    );
  });

  it('a lead that matches nothing and is no known body', () => {
    expect(() => round2(['Hartlepool,Ok,England,1,,', 'Borsetshire County Council,Bypass,England,1,,'])).toThrow(
      'funds/r2.csv, data row 2 (line 3), column "Legal name of lead applicant organisation": lead "Borsetshire County Council" matches no authority in force on 2023-01-19 in the names-and-codes register, and is not a known county, combined authority or other body',
    );
  });

  it('a lead whose code is outside the base districts (found through the alias for a name the register lacks)', () => {
    expect(() => round2(['BCP Council,Seafront,England,1000,E06000058,'])).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "Legal name of lead applicant organisation": lead "BCP Council" is Bournemouth, Christchurch and Poole Council (E06000058), which is not one of the 5 base districts',
    );
  });

  it('a country that contradicts the lead', () => {
    expect(() => round2(['Fife Council,Harbour,England,1,,'])).toThrow('column "Country": says England, but the lead "Fife Council" is in Scotland');
  });
});

describe('figures per district', () => {
  const population = new Map([
    ['E06000001', 93663],
    ['E06000002', 140980],
    ['E07000026', 97761],
    ['E07000028', 108387],
    ['E09000002', 212906],
  ]);
  // Built inside each test, not while the file is collected: a mutant that breaks parsing then fails a test
  // instead of emptying the file (which Stryker scores as a survivor).
  const bids = () => [
    ...round1(['Hartlepool,,A,1000000.00,,', 'Hartlepool,,B,500000.50,,']),
    ...round2(['Hartlepool Borough Council,C,England,2000000,,', 'Cumbria County Council,D,England,9000000,,', 'Tees Valley Combined Authority,E,England,7000000,,']),
  ];
  const figures = () => awardFigures(bids(), CODES, population);

  it('sums each round and both rounds from the bids the council itself led', () => {
    const [r1, r2, both] = figures();
    expect(r1?.byArea['E06000001']).toEqual({ value: 1500000.5, status: 'official', detail: '2 bids' });
    expect(r2?.byArea['E06000001']).toEqual({ value: 2000000, status: 'official', detail: '1 bid' });
    expect(both?.byArea['E06000001']).toEqual({ value: 3500000.5, status: 'official', detail: '3 bids' });
  });

  it('never splits county or combined-authority money into its districts', () => {
    const [, , both] = figures();
    expect(both?.byArea['E07000026']).toEqual({ value: 0, status: 'official' });
    expect(both?.byArea['E06000002']).toEqual({ value: 0, status: 'official' });
  });

  it('gives pounds per head of the mid-2019 population, to the penny', () => {
    const [, , , perHead] = figures();
    // 3,500,000.50 / 93,663 = 37.3680...
    expect(perHead?.byArea['E06000001']).toEqual({ value: 37.37, status: 'official', detail: '3 bids' });
    expect(perHead?.byArea['E09000002']).toEqual({ value: 0, status: 'official' });
  });

  it('has no per-head figure where the population is unknown', () => {
    const [, , , noPop] = awardFigures(bids(), CODES, new Map());
    expect(noPop?.byArea['E06000001']).toEqual({ value: null, status: 'missing-at-source' });
  });

  it('lists every base district in each indicator, with the catalogue ids', () => {
    const [r1, r2, both, perHead] = figures();
    expect([r1, r2, both, perHead].map((f) => f?.id)).toEqual([AWARD_IDS.round1, AWARD_IDS.round2, AWARD_IDS.both, AWARD_IDS.perHead]);
    for (const f of [r1, r2, both, perHead]) expect(Object.keys(f?.byArea ?? {})).toEqual(CODES);
  });

  it('totals by lead kind and lists the bids no district figure holds', () => {
    expect(roundTotals(bids(), 2)).toEqual({
      round: 2,
      all: { bids: 3, amountGbp: 18000000 },
      byKind: { district: { bids: 1, amountGbp: 2000000 }, county: { bids: 1, amountGbp: 9000000 }, 'combined-authority': { bids: 1, amountGbp: 7000000 } },
    });
    expect(unplacedBids(bids()).map((b) => b.lead)).toEqual(['Cumbria County Council', 'Tees Valley Combined Authority']);
  });
});

describe('the alias table', () => {
  it('names only lowercase, normalised keys (as matching compares them)', () => {
    for (const key of Object.keys(LEAD_ALIASES)) expect(normaliseLeadName(key)).toBe(key);
  });
});

describe('the register and leads, exactly', () => {
  const registerOf = (extraRows: string[], extraNames: string[]) =>
    laRegister(
      parseTable([REGISTER_HEADER, ...REGISTER_ROWS, ...extraRows].join('\n'), 'funds/register.csv', LA_REGISTER_COLUMNS),
      parseTable(['la-name,local-authority-code', ...NAME_ROWS, ...extraNames].join('\n'), 'funds/names.csv', LA_NAME_COLUMNS),
    );
  const bidWith = (extraRows: string[], extraNames: string[], row: string) =>
    parseBids(parseTable([R2_HEADER, row].join('\n'), 'funds/r2.csv', roundColumns(2)), 2, registerOf(extraRows, extraNames), BASE);

  it('refuses a date that is not exactly YYYY-MM-DD', () => {
    for (const date of ['2023-4-01', '2023-04-01x', 'x2023-04-01']) {
      expect(() => registerOf([`NEW,New Council,E06000001,${date},,England,UA,`], [])).toThrow(
        `funds/register.csv, data row 13 (line 14), column "start-date": not a date (YYYY-MM-DD): "${date}"`,
      );
    }
  });

  it('refuses a duplicate authority, and a name whose code the register lacks', () => {
    expect(() => registerOf(['HPL,Again,E06000001,,,England,UA,'], [])).toThrow('funds/register.csv, data row 13 (line 14), column "local-authority-code": duplicate authority HPL');
    expect(() => registerOf([], ['Nowhere,ZZZ'])).toThrow('funds/names.csv, data row 14 (line 15), column "local-authority-code": authority ZZZ is not in funds/register.csv');
  });

  it('counts an authority in force from its start day and no longer on its end day', () => {
    const [bid] = bidWith(['STD,Starts Council,E06000002,2023-01-19,,England,UA,'], ['Starts Today,STD'], 'Starts Today,A,England,1,,');
    expect(bid).toMatchObject({ leadKind: 'district', leadCode: 'E06000002' });
    expect(() => bidWith(['END,Ends Council,E06000002,,2023-01-19,England,UA,'], ['Ends Today,END'], 'Ends Today,A,England,1,,')).toThrow(
      'lead "Ends Today" matches no authority in force on 2023-01-19',
    );
  });

  it('names a lead with no GSS code, one whose area holds no base district, and one that matches two authorities', () => {
    expect(() => bidWith(['NOG,No Gss Council,,1996-04-01,,England,NMD,'], ['No Gss,NOG'], 'No Gss,A,England,1,,')).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "Legal name of lead applicant organisation": lead "No Gss" is No Gss Council, which has no GSS code in the register',
    );
    expect(() => bidWith(['KNT,Kent County Council,E10000016,1974-04-01,,England,CTY,'], ['Kent,KNT'], 'Kent,A,England,1,,')).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "Legal name of lead applicant organisation": lead "Kent" is Kent County Council (E10000016), but no base district lies in its area',
    );
    expect(() => bidWith([], ['Twin,HPL', 'Twin,MDB'], 'Twin,A,England,1,,')).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "Legal name of lead applicant organisation": lead "Twin" matches 2 authorities in force on 2023-01-19: Hartlepool Borough Council; Middlesbrough Borough Council',
    );
  });

  it('refuses a bid of no value, and a named place on a district council’s bid', () => {
    expect(() => round2(['Hartlepool,Waterfront,England,0,,'])).toThrow('funds/r2.csv, data row 1 (line 2), column "Bid Value": a successful bid must have a positive value, got 0');
    expect(() => round2(['Hartlepool,Transforming Colindale and Leyton for all,England,1,E09000003;E09000031,'])).toThrow(
      'funds/r2.csv, data row 1 (line 2), column "LADs": "Transforming Colindale and Leyton for all" is led by a district council: its place is its own, not named',
    );
  });

  it('places the bodies that are not councils by country', () => {
    const bids = round2([
      'Belfast International Airport Limited,Runway,Northern Ireland,1,,',
      'The Ulster Branch of the Irish Rugby Football Union,Pitch,Northern Ireland,1,,',
    ]);
    expect(bids.map((b) => [b.leadKind, b.leadCode, b.covers])).toEqual([
      ['outside-england', null, []],
      ['outside-england', null, []],
    ]);
    const [ni] = round1(['Northern Ireland,,Whole,1,,']);
    expect(ni).toMatchObject({ leadKind: 'outside-england', leadCode: null, covers: [] });
  });
});
