import { beforeEach, describe, expect, it } from 'vitest';
import { parseTable } from './csv.ts';
import { lookupVintage, LAD_LOOKUP_COLUMNS } from './base.ts';
import { RAW_FILES } from './files.ts';
import { rawDataDir } from './paths.ts';
import { ALLOCATION_COLUMNS, NEIGHBOUR_COLUMNS, similarAreas, type SimilarInputs } from './similarAreas.ts';
import { fsSource } from './source.ts';
import { RECODED_2024, successorsBy2023 } from './successors.ts';

const BOM = '\ufeff';
const neighbours = (rows: string[]) => parseTable([BOM + NEIGHBOUR_COLUMNS.join(','), ...rows].join('\n'), 'n.csv', NEIGHBOUR_COLUMNS);
const row = (code: string, list: string[]) => [code, ...list, ...Array<string>(20 - list.length).fill('W06000001')].join(',');
const DESCRIPTIONS = JSON.stringify(Object.fromEntries(['global', 'economic', 'demographic'].map((k) => [k, { a: `${k} a`, b: `${k} b`, c: `${k} c`, d: `${k} d` }])));

function fixture(): SimilarInputs {
  const allocation = parseTable(
    [BOM + ALLOCATION_COLUMNS.join(','), 'E06000001,Hartlepool,B,A,C', 'E06000063,Cumberland,A,B,D', 'E08000038,Barnsley,B,A,C', 'E06000053,Isles of Scilly,[x],[x],C', 'W06000001,Isle of Anglesey,A,B,A'].join('\n'),
    'alloc.csv',
    ALLOCATION_COLUMNS,
  );
  const lists = [
    row('E06000001', ['E08000038', 'S12000033', 'E06000063', 'E06000053']),
    row('E06000063', ['E06000001', 'N09000001']),
    row('E08000038', ['E06000001']),
    row('E06000053', ['E06000001']),
    row('E10000003', ['E06000001']),
  ];
  return {
    allocation,
    neighbours: { global: neighbours(lists), economic: neighbours(lists), demographic: neighbours(lists) },
    descriptions: { file: 'd.json', text: BOM + DESCRIPTIONS },
    districts: ['E06000001', 'E06000053', 'E07000026', 'E07000028', 'E08000016'],
    successorOf: new Map([
      ['E07000028', 'E06000063'],
      ['E07000026', 'E06000063'],
    ]),
    recoded: { E08000038: 'E08000016' },
    names: new Map([['E06000063', 'Cumberland']]),
  };
}

