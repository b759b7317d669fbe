import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IndicatorFigures } from '../../src/lib/data/figures.ts';
import type { AreaRecord, AreasFile, EstimateValidation } from '../../src/lib/data/types.ts';
import { SCHEMA_VERSION } from '../../src/lib/data/types.ts';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { assertSameCodes, baseAreas, LAD_LOOKUP_COLUMNS, lookupVintage } from './base.ts';
import { assertCoverage, coverageLine, formatCoverage } from './coverage.ts';
import { figuresForBase, hle2009Figure, IMD_FIGURES, imdFigure, lufFigure, Places, townsFundFigure } from './figures.ts';
import { parseTable, textCell, type Table } from './csv.ts';
import { areasCsv } from './csvOut.ts';
import { checkElsMetadata } from './elsMetadata.ts';
import { PipelineError } from './errors.ts';
import { OUTPUT_FILES, RAW_FILES } from './files.ts';
import { englishLadFeatures, simplifiedTopology, type GeometryStats, type SimplifyOptions } from './geometry.ts';
import {
  england2009,
  HLE2009_MSOA_COLUMNS,
  HLE2009_REGION_COLUMNS,
  HLE2009_UTLA_COLUMNS,
  hle2009,
  msoaEstimates,
  parseMsoaStandardErrors,
  HLE2009_MSOA_INTERVAL_COLUMNS,
  msoasWithoutValue,
  parseMsoaHle,
  parsePublishedUtla,
  SEXES,
} from './hle2009.ts';
import { HLE2018_COLUMNS, hle2018Assignments, hle2018Figures, northantsSuccessors, parseHle2018 } from './hle2018.ts';
import {
  assertBucksCrossCheck,
  bucksCrossCheck,
  BUCKS_COUNTY,
  IMD_DISTRICT_COLUMNS,
  IMD_MEASURES,
  IMD_UPPER_TIER_COLUMNS,
  imdSources,
  parseImdDistricts,
  parseImdUpperTier,
  rerank,
  verifyPublishedRanks,
} from './imd.ts';
import { countByCategory, LUF_COLUMNS, lufCategories } from './luf.ts';
import { MSOA_LOOKUP_COLUMNS, msoaLookup, populationByLad19 } from './msoa.ts';
import { newMeasures } from './newMeasures.ts';
import { msoaGapFigures } from './msoaGap.ts';
import { COMBINED_AREAS } from './context.ts';
import type { RawSource } from './source.ts';
import { roundTo } from './stats.ts';
import { boundaryLayers } from './layers.ts';
import { areaBounds, boundaryTileSet, geographyTileSet, tilePath, type Tile } from './tiles.ts';
import { NEIGHBOURHOOD_COLUMNS, neighbourhoodFeatures, neighbourhoodFile, parseNeighbourhoodTable } from './neighbourhoods.ts';
import { GEOGRAPHIES } from '../../src/lib/data/geographies.ts';
import { svgPaths } from './svgPaths.ts';
import { joinUpperTier, UPPER_TIER_YEAR, upperTierFeatures } from './upperTier.ts';
import { ALLOCATION_COLUMNS, NEIGHBOUR_COLUMNS, similarAreas } from './similarAreas.ts';
import { RECODED_2024, successorsBy2023 } from './successors.ts';
import { TOWNS_FUND_COLUMNS, townsFund } from './townsFund.ts';
import { areasOutputs, publishOutputs, type OutputFile } from './writer.ts';
import { FIRST_VIEW_INDICATORS } from '../../src/lib/analysis/needs.ts';
import { POSTCODE_COLUMNS, postcodeLookup } from './postcodes.ts';
import { validateStagedOutputs } from './validate.ts';

/** Credited in the tile set's TileJSON, as the boundaries' licence requires. */
const TILE_ATTRIBUTION = 'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.';

/** England's districts in the 2020 code set, which the Levelling Up Fund round 1 list uses. */
export const EXPECTED_DISTRICTS = 314;

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
const UTLA_TILE_ATTRIBUTION = 'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023.';

const HLE_2009_MSOA_SOURCE =
  'Source: Office for National Statistics, Life expectancy and healthy life expectancy at birth by sex for MSOAs in England, 2009 to 2013 (2015), licensed under the Open Government Licence v3.0.';

