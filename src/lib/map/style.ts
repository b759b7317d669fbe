// An offline style: no tiles, glyphs, sprites or fonts, so the map never asks the network for anything.
// Area names are shown in HTML (tooltip, panels), not as map labels, which would need glyphs.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { AREA_LAYER, REGION_LAYER } from './boundaries';
import type { BoundaryTiles } from './tileSource';

/** The vector tile source holding both the districts and the region borders (src/lib/map/boundaries.ts). */
export const AREA_SOURCE = 'areas';
export const FILL_LAYER = 'area-fill';
export const NO_DATA_LAYER = 'area-no-data';
/** One line layer for the selected area's outline and the outline of the one pointed at. */
export const OUTLINE_LAYER = 'area-outline';
export const NO_DATA_PATTERN = 'no-data-hatch';

export const SEA_COLOUR = '#eef2f5';
// Under the hatch: white, lighter than every palette's lightest class, so "no data" never reads as a class.
export const NO_DATA_FILL = '#ffffff';

export const ENGLAND_BOUNDS: [[number, number], [number, number]] = [
  [-6.42, 49.86],
  [1.77, 55.82],
];
/** How both renderers frame England (no view in the URL) and an area chosen in the search, table or lists. */
export const FRAMING = { englandPadding: 20, areaPadding: 60, areaMaxZoom: 9 } as const;

/** Line widths in pixels as [zoom, width] stops: linear between them, constant beyond (as MapLibre's interpolate). */
export type WidthStops = readonly (readonly [zoom: number, width: number])[];
export const AREA_BORDER = { colour: '#ffffff', width: [[5, 0.3], [9, 1.2]] as WidthStops };
export const REGION_BORDER = { colour: '#4d4d4d', width: [[5, 0.8], [9, 2]] as WidthStops };
/** The black outline of the selected area (thicker) and of the one pointed at. */
export const OUTLINE = { colour: '#000000', selectedWidth: 3.5, hoverWidth: 2 };

/** The width a line has at `zoom`, for a renderer that is not MapLibre. */
export function widthAt(stops: WidthStops, zoom: number): number {
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  const upper = stops.findIndex(([stopZoom]) => stopZoom >= zoom);
  const [z0, w0] = stops[upper - 1]!;
  const [z1, w1] = stops[upper]!;
  return w0 + ((w1 - w0) * (zoom - z0)) / (z1 - z0);
}

const byZoom = (stops: WidthStops): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;

const BACKGROUND: LayerSpecification = { id: 'background', type: 'background', paint: { 'background-color': SEA_COLOUR } };

/** Fully transparent: an area not yet given a colour shows the sea, not a colour it does not have. */
const UNPAINTED = 'rgba(0, 0, 0, 0)';

/**
 * The whole map style. With `boundaries` (the tile set's TileJSON, read by the page: tileSource.ts) the
 * district tiles and every layer drawn from them are part of the style from the start, so MapLibre asks for
 * the tiles in its first frame, while the figures are still being read; colours then arrive as feature-state
 * (controller.ts). Without it: the sea only, the empty map the benchmark compares the app with.
 */
export function mapStyle(boundaries: BoundaryTiles | null): StyleSpecification {
  if (!boundaries) return { version: 8, sources: {}, layers: [BACKGROUND] };
  const areas = { source: AREA_SOURCE, 'source-layer': AREA_LAYER } as const;
  const flagged = (key: 'noData' | 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
  return {
    version: 8,
    sources: {
      // Feature-state is keyed by the district code, so colours survive tiles being reloaded at a new zoom.
      [AREA_SOURCE]: {
        type: 'vector',
        tiles: boundaries.tiles,
        bounds: [...boundaries.bounds],
        minzoom: boundaries.minzoom,
        maxzoom: boundaries.maxzoom,
        promoteId: { [AREA_LAYER]: 'code' },
      },
    },
    layers: [
      BACKGROUND,
      {
        id: FILL_LAYER,
        type: 'fill',
        ...areas,
        paint: {
          'fill-color': ['case', flagged('noData'), NO_DATA_FILL, ['coalesce', ['feature-state', 'colour'], UNPAINTED]],
          // The borders layer draws every edge; MapLibre's own outline pass would draw them all again.
          'fill-antialias': false,
        },
      },
      {
        id: NO_DATA_LAYER,
        type: 'fill',
        ...areas,
        paint: { 'fill-pattern': NO_DATA_PATTERN, 'fill-opacity': ['case', flagged('noData'), 1, 0], 'fill-antialias': false },
      },
      {
        id: 'area-borders',
        type: 'line',
        ...areas,
        paint: { 'line-color': AREA_BORDER.colour, 'line-width': byZoom(AREA_BORDER.width) },
      },
      {
        id: 'region-borders',
        type: 'line',
        source: AREA_SOURCE,
        'source-layer': REGION_LAYER,
        paint: { 'line-color': REGION_BORDER.colour, 'line-width': byZoom(REGION_BORDER.width) },
      },
      {
        // One layer for both outlines: MapLibre rewrites the paint values of every layer that reads
        // feature-state whenever any area's state changes (a recolouring included), so each such layer
        // costs main-thread time on every switch; with 30,000 areas, a separate hover layer cost as much as
        // the fill (npm run bench).
        id: OUTLINE_LAYER,
        type: 'line',
        ...areas,
        paint: {
          'line-color': OUTLINE.colour,
          'line-width': ['case', flagged('selected'), OUTLINE.selectedWidth, flagged('hover'), OUTLINE.hoverWidth, 0],
          'line-opacity': ['case', ['any', flagged('selected'), flagged('hover')], 1, 0],
        },
      },
    ],
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