describe('similar areas on the 2020 districts', () => {
  let result: ReturnType<typeof similarAreas>;
  beforeEach(() => {
    result = similarAreas(fixture());
  });

  it('keeps a district’s own list, translating a 2024 code back, keeping a successor whole and counting the neighbours outside England', () => {
    expect(result.file.areas.E06000001).toEqual({
      listOf: null,
      kinds: expect.objectContaining({ global: { cluster: 'B', ranks: ['E08000016', 'E06000063', 'E06000053'], skipped: 17 } }),
    });
    expect(result.file.successors).toEqual({ E06000063: { name: 'Cumberland', districts: ['E07000026', 'E07000028'] } });
  });

  it('gives a merged district its successor’s list and says whose it is', () => {
    expect(result.file.areas.E07000026).toEqual({ listOf: 'E06000063', kinds: expect.objectContaining({ economic: { cluster: 'B', ranks: ['E06000001'], skipped: 19 } }) });
    expect(result.file.areas.E07000028?.listOf).toBe('E06000063');
    expect(result.usingSuccessor).toBe(2);
  });

  it('finds Barnsley’s list under its 2024 code without calling it a successor’s', () => {
    expect(result.file.areas.E08000016?.listOf).toBeNull();
    expect(result.file.areas.E08000016?.kinds.global.ranks).toEqual(['E06000001']);
  });

  it('gives no list for a kind where ONS left the area out ([x])', () => {
    expect(result.file.areas.E06000053?.kinds.global).toEqual({ cluster: null, ranks: [], skipped: 0 });
    expect(result.file.areas.E06000053?.kinds.demographic.cluster).toBe('C');
  });

  it('counts each distinct list once for the neighbours left out', () => {
    // Hartlepool 17, Cumberland (shared by two districts) 19, Barnsley 19, Scilly's demographic list 19.
    expect(result.skipped).toEqual({ global: 55, economic: 55, demographic: 74 });
  });

  it('reads the descriptions by upper-case letter, after the byte-order mark', () => {
    expect(result.file.descriptions.economic.C).toBe('economic c');
  });

  it('refuses a neighbour code it cannot place', () => {
    const input = fixture();
    const lists = [row('E06000001', ['E07000999'])];
    expect(() => similarAreas({ ...input, neighbours: { ...input.neighbours, global: neighbours(lists) } })).toThrow(
      'n.csv, data row 1 (line 2), column "1": E07000999 is neither a 2020 district, a successor of some, nor outside England',
    );
    for (const code of ['W060000012', 'XW06000001']) {
      expect(() => similarAreas({ ...input, neighbours: { ...input.neighbours, global: neighbours([row('E06000001', [code])]) } })).toThrow(
        `column "1": ${code} is neither a 2020 district, a successor of some, nor outside England`,
      );
    }
  });

  it('ignores allocation rows that are not English districts, whatever their cells hold', () => {
    const input = fixture();
    const allocation = parseTable(
      [BOM + ALLOCATION_COLUMNS.join(','), 'E06000001,Hartlepool,B,A,C', 'E06000063,Cumberland,A,B,D', 'E08000038,Barnsley,B,A,C', 'E06000053,Isles of Scilly,[x],[x],C', 'S12000033,Aberdeen City,,Z,'].join('\n'),
      'alloc.csv',
      ALLOCATION_COLUMNS,
    );
    expect(similarAreas({ ...input, allocation }).file).toEqual(result.file);
  });

  it('removes only a leading byte-order mark from the descriptions', () => {
    const text = DESCRIPTIONS.replace('global a', 'global\ufeff a');
    expect(similarAreas({ ...fixture(), descriptions: { file: 'd.json', text } }).file.descriptions.global.A).toBe('global\ufeff a');
  });

  it('lists the successors in code order', () => {
    const input = fixture();
    const allocation = parseTable(
      [BOM + ALLOCATION_COLUMNS.join(','), 'E06000001,Hartlepool,B,A,C', 'E06000063,Cumberland,A,B,D', 'E06000064,Westmorland and Furness,A,B,D'].join('\n'),
      'alloc.csv',
      ALLOCATION_COLUMNS,
    );
    const lists = [row('E06000001', []), row('E06000063', []), row('E06000064', [])];
    const result = similarAreas({
      ...input,
      allocation,
      neighbours: { global: neighbours(lists), economic: neighbours(lists), demographic: neighbours(lists) },
      districts: ['E07000027', 'E07000026'],
      successorOf: new Map([
        ['E07000027', 'E06000064'],
        ['E07000026', 'E06000063'],
      ]),
      names: new Map([
        ['E06000063', 'Cumberland'],
        ['E06000064', 'Westmorland and Furness'],
      ]),
    });
    expect(Object.keys(result.file.successors)).toEqual(['E06000063', 'E06000064']);
  });
});

describe('what similar areas refuses', () => {
  const allocation = (...rows: string[]) => parseTable([BOM + ALLOCATION_COLUMNS.join(','), ...rows].join('\n'), 'alloc.csv', ALLOCATION_COLUMNS);

  it('refuses a cluster that is not a letter A–D', () => {
    expect(() => similarAreas({ ...fixture(), allocation: allocation('E06000001,Hartlepool,B,E,C') })).toThrow(
      'alloc.csv, data row 1 (line 2), column "Economic": not a cluster letter A–D nor [x]: "E"',
    );
  });

  it('stops on a 2020 district with no row of its own, of a later code or of a successor', () => {
    expect(() => similarAreas({ ...fixture(), districts: ['E06000002'] })).toThrow('alloc.csv, column "AREACD": no row for the 2020 district E06000002, nor for a later code or successor of it');
  });

  it('stops on an authority with a cluster but no list of neighbours', () => {
    const input = fixture();
    expect(() => similarAreas({ ...input, neighbours: { ...input.neighbours, demographic: neighbours([row('E06000063', [])]) } })).toThrow(
      'n.csv, column "AREACD": no neighbours for E06000001',
    );
  });

  it('stops on a successor it cannot name', () => {
    expect(() => similarAreas({ ...fixture(), names: new Map() })).toThrow('alloc.csv, column "AREACD": no name for the successor authority E06000063');
  });

  it('names a successor that is only a neighbour, with the districts it stands for', () => {
    const result = similarAreas({ ...fixture(), districts: ['E06000001', 'E06000053', 'E08000016'] });
    expect(result.usingSuccessor).toBe(0);
    expect(result.file.successors).toEqual({ E06000063: { name: 'Cumberland', districts: ['E07000026', 'E07000028'] } });
  });

  it('needs all four descriptions of each kind, as JSON', () => {
    expect(() => similarAreas({ ...fixture(), descriptions: { file: 'd.json', text: '{"global":' } })).toThrow('d.json: is not JSON');
    const without = (kind: string, letter: string, paragraph?: string) => {
      const json = JSON.parse(DESCRIPTIONS) as Record<string, Record<string, string>>;
      if (paragraph === undefined) delete json[kind]![letter];
      else json[kind]![letter] = paragraph;
      return { ...fixture(), descriptions: { file: 'd.json', text: JSON.stringify(json) } };
    };
    expect(() => similarAreas(without('economic', 'c'))).toThrow('d.json: no description of economic cluster C');
    expect(() => similarAreas(without('demographic', 'a', ' '))).toThrow('d.json: no description of demographic cluster A');
    expect(() => similarAreas({ ...fixture(), descriptions: { file: 'd.json', text: '{}' } })).toThrow('d.json: no description of global cluster A');
    expect(similarAreas(without('global', 'd', 'Mostly rural.')).file.descriptions.global).toEqual({ A: 'global a', B: 'global b', C: 'global c', D: 'Mostly rural.' });
  });
});

