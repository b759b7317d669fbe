import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AreasFile } from '../../src/lib/data/types.ts';
import { makeFile } from '../../src/lib/indicators/testAreas.ts';
import { SAMPLE_AREA } from '../fixtures/sampleArea.ts';
import { areasCsv } from './csvOut.ts';
import { topology } from 'topojson-server';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { areasFileProblems, csvProblems, readSplitOutputs, tileSetProblems, topologyProblems, validateStagedOutputs } from './validate.ts';
import { areasOutputs } from './writer.ts';
import { FIRST_VIEW_INDICATORS } from '../../src/lib/analysis/needs.ts';
import { coverageLine } from './coverage.ts';
import { OUTPUT_FILES } from './files.ts';
import { THREE_DISTRICTS, THREE_REGIONS, THREE_TOPOLOGY } from './fixtures/threeDistricts.ts';
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

  it('wants a box strictly inside England’s margins: one on a margin is refused', () => {
    for (const bounds of [[-7, 50, -5, 51], [-6, 50, 2, 51], [-6, 49, -5, 51], [-6, 50, -5, 56]] as const) {
      const bad = structuredClone(FILE);
      bad.areas = [{ ...SAMPLE_AREA, bounds: [...bounds] }];
      expect(areasFileProblems(bad, 1)).toEqual([`${SAMPLE_AREA.code}: bounds missing or not a box in England`]);
    }
    const edge = structuredClone(FILE);
    edge.areas = [{ ...SAMPLE_AREA, bounds: [-6.99, 49.01, 1.99, 55.99] }];
    expect(areasFileProblems(edge, 1)).toEqual([]);
  });

  it('accepts a missing figure and a named place, and refuses a value below the plausible range', () => {
    const file = structuredClone(FILE);
    file.indicators.luf!.byArea[SAMPLE_AREA.code] = { value: null, status: 'missing-at-source' };
    file.indicators['hle-male-2018']!.byArea[SAMPLE_AREA.code] = { value: 60, status: 'county', measuredFor: 'E10000002' };
    file.places = { E10000002: 'Buckinghamshire' };
    expect(areasFileProblems(file, 1)).toEqual([]);
    file.indicators.luf!.byArea[SAMPLE_AREA.code] = { value: 0.5, status: 'official' };
    expect(areasFileProblems(file, 1)).toEqual([`${SAMPLE_AREA.code}: luf 0.5 outside 1–3`]);
  });

  it('names the first three unknown areas only, and an absolute path among relative ones', () => {
    const bad = structuredClone(FILE);
    for (const code of ['E09000031', 'E09000032', 'E09000033', 'E09000034']) bad.indicators.luf!.byArea[code] = { value: 1, status: 'official' };
    bad.inputs = [...FILE.inputs, { path: '/tmp/b.csv', sha256: FILE.inputs[0]!.sha256 }];
    expect(areasFileProblems(bad, 1)).toEqual(['luf has figures for unknown areas E09000031, E09000032, E09000033', 'absolute path in the inputs list']);
  });

  it('lists at most 30 schema problems', () => {
    const bad = { ...structuredClone(FILE), areas: Array.from({ length: 40 }, () => ({ ...SAMPLE_AREA, code: 'x' })) };
    const problems = areasFileProblems(bad, 40);
    expect(problems).toHaveLength(30);
    expect(problems[0]).toMatch(/^areas\.0\.code: /);
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

  it('takes the properties in any order, and compares the ids with the codes as sets', () => {
    const geometry = (id: string) => ({ type: 'Polygon', id, properties: { name: 'X', code: id }, arcs: [[0]] });
    const topo = (...ids: string[]): unknown => ({ type: 'Topology', objects: { lad: { type: 'GeometryCollection', geometries: ids.map(geometry) } }, arcs: [] });
    expect(topologyProblems(topo('E06000001', 'E06000002'), new Set(['E06000002', 'E06000001']))).toEqual([]);
    expect(topologyProblems(topo('E06000001', 'E06000002'), new Set(['E06000001']))).toEqual(['geometry ids differ from the area codes']);
    expect(topologyProblems(topo('E06000001', 'E06000003'), new Set(['E06000001', 'E06000002']))).toEqual(['geometry ids differ from the area codes']);
  });

  it('reports a CSV whose header or row width differs from the column list', () => {
    const csv = areasCsv([SAMPLE_AREA], Object.values(FILE.indicators));
    const [header, row] = csv.split('\r\n');
    expect(csvProblems(`${header},extra\r\n${row}\r\n`, FILE, 1)).toEqual(['areas.csv header differs from the column list', 'areas.csv has a row of the wrong width']);
    expect(csvProblems(`${header}\r\n${row},\r\n`, FILE, 1)).toEqual(['areas.csv has a row of the wrong width']);
  });

  it('reports an empty CSV as having no header and no rows', () => {
    expect(csvProblems('', FILE, 1)).toEqual(['areas.csv header differs from the column list', 'areas.csv has -1 data rows, expected 1']);
  });
});

