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

  it('counts a swap only of the same two letters', () => {
    // Each pair shares one letter, in another place: two edits, not a swap.
    expect(editDistance('ab', 'xa')).toBe(2);
    expect(editDistance('ab', 'bx')).toBe(2);
    expect(editDistance('ab', 'ba')).toBe(1);
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

  it('scores a name by its closest part, so one typo away comes before two, whatever the alphabet says', () => {
    // "hartlepol" is one edit from "hartlepool" but two from "hartlepool " with the next word's space; "aartlepool" is two.
    const list = [
      { code: 'E06000001', name: 'Hartlepool North' },
      { code: 'E06000002', name: 'Aartlepool' },
    ];
    expect(searchAreas(list, 'Hartlepol').map((a) => a.name)).toEqual(['Hartlepool North', 'Aartlepool']);
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

  it('sorts a postcode district’s districts by name whatever the lookup’s order, leaving out one not in the list', () => {
    const reversed = { TN34: 'E09000012 E07000117 E07000999' };
    const answer = findAreas(areas, reversed, 'TN34 1AA');
    expect(answer.results.map((a) => a.name)).toEqual(['Burnley', 'Hackney']);
    expect(answer.message).toBe('TN34 spans 3 districts: Burnley, E07000999 and Hackney. Choose one.');
  });

  it('says a query that is not a postcode is not one, even before the lookup has loaded or when it failed', () => {
    const notOne = '“FY1 1AA 1” is not a postcode. A postcode looks like TS24 8AH, or its first part, TS24.';
    expect(findAreas(areas, null, 'FY1 1AA 1')).toEqual({ results: [], message: notOne });
    expect(findAreas(areas, 'failed', 'FY1 1AA 1')).toEqual({ results: [], message: notOne });
  });
});

describe('neighbourhoods', () => {
  const hartlepool = { code: 'E06000001', name: 'Hartlepool' };
  const msoas = ['001', '002', '007', '010', '012'].map((n, i) => ({ code: `E0200248${i}`, name: `Hartlepool ${n}` }));
  const districts = [hartlepool, ...areas];

  it('are looked for when the query is words then a number, or an MSOA code', () => {
    expect(['Hartlepool 007', 'hartlepool 7', 'Kingston upon Hull 012', 'E02 002489', 'Hartlepool', 'TS24 8AH', '007', 'E06000001', 'Hartlepool 0071', '1 Hartlepool 007'].map(looksLikeNeighbourhood)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
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

  it('read two typed digits as a number, list in number order whatever the input’s, and keep to the limit', () => {
    expect(searchNeighbourhoods(msoas, 'Hartlepool 12').map((m) => m.name)).toEqual(['Hartlepool 012']);
    expect(searchNeighbourhoods([...msoas].reverse(), 'Hartlepool 1').map((m) => m.name)).toEqual(['Hartlepool 001', 'Hartlepool 010', 'Hartlepool 012']);
    expect(searchNeighbourhoods(msoas, 'Hartlepool 0', 2).map((m) => m.name)).toEqual(['Hartlepool 001', 'Hartlepool 002']);
  });

  it('match the whole name before the number: another district’s 007 is not Hartlepool 7', () => {
    const mixed = [...msoas, { code: 'E02002500', name: 'Stockton-on-Tees 007' }, { code: 'E02002501', name: 'Hart 007' }];
    expect(searchNeighbourhoods(mixed, 'Hartlepool 7').map((m) => m.name)).toEqual(['Hartlepool 007']);
  });

  it('a number of four digits is no neighbourhood number: searched as words, a typo or two away', () => {
    expect(searchNeighbourhoods(msoas, 'Hartlepool 0011').map((m) => m.name)).toEqual(['Hartlepool 001', 'Hartlepool 002', 'Hartlepool 007', 'Hartlepool 010', 'Hartlepool 012']);
  });

  it('say they are loading, or that they could not be loaded, and are not asked for otherwise', () => {
    expect(findPlaces(districts, null, null, 'Hartlepool 007', 'lad2020')).toEqual({ results: [], message: 'Loading neighbourhoods…' });
    expect(findPlaces(districts, null, 'failed', 'Hartlepool 007', 'lad2020').message).toBe('Neighbourhood search is unavailable: the neighbourhood names could not be loaded.');
    expect(findPlaces(districts, null, null, 'Hartlepool', 'lad2020')).toEqual({ results: [hartlepool], message: null });
    expect(findPlaces(districts, null, null, 'FY1', 'msoa2011')).toEqual({ results: [], message: 'Loading the postcode lookup…' });
    expect(findPlaces(districts, null, null, '  ', 'msoa2011')).toEqual({ results: [], message: null });
    expect(findPlaces(districts, null, 'failed', '', 'msoa2011')).toEqual({ results: [], message: null });
  });

  it('come first for a neighbourhood name, after the districts in the neighbourhood view', () => {
    expect(findPlaces(districts, null, msoas, 'Hartlepool 007', 'lad2020')).toEqual({ results: [msoas[2]], message: null });
    expect(findPlaces(districts, null, msoas, 'Hartlepool', 'msoa2011', 3)).toEqual({ results: [hartlepool, msoas[0], msoas[1]], message: null });
  });
});
