// All imperative MapLibre code. Geometry is uploaded once; every recolouring, hover and selection is
// feature-state, so switching layers never re-sends geometry to the worker.
import { FLAT_MAP_OPTIONS, maplibregl } from './maplibre';
import type { Bounds } from '../data/types';
import type { View } from '../data/view';
import { AREA_LAYER } from './boundaries';
import { MAX_ZOOM, MIN_ZOOM } from './projection';
import { frameBox, usableBox, type Rect } from './framing';
import type { Colours, MapRenderer, RendererEvents } from './renderer';
import { AREA_SOURCE, ENGLAND_BOUNDS, FILL_LAYER, FRAMING, NO_DATA_PATTERN, hatchImage, mapStyle } from './style';
import { siteFile, type BoundaryTiles } from './tileSource';
import type { Geography } from '../data/geographies';
import { watchHandZoom } from './handZoom';
import { NeighbourhoodLayer, type NeighbourhoodEvents } from './neighbourhoodLayer';

export interface ControllerOptions extends RendererEvents {
  container: HTMLElement;
  view: View | null;
  /** The boundary tiles, as tileSource.ts reads their TileJSON; null draws the sea alone. */
  boundaries: BoundaryTiles | null;
  /** A boundary tile could not be loaded; the message names the file and the reason. */
  onFailure?: (message: string) => void;
  /** Areas recoloured per frame (default PAINT_BATCH); the bench varies it to measure the trade-off. */
  paintBatch?: number;
}

/**
 * At most this many areas are recoloured per frame. MapLibre rewrites the paint attributes of every tile
 * an area lies in, on the main thread, in the frame after the change: for 314 districts that is one short
 * frame, but recolouring 30,000 neighbourhood-sized areas at once held the main thread for up to half a
 * second. In batches no task exceeds about 0.2 s; the price is one more frame per batch, which is cheap on a
 * GPU and about 0.4 s each in software WebGL (`npm run bench` shows both).
 */
export const PAINT_BATCH = 6000;

export class MapController implements MapRenderer {
  readonly kind = 'maplibre';
  /** MapLibre's own map: touched only here and by the layers this controller adds (and the e2e test handle). */
  readonly map: maplibregl.Map;
  /** Every area the figures know, with the box to frame it by (null where the file lost it); null until setAreas. */
  private areaBounds: ReadonlyMap<string, Bounds | null> | null = null;
  private painted = new Map<string, string | null>();
  private pendingColours: Colours | null = null;
  /** Colour changes not yet handed to the map, applied PAINT_BATCH per frame. */
  private paintQueue: [code: string, colour: string | null][] = [];
  private paintScheduled = false;
  private paintWaiters: (() => void)[] = [];
  private selected: string | null = null;
  private highlighted: string | null = null;
  private hovered: string | null = null;
  /** An area to frame as soon as the areas are known (a shared link opened with an area but no view). */
  private pendingFly: string | null = null;
  private covered: readonly Rect[] = [];
  private readonly options: ControllerOptions;
  /** Resolves when the style has been parsed, which is before the first frame is drawn (see whenLoaded). */
  private readonly styleReady: Promise<void>;

  constructor(options: ControllerOptions) {
    this.options = options;
    const camera = options.view
      ? { center: [options.view.lng, options.view.lat] as [number, number], zoom: options.view.zoom }
      : { bounds: ENGLAND_BOUNDS, fitBoundsOptions: { padding: FRAMING.englandPadding } };
    this.map = new maplibregl.Map({
      container: options.container,
      style: mapStyle(options.boundaries),
      ...camera,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      ...FLAT_MAP_OPTIONS,
    });
    this.styleReady = new Promise((resolve) => this.map.once('style.load', () => resolve()));
    // Screen readers and keyboards get the same figures from the table, search and lists; the canvas itself
    // would only announce "map", so it is hidden and kept out of the tab order.
    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-hidden', 'true');
    canvas.tabIndex = -1;
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('moveend', () => this.options.onViewChange(this.view()));
    this.map.on('error', (event) => this.reportError(event));
    if (options.boundaries) {
      this.map.addImage(NO_DATA_PATTERN, hatchImage());
      this.bindPointer();
    }
  }

