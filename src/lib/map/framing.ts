// Framing a box in the part of the map a person can see. Panels float over the map (the legend, the Map /
// Table buttons, the bottom sheet on a phone); an area framed in the middle of the container can land under
// them (Hartlepool under the open sheet at 768×1024, Cornwall under the legend). Both renderers frame
// through frameBox, so the light map and MapLibre choose the same camera for the same request.
import type { View } from '../data/view';
import { MAX_ZOOM, fitBox, latAt, lngAt, worldX, worldY, type LngLatBox, type Size } from './projection';

/** A panel over the map, in pixels from the map's top-left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far in from each edge of the map the visible part begins, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/** 4^n side choices are tried; more panels than this over one map would be a layout to rethink. */
const MOST_PANELS = 4;

/**
 * The camera that fits `box` inside the container less `insets`, with `padding` on each side of that part
 * (less, down to none, where the part is too small for all of it). The same camera MapLibre's fitBounds
 * gives with the insets added to the padding. Null when nothing is left to fit into or the box is empty.
 */
export function fitBoxWithin(box: LngLatBox, size: Size, insets: Insets, padding: number, maxZoom = MAX_ZOOM): View | null {
  const room = { width: size.width - insets.left - insets.right, height: size.height - insets.top - insets.bottom };
  if (!(room.width > 0 && room.height > 0)) return null;
  const view = fitBox(box, room, Math.min(padding, room.width / 4, room.height / 4), maxZoom);
  if (!view) return null;
  // The visible part's centre is this far from the container's: the camera sits that far the other way.
  const dx = (insets.left - insets.right) / 2;
  const dy = (insets.top - insets.bottom) / 2;
  const scale = 2 ** view.zoom;
  return { zoom: view.zoom, lng: lngAt(worldX(view.lng, 0) - dx / scale, 0), lat: latAt(worldY(view.lat, 0) - dy / scale, 0) };
}

/** The part of `rect` over a container of `size`, or null when it is off the map (the side column on a desktop). */
function clip(rect: Rect, size: Size): Rect | null {
  const clipped = { left: Math.max(0, rect.left), top: Math.max(0, rect.top), right: Math.min(size.width, rect.right), bottom: Math.min(size.height, rect.bottom) };
  return clipped.right > clipped.left && clipped.bottom > clipped.top ? clipped : null;
}

/**
 * The insets that keep every panel out of the frame: each panel is cut off from one side of the map, the
 * side chosen so that `box` is shown as large as possible (the legend in a corner costs England nothing when
 * cut from the side with room to spare), then so that the least of the map is given up.
 */
export function insetsClearOf(box: LngLatBox, size: Size, covered: readonly Rect[], padding: number, maxZoom = MAX_ZOOM): Insets {
  const panels = covered.map((rect) => clip(rect, size)).filter((rect): rect is Rect => rect !== null).slice(0, MOST_PANELS);
  let best: { insets: Insets; zoom: number; lost: number } | null = null;
  for (let choice = 0; choice < 4 ** panels.length; choice += 1) {
    const insets = { ...NO_INSETS };
    panels.forEach((panel, i) => {
      const side = SIDES[Math.floor(choice / 4 ** i) % 4]!;
      const depth = { top: panel.bottom, left: panel.right, bottom: size.height - panel.top, right: size.width - panel.left }[side];
      insets[side] = Math.max(insets[side], depth);
    });
    const view = fitBoxWithin(box, size, insets, padding, maxZoom);
    if (!view) continue;
    const lost = size.width * size.height - (size.width - insets.left - insets.right) * (size.height - insets.top - insets.bottom);
    const better = !best || view.zoom > best.zoom + 1e-9 || (Math.abs(view.zoom - best.zoom) <= 1e-9 && lost < best.lost);
    if (better) best = { insets, zoom: view.zoom, lost };
  }
  return best?.insets ?? NO_INSETS;
}

/** The camera for `box` in the part of the map no panel covers; where no part is left, the whole map. */
export function frameBox(box: LngLatBox, size: Size, covered: readonly Rect[], padding: number, maxZoom = MAX_ZOOM): View | null {
  return fitBoxWithin(box, size, insetsClearOf(box, size, covered, padding, maxZoom), padding, maxZoom) ?? fitBox(box, size, padding, maxZoom);
}

/** An area's stored box as a fit-able box, or null where it is empty or damaged. */
export function usableBox(bounds: readonly number[] | null | undefined): LngLatBox | null {
  if (!bounds) return null;
  const [west, south, east, north] = bounds;
  if (![west, south, east, north].every((n) => Number.isFinite(n))) return null;
  if (!(east! > west! && north! > south!)) return null;
  return [[west!, south!], [east!, north!]];
}
