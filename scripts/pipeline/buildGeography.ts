// Build step 3, the boundaries: districts simplified to topology, SVG paths and tiles; the neighbourhoods' and
// upper-tier areas' own tiles. Tolerances are build.ts's to set, so they arrive as arguments.
import { gzipSync } from 'node:zlib';
import { GEOGRAPHIES, type Geography } from '../../src/lib/data/geographies.ts';
import type { NeighbourhoodFile } from '../../src/lib/data/neighbourhoods.ts';
import type { AreaRecord } from '../../src/lib/data/types.ts';
import type { UpperTierHle } from '../../src/lib/data/upperTierHle.ts';
import { read, type Districts, type Log } from './buildBase.ts';
import { geographyPaths, OUTPUT_FILES, RAW_FILES } from './files.ts';
import { simplifiedTopology, type SimplifiedTopology, type SimplifyOptions } from './geometry.ts';
import { boundaryLayers, type AreaFeatures, type BoundaryLayers } from './layers.ts';
import { NEIGHBOURHOOD_COLUMNS, neighbourhoodFeatures, neighbourhoodFile, parseNeighbourhoodTable } from './neighbourhoods.ts';
import type { RawSource } from './source.ts';
import { areaBounds, boundaryTileSet, geographyTileSet, tilePath, type Tile, type TileJson } from './tiles.ts';
import type { OutputFile } from './writer.ts';
import { joinUpperTier, UPPER_TIER_YEAR, upperTierFeatures } from './upperTier.ts';

/** Credited in the tile set's TileJSON, as the boundaries' licence requires. */
const TILE_ATTRIBUTION = 'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.';
const UTLA_TILE_ATTRIBUTION = 'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023.';
const HLE_2009_MSOA_SOURCE =
  'Source: Office for National Statistics, Life expectancy and healthy life expectancy at birth by sex for MSOAs in England, 2009 to 2013 (2015), licensed under the Open Government Licence v3.0.';

export interface TileSet {
  tileJson: TileJson;
  tiles: Tile[];
}

function tileSizes(tiles: readonly Tile[]): string {
  const raw = tiles.reduce((sum, tile) => sum + tile.data.length, 0);
  const gzipped = tiles.map((tile) => (tile.data.length > 0 ? gzipSync(tile.data).length : 0));
  const gzip = gzipped.reduce((sum, n) => sum + n, 0);
  const largest = Math.max(...gzipped);
  return `${raw.toLocaleString('en-GB')} bytes raw, ${gzip.toLocaleString('en-GB')} gzip (largest tile ${largest.toLocaleString('en-GB')} gzip)`;
}

export interface DistrictBoundaries {
  simplified: SimplifiedTopology;
  layers: BoundaryLayers;
  tileSet: TileSet;
  /** One record per base district, with its bounding box. */
  areas: AreaRecord[];
}

export function districtBoundaries({ base, features }: Districts, options: SimplifyOptions): DistrictBoundaries {
  const simplified = simplifiedTopology(features, options, RAW_FILES.ladBoundaries);
  const layers = boundaryLayers(simplified.topology, new Map(base.map((area) => [area.code, area.region.code])));
  const tileSet = boundaryTileSet(layers, TILE_ATTRIBUTION);
  const bounds = areaBounds(layers.areas);
  const areas: AreaRecord[] = base.map((area) => {
    const box = bounds.get(area.code);
    // The tiler had every base district's boundary, so a gap here is a bug in the pipeline itself.
    if (box === undefined) throw new Error(`internal: no boundary for ${area.code}`);
    return { code: area.code, name: area.name, region: area.region, utla: area.utla, bounds: box };
  });
  return { simplified, layers, tileSet, areas };
}