function tileSizes(tiles: readonly Tile[]): string {
  const raw = tiles.reduce((sum, tile) => sum + tile.data.length, 0);
  const gzipped = tiles.map((tile) => (tile.data.length > 0 ? gzipSync(tile.data).length : 0));
  const gzip = gzipped.reduce((sum, n) => sum + n, 0);
  const largest = Math.max(...gzipped);
  return `${raw.toLocaleString('en-GB')} bytes raw, ${gzip.toLocaleString('en-GB')} gzip (largest tile ${largest.toLocaleString('en-GB')} gzip)`;
}

export type Log = (line: string) => void;

function read(source: RawSource, file: string, columns: readonly string[]): Table {
  return parseTable(source.readText(file), file, columns);
}

const gbp = (n: number): string => `£${n.toLocaleString('en-GB')}`;
const years = (n: number, dp = 2): string => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(dp)}`;

function describeValidation(label: string, v: EstimateValidation): string {
  return (
    `  ${label}: mean error ${years(v.meanError, 3)}, mean absolute error ${v.meanAbsoluteError.toFixed(3)}, ` +
    `95th percentile ${v.p95AbsoluteError.toFixed(3)}, standard deviation ${v.sdError.toFixed(3)}, largest ${v.largestAbsoluteError.toFixed(3)} at ${v.largestAt} (${v.pairs} pairs)`
  );
}

function roundValidation(v: EstimateValidation): EstimateValidation {
  return {
    ...v,
    meanError: roundTo(v.meanError, 3),
    meanAbsoluteError: roundTo(v.meanAbsoluteError, 3),
    largestAbsoluteError: roundTo(v.largestAbsoluteError, 3),
    p95AbsoluteError: roundTo(v.p95AbsoluteError, 3),
    sdError: roundTo(v.sdError, 3),
  };
}

export interface BuildResult {
  areasFile: AreasFile;
  files: OutputFile[];
  geometry: GeometryStats;
}

/** Reads and joins every source and returns the output files' contents. Writes nothing. */
export function buildData(source: RawSource, log: Log): BuildResult {
  // Base geography: the 2020 districts, with their upper tier and region.
  const ladLookup = read(source, RAW_FILES.ladLookup, LAD_LOOKUP_COLUMNS);
  const lookup2020 = lookupVintage(ladLookup, '2020');
  const base = baseAreas(lookup2020);
  const baseCodes = new Set(base.map((a) => a.code));
  if (base.length !== EXPECTED_DISTRICTS) {
    throw new PipelineError({ file: RAW_FILES.ladLookup, column: 'vintage' }, `vintage 2020 has ${base.length} districts, expected ${EXPECTED_DISTRICTS}`);
  }
  const features = englishLadFeatures(source.readText(RAW_FILES.ladBoundaries), RAW_FILES.ladBoundaries, baseCodes);
  const luf = lufCategories(read(source, RAW_FILES.luf, LUF_COLUMNS), baseCodes);
  log(`Base: ${base.length} districts (lookup vintage 2020) = boundary features = LUF England rows`);
  const lufCounts = countByCategory(luf);
  log(`LUF priority categories: 1: ${lufCounts[1]}, 2: ${lufCounts[2]}, 3: ${lufCounts[3]}`);
  // The catalogue's ELS metadata, read here too so that it is checksummed and listed among the inputs.
  checkElsMetadata(source);

  const msoas = msoaLookup(read(source, RAW_FILES.msoaLookup, MSOA_LOOKUP_COLUMNS), baseCodes);

  // IMD 2019.
  const imdDistrictRows = parseImdDistricts(read(source, RAW_FILES.imdDistricts, IMD_DISTRICT_COLUMNS));
  const imdUpperRows = parseImdUpperTier(read(source, RAW_FILES.imdUpperTier, IMD_UPPER_TIER_COLUMNS));
  const rankCheck = verifyPublishedRanks(imdDistrictRows);
  log(`IMD ranks: reproduced ${rankCheck.reproduced}/${imdDistrictRows.length} published ranks for ${IMD_MEASURES.length} measures`);
  if (rankCheck.roundingTies.length > 0) {
    log(`  ${rankCheck.roundingTies.length} values are equal only after rounding; the published rank (in brackets) orders them:`);
    for (const tie of rankCheck.roundingTies) log(`    ${tie}`);
  }
  const imdSrc = imdSources(imdDistrictRows, imdUpperRows, baseCodes, { districts: RAW_FILES.imdDistricts, upperTier: RAW_FILES.imdUpperTier });
  const bucksRow = imdUpperRows.find((r) => r.code === BUCKS_COUNTY);
  if (bucksRow !== undefined) {
    const check = bucksCrossCheck(imdDistrictRows, bucksRow, populationByLad19(msoas), RAW_FILES.imdDistricts);
    assertBucksCrossCheck(check, RAW_FILES.imdUpperTier);
    log(
      `IMD Buckinghamshire (derived from county ${BUCKS_COUNTY}): average score ${check.county.avgScore} vs ${check.weighted.avgScore.toFixed(3)} ` +
        `population-weighted from its 4 districts (difference ${years(check.weighted.avgScore - check.county.avgScore, 3)}); ` +
        `average rank ${check.county.avgRank} vs ${check.weighted.avgRank.toFixed(2)} (difference ${years(check.weighted.avgRank - check.county.avgRank, 2)})`,
    );
  }
  const imd = rerank(imdSrc);

  // HLE 2009–13: official where the district is a published area, else the MSOA estimate.
  const published2009 = parsePublishedUtla(read(source, RAW_FILES.hle2009Utla, HLE2009_UTLA_COLUMNS));
  const msoaValues = parseMsoaHle(read(source, RAW_FILES.hle2009Msoa, HLE2009_MSOA_COLUMNS), msoas);
  const msoaErrors = parseMsoaStandardErrors(read(source, RAW_FILES.hle2009Msoa, HLE2009_MSOA_INTERVAL_COLUMNS));
  const estimates = msoaEstimates([...baseCodes], msoas, msoaValues, msoaErrors);
  const hle09 = hle2009(base, published2009, estimates);
  const englandHle2009 = england2009(read(source, RAW_FILES.hle2009Region, HLE2009_REGION_COLUMNS));
  for (const sex of SEXES) {
    const missing = msoasWithoutValue(msoas, msoaValues, sex);
    log(`HLE 2009–13 MSOAs: ${msoas.size - missing.length} with a ${sex} value; skipped ${missing.length} without (${missing.join(', ') || 'none'})`);
  }
  log('HLE 2009–13 MSOA estimate vs official value, where both exist (estimate − official, years):');
  log(describeValidation('plain mean (used)', hle09.validation.plain));
  log(describeValidation('population-weighted mean', hle09.validation.weighted));

  // HLE 2018–20: the 2021 upper-tier value each district belongs to.
  const published2018 = parseHle2018(read(source, RAW_FILES.hle2018Utla, HLE2018_COLUMNS));
  const successors = northantsSuccessors(lookup2020, RAW_FILES.ladLookup);
  const assignments = hle2018Assignments(base, lookupVintage(ladLookup, '2021'), successors, RAW_FILES.ladLookup);

  const towns = townsFund(read(source, RAW_FILES.townsFund, TOWNS_FUND_COLUMNS), base.map((a) => a.code));
  log(
    `Towns Fund: ${towns.totals.townDeals.places} Town Deals ${gbp(towns.totals.townDeals.grantGbp)}; ` +
      `${towns.totals.futureHighStreets.places} Future High Streets Fund places ${gbp(towns.totals.futureHighStreets.grantGbp)}`,
  );

  const simplified = simplifiedTopology(features, GEOMETRY_OPTIONS, RAW_FILES.ladBoundaries);
  const layers = boundaryLayers(simplified.topology, new Map(base.map((area) => [area.code, area.region.code])));
  const tileSet = boundaryTileSet(layers, TILE_ATTRIBUTION);
  const bounds = areaBounds(layers.areas);
  const areas: AreaRecord[] = base.map((area) => {
    const box = bounds.get(area.code);
    // The tiler had every base district's boundary, so a gap here is a bug in the pipeline itself.
    if (box === undefined) throw new Error(`internal: no boundary for ${area.code}`);
    return { code: area.code, name: area.name, region: area.region, utla: area.utla, bounds: box };
  });

  // LUF awards, population, the Health Index, the HLE series and the context layers (newMeasures.ts).
  const added = newMeasures(source, base, { ladLookup, msoas }, log);
  // Shipped beside areas.json but fetched only when the search box is first used.
  const postcodes = postcodeLookup(read(source, RAW_FILES.postcodes, POSTCODE_COLUMNS), [...baseCodes]);
  const postcodesJson = JSON.stringify(postcodes);
  log(`Postcode districts: ${Object.keys(postcodes).length}; ${postcodesJson.length.toLocaleString('en-GB')} bytes raw, ${gzipSync(postcodesJson).length.toLocaleString('en-GB')} bytes gzip`);

  // Neighbourhoods (MSOA 2011): their own tiles and figures file, fetched only when shown; read before the
  // measures, as the gap inside each district is measured on them.
  const neighbourhoodStart = performance.now();
  const msoaFeatures = neighbourhoodFeatures(source.readText(RAW_FILES.msoaBoundaries), RAW_FILES.msoaBoundaries);
  const msoaFigures = neighbourhoodFile(
    parseNeighbourhoodTable(read(source, RAW_FILES.hle2009Msoa, NEIGHBOURHOOD_COLUMNS), msoas),
    msoas,
    new Set(msoaFeatures.features.map((f) => f.properties.code)),
    { table: RAW_FILES.hle2009Msoa, lookup: RAW_FILES.msoaLookup, boundaries: RAW_FILES.msoaBoundaries },
    `${HLE_2009_MSOA_SOURCE} ${TILE_ATTRIBUTION}`,
  );

  // Every indicator as one IndicatorFigures, with the raw file to blame if its coverage falls short.
  const codes = base.map((area) => area.code);
  const places = new Places();
  const round2 = (interval: { value: number; lci: number; uci: number }) => ({ value: roundTo(interval.value, 2), lci: roundTo(interval.lci, 2), uci: roundTo(interval.uci, 2) });
  const measured: { figures: IndicatorFigures; file: string }[] = [
    ...SEXES.map((sex) => ({
      figures: figuresForBase(sex === 'male' ? 'hle-male' : 'hle-female', codes, round2(englandHle2009[sex]), (code) => hle2009Figure(code, hle09.byArea.get(code)?.[sex], places)),
      file: RAW_FILES.hle2009Utla,
    })),
    ...SEXES.map((sex) => ({
      figures: hle2018Figures(sex === 'male' ? 'hle-male-2018' : 'hle-female-2018', sex, assignments, published2018, codes, places, RAW_FILES.hle2018Utla),
      file: RAW_FILES.hle2018Utla,
    })),
    ...IMD_FIGURES.map((measure) => ({ figures: figuresForBase(measure.id, codes, null, (code) => imdFigure(imd.get(code), measure)), file: RAW_FILES.imdDistricts })),
    { figures: figuresForBase('luf', codes, null, (code) => lufFigure(luf.get(code))), file: RAW_FILES.luf },
    { figures: figuresForBase('towns-fund', codes, null, (code) => townsFundFigure(towns.byArea.get(code))), file: RAW_FILES.townsFund },
    ...added.measured,
    ...SEXES.map((sex) => ({ figures: msoaGapFigures(msoaFigures, sex, codes), file: RAW_FILES.hle2009Msoa })),
  ];
  places.nameAll(
    measured.map(({ figures }) => figures),
    new Map([
      ...ladLookup.rows.flatMap((row) => [[textCell(row, 'lad_cd'), textCell(row, 'lad_nm')], [textCell(row, 'utla_cd'), textCell(row, 'utla_nm')]] as [string, string][]),
      ...Object.entries(COMBINED_AREAS).map(([code, area]) => [code, area.name] as [string, string]),
    ]),
  );
  const coverageLines = measured.map(({ figures, file }) => {
    const line = coverageLine(figures);
    assertCoverage(line, file);
    return line;
  });
  log('Coverage:');
  for (const line of coverageLines) log(`  ${formatCoverage(line)}`);

  const similar = similarAreas({
    allocation: read(source, RAW_FILES.similarAllocation, ALLOCATION_COLUMNS),
    neighbours: {
      global: read(source, RAW_FILES.similarGlobal, NEIGHBOUR_COLUMNS),
      economic: read(source, RAW_FILES.similarEconomic, NEIGHBOUR_COLUMNS),
      demographic: read(source, RAW_FILES.similarDemographic, NEIGHBOUR_COLUMNS),
    },
    descriptions: { file: RAW_FILES.similarDescriptions, text: source.readText(RAW_FILES.similarDescriptions) },
    districts: codes,
    successorOf: successorsBy2023(lookup2020, RAW_FILES.ladLookup),
    recoded: RECODED_2024,
    names: new Map(ladLookup.rows.map((row) => [textCell(row, 'lad_cd'), textCell(row, 'lad_nm')])),
  });
  log(
    `Similar areas (ONS clusters): ${similar.usingSuccessor} merged districts use their successor's lists; neighbours outside England left out: ` +
      `global ${similar.skipped.global}, economic ${similar.skipped.economic}, demographic ${similar.skipped.demographic}`,
  );

  const msoaTiles = geographyTileSet(GEOGRAPHIES.msoa2011, msoaFeatures, TILE_ATTRIBUTION, MSOA_TILE_TOLERANCE);
  const msoaJson = JSON.stringify(msoaFigures);
  log(
    `Neighbourhoods: ${msoaFigures.codes.length} MSOAs, every one with a boundary, a district and a row of figures; ` +
      `${msoaFigures.measures['hle-male'].ranked} with a male and ${msoaFigures.measures['hle-female'].ranked} with a female HLE`,
  );
  log(
    `Neighbourhood tiles: zooms ${msoaTiles.tileJson.minzoom}–${msoaTiles.tileJson.maxzoom}, ${msoaTiles.tiles.length} tiles, ${tileSizes(msoaTiles.tiles)}; ` +
      `figures file ${msoaJson.length.toLocaleString('en-GB')} bytes raw, ${gzipSync(msoaJson).length.toLocaleString('en-GB')} gzip; ` +
      `${((performance.now() - neighbourhoodStart) / 1000).toFixed(1)} s`,
  );

  // Upper-tier areas of 2023: their own tiles for the gap view's change map, joined on codes to the HLE file.
  const utlaFeatures = upperTierFeatures(source.readText(RAW_FILES.utlaBoundaries), RAW_FILES.utlaBoundaries);
  const utlaJoin = joinUpperTier(utlaFeatures, added.hleUpperTier, { boundaries: RAW_FILES.utlaBoundaries, figures: OUTPUT_FILES.hleUpperTier });
  const utlaTiles = geographyTileSet(GEOGRAPHIES.utla2023, utlaFeatures, UTLA_TILE_ATTRIBUTION, UTLA_TILE_TOLERANCE);
  log(
    `Upper-tier areas (${UPPER_TIER_YEAR}): ${utlaJoin.boundaries} boundaries, each joined by code to one area of ${OUTPUT_FILES.hleUpperTier}; ` +
      `${utlaJoin.withFigure} with a figure, none for ${utlaJoin.noFigure.join(' and ')}; ` +
      `tiles at zooms ${utlaTiles.tileJson.minzoom}–${utlaTiles.tileJson.maxzoom}, ${utlaTiles.tiles.length} tiles, ${tileSizes(utlaTiles.tiles)}`,
  );

  const areasFile: AreasFile = {
    schemaVersion: SCHEMA_VERSION,
    areas,
    indicators: Object.fromEntries(measured.map(({ figures }) => [figures.id, figures])),
    places: places.toRecord(),
    coverage: coverageLines,
    bids: added.bids,
    estimateValidation: roundValidation(hle09.validation.plain),
    // Taken last so that it lists every file read above.
    inputs: source.inputs(),
  };

  const topologyJson = JSON.stringify(simplified.topology);
  const g = simplified.stats;
  const dropped = Object.entries(g.ringsDroppedByArea).map(([code, n]) => `${code} ×${n}`);
  log(
    `Geometry: ${features.features.length} areas; arcs ${g.arcsBefore} → ${g.arcsAfter}, vertices ${g.verticesBefore} → ${g.verticesAfter} ` +
      `(${g.verticesRestored} kept by the ${GEOMETRY_OPTIONS.maxDisplacementM} m cap); removed vertices moved the line by at most ${g.maxDisplacementM.toFixed(0)} m ` +
      `(95th percentile ${g.p95DisplacementM.toFixed(0)} m); quantisation ${GEOMETRY_OPTIONS.quantization} (≤ ${g.quantizationErrorM.toFixed(0)} m); ` +
      `small rings dropped: ${g.ringsDropped}${dropped.length > 0 ? ` (${dropped.join(', ')})` : ''}; union ${g.unionParts} parts, no gaps`,
  );
  log(`Geometry file: ${topologyJson.length.toLocaleString('en-GB')} bytes raw, ${gzipSync(topologyJson).length.toLocaleString('en-GB')} bytes gzip`);
  const tileBytes = tileSet.tiles.reduce((sum, tile) => sum + tile.data.length, 0);
  const tileGzip = tileSet.tiles.reduce((sum, tile) => sum + (tile.data.length > 0 ? gzipSync(tile.data).length : 0), 0);
  const empty = tileSet.tiles.filter((tile) => tile.data.length === 0).length;
  log(
    `Vector tiles: zooms 0–${tileSet.tileJson.maxzoom}, ${tileSet.tiles.length} tiles (${empty} empty, over sea) of ` +
      `${tileBytes.toLocaleString('en-GB')} bytes raw, ${tileGzip.toLocaleString('en-GB')} bytes gzip in all`,
  );

  const files: OutputFile[] = [
    { relPath: OUTPUT_FILES.msoaTileJson, content: JSON.stringify(msoaTiles.tileJson) },
    ...msoaTiles.tiles.map((tile) => ({ relPath: `${OUTPUT_FILES.msoaTileDir}/${tilePath(tile)}`, content: tile.data })),
    { relPath: OUTPUT_FILES.msoaFigures, content: msoaJson },
    { relPath: OUTPUT_FILES.utlaTileJson, content: JSON.stringify(utlaTiles.tileJson) },
    ...utlaTiles.tiles.map((tile) => ({ relPath: `${OUTPUT_FILES.utlaTileDir}/${tilePath(tile)}`, content: tile.data })),
    { relPath: OUTPUT_FILES.topology, content: topologyJson },
    { relPath: OUTPUT_FILES.tileJson, content: JSON.stringify(tileSet.tileJson) },
    { relPath: OUTPUT_FILES.svgBoundaries, content: JSON.stringify(svgPaths(layers)) },
    ...tileSet.tiles.map((tile) => ({ relPath: `${OUTPUT_FILES.tileDir}/${tilePath(tile)}`, content: tile.data })),
    { relPath: OUTPUT_FILES.indicatorsJson, content: JSON.stringify(INDICATORS) },
    { relPath: OUTPUT_FILES.hleUpperTier, content: JSON.stringify(added.hleUpperTier) },
    { relPath: OUTPUT_FILES.areasCsv, content: areasCsv(areas, Object.values(areasFile.indicators)) },
    ...areasOutputs(areasFile, FIRST_VIEW_INDICATORS),
    { relPath: OUTPUT_FILES.postcodes, content: postcodesJson },
    { relPath: OUTPUT_FILES.similarJson, content: JSON.stringify(similar.file) },
  ];
  return { areasFile, files, geometry: simplified.stats };
}

/** Builds, validates the written files, and only then replaces the previous outputs. */
export function buildAndPublish(source: RawSource, outRoot: string, log: Log): BuildResult {
  const result = buildData(source, log);
  // The data folder is git-ignored, so an interrupted run leaves no stray staging folder in git status.
  publishOutputs(outRoot, result.files, (stageDir) => validateStagedOutputs(stageDir, EXPECTED_DISTRICTS), path.join(outRoot, 'data'), [OUTPUT_FILES.tileDir, OUTPUT_FILES.msoaTileDir, OUTPUT_FILES.measuresDir]);
  const tiles = result.files.filter((f) => f.relPath.endsWith('.pbf'));
  for (const f of result.files) {
    if (!f.relPath.endsWith('.pbf')) log(`Wrote ${path.join(outRoot, f.relPath)} (${Buffer.byteLength(f.content).toLocaleString('en-GB')} bytes)`);
  }
  log(`Wrote ${tiles.length} tiles under ${path.join(outRoot, OUTPUT_FILES.tileDir)} and ${path.join(outRoot, OUTPUT_FILES.msoaTileDir)}`);
  return result;
}
