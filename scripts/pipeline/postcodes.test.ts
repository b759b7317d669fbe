import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPostcodeLookup } from '../../src/lib/data/postcode.ts';
import { findAreas } from '../../src/lib/search.ts';
import { baseAreas, LAD_LOOKUP_COLUMNS, lookupVintage } from './base.ts';
import { parseTable } from './csv.ts';
import { RAW_FILES } from './files.ts';
import { rawDataDir } from './paths.ts';
import { POSTCODE_COLUMNS, postcodeLookup } from './postcodes.ts';
import { fsSource } from './source.ts';

const HEADER = 'postcode_district,lad_code,lad_name,country_as_in_source,n_lads_for_district';
const fixture = (rows: readonly string[]) => parseTable([HEADER, ...rows].join('\n'), 'lookups/postcode/p.csv', POSTCODE_COLUMNS);
const FIXTURE_ROWS = [
  'TN34,E07000064,Rother,England,2',
  'TN34,E07000062,Hastings,England,2',
  'CH1,E06000050,Cheshire West and Chester,England,2',
  'CH1,W06000005,Flintshire / Sir y Fflint,Wales,2',
  'BT1,N09000003,Belfast,Nothern Island,1',
  'BH1,E06000058,"Bournemouth, Christchurch and Poole",England,1',
];
const FIXTURE_BASE = ['E06000050', 'E06000058', 'E07000062', 'E07000064'];

describe('the postcode lookup the app ships', () => {
  it('keeps the English districts, sorted, and any other nation as its country code, whatever the country column says', () => {
    expect(postcodeLookup(fixture(FIXTURE_ROWS), FIXTURE_BASE)).toEqual({
      BH1: 'E06000058',
      BT1: 'N92000002',
      CH1: 'E06000050 W92000004',
      TN34: 'E07000062 E07000064',
    });
  });

  it('stops on an unknown English code, a malformed outward code, a wrong row count or an unreached district', () => {
    expect(() => postcodeLookup(fixture(['TS24,E06000999,X,England,1']), ['E06000001'])).toThrow(
      'data row 1 (line 2), column "lad_code": E06000999 is not one of the 2020 districts',
    );
    expect(() => postcodeLookup(fixture(['TS 24,E06000001,X,England,1']), ['E06000001'])).toThrow('column "postcode_district": not an outward code: "TS 24"');
    expect(() => postcodeLookup(fixture(['TN34,E07000064,Rother,England,2']), ['E07000064'])).toThrow('TN34 has 1 rows but says 2');
    expect(() => postcodeLookup(fixture(FIXTURE_ROWS), [...FIXTURE_BASE, 'E06000001'])).toThrow('no postcode district reaches E06000001');
  });

  it('names a nation once, and two nations in code order', () => {
    const rows = ['TD15,W06000001,A,Wales,4', 'TD15,S12000026,B,Scotland,4', 'TD15,W06000002,C,Wales,4', 'TD15,E06000057,D,England,4'];
    expect(postcodeLookup(fixture(rows), ['E06000057'])).toEqual({ TD15: 'E06000057 S92000003 W92000004' });
  });

  it('takes one or two letters, a digit and an optional letter or digit as an outward code, in capitals', () => {
    expect(Object.keys(postcodeLookup(fixture(['M1,E08000003,M,England,1', 'EC1A,E09000001,C,England,1', 'B99,E08000025,B,England,1']), ['E08000003', 'E09000001', 'E08000025']))).toEqual([
      'B99',
      'EC1A',
      'M1',
    ]);
    for (const outward of ['ABC1', '1A', 'M', 'EC1AB', 'm1', 'EC1A1']) {
      expect(() => postcodeLookup(fixture([`${outward},E08000003,M,England,1`]), ['E08000003'])).toThrow(`column "postcode_district": not an outward code: "${outward}"`);
    }
  });

  it('stops on a code of no UK nation, rows that disagree on the count, and a district listed twice', () => {
    for (const code of ['X06000001', 'W0600000', 'W060000012', 'w06000001', 'KW06000001']) {
      expect(() => postcodeLookup(fixture([`CH1,${code},X,Wales,1`]), [])).toThrow(`data row 1 (line 2), column "lad_code": not a UK district code: "${code}"`);
    }
    expect(() => postcodeLookup(fixture(['TN34,E07000064,Rother,England,2', 'TN34,E07000062,Hastings,England,3']), ['E07000062', 'E07000064'])).toThrow(
      'data row 2 (line 3), column "n_lads_for_district": 3, but an earlier row of TN34 says 2',
    );
    expect(() => postcodeLookup(fixture(['TN34,E07000064,Rother,England,2', 'TN34,E07000064,Rother,England,2']), ['E07000064'])).toThrow(
      'data row 2 (line 3), column "lad_code": E07000064 is listed twice for TN34',
    );
    expect(() => postcodeLookup(fixture(['TN34,E07000064,Rother,England,2']), ['E07000064'])).toThrow('data row 1 (line 2), column "n_lads_for_district": TN34 has 1 rows but says 2');
  });

  it('names every district no postcode reaches, with the file', () => {
    expect(() => postcodeLookup(fixture(FIXTURE_ROWS), [...FIXTURE_BASE, 'E06000001', 'E06000002'])).toThrow('lookups/postcode/p.csv, column "lad_code": no postcode district reaches E06000001, E06000002');
  });
});

