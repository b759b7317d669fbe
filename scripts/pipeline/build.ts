// The data build as a list of steps: read and validate the districts (buildBase.ts), harmonise each source onto
// them (buildSources.ts, newMeasures.ts), the boundaries (buildGeography.ts), join and derive (buildJoin.ts), then
// the files to write (outputFiles below), which writer.ts publishes only after validate.ts passes them.
import path from 'node:path';
import type { AreasFile } from '../../src/lib/data/types.ts';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { EXPECTED_DISTRICTS, readDistricts, type Log } from './buildBase.ts';
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import { districtBoundaries, geographyFiles, logDistrictGeometry, neighbourhoodTiles, readNeighbourhoods, upperTierTiles, type DistrictBoundaries, type GeographyOutput } from './buildGeography.ts';
import { deriveAreasFile, joinMeasures } from './buildJoin.ts';
import { hle2009Step, hle2018Step, imdStep, postcodesStep, similarStep, townsFundStep } from './buildSources.ts';
import { areasCsv } from './csvOut.ts';
import { checkElsMetadata } from './elsMetadata.ts';
import { geographyPaths, OUTPUT_FILES } from './files.ts';
import type { GeometryStats, SimplifyOptions } from './geometry.ts';
import { newMeasures } from './newMeasures.ts';
import type { SimilarResult } from './similarAreas.ts';
import type { RawSource } from './source.ts';
import { svgPaths } from './svgPaths.ts';
import { areasOutputs, publishOutputs, type OutputFile } from './writer.ts';
import { FIRST_VIEW_INDICATORS } from '../../src/lib/analysis/needs.ts';
import { validateStagedOutputs } from './validate.ts';

export type { Log } from './buildBase.ts';

/**
 * The source is ONS's 500 m generalised (BUC) set, whose vertices are already ~1.8 km apart (median), so
 * there is little left to remove without visible change. The displacement cap keeps every line within
 * 500 m of the source, the same tolerance as its own generalisation; the area threshold then only takes
 * out the near-collinear points. 1e4 quantisation moves a point by at most ~43 m, under a tenth of that.
 */
export const GEOMETRY_OPTIONS: SimplifyOptions = {
  minTriangleAreaM2: 1_000_000,
  maxDisplacementM: 500,
  quantization: 1e4,
  minVerticesLargestRing: 8,
};

/** In tile units of 4,096: about a pixel and a half on a 512-pixel tile, at every zoom the neighbourhoods are cut at. */
export const MSOA_TILE_TOLERANCE = 12;
/** The upper-tier source is super-generalised already; 4 units drops what a pixel cannot show at each zoom. */
export const UTLA_TILE_TOLERANCE = 4;
export interface BuildResult {
  areasFile: AreasFile;
  files: OutputFile[];
  geometry: GeometryStats;
}

/** Reads and joins every source and returns the output files' contents. Writes nothing. */
export function buildData(source: RawSource, log: Log): BuildResult {
  const districts = readDistricts(source, log);
  // The catalogue's ELS metadata, read here too so that it is checksummed and listed among the inputs.
  checkElsMetadata(source);
  const imd = imdStep(source, districts, log);
  const hle2009 = hle2009Step(source, districts, log);
  const hle2018 = hle2018Step(source, districts);
  const towns = townsFundStep(source, districts, log);
  const boundaries = districtBoundaries(districts, GEOMETRY_OPTIONS);
  // LUF awards, population, the Health Index, the HLE series and the context layers.
  const added = newMeasures(source, districts.base, { ladLookup: districts.ladLookup, msoas: districts.msoas }, log);
  const postcodesJson = postcodesStep(source, districts, log);
  const neighbourhoods = readNeighbourhoods(source, districts);
  const joined = joinMeasures(districts, { hle2009, hle2018, imd, towns, added, neighbourhoods: neighbourhoods.figures }, log);
  const similar = similarStep(source, districts, log);
  // One entry per geography in the list, each read by its own reader; geographyFiles checks none is missing.
  const geographies: GeographyOutput[] = [
    { geography: GEOGRAPHIES.lad2020, tiles: boundaries.tileSet, figuresJson: null },
    neighbourhoodTiles(neighbourhoods, MSOA_TILE_TOLERANCE, log),
    upperTierTiles(source, added.hleUpperTier, UTLA_TILE_TOLERANCE, log),
  ];
  // Derived last, once every raw file has been read: it lists them.
  const areasFile = deriveAreasFile(source, boundaries.areas, joined, added, hle2009.hle09.validation.plain);
  logDistrictGeometry(districts, boundaries, GEOMETRY_OPTIONS, log);
  return { areasFile, files: outputFiles({ boundaries, geographies, areasFile, postcodesJson, similar }), geometry: boundaries.simplified.stats };
}

export interface Outputs {
  boundaries: DistrictBoundaries;
  geographies: GeographyOutput[];
  areasFile: AreasFile;
  postcodesJson: string;
  similar: SimilarResult;
}

/** The write step: every output file's path and contents. */
export function outputFiles({ boundaries: { simplified, layers }, geographies, areasFile, postcodesJson, similar }: Outputs): OutputFile[] {
  return [
    ...geographyFiles(geographies),
    { relPath: OUTPUT_FILES.topology, content: JSON.stringify(simplified.topology) },
    { relPath: OUTPUT_FILES.svgBoundaries, content: JSON.stringify(svgPaths(layers)) },
    { relPath: OUTPUT_FILES.indicatorsJson, content: JSON.stringify(INDICATORS) },
    { relPath: OUTPUT_FILES.areasCsv, content: areasCsv(areasFile.areas, Object.values(areasFile.indicators)) },
    ...areasOutputs(areasFile, FIRST_VIEW_INDICATORS),
    { relPath: OUTPUT_FILES.postcodes, content: postcodesJson },
    { relPath: OUTPUT_FILES.similarJson, content: JSON.stringify(similar.file) },
  ];
}

/** Builds, validates the written files, and only then replaces the previous outputs. */
export function buildAndPublish(source: RawSource, outRoot: string, log: Log): BuildResult {
  const result = buildData(source, log);
  publishFiles(result.files, outRoot, log);
  return result;
}

/**
 * Writes the files to a staging folder, validates them there as a whole (`expectedAreas` districts), and only
 * then replaces the previous outputs; logs each file but the tiles, which it counts.
 */
export function publishFiles(files: readonly OutputFile[], outRoot: string, log: Log, expectedAreas = EXPECTED_DISTRICTS): void {
  // The data folder is git-ignored, so an interrupted run leaves no stray staging folder in git status.
  // Each geography's tile pyramid is replaced whole, so a zoom no longer cut leaves no stale tiles behind.
  const tileDirs = Object.values(GEOGRAPHIES).map((g) => geographyPaths(g).tileDir);
  publishOutputs(outRoot, files, (stageDir) => validateStagedOutputs(stageDir, expectedAreas), path.join(outRoot, 'data'), [...tileDirs, OUTPUT_FILES.measuresDir]);
  const tiles = files.filter((f) => f.relPath.endsWith('.pbf'));
  for (const f of files) {
    if (!f.relPath.endsWith('.pbf')) log(`Wrote ${path.join(outRoot, f.relPath)} (${Buffer.byteLength(f.content).toLocaleString('en-GB')} bytes)`);
  }
  log(`Wrote ${tiles.length} tiles under ${tileDirs.map((dir) => path.join(outRoot, dir)).join(', ')}`);
}