export function logDistrictGeometry({ features }: Districts, { simplified, tileSet }: DistrictBoundaries, options: SimplifyOptions, log: Log): void {
  const topologyJson = JSON.stringify(simplified.topology);
  const g = simplified.stats;
  const dropped = Object.entries(g.ringsDroppedByArea).map(([code, n]) => `${code} ×${n}`);
  log(
    `Geometry: ${features.features.length} areas; arcs ${g.arcsBefore} → ${g.arcsAfter}, vertices ${g.verticesBefore} → ${g.verticesAfter} ` +
      `(${g.verticesRestored} kept by the ${options.maxDisplacementM} m cap); removed vertices moved the line by at most ${g.maxDisplacementM.toFixed(0)} m ` +
      `(95th percentile ${g.p95DisplacementM.toFixed(0)} m); quantisation ${options.quantization} (≤ ${g.quantizationErrorM.toFixed(0)} m); ` +
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
}

export interface Neighbourhoods {
  features: AreaFeatures;
  figures: NeighbourhoodFile;
  /** When reading them began (performance.now()), for the time the log reports. */
  started: number;
}

/**
 * Neighbourhoods (MSOA 2011): their own tiles and figures file, fetched only when shown; read before the
 * measures, as the gap inside each district is measured on them.
 */
export function readNeighbourhoods(source: RawSource, { msoas }: Districts): Neighbourhoods {
  const started = performance.now();
  const features = neighbourhoodFeatures(source.readText(RAW_FILES.msoaBoundaries), RAW_FILES.msoaBoundaries);
  const figures = neighbourhoodFile(
    parseNeighbourhoodTable(read(source, RAW_FILES.hle2009Msoa, NEIGHBOURHOOD_COLUMNS), msoas),
    msoas,
    new Set(features.features.map((f) => f.properties.code)),
    { table: RAW_FILES.hle2009Msoa, lookup: RAW_FILES.msoaLookup, boundaries: RAW_FILES.msoaBoundaries },
    `${HLE_2009_MSOA_SOURCE} ${TILE_ATTRIBUTION}`,
  );
  return { features, figures, started };
}

/** One geography's own outputs: its tile set, and its figures file where it has one. */
export interface GeographyOutput {
  geography: Geography;
  tiles: TileSet;
  figuresJson: string | null;
}

/**
 * Every geography's files, at the paths its entry names. Each geography in the list must have its outputs, and
 * each only once: an entry added without a reader for its tiles stops the build here.
 */
export function geographyFiles(outputs: readonly GeographyOutput[]): OutputFile[] {
  const made = outputs.map((o) => o.geography.id);
  const listed = Object.keys(GEOGRAPHIES);
  const missing = listed.filter((id) => !made.includes(id as Geography['id']));
  const extra = made.filter((id, i) => !listed.includes(id) || made.indexOf(id) !== i);
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`The geography list and the tiles built differ: ${[...missing.map((id) => `no tiles for ${id}`), ...extra.map((id) => `${id} built but not listed once`)].join('; ')}.`);
  }
  return outputs.flatMap(({ geography, tiles, figuresJson }) => {
    const paths = geographyPaths(geography);
    if ((paths.figures === null) !== (figuresJson === null)) throw new Error(`${geography.id}: its entry's figures file and the figures built disagree`);
    return [
      { relPath: paths.tileJson, content: JSON.stringify(tiles.tileJson) },
      ...tiles.tiles.map((tile) => ({ relPath: `${paths.tileDir}/${tilePath(tile)}`, content: tile.data })),
      ...(paths.figures !== null && figuresJson !== null ? [{ relPath: paths.figures, content: figuresJson }] : []),
    ];
  });
}

export function neighbourhoodTiles({ features, figures, started }: Neighbourhoods, tolerance: number, log: Log): GeographyOutput {
  const tiles = geographyTileSet(GEOGRAPHIES.msoa2011, features, TILE_ATTRIBUTION, tolerance);
  const figuresJson = JSON.stringify(figures);
  log(
    `Neighbourhoods: ${figures.codes.length} MSOAs, every one with a boundary, a district and a row of figures; ` +
      `${figures.measures['hle-male'].ranked} with a male and ${figures.measures['hle-female'].ranked} with a female HLE`,
  );
  log(
    `Neighbourhood tiles: zooms ${tiles.tileJson.minzoom}–${tiles.tileJson.maxzoom}, ${tiles.tiles.length} tiles, ${tileSizes(tiles.tiles)}; ` +
      `figures file ${figuresJson.length.toLocaleString('en-GB')} bytes raw, ${gzipSync(figuresJson).length.toLocaleString('en-GB')} gzip; ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { geography: GEOGRAPHIES.msoa2011, tiles, figuresJson };
}

/** Upper-tier areas of 2023: their own tiles for the gap view's change map, joined on codes to the HLE file. */
export function upperTierTiles(source: RawSource, hle: UpperTierHle, tolerance: number, log: Log): GeographyOutput {
  const utlaFeatures = upperTierFeatures(source.readText(RAW_FILES.utlaBoundaries), RAW_FILES.utlaBoundaries);
  const utlaJoin = joinUpperTier(utlaFeatures, hle, { boundaries: RAW_FILES.utlaBoundaries, figures: OUTPUT_FILES.hleUpperTier });
  const utlaTiles = geographyTileSet(GEOGRAPHIES.utla2023, utlaFeatures, UTLA_TILE_ATTRIBUTION, tolerance);
  log(
    `Upper-tier areas (${UPPER_TIER_YEAR}): ${utlaJoin.boundaries} boundaries, each joined by code to one area of ${OUTPUT_FILES.hleUpperTier}; ` +
      `${utlaJoin.withFigure} with a figure, none for ${utlaJoin.noFigure.join(' and ')}; ` +
      `tiles at zooms ${utlaTiles.tileJson.minzoom}–${utlaTiles.tileJson.maxzoom}, ${utlaTiles.tiles.length} tiles, ${tileSizes(utlaTiles.tiles)}`,
  );
  return { geography: GEOGRAPHIES.utla2023, tiles: utlaTiles, figuresJson: JSON.stringify(hle) };
}
