// A geography below the districts (the neighbourhoods, MSOAs) drawn on MapLibre's map, under the district
// borders: its own tile source, added only when asked for, so none of its tiles is fetched before then. Its
// source, layers and zooms are those of its entry in the geography list. Colours are feature-state, keyed by the
// area's code, handed over a slice per frame (colourQueue.ts); the selected area is a filter on an outline layer.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Geography } from '../data/geographies';
import { colourChanges, takeSlice, type AreaColours } from './colourQueue';
import { FILL_LAYER, NO_DATA_FILL, OUTLINE } from './style';
import type { BoundaryTiles } from './tileSource';

/** The MapLibre source and layer ids of a geography: named after its tile layer ("msoa", "msoa-fill"). */
export function layerIds(geography: Geography): { source: string; fill: string; lines: string; selected: string } {
  const id = geography.sourceLayer;
  return { source: id, fill: `${id}-fill`, lines: `${id}-lines`, selected: `${id}-selected` };
}
/** Drawn above the neighbourhoods: the districts' own borders, darker while neighbourhoods show. */
const DISTRICT_BORDERS = 'area-borders';
const DISTRICT_BORDER_ON_NEIGHBOURHOODS = '#1a1a1a';

export interface NeighbourhoodEvents {
  /** The neighbourhood under the pointer (null when over none) and where the pointer is. */
  onHover: (code: string | null, point: { x: number; y: number } | null) => void;
  /** A click: the neighbourhood hit, else the district hit, else neither (the sea). */
  onClick: (hit: { area: string | null; district: string | null }) => void;
}

/** What this needs of MapLibre's map. */
export type LayerMap = Pick<
  MapLibreMap,
  | 'addSource'
  | 'addLayer'
  | 'getPaintProperty'
  | 'setPaintProperty'
  | 'setFilter'
  | 'setFeatureState'
  | 'getZoom'
  | 'on'
  | 'once'
  | 'off'
  | 'getStyle'
  | 'getLayer'
  | 'removeLayer'
  | 'getSource'
  | 'removeSource'
  | 'queryRenderedFeatures'
>;

/**
 * Neighbourhood colours handed to MapLibre per frame. As one `match` expression over all 6,791 codes, a
 * recolouring had MapLibre parse and check the expression on the main thread and then cut every loaded
 * neighbourhood tile again in its worker and read them back: tasks of 0.8 and 0.95 s on a phone at 4× CPU
 * slowdown (npm run bench, the neighbourhood zoom case). As feature-state nothing is cut again; MapLibre
 * rewrites the colours of the loaded tiles' features, on the main thread, in the frame after each slice.
 */
export const MSOA_PAINT_SLICE = 2000;

export class NeighbourhoodLayer {
  private readonly borderColour: DataDrivenPropertyValueSpecification<string>;
  private hovered: string | null = null;
  private readonly ids: ReturnType<typeof layerIds>;
  private readonly none: ExpressionSpecification;
  private readonly painted = new Map<string, string | null>();
  /** Colour changes not yet handed to the map, MSOA_PAINT_SLICE per frame. */
  private queue: [code: string, colour: string | null][] = [];
  private sliceScheduled = false;
  private destroyed = false;

