// An offline style: no tiles, glyphs, sprites or fonts, so the map never asks the network for anything.
// Area names are shown in HTML (tooltip, panels), not as map labels, which would need glyphs.
import type { StyleSpecification } from 'maplibre-gl';

export const AREA_SOURCE = 'areas';
export const REGION_SOURCE = 'regions';
export const FILL_LAYER = 'area-fill';
export const NO_DATA_LAYER = 'area-no-data';
export const HOVER_LAYER = 'area-hover';
export const SELECTED_LAYER = 'area-selected';
export const NO_DATA_PATTERN = 'no-data-hatch';

export const SEA_COLOUR = '#eef2f5';
// Under the hatch: white, lighter than every palette's lightest class, so "no data" never reads as a class.
export const NO_DATA_FILL = '#ffffff';

export const ENGLAND_BOUNDS: [[number, number], [number, number]] = [
  [-6.42, 49.86],
  [1.77, 55.82],
];

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': SEA_COLOUR } }],
  };
}

/** A diagonal hatch drawn in code, so that no sprite has to be fetched. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const onStripe = (x + y) % size < 2;
      const offset = (y * size + x) * 4;
      data[offset] = 90;
      data[offset + 1] = 90;
      data[offset + 2] = 90;
      data[offset + 3] = onStripe ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}
