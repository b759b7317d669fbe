import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { AREA_LAYER, REGION_LAYER } from '../../src/lib/map/boundaries.ts';
import type { AreaRecord, AreasFile } from '../../src/lib/data/types.ts';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { LAD_CODE, REGION_CODE, UTLA_CODE } from './codes.ts';
import { parseCsv } from './csv.ts';
import { AREA_CSV_COLUMNS } from './csvOut.ts';
import { OUTPUT_FILES } from './files.ts';
import { tilePath, tileRange } from './tiles.ts';

// Checks the outputs as the app will read them (parsed back from disk), so a serialisation slip cannot
// reach the site. Returns every problem found rather than stopping at the first.

const HLE_RANGE: readonly [number, number] = [40, 90];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function checkArea(a: AreaRecord, total: number, problems: string[]): void {
  const p = (msg: string): void => {
    problems.push(`${a.code}: ${msg}`);
  };
  if (!LAD_CODE.test(a.code)) p('bad code');
  if (typeof a.name !== 'string' || a.name === '') p('no name');
  if (!REGION_CODE.test(a.region?.code ?? '')) p('bad region');
  if (!UTLA_CODE.test(a.utla?.code ?? '')) p('bad upper tier');
  if (![1, 2, 3].includes(a.luf)) p(`LUF category ${String(a.luf)}`);
  const imd = a.imd;
  for (const [value, rank] of [
    [imd.avgRank, imd.rankAvgRank],
    [imd.avgScore, imd.rankAvgScore],
    [imd.propMostDeprived10, imd.rankPropMostDeprived10],
    [imd.extent, imd.rankExtent],
    [imd.localConcentration, imd.rankLocalConcentration],
  ] as const) {
    if (!isFiniteNumber(value)) p('IMD value not a number');
    if (!Number.isInteger(rank) || rank < 1 || rank > total) p(`IMD rank ${String(rank)} outside 1–${total}`);
  }
  if (imd.derived !== (imd.publishedRankAvgRank317 === null)) p('IMD derived flag and published rank disagree');
  for (const sex of ['male', 'female'] as const) {
    const v = a.hle2009[sex];
    if (v !== null) {
      if (!isFiniteNumber(v.value) || v.value < HLE_RANGE[0] || v.value > HLE_RANGE[1]) p(`HLE 2009–13 ${sex} ${v.value} implausible`);
      if (v.method === 'official') {
        if (v.lci === null || v.uci === null || !(v.lci <= v.value && v.value <= v.uci)) p(`HLE 2009–13 ${sex} official value without a valid interval`);
        if (v.msoaCount !== null) p(`HLE 2009–13 ${sex} official value with an MSOA count`);
      } else if (v.method === 'msoa-estimate') {
        if (v.lci !== null || v.uci !== null) p(`HLE 2009–13 ${sex} estimate with an interval`);
        if (v.msoaCount === null || v.msoaCount < 1) p(`HLE 2009–13 ${sex} estimate without an MSOA count`);
      } else {
        p(`HLE 2009–13 ${sex} unknown method`);
      }
    }
    const w = a.hle2018[sex];
    if (w !== null) {
      if (!isFiniteNumber(w.value) || w.value < HLE_RANGE[0] || w.value > HLE_RANGE[1]) p(`HLE 2018–20 ${sex} ${w.value} implausible`);
      if (!['district', 'county', 'successor-unitary'].includes(w.level)) p(`HLE 2018–20 ${sex} unknown level`);
      if (w.level === 'district' && w.source.code !== a.code) p(`HLE 2018–20 ${sex} district level but source ${w.source.code}`);
    }
  }
  const [west, south, east, north] = Array.isArray(a.bounds) ? a.bounds : [];
  const inEngland = (lng: unknown, lat: unknown): boolean => isFiniteNumber(lng) && isFiniteNumber(lat) && lng > -7 && lng < 2 && lat > 49 && lat < 56;
  if (a.bounds?.length !== 4 || !inEngland(west, south) || !inEngland(east, north) || !(west! < east! && south! < north!)) p('bounds missing or not a box in England');
  const t = a.townsFund;
  if (t.townDeals < 0 || t.futureHighStreets < 0 || t.totalGrantGbp < 0) p('negative Towns Fund figure');
  if ((t.townDeals + t.futureHighStreets === 0) !== (t.places.length === 0)) p('Towns Fund counts and places disagree');
}

