// The gap view's change map: the upper-tier areas of 2023 on a small MapLibre map of their own (their tiles,
// fetched only when it is shown), coloured by class, areas without a figure hatched, the one pointed at and
// the one chosen outlined. It knows colours and codes only; the words are the component's.
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { GEOGRAPHIES } from '../data/geographies';
import { FLAT_MAP_OPTIONS, maplibregl } from './maplibre';
import { ENGLAND_BOUNDS, NO_DATA_FILL, NO_DATA_PATTERN, OUTLINE, SEA_COLOUR, hatchImage } from './style';
import type { BoundaryTiles } from './tileSource';

const UTLA = GEOGRAPHIES.utla2023;
const SOURCE = 'utla';
export const CHANGE_FILL = 'utla-fill';
const NO_DATA = 'utla-no-data';
const HOVER = 'utla-hover';
const SELECTED = 'utla-selected';
/** England's upper-tier areas at most this close: the source is super-generalised, so deeper shows nothing new. */
const MAX_ZOOM = 9;

export interface ChangeMapEvents {
  /** The area under the pointer (null when over none) and where the pointer is, in the map's pixels. */
  onHover: (code: string | null, point: { x: number; y: number } | null) => void;
  /** A click: the area hit, or null for the sea. */
  onClick: (code: string | null) => void;
}

const code = ['get', UTLA.idProperty] as ExpressionSpecification;
const only = (codes: readonly string[]): FilterSpecification => ['in', code, ['literal', codes]] as FilterSpecification;

export class ChangeMap {
  readonly map: MapLibreMap;
  private hovered: string | null = null;

  /** Throws MapLibre's error where it cannot run (no WebGL 2). */
  constructor(container: HTMLElement, tiles: BoundaryTiles, private readonly events: ChangeMapEvents) {
    const layer = { source: SOURCE, 'source-layer': UTLA.sourceLayer } as const;
    this.map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { [SOURCE]: { type: 'vector', tiles: tiles.tiles, bounds: [...tiles.bounds], minzoom: tiles.minzoom, maxzoom: tiles.maxzoom } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': SEA_COLOUR } },
          { id: CHANGE_FILL, type: 'fill', ...layer, paint: { 'fill-color': NO_DATA_FILL, 'fill-antialias': false } },
          { id: NO_DATA, type: 'fill', ...layer, filter: only([]), paint: { 'fill-pattern': NO_DATA_PATTERN } },
          { id: 'utla-lines', type: 'line', ...layer, paint: { 'line-color': '#ffffff', 'line-width': 0.6 } },
          { id: HOVER, type: 'line', ...layer, filter: only([]), paint: { 'line-color': OUTLINE.colour, 'line-width': OUTLINE.hoverWidth } },
          { id: SELECTED, type: 'line', ...layer, filter: only([]), paint: { 'line-color': OUTLINE.colour, 'line-width': OUTLINE.selectedWidth } },
        ],
      },
      bounds: ENGLAND_BOUNDS,
      fitBoundsOptions: { padding: 8 },
      minZoom: UTLA.minZoom,
      maxZoom: MAX_ZOOM,
      ...FLAT_MAP_OPTIONS,
      // Inside a page that scrolls: one finger or the wheel scrolls the page; two fingers or Ctrl move the map.
      cooperativeGestures: true,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addImage(NO_DATA_PATTERN, hatchImage());
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // The table beside the map gives keyboards and screen readers the same figures; the canvas is a picture.
    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-hidden', 'true');
    canvas.tabIndex = -1;
    this.map.on('mousemove', this.onMove);
    this.map.on('mouseout', this.onOut);
    this.map.on('click', this.onClick);
  }

  /** Resolves once the style is parsed, after which it may be painted and filtered. */
  whenLoaded(): Promise<void> {
    return this.map.isStyleLoaded() ? Promise.resolve() : new Promise((resolve) => this.map.once('style.load', () => resolve()));
  }

  /** Colour per area code; null = no figure, drawn hatched on white. */
  paint(colours: ReadonlyMap<string, string | null>): void {
    const pairs = [...colours].flatMap(([c, colour]) => [c, colour ?? NO_DATA_FILL]);
    // MapLibre's type cannot say "any even number of labels and outputs"; the shape is its `match` form.
    const fill = pairs.length > 0 ? (['match', code, ...pairs, NO_DATA_FILL] as unknown as ExpressionSpecification) : NO_DATA_FILL;
    this.map.setPaintProperty(CHANGE_FILL, 'fill-color', fill);
    this.map.setFilter(NO_DATA, only([...colours].flatMap(([c, colour]) => (colour === null ? [c] : []))));
  }

  select(selected: string | null): void {
    this.map.setFilter(SELECTED, only(selected ? [selected] : []));
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }

  private codeAt(event: MapMouseEvent): string | null {
    const hit = this.map.queryRenderedFeatures(event.point, { layers: [CHANGE_FILL] })[0]?.properties?.[UTLA.idProperty];
    return typeof hit === 'string' ? hit : null;
  }

  private readonly onMove = (event: MapMouseEvent): void => {
    const hit = this.codeAt(event);
    if (hit !== this.hovered) this.map.setFilter(HOVER, only(hit ? [hit] : []));
    this.hovered = hit;
    this.events.onHover(hit, hit ? { x: event.point.x, y: event.point.y } : null);
  };

  private readonly onOut = (): void => {
    this.hovered = null;
    this.map.setFilter(HOVER, only([]));
    this.events.onHover(null, null);
  };

  private readonly onClick = (event: MapMouseEvent): void => {
    this.events.onClick(this.codeAt(event));
  };
}
