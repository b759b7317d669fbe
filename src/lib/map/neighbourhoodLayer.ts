// A geography below the districts (the neighbourhoods, MSOAs) drawn on MapLibre's map, under the district
// borders: its own tile source, added only when asked for, so none of its tiles is fetched before then. Its
// source, layers and zooms are those of its entry in the geography list. Colours come as one `match` expression
// (set again only when the measure changes); the selected neighbourhood is a filter on an outline layer.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Geography } from '../data/geographies';
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
  onClick: (hit: { msoa: string | null; district: string | null }) => void;
}

/** What this needs of MapLibre's map. */
export type LayerMap = Pick<
  MapLibreMap,
  'addSource' | 'addLayer' | 'getPaintProperty' | 'setPaintProperty' | 'setFilter' | 'getZoom' | 'on' | 'off' | 'getStyle' | 'getLayer' | 'removeLayer' | 'getSource' | 'removeSource' | 'queryRenderedFeatures'
>;

export class NeighbourhoodLayer {
  private readonly borderColour: DataDrivenPropertyValueSpecification<string>;
  private hovered: string | null = null;
  private readonly ids: ReturnType<typeof layerIds>;
  private readonly none: ExpressionSpecification;

  constructor(
    private readonly map: LayerMap,
    private readonly geography: Geography,
    tiles: BoundaryTiles,
    private readonly events: NeighbourhoodEvents,
  ) {
    const ids = (this.ids = layerIds(geography));
    this.none = ['==', ['get', geography.idProperty], ''];
    map.addSource(ids.source, { type: 'vector', tiles: tiles.tiles, bounds: [...tiles.bounds], minzoom: tiles.minzoom, maxzoom: tiles.maxzoom });
    const layer = { source: ids.source, 'source-layer': geography.sourceLayer, minzoom: geography.minZoom } as const;
    map.addLayer({ id: ids.fill, type: 'fill', ...layer, paint: { 'fill-color': NO_DATA_FILL, 'fill-antialias': false } }, DISTRICT_BORDERS);
    // Thin and light: the source files were rounded apart, so neighbouring edges may not meet exactly.
    map.addLayer({ id: ids.lines, type: 'line', ...layer, paint: { 'line-color': '#ffffff', 'line-width': 0.4, 'line-opacity': 0.8 } }, DISTRICT_BORDERS);
    map.addLayer({ id: ids.selected, type: 'line', ...layer, filter: this.none, paint: { 'line-color': OUTLINE.colour, 'line-width': OUTLINE.selectedWidth - 1 } });
    this.borderColour = map.getPaintProperty(DISTRICT_BORDERS, 'line-color') as DataDrivenPropertyValueSpecification<string>;
    map.setPaintProperty(DISTRICT_BORDERS, 'line-color', DISTRICT_BORDER_ON_NEIGHBOURHOODS);
    map.on('mousemove', this.onMove);
    map.on('mouseout', this.onOut);
    map.on('click', this.onClick);
  }

  /** Colour per neighbourhood code; null = no figure (white, as the districts' no-data fill). */
  paint(colours: ReadonlyMap<string, string | null>): void {
    const pairs = [...colours].flatMap(([code, colour]) => [code, colour ?? NO_DATA_FILL]);
    // MapLibre's type cannot say "any even number of labels and outputs"; the shape is its `match` form.
    const expression = pairs.length > 0 ? (['match', ['get', this.geography.idProperty], ...pairs, NO_DATA_FILL] as unknown as ExpressionSpecification) : NO_DATA_FILL;
    this.map.setPaintProperty(this.ids.fill, 'fill-color', expression);
  }

  select(code: string | null): void {
    this.map.setFilter(this.ids.selected, code ? ['==', ['get', this.geography.idProperty], code] : this.none);
  }

  /** Whether the map is zoomed in far enough for the neighbourhoods to be drawn. */
  shown(): boolean {
    return this.map.getZoom() >= this.geography.minZoom;
  }

  destroy(): void {
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
    this.events.onClick({ msoa: this.codeAt(event, this.ids.fill), district: this.codeAt(event, FILL_LAYER) });
  };
}
