import { describe, expect, it } from 'vitest';
import { editDistance, findAreas, looksLikeNeighbourhood, normalise, searchAreas, searchNeighbourhoods, typoAllowance, findPlaces } from './search';

const areas = [
  { code: 'E06000010', name: 'Kingston upon Hull, City of' },
  { code: 'E09000021', name: 'Kingston upon Thames' },
  { code: 'E06000009', name: 'Blackpool' },
  { code: 'E07000117', name: 'Burnley' },
  { code: 'E07000146', name: "King's Lynn and West Norfolk" },
  { code: 'E09000012', name: 'Hackney' },
  { code: 'E08000012', name: 'Liverpool' },
];

describe('searchAreas', () => {
  it('matches partially and case-insensitively', () => {
    expect(searchAreas(areas, 'HULL').map((a) => a.name)).toEqual(['Kingston upon Hull, City of']);
    expect(searchAreas(areas, 'pool').map((a) => a.name)).toEqual(['Blackpool', 'Liverpool']);
  });

  it('ranks name starts before word starts before anywhere', () => {
    expect(searchAreas(areas, 'king').map((a) => a.name)).toEqual(["King's Lynn and West Norfolk", 'Kingston upon Hull, City of', 'Kingston upon Thames']);
    expect(searchAreas(areas, 'lynn').map((a) => a.name)).toEqual(["King's Lynn and West Norfolk"]);
  });

  it('ignores punctuation and treats & as and', () => {
    expect(normalise("King's Lynn & West Norfolk")).toBe('king s lynn and west norfolk');
    expect(searchAreas(areas, 'lynn & west')).toHaveLength(1);
  });

  it('finds an area by its code', () => {
    expect(searchAreas(areas, 'e06000009').map((a) => a.name)).toEqual(['Blackpool']);
  });

  it('puts a name start first even when a word start sorts earlier by name', () => {
    const list = [
      { code: 'E07000001', name: 'Aston Burton' },
      { code: 'E07000002', name: 'Burton' },
      { code: 'E07000003', name: 'Alburton' },
    ];
    expect(searchAreas(list, 'burton').map((a) => a.name)).toEqual(['Burton', 'Aston Burton', 'Alburton']);
  });

  it('ignores accents and finds a code typed with spaces', () => {
    expect(normalise('Ynys Môn')).toBe('ynys mon');
    expect(searchAreas(areas, 'E06 000 009').map((a) => a.name)).toEqual(['Blackpool']);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchAreas(areas, '   ')).toEqual([]);
    expect(searchAreas(areas, 'n', 2)).toHaveLength(2);
  });
});

describe('typos', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('hartlepol', 'hartlepool')).toBe(1);
    expect(editDistance('blakcpool', 'blackpool')).toBe(1);
    expect(editDistance('burnley', 'burnlye')).toBe(1);
    expect(editDistance('hull', 'hall')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('forgives none below four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8].map((n) => typoAllowance('x'.repeat(n)))).toEqual([0, 1, 1, 2]);
  });

  it('offers names a typo away only when nothing matches as typed, closest first', () => {
    expect(searchAreas(areas, 'Blakpool').map((a) => a.name)).toEqual(['Blackpool']);
    expect(searchAreas(areas, 'Liverpol').map((a) => a.name)).toEqual(['Liverpool']);
    // "burn" matches Burnley as typed, so "Burnley"'s one-letter neighbours are not offered.
    expect(searchAreas(areas, 'burn').map((a) => a.name)).toEqual(['Burnley']);
    // A word start other than the first: "Thames" in Kingston upon Thames.
    expect(searchAreas(areas, 'Tahmes').map((a) => a.name)).toEqual(['Kingston upon Thames']);
    expect(searchAreas(areas, 'xyz')).toEqual([]);
  });

  it('reads "Saint" as "St"', () => {
    expect(normalise('Saint Helens')).toBe(normalise('St. Helens'));
    expect(normalise('Saintfield')).toBe('saintfield');
  });
});

