import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { AREA_LAYER, REGION_LAYER } from '../../src/lib/map/boundaries.ts';
import * as v from 'valibot';
import type { AreasFile, Bounds } from '../../src/lib/data/types.ts';
import { AreasFileSchema, issueLines } from '../../src/lib/data/schema.ts';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { UpperTierHleSchema } from '../../src/lib/data/upperTierHle.ts';
import { parseCsv } from './csv.ts';
import { csvColumns } from './csvOut.ts';
import { OUTPUT_FILES } from './files.ts';
import { FIRST_VIEW_INDICATORS } from '../../src/lib/analysis/needs.ts';
import { BuildFileSchema, FirstViewFileSchema, MeasureFileSchema } from '../../src/lib/data/fileSchemas.ts';
import { measurePath } from '../../src/lib/data/dataFiles.ts';
import { joinSplitFiles, type MeasureFile } from '../../src/lib/indicators/split.ts';
import { placeOf } from '../../src/lib/indicators/measures.ts';
import type { IndicatorId } from '../../src/lib/indicators/catalogue.ts';
import { tilePath, tileRange } from './tiles.ts';

// Checks the outputs as the app will read them (parsed back from disk), so a serialisation slip cannot
// reach the site. Returns every problem found rather than stopping at the first.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** England, with a margin: a bounding box outside it means a projection or column slip. */
function inEngland([west, south, east, north]: Bounds): boolean {
  return west > -7 && east < 2 && south > 49 && north < 56;
}

/** What the schema cannot say: every catalogue indicator present for every area, with plausible values. */
function catalogueProblems(file: AreasFile): string[] {
  const problems: string[] = [];
  const codes = file.areas.map((a) => a.code);
  if (new Set(codes).size !== codes.length) problems.push('duplicate area codes');
  for (const area of file.areas) if (area.bounds === null || !inEngland(area.bounds)) problems.push(`${area.code}: bounds missing or not a box in England`);
  for (const entry of INDICATORS) {
    const figures = file.indicators[entry.id];
    if (!figures) {
      problems.push(`no figures for ${entry.id}`);
      continue;
    }
    if (figures.id !== entry.id) problems.push(`figures filed under ${entry.id} say they are ${figures.id}`);
    const [low, high] = entry.plausible;
    for (const code of codes) {
      const figure = figures.byArea[code];
      if (!figure) problems.push(`${code}: no ${entry.id} figure`);
      else if (figure.value !== null && (figure.value < low || figure.value > high)) problems.push(`${code}: ${entry.id} ${figure.value} outside ${low}–${high}`);
      if (figure?.measuredFor !== undefined && file.places[figure.measuredFor] === undefined) problems.push(`${code}: ${entry.id} measured for ${figure.measuredFor}, which has no name`);
    }
    const extra = Object.keys(figures.byArea).filter((code) => !codes.includes(code));
    if (extra.length > 0) problems.push(`${entry.id} has figures for unknown areas ${extra.slice(0, 3).join(', ')}`);
  }
  const covered = new Set(file.coverage.map((c) => c.indicator));
  for (const { id } of INDICATORS) if (!covered.has(id)) problems.push(`no coverage line for ${id}`);
  if (!file.inputs.every((i) => !path.isAbsolute(i.path))) problems.push('absolute path in the inputs list');
  return problems;
}

export function areasFileProblems(value: unknown, expectedAreas: number): string[] {
  const parsed = v.safeParse(AreasFileSchema, value);
  if (!parsed.success) return issueLines(parsed.issues).slice(0, 30);
  const file = parsed.output as AreasFile;
  const problems = catalogueProblems(file);
  if (file.areas.length !== expectedAreas) problems.unshift(`${file.areas.length} areas, expected ${expectedAreas}`);
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
  let regionBorders = false;
  const { minX, maxX, minY, maxY } = tileRange(bounds, deepest);
  for (let x = minX; x <= maxX; x += 1) {
    for (let y = minY; y <= maxY; y += 1) {
      const tile = new VectorTile(new PbfReader(readFileSync(path.join(stageDir, OUTPUT_FILES.tileDir, tilePath({ z: deepest, x, y })))));
      const areas = tile.layers[AREA_LAYER];
      if (areas) for (let i = 0; i < areas.length; i += 1) inTiles.add(String(areas.feature(i).properties.code));
      if ((tile.layers[REGION_LAYER]?.length ?? 0) > 0) regionBorders = true;
    }
  }
  if (inTiles.size !== codes.size || [...codes].some((code) => !inTiles.has(code))) {
    problems.push(`the zoom ${deepest} tiles hold ${inTiles.size} districts, expected the ${codes.size} in areas.json`);
  }
  if (!regionBorders) problems.push(`the zoom ${deepest} tiles have no region borders`);
  return problems;
}