describe('similar areas from the real ONS files', () => {
  // Read once, on first use inside a test rather than while the file is collected (as in neighbourhoods.test.ts).
  const build = () => {
    const source = fsSource(rawDataDir());
    const read = (file: string, columns: readonly string[]) => parseTable(source.readText(file), file, columns);
    const ladLookup = read(RAW_FILES.ladLookup, LAD_LOOKUP_COLUMNS);
    const lookup2020 = lookupVintage(ladLookup, '2020');
    const result = similarAreas({
      allocation: read(RAW_FILES.similarAllocation, ALLOCATION_COLUMNS),
      neighbours: {
        global: read(RAW_FILES.similarGlobal, NEIGHBOUR_COLUMNS),
        economic: read(RAW_FILES.similarEconomic, NEIGHBOUR_COLUMNS),
        demographic: read(RAW_FILES.similarDemographic, NEIGHBOUR_COLUMNS),
      },
      descriptions: { file: RAW_FILES.similarDescriptions, text: source.readText(RAW_FILES.similarDescriptions) },
      districts: [...lookup2020.keys()],
      successorOf: successorsBy2023(lookup2020, RAW_FILES.ladLookup),
      recoded: RECODED_2024,
      names: new Map(ladLookup.rows.map((r) => [r.cells.get('lad_cd') ?? '', r.cells.get('lad_nm') ?? ''])),
    });
    return result;
  };
  let real: ReturnType<typeof build> | undefined;
  const data = () => (real ??= build());

  it('ranks Kingston upon Hull, Torbay, Nottingham, Plymouth and Stoke-on-Trent nearest to Blackpool (global)', () => {
    const { areas } = data().file;
    expect(areas.E06000009?.kinds.global.ranks.slice(0, 5)).toEqual(['E06000010', 'E06000027', 'E06000018', 'E06000026', 'E06000021']);
    expect(areas.E06000009?.kinds.global.cluster).toBe('B');
  });

  it('gives every one of the 314 districts an entry; the 24 merged since 2020 use their successor’s lists', () => {
    const result = data();
    const { areas } = result.file;
    expect(Object.keys(areas)).toHaveLength(314);
    expect(result.usingSuccessor).toBe(24);
    // Kettering (Northamptonshire, 2021) uses North Northamptonshire's.
    expect(areas.E07000153?.listOf).toBe('E06000061');
    expect(areas.E07000153?.kinds.global.ranks).toEqual(areas.E07000150?.kinds.global.ranks);
    expect(result.file.successors.E06000061).toEqual({ name: 'North Northamptonshire', districts: ['E07000150', 'E07000152', 'E07000153', 'E07000156'] });
  });

  it('leaves out the Isles of Scilly and the City of London where ONS did not cluster them', () => {
    const { areas } = data().file;
    expect(areas.E06000053?.kinds.global.cluster).toBeNull();
    expect(areas.E09000001?.kinds.economic.cluster).toBeNull();
  });

  it('counts the neighbours outside England it left out', () => {
    expect(data().skipped).toEqual({ global: 468, economic: 753, demographic: 493 });
  });
});
