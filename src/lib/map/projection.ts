// Web Mercator exactly as MapLibre computes it (512-pixel tiles; src/geo/mercator_coordinate.ts and the
// camera helper's box fit in maplibre-gl 6), so that the SVG map, drawn from paths projected at build time
// (scripts/pipeline/svgPaths.ts), lands on the same pixels as MapLibre's first view and the hand-over from
// one to the other shows no jump. e2e/svg-map.spec.ts checks both against MapLibre's own project().
import type { View } from '../data/view';

/** MapLibre's world is 512 pixels wide at zoom 0 (vector tiles are drawn at 512 px). */
export const TILE_SIZE = 512;

/** The zoom range the map allows; the URL parser clamps to the same. */
export const MIN_ZOOM = 3;
export const MAX_ZOOM = 14;

export type LngLatBox = [[west: number, south: number], [east: number, north: number]];

export interface Size {
  width: number;
  height: number;
}

const worldSize = (zoom: number): number => TILE_SIZE * 2 ** zoom;

/** x in world pixels at `zoom`. */
export function worldX(lng: number, zoom: number): number {
  return ((180 + lng) / 360) * worldSize(zoom);
}

/** y in world pixels at `zoom` (0 at the top of the Mercator square). */
export function worldY(lat: number, zoom: number): number {
  return ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * worldSize(zoom);
}

export function lngAt(x: number, zoom: number): number {
  return (x / worldSize(zoom)) * 360 - 180;
}

export function latAt(y: number, zoom: number): number {
  const y2 = 180 - (y / worldSize(zoom)) * 360;
  return (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
}

const clampZoom = (zoom: number, maxZoom = MAX_ZOOM): number => Math.max(MIN_ZOOM, Math.min(maxZoom, zoom));

/**
 * The camera MapLibre's fitBounds chooses for a box (no bearing, the same padding on every side): the zoom
 * at which the box's Mercator extent just fits inside the padded container, centred on the middle of that
 * extent in Mercator (not in degrees). Null when the container leaves no room or the box is empty.
 */
export function fitBox(box: LngLatBox, size: Size, padding: number, maxZoom = MAX_ZOOM): View | null {
  const [[west, south], [east, north]] = box;
  const spanX = worldX(east, 0) - worldX(west, 0);
  const spanY = worldY(south, 0) - worldY(north, 0);
  const roomX = size.width - 2 * padding;
  const roomY = size.height - 2 * padding;
  if (!(spanX > 0 && spanY > 0 && roomX > 0 && roomY > 0)) return null;
  const zoom = clampZoom(Math.log2(Math.min(roomX / spanX, roomY / spanY)), maxZoom);
  const midX = (worldX(west, 0) + worldX(east, 0)) / 2;
  const midY = (worldY(north, 0) + worldY(south, 0)) / 2;
  return { zoom, lng: lngAt(midX, 0), lat: latAt(midY, 0) };
}

/**
 * The part of the world a container of `size` shows with the camera `view`, in world pixels at `unitsZoom`
 * (the grid the SVG's paths are drawn on): an SVG viewBox.
 */
export function viewBox(view: View, size: Size, unitsZoom: number): [x: number, y: number, width: number, height: number] {
  const unitsPerPixel = 2 ** (unitsZoom - view.zoom);
  const width = size.width * unitsPerPixel;
  const height = size.height * unitsPerPixel;
  return [worldX(view.lng, unitsZoom) - width / 2, worldY(view.lat, unitsZoom) - height / 2, width, height];
}