// The search on the real lookup and the real district names: what a person typing sees.
const RAW = rawDataDir();
describe.skipIf(!existsSync(path.join(RAW, RAW_FILES.postcodes)))('postcode and typo search on the real data', () => {
  // Read once, on first use inside a test rather than while the file is collected, so Stryker attributes the
  // reading to the tests.
  const read = () => {
    const source = fsSource(RAW);
    const base = baseAreas(lookupVintage(parseTable(source.readText(RAW_FILES.ladLookup), RAW_FILES.ladLookup, LAD_LOOKUP_COLUMNS), '2020'));
    const table = parseTable(source.readText(RAW_FILES.postcodes), RAW_FILES.postcodes, POSTCODE_COLUMNS);
    // Through JSON and the app's reader, as the browser gets it.
    return { base, lookup: readPostcodeLookup(JSON.parse(JSON.stringify(postcodeLookup(table, base.map((b) => b.code))))) };
  };
  let real: ReturnType<typeof read> | undefined;
  const find = (query: string) => {
    real ??= read();
    const answer = findAreas(real.base, real.lookup, query);
    return { names: answer.results.map((a) => a.name), message: answer.message };
  };

  it('finds Hartlepool from a full postcode, with or without the space, and from its outward code', () => {
    for (const query of ['TS24 8AH', 'ts248ah', 'TS24', ' ts24 8a ']) {
      expect(find(query)).toEqual({ names: ['Hartlepool'], message: 'TS24 is in Hartlepool.' });
    }
  });

  it('lists every district of a postcode district that spans several, in name order', () => {
    expect(find('TN34 1AA')).toEqual({ names: ['Hastings', 'Rother'], message: 'TN34 spans 2 districts: Hastings and Rother. Choose one.' });
    expect(find('EC1A 1BB')).toEqual({
      names: ['City of London', 'Islington', 'Tower Hamlets'],
      message: 'EC1A spans 3 districts: City of London, Islington and Tower Hamlets. Choose one.',
    });
  });

  it('says where a postcode outside England is, and what part of a border one is not on the map', () => {
    expect(find('CF10 1AA')).toEqual({ names: [], message: 'CF10 is in Wales, outside England: this map covers England only.' });
    expect(find('EH1')).toEqual({ names: [], message: 'EH1 is in Scotland, outside England: this map covers England only.' });
    expect(find('BT1 1AA')).toEqual({ names: [], message: 'BT1 is in Northern Ireland, outside England: this map covers England only.' });
    expect(find('CH1')).toEqual({
      names: ['Cheshire West and Chester'],
      message: 'CH1 is in Cheshire West and Chester. Part of it is in Wales, outside England, which this map does not cover.',
    });
  });

  it('says what a postcode looks like when one is malformed or unknown', () => {
    expect(find('TS24 8AHX')).toEqual({ names: [], message: '“TS24 8AHX” is not a postcode. A postcode looks like TS24 8AH, or its first part, TS24.' });
    expect(find('123')).toEqual({ names: [], message: '“123” is not a postcode. A postcode looks like TS24 8AH, or its first part, TS24.' });
    expect(find('QQ9 9QQ')).toEqual({ names: [], message: 'No postcode district QQ9 is known. A postcode looks like TS24 8AH, or its first part, TS24.' });
  });

  it('forgives a typo and "Saint" for "St.", and still finds a district by its code', () => {
    expect(find('Hartlepol')).toEqual({ names: ['Hartlepool'], message: null });
    expect(find('Saint Helens')).toEqual({ names: ['St. Helens'], message: null });
    expect(find('st helens')).toEqual({ names: ['St. Helens'], message: null });
    expect(find('Hastngs')).toEqual({ names: ['Hastings'], message: null });
    expect(find('E06000001')).toEqual({ names: ['Hartlepool'], message: null });
  });
});
