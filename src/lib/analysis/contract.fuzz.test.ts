// Random single-field damage to the figures files (the first view's areas.json and each measure's file),
// through the loaders and every view derived from it: nothing throws, and every district is still there. A
// measure file damaged beyond reading is refused whole, as the page does: its figures read as damaged.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFileError, validateAreasFile, validateMeasureFile } from '../indicators/read';
import { splitAreasFile } from '../indicators/split';
import { measureById } from '../indicators/measures';
import { FIRST_VIEW_INDICATORS } from './needs';
import { code, makeFile } from '../indicators/testAreas';
import { isAnalysisLayer, LAYERS, type LayerId } from '../indicators/layers';
import { classify, DEFAULT_DEFINITION } from '../analysis/divergence';
import { analysisClasses, layerScale } from './mapLayer';
import { whatIf } from './whatIf';
import { PRESETS } from './whatIfWeights';
import { needInputs } from './whatIfInputs';
import { buildTable } from '../analysis/table';
import { hoverText } from '../analysis/hoverText';
import { rankTables, summarise } from '../analysis/areaSummary';

const AREAS = 314;
const split = splitAreasFile(
  makeFile(Array.from({ length: AREAS }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 55 + (i % 97) / 10, imdRank: i + 1, luf: ((i % 3) + 1) as 1 | 2 | 3, estimate: i % 4 === 0 }))),
  FIRST_VIEW_INDICATORS,
);
/** The files the page fetches, as one JSON value: `first` and one entry per measure file. */
const pristine = JSON.stringify({ first: split.first, ...Object.fromEntries(split.measures.map((file) => [file.measure, file])) });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in the file, objects and arrays included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  return here;
}

const ALL_PATHS = paths(JSON.parse(pristine) as Json);
const KINDS = ['delete', 'wrong-type', 'nan', 'huge', 'negative', 'unknown-code', 'duplicate'] as const;

function corrupt(json: Json, path: (string | number)[], kind: (typeof KINDS)[number]): void {
  let parent = json as { [key: string]: Json } | Json[];
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as typeof parent;
  const last = path[path.length - 1]!;
  const holder = parent as Record<string | number, Json>;
  const current = holder[last];
  switch (kind) {
    case 'delete':
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete holder[last];
      return;
    case 'wrong-type':
      holder[last] = typeof current === 'string' ? 12 : 'twelve';
      return;
    case 'nan':
      // JSON has no NaN; a hand edit leaves the word, or a null.
      holder[last] = typeof current === 'number' ? null : 'NaN';
      return;
    case 'huge':
      holder[last] = 1e308;
      return;
    case 'negative':
      holder[last] = typeof current === 'number' ? -Math.abs(current) - 1 : -1;
      return;
    case 'unknown-code':
      holder[last] = 'E99999999';
      return;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current ?? null));
      else holder[`${String(last)}-copy`] = structuredClone(current ?? null);
      return;
  }
}

/** Everything the page derives from the file, on one layer (each run draws its own). */
/** Reads the files as DataState does: the first view's, then each measure's against its areas. */
function readAll(json: Record<string, Json>): ReturnType<typeof validateAreasFile>['file'] {
  const { file } = validateAreasFile(json.first, 'areas.json', FIRST_VIEW_INDICATORS);
  const indicators = { ...file.indicators };
  for (const measure of split.measures) {
    const expected = new Set((measureById(measure.measure)?.periods ?? []).map((period) => period.indicator).filter((id) => !FIRST_VIEW_INDICATORS.has(id)));
    try {
      Object.assign(indicators, validateMeasureFile(json[measure.measure], measure.measure, expected, file.areas, measure.measure).indicators);
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
    }
  }
  return { ...file, indicators };
}

function deriveEverything(file: ReturnType<typeof validateAreasFile>['file'], layer: LayerId): void {
  const divergence = classify(file, DEFAULT_DEFINITION);
  const whatIfResult = whatIf(needInputs(file, 'hle-male'), PRESETS['equal-thirds'].weights);
  const analysis = isAnalysisLayer(layer) ? analysisClasses(layer, divergence, whatIfResult) : null;
  const scale = layerScale(file, layer, analysis);
  expect(scale.classOf.size).toBe(file.areas.length);
  expect(scale.classes.reduce((sum, cls) => sum + cls.count, 0) + scale.noDataCount).toBe(file.areas.length);
  expect(buildTable(file, layer, analysis).rows).toHaveLength(file.areas.length);
  const ranks = rankTables(file);
  for (const area of file.areas.slice(0, 3)) {
    hoverText(file, layer, area.code, analysis);
    summarise(area, file, ranks);
  }
}

describe('the figures files under random single-field damage', () => {
  it('never throws and keeps all 314 districts, in 600 corruptions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ALL_PATHS.length - 1 }), fc.constantFrom(...KINDS), fc.constantFrom(...LAYERS.map((entry) => entry.id)), (index, kind, layer) => {
        const json = JSON.parse(pristine) as Json;
        const path = ALL_PATHS[index]!;
        // Damage to the first file's version, or to a whole file, is a different file, refused whole with a message.
        if (path.length === 1 || (path.length === 2 && path[0] === 'first' && path[1] === 'schemaVersion')) return;
        corrupt(json, path, kind);
        const file = readAll(json as Record<string, Json>);
        expect(new Set(file.areas.map((area) => area.code)).size).toBe(AREAS);
        deriveEverything(file, layer);
      }),
      { numRuns: 600, seed: 20261201 },
    );
    // Each run parses and derives a whole 314-area file: seconds of work, not a hang.
  }, 180_000);
});
