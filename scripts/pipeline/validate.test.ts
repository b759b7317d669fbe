import { describe, expect, it } from 'vitest';
import type { AreasFile } from '../../src/lib/data/types.ts';
import { makeFile } from '../../src/lib/indicators/testAreas.ts';
import { SAMPLE_AREA } from '../fixtures/sampleArea.ts';
import { areasCsv } from './csvOut.ts';
import { areasFileProblems, csvProblems, topologyProblems } from './validate.ts';
import { coverageLine } from './coverage.ts';

const FILE: AreasFile = { ...makeFile([{ code: SAMPLE_AREA.code, name: SAMPLE_AREA.name }]), areas: [SAMPLE_AREA] };
FILE.coverage = Object.values(FILE.indicators).map(coverageLine);
FILE.inputs = [{ path: 'a.csv', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }];

describe('output validation', () => {
  it('accepts a well-formed file', () => {
    expect(areasFileProblems(JSON.parse(JSON.stringify(FILE)), 1)).toEqual([]);
  });

  it('reports what the schema refuses, with where', () => {
    const bad = structuredClone(FILE);
    bad.indicators['hle-male']!.byArea[SAMPLE_AREA.code] = { value: null, status: 'official' };
    expect(areasFileProblems(bad, 1)).toEqual([`indicators.hle-male.byArea.${SAMPLE_AREA.code}: a value must be given exactly when the status says there is one`]);
    expect(areasFileProblems({ schemaVersion: 1 }, 1)[0]).toMatch(/^schemaVersion: /);
  });

  it('reports implausible values, missing figures and unnamed places', () => {
    const bad = structuredClone(FILE);
    bad.indicators.luf!.byArea[SAMPLE_AREA.code] = { value: 4, status: 'official' };
    delete bad.indicators['imd-score']!.byArea[SAMPLE_AREA.code];
    bad.indicators['hle-male-2018']!.byArea[SAMPLE_AREA.code] = { value: 60, status: 'county', measuredFor: 'E10000002' };
    expect(areasFileProblems(bad, 2)).toEqual([
      '1 areas, expected 2',
      `${SAMPLE_AREA.code}: hle-male-2018 measured for E10000002, which has no name`,
      `${SAMPLE_AREA.code}: no imd-score figure`,
      `${SAMPLE_AREA.code}: luf 4 outside 1–3`,
    ]);
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
    const csv = areasCsv([SAMPLE_AREA], Object.values(FILE.indicators));
    expect(csvProblems(csv, FILE, 1)).toEqual([]);
    expect(csvProblems(csv, FILE, 2)).toEqual(['areas.csv has 1 data rows, expected 2']);
  });
});
