// All imperative MapLibre code. Geometry is uploaded once; every recolouring, hover and selection is
// feature-state, so switching layers never re-sends geometry to the worker.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { View } from '../state/url';
import {
  AREA_SOURCE,
  ENGLAND_BOUNDS,
  FILL_LAYER,
  HOVER_LAYER,
  NO_DATA_FILL,
  NO_DATA_LAYER,
  NO_DATA_PATTERN,
  REGION_SOURCE,
  SELECTED_LAYER,
  baseStyle,
  hatchImage,
} from './style';

maplibregl.setWorkerUrl(workerUrl);
startWorker();

/**
 * Starts MapLibre's worker before the map exists. Created with the map, inside the long task that mounts
 * the app, the browser only fetched and compiled its 520 KB script once that task and the next had ended,
 * and the worker first answered about 1.3 s after navigation; started from index.html (a production build:
 * vite.config.ts, `earlyMapWorker`) it answers as soon as the map asks, about 0.7 s (`npm run bench`).
 * That worker is handed to MapLibre here, which would otherwise start a second one. `prewarm` also keeps
 * the worker if the map is removed and made again.
 */
function startWorker(): void {
  const holder = globalThis as { __mapWorker?: Worker; Worker?: typeof Worker };
  const early = holder.__mapWorker;
  const NativeWorker = holder.Worker;
  if (!early || !NativeWorker) {
    maplibregl.prewarm();
    return;
  }
  delete holder.__mapWorker;
  const sameScript = (url: string | URL): boolean => new URL(String(url), location.href).href === new URL(workerUrl, location.href).href;
  // MapLibre creates its worker with `new Worker(url)`, synchronously inside prewarm(); for that one call
  // the constructor returns the worker that is already running.
  holder.Worker = function AdoptEarlyWorker(url: string | URL, options?: WorkerOptions): Worker {
    return sameScript(url) ? early : new NativeWorker(url, options);
  } as unknown as typeof Worker;
  try {
    maplibregl.prewarm();
  } finally {
    holder.Worker = NativeWorker;
  }
}

export interface AreaProperties {
  code: string;
  name: string;
}

export interface MapGeometry {
  areas: FeatureCollection<Geometry, AreaProperties>;
  regionBorders: MultiLineString;
}

export interface ControllerOptions {
  container: HTMLElement;
  view: View | null;
  onHover: (code: string | null, point: { x: number; y: number } | null) => void;
  /** Null when the click landed on the sea. */
  onClick: (code: string | null) => void;
  onViewChange: (view: View) => void;
  /** Areas recoloured per frame (default PAINT_BATCH); the bench varies it to measure the trade-off. */
  paintBatch?: number;
}

type Colours = ReadonlyMap<string, string | null>;

/**
 * At most this many areas are recoloured per frame. MapLibre rewrites the paint attributes of every tile
 * an area lies in, on the main thread, in the frame after the change: for 314 districts that is one short
 * frame, but recolouring 30,000 neighbourhood-sized areas at once held the main thread for up to half a
 * second. In batches no task exceeds about 0.2 s; the price is one more frame per batch, which is cheap on a
 * GPU and about 0.4 s each in software WebGL (`npm run bench` shows both).
 */
export const PAINT_BATCH = 6000;

export class MapController {
  readonly map: maplibregl.Map;
  private features = new Map<string, Feature<Geometry, AreaProperties>>();
  private painted = new Map<string, string | null>();
  private pendingColours: Colours | null = null;
  /** Colour changes not yet handed to the map, applied PAINT_BATCH per frame. */
  private paintQueue: [code: string, colour: string | null][] = [];
  private paintScheduled = false;
  private paintWaiters: (() => void)[] = [];
  private selected: string | null = null;
  private highlighted: string | null = null;
  private hovered: string | null = null;
  private geometryReady = false;
  /** An area to frame as soon as the geometry arrives (a shared link opened with an area but no view). */
  private pendingFly: string | null = null;
  private readonly options: ControllerOptions;

