// Shared by the harness pages: the same data files, validation and colour scales as the app, so every
// harness draws exactly the colours the app would, and the page parameters the bench passes in the URL.
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadAreas, loadTopology } from '../../src/lib/data/load';
import type { AreasFile } from '../../src/lib/data/types';
import { classifyFile } from '../../src/lib/analysis/divergence';
import { DEFAULT_STATE } from '../../src/lib/state/url';
import { colourMap, layerScale } from '../../src/lib/indicators/scales';
import { LAYER_IDS, LAYER_LABELS, type LayerId } from '../../src/lib/indicators/layers';

export { LAYER_IDS, type LayerId };

export interface PageParams {
  /** A synthetic topology under /bench-geo/, or null for the app's own boundaries. */
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

export interface Piece {
  code: string;
  /** The district whose colour and region the piece takes. */
  parent: string;
}

export interface Inputs {
  data: AreasFile;
  topology: Topology;
}

export async function loadInputs(params: PageParams): Promise<Inputs> {
  const base = '/';
  const geometry = params.geo
    ? fetch(`${base}bench-geo/${params.geo}`).then((response) => response.json() as Promise<Topology>)
    : loadTopology(base);
  const [areas, topology] = await Promise.all([loadAreas(base), geometry]);
  return { data: areas.data, topology };
}

/** The areas in the topology, read from its properties without converting any geometry. */
export function piecesOf(topology: Topology): Piece[] {
  const object = topology.objects.lad as GeometryCollection;
  return object.geometries.map((geometry) => {
    const properties = geometry.properties as { code?: string; parent?: string } | undefined;
    const code = properties?.code ?? '';
    return { code, parent: properties?.parent ?? code };
  });
}

/** The colour of every district for one layer, computed by the app's own scale code. */
export function districtColours(data: AreasFile, layer: LayerId): Map<string, string | null> {
  const divergence = classifyFile(data, DEFAULT_STATE.definition);
  return colourMap(layerScale(layer, data.areas, data.england, LAYER_LABELS[layer].short, divergence.classOf));
}

/** District colours spread to the pieces cut from each district. */
export function pieceColours(pieces: readonly Piece[], colours: ReadonlyMap<string, string | null>): Map<string, string | null> {
  return new Map(pieces.map((piece) => [piece.code, colours.get(piece.parent) ?? null]));
}

export function regionOf(data: AreasFile, pieces: readonly Piece[]): Map<string, string> {
  const regions = new Map(data.areas.map((area) => [area.code, area.region.code]));
  return new Map(pieces.map((piece) => [piece.code, regions.get(piece.parent) ?? '']));
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

export { framesCaughtUp, nextFrames } from './frames';