describe('findAreas with postcodes', () => {
  const lookup = { FY1: 'E06000009', TN34: 'E07000117 E09000012', CF10: 'W92000004' };
  it('says a postcode is being looked up until the lookup has loaded, and when it could not be', () => {
    expect(findAreas(areas, null, 'FY1 1AA')).toEqual({ results: [], message: 'Loading the postcode lookup…' });
    expect(findAreas(areas, 'failed', 'FY1')).toEqual({
      results: [],
      message: 'Postcode search is unavailable: the postcode lookup could not be loaded. Search by name instead.',
    });
    expect(findAreas(areas, null, 'blackp').results.map((a) => a.name)).toEqual(['Blackpool']);
  });

  it('gives the postcode district\'s districts in name order, and plain words otherwise', () => {
    expect(findAreas(areas, lookup, 'FY1 1AA')).toEqual({ results: [areas[2]], message: 'FY1 is in Blackpool.' });
    expect(findAreas(areas, lookup, 'tn34').results.map((a) => a.name)).toEqual(['Burnley', 'Hackney']);
    expect(findAreas(areas, lookup, 'CF10').message).toBe('CF10 is in Wales, outside England: this map covers England only.');
    expect(findAreas(areas, lookup, 'FY1 1AA 1').message).toBe('“FY1 1AA 1” is not a postcode. A postcode looks like TS24 8AH, or its first part, TS24.');
  });
});

describe('neighbourhoods', () => {
  const hartlepool = { code: 'E06000001', name: 'Hartlepool' };
  const msoas = ['001', '002', '007', '010', '012'].map((n, i) => ({ code: `E0200248${i}`, name: `Hartlepool ${n}` }));
  const districts = [hartlepool, ...areas];

  it('are looked for when the query is words then a number, or an MSOA code', () => {
    expect(['Hartlepool 007', 'hartlepool 7', 'Kingston upon Hull 012', 'E02 002489', 'Hartlepool', 'TS24 8AH', '007', 'E06000001'].map(looksLikeNeighbourhood)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('are found by name, by their number without its zeros, and by code', () => {
    expect(searchNeighbourhoods(msoas, 'Hartlepool 007').map((m) => m.name)).toEqual(['Hartlepool 007']);
    expect(searchNeighbourhoods(msoas, 'hartlepool 7').map((m) => m.name)).toEqual(['Hartlepool 007']);
    expect(searchNeighbourhoods(msoas, 'Hartlepool 1').map((m) => m.name)).toEqual(['Hartlepool 001', 'Hartlepool 010', 'Hartlepool 012']);
    expect(searchNeighbourhoods(msoas, 'Hartlepool 0').map((m) => m.name)).toEqual(['Hartlepool 001', 'Hartlepool 002', 'Hartlepool 007', 'Hartlepool 010', 'Hartlepool 012']);
    expect(searchNeighbourhoods(msoas, 'Hartlepol 012').map((m) => m.name)[0]).toBe('Hartlepool 012');
    expect(searchNeighbourhoods(msoas, 'e02002482').map((m) => m.name)).toEqual(['Hartlepool 007']);
  });

  it('say they are loading, or that they could not be loaded, and are not asked for otherwise', () => {
    expect(findPlaces(districts, null, null, 'Hartlepool 007', 'lad2020')).toEqual({ results: [], message: 'Loading neighbourhoods…' });
    expect(findPlaces(districts, null, 'failed', 'Hartlepool 007', 'lad2020').message).toBe('Neighbourhood search is unavailable: the neighbourhood names could not be loaded.');
    expect(findPlaces(districts, null, null, 'Hartlepool', 'lad2020')).toEqual({ results: [hartlepool], message: null });
    expect(findPlaces(districts, null, null, 'FY1', 'msoa2011')).toEqual({ results: [], message: 'Loading the postcode lookup…' });
  });

  it('come first for a neighbourhood name, after the districts in the neighbourhood view', () => {
    expect(findPlaces(districts, null, msoas, 'Hartlepool 007', 'lad2020')).toEqual({ results: [msoas[2]], message: null });
    expect(findPlaces(districts, null, msoas, 'Hartlepool', 'msoa2011', 3)).toEqual({ results: [hartlepool, msoas[0], msoas[1]], message: null });
  });
});