  constructor(
    private readonly map: LayerMap,
    private readonly geography: Geography,
    tiles: BoundaryTiles,
    private readonly events: NeighbourhoodEvents,
  ) {
    const ids = (this.ids = layerIds(geography));
    this.none = ['==', ['get', geography.idProperty], ''];
    map.addSource(ids.source, {
      type: 'vector',
      tiles: tiles.tiles,
      bounds: [...tiles.bounds],
      minzoom: tiles.minzoom,
      maxzoom: tiles.maxzoom,
      promoteId: { [geography.sourceLayer]: geography.idProperty },
    });
    const layer = { source: ids.source, 'source-layer': geography.sourceLayer, minzoom: geography.minZoom } as const;
    // No colour (not painted yet, or no figure): white, as the districts' no-data fill.
    const fill: ExpressionSpecification = ['coalesce', ['feature-state', 'colour'], NO_DATA_FILL];
    map.addLayer({ id: ids.fill, type: 'fill', ...layer, paint: { 'fill-color': fill, 'fill-antialias': false } }, DISTRICT_BORDERS);
    // Thin and light: the source files were rounded apart, so neighbouring edges may not meet exactly.
    map.addLayer({ id: ids.lines, type: 'line', ...layer, paint: { 'line-color': '#ffffff', 'line-width': 0.4, 'line-opacity': 0.8 } }, DISTRICT_BORDERS);
    map.addLayer({ id: ids.selected, type: 'line', ...layer, filter: this.none, paint: { 'line-color': OUTLINE.colour, 'line-width': OUTLINE.selectedWidth - 1 } });
    this.borderColour = map.getPaintProperty(DISTRICT_BORDERS, 'line-color') as DataDrivenPropertyValueSpecification<string>;
    map.setPaintProperty(DISTRICT_BORDERS, 'line-color', DISTRICT_BORDER_ON_NEIGHBOURHOODS);
    map.on('mousemove', this.onMove);
    map.on('mouseout', this.onOut);
    map.on('click', this.onClick);
  }

  /**
   * Colour per neighbourhood code; null = no figure (white, as the districts' no-data fill). Only what changed
   * is handed over; a call while an earlier one is still going in replaces what is left of it.
   */
  paint(colours: AreaColours): void {
    this.queue = colourChanges(this.painted, colours);
    if (!this.sliceScheduled) this.applySlice();
  }

  private readonly applySlice = (): void => {
    this.sliceScheduled = false;
    if (this.destroyed) return;
    for (const [code, colour] of takeSlice(this.queue, MSOA_PAINT_SLICE)) {
      this.painted.set(code, colour);
      this.map.setFeatureState({ source: this.ids.source, sourceLayer: this.geography.sourceLayer, id: code }, { colour });
    }
    if (this.queue.length === 0) return;
    // The next slice goes in once this one has been drawn.
    this.sliceScheduled = true;
    this.map.once('render', this.applySlice);
  };

  select(code: string | null): void {
    this.map.setFilter(this.ids.selected, code ? ['==', ['get', this.geography.idProperty], code] : this.none);
  }

  /** Whether the map is zoomed in far enough for the neighbourhoods to be drawn. */
  shown(): boolean {
    return this.map.getZoom() >= this.geography.minZoom;
  }

  destroy(): void {
    this.destroyed = true;
    this.queue = [];
    this.map.off('render', this.applySlice);
    this.map.off('mousemove', this.onMove);
    this.map.off('mouseout', this.onOut);
    this.map.off('click', this.onClick);
    if (!this.map.getStyle()) return;
    for (const id of [this.ids.selected, this.ids.lines, this.ids.fill]) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(this.ids.source)) this.map.removeSource(this.ids.source);
    this.map.setPaintProperty(DISTRICT_BORDERS, 'line-color', this.borderColour);
  }

  private codeAt(event: MapMouseEvent, layer: string): string | null {
    if (!this.map.getLayer(layer)) return null;
    const code = this.map.queryRenderedFeatures(event.point, { layers: [layer] })[0]?.properties?.[this.geography.idProperty];
    return typeof code === 'string' ? code : null;
  }

  private readonly onMove = (event: MapMouseEvent): void => {
    const code = this.codeAt(event, this.ids.fill);
    if (code === this.hovered && code === null) return;
    this.hovered = code;
    this.events.onHover(code, code ? { x: event.point.x, y: event.point.y } : null);
  };

  private readonly onOut = (): void => {
    this.hovered = null;
    this.events.onHover(null, null);
  };

  private readonly onClick = (event: MapMouseEvent): void => {
    this.events.onClick({ area: this.codeAt(event, this.ids.fill), district: this.codeAt(event, FILL_LAYER) });
  };
}