export function csvProblems(text: string, file: AreasFile, expectedAreas: number): string[] {
  const records = parseCsv(text, OUTPUT_FILES.areasCsv);
  const expected = csvColumns(Object.values(file.indicators)).map(([name]) => name);
  const problems: string[] = [];
  if (records[0]?.fields.join(',') !== expected.join(',')) problems.push('areas.csv header differs from the column list');
  if (records.length !== expectedAreas + 1) problems.push(`areas.csv has ${records.length - 1} data rows, expected ${expectedAreas}`);
  if (records.some((r) => r.fields.length !== expected.length)) problems.push('areas.csv has a row of the wrong width');
  return problems;
}

/**
 * Reads the split figures back (areas.json, each measure's file, build.json), each against its schema, and
 * joins them into the whole file. Each indicator must be in exactly one file, the first-view file must hold
 * exactly `firstView`, and a measure's file only that measure's periods.
 */
export function readSplitOutputs(stageDir: string, firstView: ReadonlySet<string>): { file: unknown; problems: string[] } {
  const json = (rel: string): unknown => JSON.parse(readFileSync(path.join(stageDir, rel), 'utf8'));
  const problems: string[] = [];
  const checked = <T>(rel: string, schema: v.GenericSchema<unknown, T>): T | null => {
    const parsed = v.safeParse(schema, json(rel));
    if (parsed.success) return parsed.output;
    problems.push(...issueLines(parsed.issues).slice(0, 10).map((line) => `${rel}: ${line}`));
    return null;
  };
  const first = checked(OUTPUT_FILES.areasJson, FirstViewFileSchema);
  const build = checked(OUTPUT_FILES.buildJson, BuildFileSchema);
  const dir = path.join(stageDir, OUTPUT_FILES.measuresDir);
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  const measures = names.flatMap((name) => {
    const measure = checked(`${OUTPUT_FILES.measuresDir}/${name}`, MeasureFileSchema) as MeasureFile | null;
    if (measure === null) return [];
    if (measurePath(measure.measure) !== `${OUTPUT_FILES.measuresDir}/${name}`) problems.push(`${OUTPUT_FILES.measuresDir}/${name} says it holds ${measure.measure}`);
    for (const id of Object.keys(measure.indicators)) {
      if (placeOf(id as IndicatorId)?.measure.id !== measure.measure) problems.push(`${OUTPUT_FILES.measuresDir}/${name} holds ${id}, which is not a period of ${measure.measure}`);
      if (firstView.has(id)) problems.push(`${id} is in both ${OUTPUT_FILES.areasJson} and ${OUTPUT_FILES.measuresDir}/${name}`);
    }
    return [measure];
  });
  if (first === null || build === null) return { file: null, problems };
  const held = Object.keys(first.indicators).sort().join(',');
  if (held !== [...firstView].sort().join(',')) problems.push(`${OUTPUT_FILES.areasJson} holds ${held}, not the first view's indicators ${[...firstView].sort().join(',')}`);
  const ids = measures.flatMap((measure) => Object.keys(measure.indicators));
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) problems.push(`in two measure files: ${twice.join(', ')}`);
  return { file: joinSplitFiles({ first, measures, build }), problems };
}

/** Reads the staged outputs back and throws, listing every problem, if any is not what the app expects. */
export function validateStagedOutputs(stageDir: string, expectedAreas: number): void {
  const read = (rel: string): string => readFileSync(path.join(stageDir, rel), 'utf8');
  const split = readSplitOutputs(stageDir, FIRST_VIEW_INDICATORS);
  const areas = split.file;
  const problems = split.problems.length > 0 ? split.problems : areasFileProblems(areas, expectedAreas);
  if (problems.length > 0) throw new Error(`output validation failed:\n  ${problems.slice(0, 30).join('\n  ')}`);
  const file = areas as AreasFile;
  const codes = new Set(file.areas.map((a) => a.code));
  problems.push(...topologyProblems(JSON.parse(read(OUTPUT_FILES.topology)), codes));
  problems.push(...tileSetProblems(stageDir, codes));
  problems.push(...csvProblems(read(OUTPUT_FILES.areasCsv), file, expectedAreas));
  const indicators: unknown = JSON.parse(read(OUTPUT_FILES.indicatorsJson));
  if (!Array.isArray(indicators) || indicators.length !== INDICATORS.length) problems.push('indicators.json does not list every indicator');
  const upperTier = v.safeParse(UpperTierHleSchema, JSON.parse(read(OUTPUT_FILES.hleUpperTier)));
  if (!upperTier.success) problems.push(...issueLines(upperTier.issues).slice(0, 10).map((line) => `${OUTPUT_FILES.hleUpperTier}: ${line}`));
  if (problems.length > 0) throw new Error(`output validation failed:\n  ${problems.slice(0, 30).join('\n  ')}`);
}
