import { describe, expect, it } from 'vitest';
import { editDistance, findAreas, normalise, searchAreas, typoAllowance } from './search';

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