  /** Codes of the areas the map colours (none before setAreas). */
  areaCodes(): string[] {
    return [...(this.areaBounds?.keys() ?? [])];
  }

  view(): View {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lng: center.lng };
  }

  /**
   * Resolves once feature-state may be set. That is the style's own load, not the map's `load`, which waits
   * for the first frame with every tile in view: colours set before the tiles arrive are applied to them as
   * they come, so the first frame with areas is already coloured.
   */
  whenLoaded(): Promise<void> {
    return this.map.isStyleLoaded() ? Promise.resolve() : this.styleReady;
  }

  /**
   * Names the areas to colour, select and frame. The boundaries themselves are already on their way: they
   * are part of the style (style.ts), so this sends no geometry anywhere.
   */
  async setAreas(bounds: ReadonlyMap<string, Bounds | null>): Promise<void> {
    await this.whenLoaded();
    if (this.areaBounds) throw new Error('the areas are set once per map');
    this.areaBounds = bounds;
    if (this.pendingColours) this.paint(this.pendingColours);
    if (this.selected) this.setFlag(this.selected, 'selected', true);
    if (this.highlighted) this.setFlag(this.highlighted, 'hover', true);
    if (this.pendingFly) this.flyTo(this.pendingFly);
    this.pendingFly = null;
  }

  /**
   * Recolours by feature-state, touching only the areas whose colour changed; never re-sends geometry.
   * A call while an earlier one is still being applied replaces what is left of it.
   */
  paint(colours: Colours): void {
    if (!this.areaBounds) {
      this.pendingColours = colours;
      return;
    }
    this.pendingColours = null;
    this.paintQueue = [];
    for (const code of this.areaBounds.keys()) {
      const colour = colours.get(code) ?? null;
      if (this.painted.has(code) && this.painted.get(code) === colour) continue;
      this.paintQueue.push([code, colour]);
    }
    if (!this.paintScheduled) this.applyPaintBatch();
  }

  /** Resolves once every colour asked for is on the map's features (a few frames for very many areas). */
  whenPainted(): Promise<void> {
    if (this.areaBounds && this.paintQueue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.paintWaiters.push(resolve));
  }

  /**
   * Resolves once the colours asked for so far are on screen: at the first `idle` after the last of them was
   * handed to MapLibre, which waits for the tiles in view too. (Setting feature-state always schedules a
   * frame, so that `idle` comes.) Never resolves while the boundaries cannot be loaded.
   */
  async whenDrawn(): Promise<void> {
    await this.whenPainted();
    await new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
  }

  private readonly applyPaintBatch = (): void => {
    this.paintScheduled = false;
    for (const [code, colour] of this.paintQueue.splice(0, this.options.paintBatch ?? PAINT_BATCH)) {
      this.painted.set(code, colour);
      this.map.setFeatureState({ source: AREA_SOURCE, sourceLayer: AREA_LAYER, id: code }, { colour, noData: colour === null });
    }
    if (this.paintQueue.length > 0) {
      // The next batch goes in once this one has been drawn.
      this.paintScheduled = true;
      this.map.once('render', this.applyPaintBatch);
      return;
    }
    for (const resolve of this.paintWaiters.splice(0)) resolve();
  };

  select(code: string | null): void {
    if (code === this.selected) return;
    if (this.selected) this.setFlag(this.selected, 'selected', false);
    this.selected = code;
    if (code) this.setFlag(code, 'selected', true);
  }

  /** Outline an area from outside the map (a list entry or a scatter dot). */
  highlight(code: string | null): void {
    if (code === this.highlighted) return;
    if (this.highlighted && this.highlighted !== this.hovered) this.setFlag(this.highlighted, 'hover', false);
    this.highlighted = code;
    if (code) this.setFlag(code, 'hover', true);
  }

  /** Frames an area; an empty or degenerate box is ignored rather than sending the camera to 0,0. */
  flyTo(code: string): void {
    if (!this.areaBounds) {
      this.pendingFly = code;
      return;
    }
    const box = usableBox(this.areaBounds.get(code));
    const view = box && frameBox(box, this.size(), this.covered, FRAMING.areaPadding, FRAMING.areaMaxZoom);
    if (!view) return;
    const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map.flyTo({ center: [view.lng, view.lat], zoom: view.zoom, animate: !reduceMotion, duration: 800 });
  }

  jumpTo(view: View | null): void {
    const camera = view ?? frameBox(ENGLAND_BOUNDS, this.size(), this.covered, FRAMING.englandPadding);
    if (camera) this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  }

  cover(panels: readonly Rect[]): void {
    this.covered = panels;
  }

  /** The drawing buffer is only readable during the frame that drew it: copied then, once the tiles in view are in. */
  async snapshot(): Promise<HTMLCanvasElement> {
    await this.whenPainted();
    if (!this.map.loaded() || this.map.isMoving()) await new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')?.drawImage(source, 0, 0);
        resolve(copy);
      });
      this.map.triggerRepaint();
    });
  }

  /** Draws a frame now: a camera MapLibre rounds to the one it has draws none, and `idle` would never come without one. */
  redraw(): void {
    this.map.triggerRepaint();
  }

  /** Calls `onZoom(from, to)` after each zoom made by hand (handZoom.ts); returns the function that stops. */
  onHandZoom(onZoom: (from: number, to: number) => void): () => void {
    return watchHandZoom(this.map, onZoom);
  }

  /** Draws a geography below the districts (its entry in the geography list) from its tiles; destroy() removes it. */
  addGeography(geography: Geography, tiles: BoundaryTiles, events: NeighbourhoodEvents): NeighbourhoodLayer {
    return new NeighbourhoodLayer(this.map, geography, tiles, events);
  }

  private size(): { width: number; height: number } {
    const container = this.map.getContainer();
    return { width: container.clientWidth, height: container.clientHeight };
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.paintQueue = [];
    this.map.remove();
  }

  private setFlag(code: string, key: 'selected' | 'hover', value: boolean): void {
    // Before setAreas no area is known; setAreas applies the selection and highlight itself.
    if (!this.areaBounds?.has(code)) return;
    this.map.setFeatureState({ source: AREA_SOURCE, sourceLayer: AREA_LAYER, id: code }, { [key]: value });
  }

  /**
   * A boundary file that cannot be loaded leaves the map without areas: the page says so, naming the file.
   * Any other error is logged, as MapLibre would without this listener.
   */
  private reportError(event: { error?: unknown; sourceId?: unknown }): void {
    const failed = event.error as { status?: unknown; url?: unknown; message?: unknown } | undefined;
    if (event.sourceId !== AREA_SOURCE || !this.options.onFailure) {
      console.error(failed?.message ?? event.error);
      return;
    }
    const url = typeof failed?.url === 'string' ? failed.url : null;
    const file = url ? siteFile(url) : 'the boundary tiles';
    const reason = typeof failed?.status === 'number' && failed.status > 0 ? `HTTP ${failed.status}` : String(failed?.message ?? 'unknown error');
    this.options.onFailure(`the boundaries could not be downloaded: ${file} (${reason})`);
  }

  private bindPointer(): void {
    const map = this.map;
    map.on('mousemove', FILL_LAYER, (event) => {
      const code = event.features?.[0]?.properties?.code;
      if (typeof code !== 'string') return;
      if (code !== this.hovered) {
        if (this.hovered && this.hovered !== this.highlighted) this.setFlag(this.hovered, 'hover', false);
        this.hovered = code;
        this.setFlag(code, 'hover', true);
      }
      map.getCanvas().style.cursor = 'pointer';
      this.options.onHover(code, { x: event.point.x, y: event.point.y });
    });
    map.on('mouseleave', FILL_LAYER, () => {
      if (this.hovered && this.hovered !== this.highlighted) this.setFlag(this.hovered, 'hover', false);
      this.hovered = null;
      map.getCanvas().style.cursor = '';
      this.options.onHover(null, null);
    });
    map.on('click', (event) => {
      const hit = map.queryRenderedFeatures(event.point, { layers: [FILL_LAYER] })[0];
      const code = hit?.properties?.code;
      this.options.onClick(typeof code === 'string' ? code : null);
    });
  }
}
