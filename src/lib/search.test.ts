import { describe, expect, it } from 'vitest';
import { normalise, searchAreas } from './search';

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