export function areasFileProblems(value: unknown, expectedAreas: number): string[] {
  const problems: string[] = [];
  if (!isRecord(value) || value.schemaVersion !== 1 || !Array.isArray(value.areas)) return ['not an AreasFile (schemaVersion 1 with areas)'];
  // From here the shape is checked field by field below; the cast only gives names to what we check.
  const file = value as unknown as AreasFile;
  if (file.areas.length !== expectedAreas) problems.push(`${file.areas.length} areas, expected ${expectedAreas}`);
  const codes = new Set(file.areas.map((a) => a.code));
  if (codes.size !== file.areas.length) problems.push('duplicate area codes');
  for (const area of file.areas) checkArea(area, file.areas.length, problems);
  for (const sex of ['male', 'female'] as const) {
    const e = file.england?.hle2009?.[sex];
    if (!e || !(e.lci <= e.value && e.value <= e.uci)) problems.push(`England HLE 2009–13 ${sex} missing or invalid`);
    if (!isFiniteNumber(file.england?.hle2018?.[sex])) problems.push(`England HLE 2018–20 ${sex} missing`);
  }
  const covered = new Set(file.coverage.map((c) => c.indicator));
  for (const { id } of INDICATORS) if (!covered.has(id)) problems.push(`no coverage line for ${id}`);
  const v = file.estimateValidation;
  if (!(v.pairs > 0) || ![v.meanError, v.meanAbsoluteError, v.largestAbsoluteError, v.p95AbsoluteError].every(isFiniteNumber)) {
    problems.push('estimate validation incomplete');
  }
  if (!file.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256) && !path.isAbsolute(i.path))) problems.push('bad inputs list');
  return problems;
}

