import { describe, expect, it } from 'vitest';
import type { AreasFile } from '../../src/lib/data/types.ts';
import { SAMPLE_AREA } from '../fixtures/sampleArea.ts';
import { areasCsv } from './csvOut.ts';
import { areasFileProblems, csvProblems, topologyProblems } from './validate.ts';
import { coverage } from './coverage.ts';

// Alone in the file, the sample area must rank 1 on every measure.
const ALONE = {
  ...SAMPLE_AREA,
  imd: { ...SAMPLE_AREA.imd, rankAvgRank: 1, rankAvgScore: 1, rankPropMostDeprived10: 1, rankExtent: 1, rankLocalConcentration: 1 },
};
const FILE: AreasFile = {
  schemaVersion: 1,
  areas: [ALONE],
  england: { hle2009: { male: { value: 63.49, lci: 63.47, uci: 63.51 }, female: { value: 64.77, lci: 64.75, uci: 64.79 } }, hle2018: { male: 63.14, female: 63.87 } },
  coverage: coverage([SAMPLE_AREA]),
  estimateValidation: { pairs: 2, meanError: 0, meanAbsoluteError: 0.1, largestAbsoluteError: 0.2, largestAt: 'x', p95AbsoluteError: 0.2 },
  inputs: [{ path: 'a.csv', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }],
};

describe('output validation', () => {
  it('accepts a well-formed file', () => {
    expect(areasFileProblems(JSON.parse(JSON.stringify(FILE)), 1)).toEqual([]);
  });

  it('reports inconsistent records', () => {
    const bad = structuredClone(FILE);
    const area = bad.areas[0];
    if (area === undefined) throw new Error('fixture');
    area.luf = 4 as never;
    area.imd.rankAvgRank = 2;
    area.hle2009.female = { value: 60, lci: 59, uci: 61, method: 'msoa-estimate', msoaCount: 3, source: { code: 'x', name: 'x' } };
    expect(areasFileProblems(bad, 2)).toEqual([
      '1 areas, expected 2',
      'E06000058: LUF category 4',
      'E06000058: IMD rank 2 outside 1–1',
      'E06000058: HLE 2009–13 female estimate with an interval',
    ]);
    expect(areasFileProblems({ schemaVersion: 2 }, 1)).toEqual(['not an AreasFile (schemaVersion 1 with areas)']);
  });

  it('checks topology ids and properties against the area codes', () => {
    const topo = {
      type: 'Topology',
      objects: { lad: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'E06000058', properties: { code: 'E06000058', name: 'BCP', extra: 1 }, arcs: [[0]] }] } },
      arcs: [],
    };
    expect(topologyProblems(topo, new Set(['E06000058', 'E06000001']))).toEqual([
      'E06000058: properties must be exactly { code, name } with code = id',
      'geometry ids differ from the area codes',
    ]);
  });

  it('checks the CSV header and row count', () => {
    expect(csvProblems(areasCsv([SAMPLE_AREA]), 1)).toEqual([]);
    expect(csvProblems(areasCsv([SAMPLE_AREA]), 2)).toEqual(['areas.csv has 1 data rows, expected 2']);
  });
});
