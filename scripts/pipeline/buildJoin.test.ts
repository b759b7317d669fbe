import { describe, expect, it } from 'vitest';
import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { EstimateValidation } from '../../src/lib/data/types.ts';
import { readDistricts } from './buildBase.ts';
import { readNeighbourhoods } from './buildGeography.ts';
import { deriveAreasFile, joinMeasures } from './buildJoin.ts';
import { hle2009Step, hle2018Step, imdStep, townsFundStep } from './buildSources.ts';
import { Places } from './figureAdapters.ts';
import { RAW_FILES } from './files.ts';
import { newMeasures } from './newMeasures.ts';
import { VENDORED_RAW_DIR } from './paths.ts';
import { fsSource, memorySource } from './source.ts';

describe('joinMeasures', () => {
  it('puts every measure on the base districts, names the places figures were measured for, and logs each coverage line', () => {
    const source = fsSource(VENDORED_RAW_DIR);
    const quiet = () => {};
    const districts = readDistricts(source, quiet);
    const added = newMeasures(source, districts.base, { ladLookup: districts.ladLookup, msoas: districts.msoas }, quiet);
    const inputs = {
      hle2009: hle2009Step(source, districts, quiet),
      hle2018: hle2018Step(source, districts),
      imd: imdStep(source, districts, quiet),
      towns: townsFundStep(source, districts, quiet),
      added,
      neighbourhoods: readNeighbourhoods(source, districts).figures,
    };
    const log: string[] = [];
    const joined = joinMeasures(districts, inputs, (line) => log.push(line));

    const ids = joined.measured.map(({ figures, file }) => [figures.id, file]);
    expect(ids.slice(0, 11)).toEqual([
      ['hle-male', RAW_FILES.hle2009Utla],
      ['hle-female', RAW_FILES.hle2009Utla],
      ['hle-male-2018', RAW_FILES.hle2018Utla],
      ['hle-female-2018', RAW_FILES.hle2018Utla],
      ['imd', RAW_FILES.imdDistricts],
      ['imd-score', RAW_FILES.imdDistricts],
      ['imd-prop10', RAW_FILES.imdDistricts],
      ['imd-extent', RAW_FILES.imdDistricts],
      ['imd-local-concentration', RAW_FILES.imdDistricts],
      ['luf', RAW_FILES.luf],
      ['towns-fund', RAW_FILES.townsFund],
    ]);
    expect(joined.measured.slice(11, -2)).toEqual(added.measured);
    expect(ids.slice(-2)).toEqual([
      ['hle-male-msoa-gap', RAW_FILES.hle2009Msoa],
      ['hle-female-msoa-gap', RAW_FILES.hle2009Msoa],
    ]);

    const figures = (id: string): IndicatorFigures => joined.measured.find((m) => m.figures.id === id)!.figures;
    expect(Object.keys(figures('hle-male').byArea)).toEqual(districts.codes);
    expect(figures('hle-male').england).toEqual({ value: 63.49, lci: 63.47, uci: 63.51 });
    expect(figures('hle-female').england).toEqual({ value: 64.77, lci: 64.75, uci: 64.79 });
    expect(figures('hle-male').byArea.E06000001).toEqual({ value: 58.51, lci: 58.12, uci: 58.91, status: 'official' });
    expect(figures('hle-female').byArea.E06000001?.value).toBe(60.22);
    expect(figures('hle-female-2018').byArea.E07000008).toEqual({ value: 67.65, status: 'county', measuredFor: 'E10000003' });
    expect(figures('imd').england).toBeNull();
    expect(figures('imd').byArea.E06000009).toMatchObject({ value: 1, status: 'official' });
    expect(figures('imd-score').byArea.E06000009?.value).toBe(45.039);
    expect(figures('luf').byArea.E06000001).toMatchObject({ value: 1 });
    expect(figures('towns-fund').byArea.E06000001).toMatchObject({ value: 24969328 });

    const places = joined.places.toRecord();
    expect(places.E10000003).toBe('Cambridgeshire');
    expect(places.E06000061).toBe('North Northamptonshire');
    expect(places.E67000001).toBe('City of London and Hackney');

    expect(joined.coverage).toHaveLength(joined.measured.length);
    expect(joined.coverage[0]).toEqual({ indicator: 'hle-male', withValue: 314, total: 314, breakdown: { official: 124, estimate: 190 } });
    expect(log).toHaveLength(joined.measured.length + 1);
    expect(log.slice(0, 4)).toEqual([
      'Coverage:',
      '  HLE males 2009–13: 314/314: 124 the district’s own, 190 estimated',
      '  HLE females 2009–13: 314/314: 124 the district’s own, 190 estimated',
      '  HLE males 2018–20 as first published (superseded): 312/314: 124 the district’s own, 181 the county’s, 7 the successor authority’s, 2 without a value',
    ]);
    expect(log.slice(-2)).toEqual([
      '  HLE gap inside, males 2009–13: 312/314: 312 the district’s own, 2 without a value',
      '  HLE gap inside, females 2009–13: 312/314: 312 the district’s own, 2 without a value',
    ]);
  }, 60_000);
});

describe('deriveAreasFile', () => {
  it('assembles areas.json: the figures by id, the places named, validation rounded to 3 decimals, and every input read', () => {
    const source = memorySource({ 'b.csv': 'x', 'a.csv': 'y' });
    source.readText('b.csv');
    source.readText('a.csv');
    const figures: IndicatorFigures = { id: 'luf', england: null, byArea: { E06000001: { value: 1, status: 'official' } } };
    const places = new Places();
    places.add({ code: 'E10000003', name: 'Cambridgeshire' });
    const coverage = [{ indicator: 'luf', withValue: 1, total: 1, breakdown: { official: 1 } }];
    const bids = [{ round: 1 }] as never;
    const validation: EstimateValidation = {
      pairs: 248,
      meanError: -0.02349,
      meanAbsoluteError: 0.16751,
      largestAbsoluteError: 0.86749,
      largestAt: 'Westminster (E09000033) male',
      p95AbsoluteError: 0.42851,
      sdError: 0.21949,
    };
    const area = { code: 'E06000001', name: 'Hartlepool', region: { code: 'E12000001', name: 'North East' }, utla: { code: 'E06000001', name: 'Hartlepool' }, bounds: [-1.3, 54.6, -1.1, 54.7] as [number, number, number, number] };
    expect(deriveAreasFile(source, [area], { measured: [{ figures, file: 'luf.csv' }], places, coverage }, { measured: [], bids, hleUpperTier: { areas: [] } as never }, validation)).toEqual({
      schemaVersion: 2,
      areas: [area],
      indicators: { luf: figures },
      places: { E10000003: 'Cambridgeshire' },
      coverage,
      bids,
      estimateValidation: {
        pairs: 248,
        meanError: -0.023,
        meanAbsoluteError: 0.168,
        largestAbsoluteError: 0.867,
        largestAt: 'Westminster (E09000033) male',
        p95AbsoluteError: 0.429,
        sdError: 0.219,
      },
      inputs: [
        { path: 'a.csv', sha256: 'a1fce4363854ff888cff4b8e7875d600c2682390412a8cf79b37d0b11148b0fa' },
        { path: 'b.csv', sha256: '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881' },
      ],
    });
  });
});
