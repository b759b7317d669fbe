import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AreasFile } from '../../src/lib/data/types.ts';
import { makeFile } from '../../src/lib/indicators/testAreas.ts';
import { SAMPLE_AREA } from '../fixtures/sampleArea.ts';
import { areasCsv } from './csvOut.ts';
import { areasFileProblems, csvProblems, readSplitOutputs, tileSetProblems, topologyProblems } from './validate.ts';
import { areasOutputs } from './writer.ts';
import { FIRST_VIEW_INDICATORS } from '../../src/lib/analysis/needs.ts';
import { coverageLine } from './coverage.ts';
import { OUTPUT_FILES } from './files.ts';
import { THREE_REGIONS, THREE_TOPOLOGY } from './fixtures/threeDistricts.ts';
import { boundaryLayers } from './layers.ts';
import { boundaryTileSet, tilePath, type TileJson } from './tiles.ts';

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

  it('reports duplicate codes, boxes outside England, misfiled or extra figures, missing coverage and absolute paths', () => {
    const bad = structuredClone(FILE);
    bad.areas = [SAMPLE_AREA, { ...SAMPLE_AREA, bounds: [-10, 50, -9, 51] }];
    bad.indicators.imd!.id = 'imd-score';
    bad.indicators.luf!.byArea.E09000033 = { value: 1, status: 'official' };
    bad.coverage = bad.coverage.filter((line) => line.indicator !== 'towns-fund');
    bad.inputs = [{ path: '/tmp/a.csv', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }];
    expect(areasFileProblems(bad, 2)).toEqual([
      'duplicate area codes',
      `${SAMPLE_AREA.code}: bounds missing or not a box in England`,
      'figures filed under imd say they are imd-score',
      'luf has figures for unknown areas E09000033',
      'no coverage line for towns-fund',
      'absolute path in the inputs list',
    ]);
  });

  it('reports a missing indicator once, and a box that is missing or only partly in England', () => {
    for (const bounds of [null, [-6, 50, 3, 51], [-6, 48, -5, 51], [-6, 50, -5, 57]] as const) {
      const bad = structuredClone(FILE);
      bad.areas = [{ ...SAMPLE_AREA, bounds: bounds === null ? null : [...bounds] }];
      expect(areasFileProblems(bad, 1)).toEqual([`${SAMPLE_AREA.code}: bounds missing or not a box in England`]);
    }
    const bad = structuredClone(FILE);
    delete bad.indicators['towns-fund'];
    expect(areasFileProblems(bad, 1)).toEqual(['no figures for towns-fund']);
  });

  it('refuses what is not a one-collection topology of polygons with properties', () => {
    const codes = new Set(['E06000058']);
    const geometry = { type: 'Polygon', id: 'E06000058', properties: { code: 'E06000058', name: 'BCP' }, arcs: [[0]] };
    const topo = (objects: unknown): unknown => ({ type: 'Topology', objects, arcs: [] });
    expect(topologyProblems(null, codes)).toEqual(['not a TopoJSON Topology']);
    expect(topologyProblems({ type: 'FeatureCollection', objects: {} }, codes)).toEqual(['not a TopoJSON Topology']);
    expect(topologyProblems({ type: 'Topology', objects: [] }, codes)).toEqual(['not a TopoJSON Topology']);
    expect(topologyProblems(topo({ lad: { type: 'GeometryCollection', geometries: {} } }), codes)).toEqual(['no "lad" GeometryCollection']);
    expect(topologyProblems(topo({ lad: { type: 'Polygon', geometries: [] } }), codes)).toEqual(['no "lad" GeometryCollection']);
    expect(topologyProblems(topo({ lad: { type: 'GeometryCollection', geometries: [geometry] }, rgn: {} }), codes)).toEqual(['objects other than "lad"']);
    expect(topologyProblems(topo({ lad: { type: 'GeometryCollection', geometries: [geometry] } }), codes)).toEqual([]);
    expect(topologyProblems(topo({ lad: { type: 'GeometryCollection', geometries: [{ ...geometry, type: 'MultiPolygon' }] } }), codes)).toEqual([]);
    expect(topologyProblems(topo({ lad: { type: 'GeometryCollection', geometries: [{ ...geometry, type: 'LineString' }, { id: 'x' }] } }), codes)).toEqual([
      'E06000058: no polygon',
      'geometry without properties',
    ]);
    expect(topologyProblems(topo({ lad: { type: 'GeometryCollection', geometries: [{ ...geometry, properties: { code: 'E06000001', name: 'BCP' } }] } }), codes)).toEqual([
      'E06000058: properties must be exactly { code, name } with code = id',
    ]);
    expect(topologyProblems(topo({ lad: { type: 'GeometryCollection', geometries: [geometry] } }), new Set(['E06000001']))).toEqual(['geometry ids differ from the area codes']);
  });

  it('reports a CSV whose header or row width differs from the column list', () => {
    const csv = areasCsv([SAMPLE_AREA], Object.values(FILE.indicators));
    const [header, row] = csv.split('\r\n');
    expect(csvProblems(`${header},extra\r\n${row}\r\n`, FILE, 1)).toEqual(['areas.csv header differs from the column list', 'areas.csv has a row of the wrong width']);
    expect(csvProblems(`${header}\r\n${row},\r\n`, FILE, 1)).toEqual(['areas.csv has a row of the wrong width']);
  });
});