describe('tile set validation', () => {
  const CODES = new Set(['E06000001', 'E06000002', 'E06000003']);
  const OPTIONS = { maxzoom: 3, extent: 4096, buffer: 64, tolerance: 3 };
  let stage = '';

  afterEach(() => rmSync(stage, { recursive: true, force: true }));

  /** Writes the three-district tile set into a fresh stage folder, with the given changes. */
  function stageTiles(change: { tileJson?: (json: TileJson) => unknown; skip?: string; empty?: string; regions?: boolean } = {}): string {
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
      writeFileSync(file, tilePath(tile) === change.empty ? new Uint8Array() : tile.data);
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
    expect(tileSetProblems(stageTiles(), new Set(['E06000001', 'E06000002']))).toEqual(['the zoom 3 tiles hold 3 districts, expected the 2 in areas.json']);
  });

  it('names a missing tile at the deepest zoom, and a deepest tile with no layers at all', () => {
    expect(tileSetProblems(stageTiles({ skip: '3/3/2.pbf' }), CODES)).toEqual(['tile 3/3/2.pbf missing']);
    expect(tileSetProblems(stageTiles({ empty: '3/3/2.pbf' }), CODES)).toEqual([
      'the zoom 3 tiles hold 0 districts, expected the 3 in areas.json',
      'the zoom 3 tiles have no region borders',
    ]);
  });

  it('names the first ten missing tiles only', () => {
    // Every tile of zoom 4 to 9 is missing; zoom 9’s are past the first ten.
    expect(tileSetProblems(stageTiles({ tileJson: (json) => ({ ...json, maxzoom: 9 }) }), CODES)).toEqual(
      ['4/7/5', '5/15/10', '6/31/20', '6/31/21', '7/63/41', '7/63/42', '8/126/83', '8/126/84', '8/127/83', '8/127/84'].map((tile) => `tile ${tile}.pbf missing`),
    );
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

  it('reads a stage with no measure files as the first view alone', () => {
    const stage = stageSplit(() => {});
    rmSync(path.join(stage, OUTPUT_FILES.measuresDir), { recursive: true });
    const { file, problems } = readSplitOutputs(stage, FIRST_VIEW_INDICATORS);
    rmSync(stage, { recursive: true, force: true });
    expect(problems).toEqual([]);
    expect(Object.keys((file as AreasFile).indicators).sort()).toEqual([...FIRST_VIEW_INDICATORS].sort());
  });

  it('names a file its schema refuses, at most ten problems each, and joins nothing without the first view or the build', () => {
    const stage = stageSplit((files) => {
      const first = files.find((file) => file.relPath === OUTPUT_FILES.areasJson)!.json;
      first.areas = Array.from({ length: 12 }, () => ({}));
      files.find((file) => file.relPath === 'data/measures/towns-fund.json')!.json.schemaVersion = 0;
    });
    const { file, problems } = readSplitOutputs(stage, FIRST_VIEW_INDICATORS);
    rmSync(stage, { recursive: true, force: true });
    expect(file).toBeNull();
    expect(problems).toHaveLength(11);
    expect(problems.slice(0, 2)).toEqual(['data/areas.json: areas.0.code: Invalid key: Expected "code" but received undefined', 'data/areas.json: areas.0.name: Invalid key: Expected "name" but received undefined']);
    expect(problems[10]).toMatch(/^data\/measures\/towns-fund\.json: schemaVersion: /);

    const noBuild = stageSplit((files) => {
      files.find((f) => f.relPath === OUTPUT_FILES.buildJson)!.json.inputs = 'none';
    });
    const result = readSplitOutputs(noBuild, FIRST_VIEW_INDICATORS);
    rmSync(noBuild, { recursive: true, force: true });
    expect(result.file).toBeNull();
    expect(result.problems).toEqual(['data/build.json: inputs: Invalid type: Expected Array but received "none"']);
  });

  it('names a measure file under another measure’s name, an indicator no measure has, and one in two measure files', () => {
    const stage = stageSplit((files) => {
      const towns = files.find((file) => file.relPath === 'data/measures/towns-fund.json')!;
      towns.relPath = 'data/measures/a-towns.json';
      const first = files.find((file) => file.relPath === OUTPUT_FILES.areasJson)!.json as { indicators: Record<string, unknown> };
      (towns.json as { indicators: Record<string, unknown> }).indicators['no-such-thing'] = first.indicators['luf'];
      const other = files.find((file) => file.relPath.startsWith('data/measures/') && file !== towns)!;
      (other.json as { indicators: Record<string, unknown> }).indicators['towns-fund'] = (towns.json as { indicators: Record<string, unknown> }).indicators['towns-fund'];
      (other.json as { indicators: Record<string, unknown> }).indicators['no-such-thing'] = first.indicators['luf'];
    });
    const { problems } = readSplitOutputs(stage, FIRST_VIEW_INDICATORS);
    rmSync(stage, { recursive: true, force: true });
    // In file-name order: a-towns.json comes before hle-male.json.
    expect(problems).toEqual([
      'data/measures/a-towns.json says it holds towns-fund',
      'data/measures/a-towns.json holds no-such-thing, which is not a period of towns-fund',
      'data/measures/hle-male.json holds towns-fund, which is not a period of hle-male',
      'data/measures/hle-male.json holds no-such-thing, which is not a period of hle-male',
      'in two measure files: towns-fund, no-such-thing',
    ]);
  });
});

describe('validateStagedOutputs', () => {
  const FILE3: AreasFile = makeFile(THREE_DISTRICTS.features.map((f) => ({ code: f.properties.code, name: f.properties.name })));
  FILE3.coverage = Object.values(FILE3.indicators).map(coverageLine);
  FILE3.inputs = FILE.inputs;
  const UPPER_TIER = { source: 'hle/els.csv', periods: ['2022–24'], england: { male: [{ value: 61, lci: 60, uci: 62 }], female: [null] }, areas: [] };
  const stages: string[] = [];
  afterEach(() => stages.splice(0).forEach((stage) => rmSync(stage, { recursive: true, force: true })));

  /** Every output the app reads, for the three districts, after `change` has had its way with the files. */
  function stageAll(change: (files: Map<string, string | Uint8Array>) => void = () => {}): string {
    const stage = mkdtempSync(path.join(tmpdir(), 'hgm-stage-'));
    stages.push(stage);
    const files = new Map<string, string | Uint8Array>(areasOutputs(FILE3, FIRST_VIEW_INDICATORS).map((file) => [file.relPath, String(file.content)]));
    const withIds = { ...THREE_DISTRICTS, features: THREE_DISTRICTS.features.map((f) => ({ ...f, id: f.properties.code })) };
    files.set(OUTPUT_FILES.topology, JSON.stringify(topology({ lad: withIds })));
    const { tileJson, tiles } = boundaryTileSet(boundaryLayers(THREE_TOPOLOGY, THREE_REGIONS), 'test', { maxzoom: 3, extent: 4096, buffer: 64, tolerance: 3 });
    files.set(OUTPUT_FILES.tileJson, JSON.stringify(tileJson));
    for (const tile of tiles) files.set(`${OUTPUT_FILES.tileDir}/${tilePath(tile)}`, tile.data);
    files.set(OUTPUT_FILES.areasCsv, areasCsv(FILE3.areas, Object.values(FILE3.indicators)));
    files.set(OUTPUT_FILES.indicatorsJson, JSON.stringify(INDICATORS));
    files.set(OUTPUT_FILES.hleUpperTier, JSON.stringify(UPPER_TIER));
    change(files);
    for (const [relPath, content] of files) {
      mkdirSync(path.dirname(path.join(stage, relPath)), { recursive: true });
      writeFileSync(path.join(stage, relPath), content);
    }
    return stage;
  }

  it('passes a complete, consistent stage', () => {
    expect(() => validateStagedOutputs(stageAll(), 3)).not.toThrow();
  });

  it('stops on the split files’ problems before judging the joined file', () => {
    const dir = stageAll((files) => files.delete('data/measures/towns-fund.json'));
    renameSync(path.join(dir, 'data/measures/hle-male.json'), path.join(dir, 'data/measures/hle-men.json'));
    expect(() => validateStagedOutputs(dir, 4)).toThrow(new Error('output validation failed:\n  data/measures/hle-men.json says it holds hle-male'));
  });

  it('names what is wrong with the joined file', () => {
    expect(() => validateStagedOutputs(stageAll(), 4)).toThrow(new Error('output validation failed:\n  3 areas, expected 4'));
  });

  it('lists every problem of the topology, tiles, CSV, indicator list and upper-tier file together', () => {
    const dir = stageAll((files) => {
      files.set(OUTPUT_FILES.topology, JSON.stringify({ type: 'Topology', objects: {} }));
      files.delete(`${OUTPUT_FILES.tileDir}/2/1/1.pbf`);
      files.set(OUTPUT_FILES.areasCsv, 'code\r\n');
      files.set(OUTPUT_FILES.indicatorsJson, JSON.stringify(INDICATORS.slice(1)));
      files.set(OUTPUT_FILES.hleUpperTier, JSON.stringify({ ...UPPER_TIER, periods: [] }));
    });
    expect(() => validateStagedOutputs(dir, 3)).toThrow(
      new Error(
        [
          'output validation failed:',
          'no "lad" GeometryCollection',
          'tile 2/1/1.pbf missing',
          'areas.csv header differs from the column list',
          'areas.csv has 0 data rows, expected 3',
          'areas.csv has a row of the wrong width',
          'indicators.json does not list every indicator',
          'data/hle-upper-tier.json: (file): every series needs one entry per period',
        ].join('\n  '),
      ),
    );
  });

  it('names at most ten problems of the upper-tier file, and at most thirty in all', () => {
    const dir = stageAll((files) => files.set(OUTPUT_FILES.hleUpperTier, JSON.stringify({ ...UPPER_TIER, areas: Array.from({ length: 11 }, () => ({ code: 'E06000001', name: '', values: UPPER_TIER.england })) })));
    expect(() => validateStagedOutputs(dir, 3)).toThrow(
      new Error(['output validation failed:', ...Array.from({ length: 10 }, (_, i) => `data/hle-upper-tier.json: areas.${i}.name: Invalid length: Expected >=1 but received 0`)].join('\n  ')),
    );
    const many = stageAll((files) => {
      // Ten problems from each measure file, of which there are more than three.
      for (const [relPath, content] of files) {
        if (!relPath.startsWith('data/measures/')) continue;
        files.set(relPath, JSON.stringify({ ...(JSON.parse(String(content)) as object), indicators: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`x${i}`, {}])) }));
      }
    });
    const thrown = (dir: string): string => {
      try {
        validateStagedOutputs(dir, 3);
      } catch (error) {
        return String(error);
      }
      return '';
    };
    expect(thrown(many).split('\n')).toHaveLength(31);
    const badTopology = stageAll((files) => files.set(OUTPUT_FILES.topology, JSON.stringify({ type: 'Topology', objects: { lad: { type: 'GeometryCollection', geometries: Array<object>(31).fill({}) } } })));
    expect(thrown(badTopology).split('\n')).toEqual(['Error: output validation failed:', ...Array<string>(30).fill('  geometry without properties')]);
  });

  it('wants indicators.json to be a list', () => {
    const dir = stageAll((files) => files.set(OUTPUT_FILES.indicatorsJson, JSON.stringify(Object.fromEntries(INDICATORS.map((entry) => [entry.id, entry])))));
    expect(() => validateStagedOutputs(dir, 3)).toThrow(new Error('output validation failed:\n  indicators.json does not list every indicator'));
  });
});
