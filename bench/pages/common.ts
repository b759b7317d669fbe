// Shared by the harness pages: the same data files, validation and colour scales as the app, so every
// harness draws exactly the colours the app would, and the page parameters the bench passes in the URL.
import type { Topology } from 'topojson-specification';
import { loadEveryFigure } from '../../src/lib/indicators/read';
import { FIRST_VIEW_INDICATORS } from '../../src/lib/analysis/needs';
import type { AreasFile, Bounds } from '../../src/lib/data/types';
import { BOUNDARY_TILEJSON } from '../../src/lib/map/boundaries';
import { classify } from '../../src/lib/analysis/divergence';
import { whatIf } from '../../src/lib/analysis/whatIf';
import { needInputs } from '../../src/lib/analysis/whatIfInputs';
import { analysisClasses, layerScale } from '../../src/lib/analysis/mapLayer';
import { DEFAULT_STATE } from '../../src/lib/state/url';
import { colourMap } from '../../src/lib/indicators/scales';
import { isAnalysisLayer, type LayerId } from '../../src/lib/indicators/layers';
import { boundaryLayers, type BoundaryLayers } from '../../scripts/pipeline/layers';
import { geoFiles, pieceRegions, piecesFromCounts, piecesOf, type PieceProperties } from '../lib/synth';

export type { AreaFeatures } from '../../scripts/pipeline/layers';
export type Piece = PieceProperties;

export type { LayerId };
export { LAYER_IDS } from '../lib/layers';

export interface PageParams {
  /** A synthetic geography by name (`synthetic-3000`, its files under /bench-geo/: geoFiles), or null for the app's own boundaries. */
  geo: string | null;
  strategy: 'feature-state' | 'naive';
  renderer: 'svg' | 'canvas';
  width: number | null;
  height: number | null;
  /** Areas MapController recolours per frame; null for its default. */
  paintBatch: number | null;
}

export function pageParams(): PageParams {
  const query = new URLSearchParams(location.search);
  const number = (key: string): number | null => {
    const value = Number(query.get(key));
    return Number.isFinite(value) && value > 0 ? value : null;
  };
  return {
    geo: query.get('geo'),
    strategy: query.get('strategy') === 'naive' ? 'naive' : 'feature-state',
    renderer: query.get('renderer') === 'canvas' ? 'canvas' : 'svg',
    width: number('w'),
    height: number('h'),
    paintBatch: number('batch'),
  };
}

/** Gives the map the same size in pixels as the app's map, so software rendering has the same work. */
export function sizeContainer(container: HTMLElement, params: PageParams): void {
  container.style.width = params.width ? `${params.width}px` : '100vw';
  container.style.height = params.height ? `${params.height}px` : '100vh';
}


async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The TileJSON of the current geography's boundary tiles, absolute as loadBoundaryTiles needs it: the app's own
 * (the same file the app reads) or a synthetic geography's.
 */
export function boundariesUrl(params: PageParams): string {
  // Named as the app's, tiles.json, in a folder of its own.
  const path = params.geo ? `/bench-geo/${geoFiles(params.geo).tileDir}/tiles.json` : `/${BOUNDARY_TILEJSON}`;
  return new URL(path, location.href).href;
}

export interface Inputs {
  data: AreasFile;
  pieces: Piece[];
  /** The areas and region borders as GeoJSON, by the pipeline's own step from the TopoJSON. */
  geometry: BoundaryLayers;
}

/** The figures and the whole geometry, for the pages that draw GeoJSON themselves (naive, Leaflet). */
export async function loadInputs(params: PageParams): Promise<Inputs> {
  // The app no longer fetches its TopoJSON, but the pipeline still publishes it: the same simplified
  // boundaries its tiles are cut from.
  const path = params.geo ? `/bench-geo/${geoFiles(params.geo).topology}` : '/geo/lad2020.topo.json';
  const [areas, topology] = await Promise.all([loadEveryFigure('/', FIRST_VIEW_INDICATORS), fetchJson<Topology>(path)]);
  const pieces = piecesOf(topology);
  const regionOfDistrict = new Map(areas.file.areas.map((area) => [area.code, area.region.code]));
  return { data: areas.file, pieces, geometry: boundaryLayers(topology, pieceRegions(pieces, regionOfDistrict)) };
}

export interface AreaList {
  data: AreasFile;
  pieces: Piece[];
  /** The box to frame each area by, as MapController.setAreas takes it. */
  bounds: Map<string, Bounds>;
}

/**
 * The figures and the list of areas, without any geometry: all the feature-state page needs, as the app
 * needs only areas.json while the map fetches its tiles.
 */
export async function loadAreaList(params: PageParams): Promise<AreaList> {
  const [areas, counts] = await Promise.all([
    loadEveryFigure('/', FIRST_VIEW_INDICATORS),
    params.geo ? fetchJson<Record<string, number>>(`/bench-geo/${geoFiles(params.geo).pieces}`) : Promise.resolve(null),
  ]);
  const data = areas.file;
  const districtBounds = new Map(data.areas.map((area) => [area.code, area.bounds]));
  const pieces = counts ? piecesFromCounts(counts) : data.areas.map((area) => ({ code: area.code, parent: area.code }));
  // Boxes are only used to fly to an area, which the harness never does: a piece gets its district's box,
  // which at least holds it, and an unknown district an empty one, which flyTo ignores.
  const bounds = new Map(pieces.map((piece): [string, Bounds] => [piece.code, districtBounds.get(piece.parent) ?? [0, 0, 0, 0]]));
  return { data, pieces, bounds };
}

/** The colour of every district for one layer, computed by the app's own scale code. */
export function districtColours(data: AreasFile, layer: LayerId): Map<string, string | null> {
  const divergence = classify(data, DEFAULT_STATE.definition);
  const movers = whatIf(needInputs(data, DEFAULT_STATE.definition.health), DEFAULT_STATE.whatIf.weights);
  return colourMap(layerScale(data, layer, isAnalysisLayer(layer) ? analysisClasses(layer, divergence, movers) : null));
}

/** District colours spread to the pieces cut from each district. */
export function pieceColours(pieces: readonly Piece[], colours: ReadonlyMap<string, string | null>): Map<string, string | null> {
  return new Map(pieces.map((piece) => [piece.code, colours.get(piece.parent) ?? null]));
}

export interface Timing {
  /** MapLibre: its `idle` event with the new colours. Leaflet: two frames after the change. */
  idle: number;
  /** Until frames flow at the display rate again (see frames.ts): the change is on screen. */
  settled: number;
}

export type LoadTiming = Timing & { polygons: number };
export type SwitchTiming = Timing;

/** What every harness page exposes to the bench. */
export interface Harness {
  loaded: Promise<LoadTiming>;
  switchLayer(layer: LayerId): Promise<SwitchTiming>;
}

export function expose(harness: Harness): void {
  (window as unknown as { harness: Harness }).harness = harness;
}

export { FLOOR_FIRST_PAINT, framesCaughtUp, nextFrames } from './frames';
