import { describe, expect, it } from 'vitest';
import { figuresForBase, hle2009Figure, IMD_FIGURES, imdFigure, lufFigure, MISSING_AT_SOURCE, Places, townsFundFigure } from './figureAdapters.ts';

const CODES = ['E06000001', 'E07000150', 'E09000001'];

describe('figuresForBase', () => {
  it('has every base district, in base order, each as the reader says', () => {
    const figures = figuresForBase('health-index-2021', CODES, { value: 100.8 }, (code) => (code === 'E06000001' ? { value: 87.2, status: 'official' } : MISSING_AT_SOURCE));
    expect(Object.keys(figures.byArea)).toEqual(CODES);
    expect(figures.byArea.E09000001).toEqual({ value: null, status: 'missing-at-source' });
    expect(figures.england).toEqual({ value: 100.8 });
  });
});

describe('Places', () => {
  it('names every area a figure was measured for, from the reader or the lookups, in code order', () => {
    const places = new Places();
    expect(places.add({ code: 'E10000021', name: 'Northamptonshire' })).toBe('E10000021');
    places.nameAll(
      [
        { id: 'a', england: null, byArea: { E06000001: { value: 1, status: 'county', measuredFor: 'E10000002' }, E06000002: { value: 1, status: 'official' } } },
        { id: 'b', england: null, byArea: { E06000003: { value: 1, status: 'county', measuredFor: 'E10000021' } } },
      ],
      new Map([['E10000002', 'Buckinghamshire'], ['E10000021', 'Not this name']]),
    );
    expect(places.toRecord()).toEqual({ E10000002: 'Buckinghamshire', E10000021: 'Northamptonshire' });
    expect(Object.keys(places.toRecord())).toEqual(['E10000002', 'E10000021']);
  });

  it('fails on an area no lookup names', () => {
    const figures = { id: 'hle-male-2018', england: null, byArea: { E06000001: { value: 1, status: 'county' as const, measuredFor: 'E10009999' } } };
    expect(() => new Places().nameAll([figures], new Map())).toThrow(/^internal: hle-male-2018 is measured for E10009999, which no lookup names$/);
  });
});

describe('the readers’ figures', () => {
  const source = { code: 'E06000001', name: 'Hartlepool' };
  it('gives an HLE 2009–13 estimate its interval and the number of neighbourhoods averaged', () => {
    expect(hle2009Figure('E07000026', { value: 62.1, lci: 60.2, uci: 64, method: 'msoa-estimate', msoaCount: 12, source }, new Places())).toEqual({
      value: 62.1,
      lci: 60.2,
      uci: 64,
      status: 'estimate',
      detail: 'The plain mean of 12 neighbourhood (MSOA) figures.',
    });
    expect(hle2009Figure('E07000026', { value: 62.1, lci: null, uci: 64, method: 'msoa-estimate', msoaCount: null, source }, new Places())).toEqual({
      value: 62.1,
      status: 'estimate',
      detail: 'The plain mean of 0 neighbourhood (MSOA) figures.',
    });
    expect(hle2009Figure('E07000026', { value: 62.1, lci: 60, uci: null, method: 'msoa-estimate', msoaCount: 3, source }, new Places())).toEqual({
      value: 62.1,
      status: 'estimate',
      detail: 'The plain mean of 3 neighbourhood (MSOA) figures.',
    });
    expect(hle2009Figure('E06000001', { value: 58.51, lci: null, uci: 59, method: 'official', msoaCount: null, source }, new Places())).toEqual({ value: 58.51, status: 'official' });
  });

  it('gives an official HLE 2009–13 value its interval, and the area it was measured for where that is another', () => {
    const places = new Places();
    expect(hle2009Figure('E06000001', { value: 58.51, lci: 58.12, uci: 58.91, method: 'official', msoaCount: null, source }, places)).toEqual({
      value: 58.51,
      lci: 58.12,
      uci: 58.91,
      status: 'official',
    });
    expect(hle2009Figure('E06000060', { value: 66, lci: 65, uci: null, method: 'official', msoaCount: null, source: { code: 'E10000002', name: 'Buckinghamshire' } }, places)).toEqual({
      value: 66,
      status: 'official',
      measuredFor: 'E10000002',
    });
    expect(places.toRecord()).toEqual({ E10000002: 'Buckinghamshire' });
    expect(hle2009Figure('E06000001', null, places)).toEqual({ value: null, status: 'missing-at-source' });
    expect(hle2009Figure('E06000001', undefined, places)).toEqual({ value: null, status: 'missing-at-source' });
  });

  const imd = {
    avgRank: 28000,
    rankAvgRank: 13,
    avgScore: 45.04,
    rankAvgScore: 11,
    propMostDeprived10: 0.41,
    rankPropMostDeprived10: 7,
    extent: 0.52,
    rankExtent: 9,
    localConcentration: 31000,
    rankLocalConcentration: 5,
    publishedRankAvgRank317: 10,
    derived: false,
  };

  it('gives each IMD measure its value and the publisher’s rank, and the 317-district rank beside the average rank', () => {
    expect(IMD_FIGURES.map((measure) => [measure.id, imdFigure(imd, measure)])).toEqual([
      ['imd', { value: 13, rank: 13, status: 'official', detail: 'Published rank 10 of 317 (2019 districts).' }],
      ['imd-score', { value: 45.04, rank: 11, status: 'official' }],
      ['imd-prop10', { value: 0.41, rank: 7, status: 'official' }],
      ['imd-extent', { value: 0.52, rank: 9, status: 'official' }],
      ['imd-local-concentration', { value: 31000, rank: 5, status: 'official' }],
    ]);
    const [average] = IMD_FIGURES;
    expect(imdFigure({ ...imd, publishedRankAvgRank317: null, derived: true }, average!)).toEqual({ value: 13, rank: 13, status: 'derived' });
    expect(imdFigure(undefined, average!)).toEqual({ value: null, status: 'missing-at-source' });
  });

  it('gives the LUF category as it is, and missing where the district has none', () => {
    expect(lufFigure(2)).toEqual({ value: 2, status: 'official' });
    expect(lufFigure(undefined)).toEqual({ value: null, status: 'missing-at-source' });
  });

  it('totals the Towns Fund with its places, in words, and zero where a district has none', () => {
    expect(townsFundFigure({ townDeals: 1, futureHighStreets: 2, totalGrantGbp: 31500000, places: ['Blackpool', 'Fleetwood'] })).toEqual({
      value: 31500000,
      status: 'official',
      detail: '1 Town Deal, 2 Future High Streets Fund places: Blackpool, Fleetwood.',
    });
    expect(townsFundFigure({ townDeals: 2, futureHighStreets: 1, totalGrantGbp: 5, places: ['A'] })?.detail).toBe('2 Town Deals, 1 Future High Streets Fund place: A.');
    expect(townsFundFigure({ townDeals: 0, futureHighStreets: 0, totalGrantGbp: 0, places: [] })).toEqual({ value: 0, status: 'official' });
    expect(townsFundFigure(undefined)).toEqual({ value: null, status: 'missing-at-source' });
  });
});