  constructor(options: ControllerOptions) {
    this.options = options;
    const camera = options.view
      ? { center: [options.view.lng, options.view.lat] as [number, number], zoom: options.view.zoom }
      : { bounds: ENGLAND_BOUNDS, fitBoundsOptions: { padding: 20 } };
    this.map = new maplibregl.Map({
      container: options.container,
      style: baseStyle(),
      ...camera,
      minZoom: 3,
      maxZoom: 14,
      attributionControl: false,
      // Nothing here fades: layers are all fills and lines; skipping fades lets `idle` come sooner.
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      // The PNG export copies the canvas during a render event, so the drawing buffer need not be kept.
      canvasContextAttributes: { antialias: false },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('moveend', () => this.options.onViewChange(this.view()));
  }

  /** Codes of the areas whose geometry is on the map. */
  areaCodes(): string[] {
    return [...this.features.keys()];
  }

  view(): View {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lng: center.lng };
  }

  /** Resolves once the style has loaded; geometry may be added before or after. */
  whenLoaded(): Promise<void> {
    return this.map.loaded() || this.map.isStyleLoaded()
      ? Promise.resolve()
      : new Promise((resolve) => this.map.once('load', () => resolve()));
  }

  async setGeometry(geometry: MapGeometry): Promise<void> {
    await this.whenLoaded();
    if (this.geometryReady) throw new Error('geometry is uploaded once per map');
    for (const feature of geometry.areas.features) this.features.set(feature.properties.code, feature);
    const map = this.map;
    map.addImage(NO_DATA_PATTERN, hatchImage());
    map.addSource(AREA_SOURCE, { type: 'geojson', data: geometry.areas, promoteId: 'code' });
    map.addSource(REGION_SOURCE, { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: geometry.regionBorders } });
    map.addLayer({
      id: FILL_LAYER,
      type: 'fill',
      source: AREA_SOURCE,
      paint: { 'fill-color': ['coalesce', ['feature-state', 'colour'], NO_DATA_FILL] },
    });
    map.addLayer({
      id: NO_DATA_LAYER,
      type: 'fill',
      source: AREA_SOURCE,
      paint: {
        'fill-pattern': NO_DATA_PATTERN,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'noData'], false], 1, 0],
      },
    });
    map.addLayer({
      id: 'area-borders',
      type: 'line',
      source: AREA_SOURCE,
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 1.2] },
    });
    map.addLayer({
      id: 'region-borders',
      type: 'line',
      source: REGION_SOURCE,
      paint: { 'line-color': '#4d4d4d', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 2] },
    });
    map.addLayer({
      id: HOVER_LAYER,
      type: 'line',
      source: AREA_SOURCE,
      paint: {
        'line-color': '#000000',
        'line-width': 2,
        'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
      },
    });
    map.addLayer({
      id: SELECTED_LAYER,
      type: 'line',
      source: AREA_SOURCE,
      paint: {
        'line-color': '#000000',
        'line-width': 3.5,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    });
    this.geometryReady = true;
    this.bindPointer();
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
    if (!this.geometryReady) {
      this.pendingColours = colours;
      return;
    }
    this.pendingColours = null;
    this.paintQueue = [];
    for (const code of this.features.keys()) {
      const colour = colours.get(code) ?? null;
      if (this.painted.has(code) && this.painted.get(code) === colour) continue;
      this.paintQueue.push([code, colour]);
    }
    if (!this.paintScheduled) this.applyPaintBatch();
  }

  /** Resolves once every colour asked for is on the map's features (a few frames for very many areas). */
  whenPainted(): Promise<void> {
    if (this.geometryReady && this.paintQueue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.paintWaiters.push(resolve));
  }

  private readonly applyPaintBatch = (): void => {
    this.paintScheduled = false;
    for (const [code, colour] of this.paintQueue.splice(0, this.options.paintBatch ?? PAINT_BATCH)) {
      this.painted.set(code, colour);
      this.map.setFeatureState({ source: AREA_SOURCE, id: code }, { colour, noData: colour === null });
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
    if (this.selected && this.geometryReady) this.setFlag(this.selected, 'selected', false);
    this.selected = code;
    if (code && this.geometryReady) this.setFlag(code, 'selected', true);
  }

  /** Outline an area from outside the map (a list entry or a scatter dot). */
  highlight(code: string | null): void {
    if (code === this.highlighted) return;
    if (this.highlighted && this.highlighted !== this.hovered && this.geometryReady) this.setFlag(this.highlighted, 'hover', false);
    this.highlighted = code;
    if (code && this.geometryReady) this.setFlag(code, 'hover', true);
  }

  /** Frames an area; an empty or degenerate box is ignored rather than sending the camera to 0,0. */
  flyTo(code: string): void {
    if (!this.geometryReady) {
      this.pendingFly = code;
      return;
    }
    const feature = this.features.get(code);
    if (!feature) return;
    const [west, south, east, north] = bbox(feature);
    const usable = [west, south, east, north].every((n) => Number.isFinite(n)) && east > west && north > south;
    if (!usable) return;
    const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map.fitBounds([[west, south], [east, north]], { padding: 60, maxZoom: 9, animate: !reduceMotion, duration: 800 });
  }

  jumpTo(view: View | null): void {
    if (view) this.map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
    else this.map.fitBounds(ENGLAND_BOUNDS, { padding: 20, animate: false });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.paintQueue = [];
    this.map.remove();
  }

  private setFlag(code: string, key: 'selected' | 'hover', value: boolean): void {
    if (!this.features.has(code)) return;
    this.map.setFeatureState({ source: AREA_SOURCE, id: code }, { [key]: value });
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