describe('tile set validation', () => {
  const CODES = new Set(['E06000001', 'E06000002', 'E06000003']);
  const OPTIONS = { maxzoom: 3, extent: 4096, buffer: 64, tolerance: 3 };
  let stage = '';

  afterEach(() => rmSync(stage, { recursive: true, force: true }));

  /** Writes the three-district tile set into a fresh stage folder, with the given changes. */
  function stageTiles(change: { tileJson?: (json: TileJson) => unknown; skip?: string; regions?: boolean } = {}): string {
    stage = mkdtempSync(path.join(tmpdir(), 'tiles-'));
    const layers = boundaryLayers(THREE_TOPOLOGY, THREE_REGIONS);
    if (change.regions === false) layers.regionBorders.geometry.coordinates = [];
    const { tileJson, tiles } = boundaryTileSet(layers, 'test', OPTIONS);
    mkdirSync(path.join(stage, OUTPUT_FILES.tileDir), { recursive: true });
    writeFileSync(path.join(stage, OUTPUT_FILES.tileJson), JSON.stringify(change.tileJson ? change.tileJson(tileJson) : tileJson));
    for (const tile of tiles) {
      if (tilePath(tile) === change.skip) continue;
      const file = path.join(stage, OUTPUT_FILES.tileDir, tilePath(tile));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, tile.data);
    }
    return stage;
  }

  it('accepts a complete pyramid with every district and the region border at the deepest zoom', () => {
    expect(tileSetProblems(stageTiles(), CODES)).toEqual([]);
  });

  it('names a missing tile', () => {
    expect(tileSetProblems(stageTiles({ skip: '2/1/1.pbf' }), CODES)).toEqual(['tile 2/1/1.pbf missing']);
  });

  it('refuses a TileJSON without bounds or a whole maxzoom, or with another tile URL', () => {
    expect(tileSetProblems(stageTiles({ tileJson: ({ bounds: _bounds, ...rest }) => rest }), CODES)).toEqual(['tiles.json has no bounds or maxzoom']);
    expect(tileSetProblems(stageTiles({ tileJson: (json) => ({ ...json, maxzoom: 2.5 }) }), CODES)).toEqual(['tiles.json has no bounds or maxzoom']);
    expect(tileSetProblems(stageTiles({ tileJson: () => [] }), CODES)).toEqual(['tiles.json has no bounds or maxzoom']);
    expect(tileSetProblems(stageTiles({ tileJson: (json) => ({ ...json, tiles: ['/geo/{z}/{x}/{y}.pbf'] }) }), CODES)).toEqual(['tiles.json must list {z}/{x}/{y}.pbf, relative to itself']);
  });

  it('counts the districts at the deepest zoom against areas.json, and wants region borders there', () => {
    expect(tileSetProblems(stageTiles(), new Set([...CODES, 'E06000004']))).toEqual(['the zoom 3 tiles hold 3 districts, expected the 4 in areas.json']);
    expect(tileSetProblems(stageTiles(), new Set(['E06000001', 'E06000002', 'E06000009']))).toEqual(['the zoom 3 tiles hold 3 districts, expected the 3 in areas.json']);
    expect(tileSetProblems(stageTiles({ regions: false }), CODES)).toEqual(['the zoom 3 tiles have no region borders']);
  });
});

describe('readSplitOutputs', () => {
  const stageSplit = (change: (files: { relPath: string; json: Record<string, unknown> }[]) => void): string => {
    const stage = mkdtempSync(path.join(tmpdir(), 'hgm-split-'));
    const files = areasOutputs(FILE, FIRST_VIEW_INDICATORS).map((file) => ({ relPath: file.relPath, json: JSON.parse(String(file.content)) as Record<string, unknown> }));
    change(files);
    for (const file of files) {
      mkdirSync(path.dirname(path.join(stage, file.relPath)), { recursive: true });
      writeFileSync(path.join(stage, file.relPath), JSON.stringify(file.json));
    }
    return stage;
  };

  it('joins the written files back into the whole file', () => {
    const stage = stageSplit(() => {});
    const { file, problems } = readSplitOutputs(stage, FIRST_VIEW_INDICATORS);
    rmSync(stage, { recursive: true, force: true });
    expect(problems).toEqual([]);
    expect(file).toEqual(FILE);
  });

  it('joins the indicators in the build’s order, not the first-view file’s first, so the CSV header is checked column by column', () => {
    const stage = stageSplit(() => {});
    const { file } = readSplitOutputs(stage, FIRST_VIEW_INDICATORS);
    rmSync(stage, { recursive: true, force: true });
    const built = Object.keys(FILE.indicators);
    expect(built.slice(0, 4)).toEqual(['hle-male', 'hle-female', 'hle-male-2018', 'hle-female-2018']);
    expect(Object.keys((file as AreasFile).indicators)).toEqual(built);
    expect(csvProblems(areasCsv([SAMPLE_AREA], Object.values(FILE.indicators)), file as AreasFile, 1)).toEqual([]);
  });

  it('names an indicator in two files, and a first-view file that holds another set', () => {
    const stage = stageSplit((files) => {
      const first = files[0]!.json as { indicators: Record<string, unknown> };
      const towns = files.find((file) => file.relPath === 'data/measures/towns-fund.json')!.json as { indicators: Record<string, unknown> };
      towns.indicators['luf'] = first.indicators['luf'];
      first.indicators['towns-fund'] = towns.indicators['towns-fund'];
    });
    const { problems } = readSplitOutputs(stage, FIRST_VIEW_INDICATORS);
    rmSync(stage, { recursive: true, force: true });
    expect(problems).toEqual([
      'data/measures/towns-fund.json holds luf, which is not a period of towns-fund',
      'luf is in both data/areas.json and data/measures/towns-fund.json',
      `data/areas.json holds health-index-2021,hle-male,imd,imd-score,luf,luf-awards,population-2019,towns-fund, not the first view's indicators health-index-2021,hle-male,imd,imd-score,luf,luf-awards,population-2019`,
    ]);
  });
});