export function topologyProblems(value: unknown, codes: ReadonlySet<string>): string[] {
  if (!isRecord(value) || value.type !== 'Topology' || !isRecord(value.objects)) return ['not a TopoJSON Topology'];
  const lad = value.objects.lad;
  if (!isRecord(lad) || lad.type !== 'GeometryCollection' || !Array.isArray(lad.geometries)) return ['no "lad" GeometryCollection'];
  if (Object.keys(value.objects).length !== 1) return ['objects other than "lad"'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const g of lad.geometries as unknown[]) {
    if (!isRecord(g) || !isRecord(g.properties)) {
      problems.push('geometry without properties');
      continue;
    }
    const id = String(g.id);
    seen.add(id);
    const keys = Object.keys(g.properties).sort().join(',');
    if (keys !== 'code,name' || g.properties.code !== id) problems.push(`${id}: properties must be exactly { code, name } with code = id`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') problems.push(`${id}: no polygon`);
  }
  if (seen.size !== codes.size || [...codes].some((c) => !seen.has(c))) problems.push('geometry ids differ from the area codes');
  return problems;
}

/**
 * The tile set must be complete: every tile the TileJSON's bounds call for, from zoom 0 to its maxzoom, is
 * on disk (MapLibre would otherwise show a silent hole), and the deepest zoom holds every district.
 */
export function tileSetProblems(stageDir: string, codes: ReadonlySet<string>): string[] {
  const tileJson: unknown = JSON.parse(readFileSync(path.join(stageDir, OUTPUT_FILES.tileJson), 'utf8'));
  if (!isRecord(tileJson) || !Array.isArray(tileJson.bounds) || !Number.isInteger(tileJson.maxzoom)) return ['tiles.json has no bounds or maxzoom'];
  if (JSON.stringify(tileJson.tiles) !== JSON.stringify(['{z}/{x}/{y}.pbf'])) return ['tiles.json must list {z}/{x}/{y}.pbf, relative to itself'];
  const problems: string[] = [];
  const bounds = tileJson.bounds as [number, number, number, number];
  for (let z = 0; z <= (tileJson.maxzoom as number); z += 1) {
    const { minX, maxX, minY, maxY } = tileRange(bounds, z);
    for (let x = minX; x <= maxX; x += 1) {
      for (let y = minY; y <= maxY; y += 1) {
        if (!existsSync(path.join(stageDir, OUTPUT_FILES.tileDir, tilePath({ z, x, y })))) problems.push(`tile ${tilePath({ z, x, y })} missing`);
      }
    }
  }
  if (problems.length > 0) return problems.slice(0, 10);
  // Districts smaller than a pixel drop out of low-zoom tiles, as they would from any tiler; at the deepest
  // zoom every district must be there.
  const deepest = tileJson.maxzoom as number;
  const inTiles = new Set<string>();
  let regionLines = 0;
  const { minX, maxX, minY, maxY } = tileRange(bounds, deepest);
  for (let x = minX; x <= maxX; x += 1) {
    for (let y = minY; y <= maxY; y += 1) {
      const tile = new VectorTile(new PbfReader(readFileSync(path.join(stageDir, OUTPUT_FILES.tileDir, tilePath({ z: deepest, x, y })))));
      const areas = tile.layers[AREA_LAYER];
      for (let i = 0; i < (areas?.length ?? 0); i += 1) inTiles.add(String(areas?.feature(i).properties.code));
      regionLines += tile.layers[REGION_LAYER]?.length ?? 0;
    }
  }
  if (inTiles.size !== codes.size || [...codes].some((code) => !inTiles.has(code))) {
    problems.push(`the zoom ${deepest} tiles hold ${inTiles.size} districts, expected the ${codes.size} in areas.json`);
  }
  if (regionLines === 0) problems.push(`the zoom ${deepest} tiles have no region borders`);
  return problems;
}

export function csvProblems(text: string, expectedAreas: number): string[] {
  const records = parseCsv(text, OUTPUT_FILES.areasCsv);
  const header = records[0]?.fields ?? [];
  const expected = AREA_CSV_COLUMNS.map(([name]) => name);
  const problems: string[] = [];
  if (header.join(',') !== expected.join(',')) problems.push('areas.csv header differs from the column list');
  if (records.length !== expectedAreas + 1) problems.push(`areas.csv has ${records.length - 1} data rows, expected ${expectedAreas}`);
  if (records.some((r) => r.fields.length !== expected.length)) problems.push('areas.csv has a row of the wrong width');
  return problems;
}

/** Reads the staged outputs back and throws, listing every problem, if any is not what the app expects. */
export function validateStagedOutputs(stageDir: string, expectedAreas: number): void {
  const read = (rel: string): string => readFileSync(path.join(stageDir, rel), 'utf8');
  const areas: unknown = JSON.parse(read(OUTPUT_FILES.areasJson));
  const problems = areasFileProblems(areas, expectedAreas);
  const codes = new Set(isRecord(areas) && Array.isArray(areas.areas) ? (areas.areas as AreaRecord[]).map((a) => a.code) : []);
  problems.push(...topologyProblems(JSON.parse(read(OUTPUT_FILES.topology)), codes));
  problems.push(...tileSetProblems(stageDir, codes));
  problems.push(...csvProblems(read(OUTPUT_FILES.areasCsv), expectedAreas));
  const indicators: unknown = JSON.parse(read(OUTPUT_FILES.indicatorsJson));
  if (!Array.isArray(indicators) || indicators.length !== INDICATORS.length) problems.push('indicators.json does not list every indicator');
  if (problems.length > 0) throw new Error(`output validation failed:\n  ${problems.slice(0, 30).join('\n  ')}`);
}
