// Which renderer is drawing, and the hand-over between them. The SVG map (canvasRenderer.ts) is on screen
// first: it needs only its paths and the figures. MapLibre (controller.ts, a chunk of its own with
// maplibre-gl) is loaded once the coloured SVG map has been painted and the page is quiet (quiet.ts), or at once on the
// first gesture that asks for more than the SVG map does (a wheel, a drag, a pinch). It is made on the SVG
// map's camera, kept hidden until it has drawn every area in its colours, and only then shown, in the same
// frame as the SVG map is removed: the same pixels, so nothing visibly changes. Without WebGL the SVG map
// stays and is the map. Everything asked of the stage is kept, so a renderer that arrives late is told it.
import type { Bounds } from '../data/types';
import type { View } from '../data/view';
import type { MapController } from './controller';
import type { Rect } from './framing';
import { FIRST_COLOURED_PAINT, type Colours, type RendererEvents } from './renderer';
import { whenPageQuiet } from './quiet';
import { whenContentShown } from './schedule';
import { CanvasRenderer } from './canvasRenderer';
import type { SvgBoundaries } from './svgBoundaries';
import type { BoundaryTiles } from './tileSource';
import { nextTask } from '../nextTask';

export interface StageOptions extends RendererEvents {
  container: HTMLElement;
  /** Camera from the URL at start-up; null frames England. */
  view: View | null;
  /** The SVG paths being read; a rejection only means MapLibre is started at once. */
  svg: Promise<SvgBoundaries>;
  /** The boundary tiles' TileJSON being read; a rejection is a map failure. */
  tiles: Promise<BoundaryTiles>;
  /** MapLibre's map has been made (the tests and the bench watch it from here). */
  onMapLibre: (controller: MapController) => void;
  /** A coloured map is on screen for the first time, whichever renderer drew it. */
  onDrawn: () => void;
  /** The renderer on screen changed. */
  onRenderer: (kind: 'svg' | 'maplibre') => void;
  /** MapLibre cannot run here (no WebGL 2); the SVG map stays. */
  onNoWebGl: () => void;
  /** No map can be drawn; the message says why. */
  onFailure: (message: string) => void;
}

/**
 * Events on the SVG map after which MapLibre is started at once: gestures that ask for zooming or panning,
 * which only MapLibre does, and a pointer coming onto the map, which is how such a gesture begins.
 */
const GESTURES = ['pointerenter', 'wheel', 'pointerdown', 'touchstart', 'dblclick'] as const;

export class MapStage {
  private svg: CanvasRenderer | null = null;
  private maplibre: MapController | null = null;
  private shown: 'svg' | 'maplibre' | null = null;
  private started = false;
  private removed = false;
  private drawnReported = false;
  private areas: ReadonlyMap<string, Bounds | null> | null = null;
  private colours: Colours = new Map();
  private selected: string | null = null;
  private highlighted: string | null = null;
  private covered: readonly Rect[] = [];
  /** An area to frame asked for before the SVG map could frame it (no map yet, or no area boxes): framed once it can. */
  private pendingFly: string | null = null;
  /** Whether the SVG map was made: false if its paths failed, or MapLibre came first. */
  private readonly svgMade: Promise<boolean>;
  private readonly options: StageOptions;

  constructor(options: StageOptions) {
    this.options = options;
    // Read only when MapLibre starts; until then a failure must not count as unhandled.
    options.tiles.catch(() => undefined);
    this.svgMade = options.svg.then(
      async (boundaries) => {
        // The page's first canvas drawing waits, on the main thread, for the GPU process to finish what it is
        // doing, and while it makes the page's first frame that is a long stall (bench/NOTES.md); once that
        // frame is on screen the wait is gone. Reading the boundaries and making the map from them are,
        // besides, each a long piece of work on a phone.
        await whenContentShown();
        await nextTask();
        if (this.removed || this.shown === 'maplibre') return false;
        this.showSvg(boundaries);
        return true;
      },
      () => {
        this.startMapLibre();
        return false;
      },
    );
  }

  setAreas(bounds: ReadonlyMap<string, Bounds | null>): void {
    if (this.areas) return;
    this.areas = bounds;
    void this.svg?.setAreas(bounds);
    this.maplibre?.setAreas(bounds).catch((error: unknown) => this.options.onFailure(String(error)));
    this.flyPending();
    this.afterPaint();
  }

  paint(colours: Colours): void {
    this.colours = colours;
    this.svg?.paint(colours);
    this.maplibre?.paint(colours);
    this.afterPaint();
  }

  select(code: string | null): void {
    this.selected = code;
    this.svg?.select(code);
    this.maplibre?.select(code);
  }

  highlight(code: string | null): void {
    this.highlighted = code;
    this.svg?.highlight(code);
    this.maplibre?.highlight(code);
  }

  // While the SVG map is on screen it alone has the camera; MapLibre is given it at the hand-over.
  flyTo(code: string): void {
    // MapLibre keeps an early request itself until it has the areas; the SVG map cannot frame without them.
    if (this.svg && this.areas) this.svg.flyTo(code);
    else if (!this.svg && this.maplibre) this.maplibre.flyTo(code);
    else {
      this.pendingFly = code;
      return;
    }
    this.pendingFly = null;
  }

  jumpTo(view: View | null): void {
    this.pendingFly = null;
    if (this.svg) this.svg.jumpTo(view);
    else this.maplibre?.jumpTo(view);
  }

  cover(panels: readonly Rect[]): void {
    this.covered = panels;
    this.svg?.cover(panels);
    this.maplibre?.cover(panels);
  }

  /** The map on screen as a picture; rejects while none is drawn yet. */
  snapshot(): Promise<HTMLCanvasElement> {
    const shown = this.shown === 'maplibre' ? this.maplibre : this.shown === 'svg' ? this.svg : null;
    if (!shown || !this.drawnReported) return Promise.reject(new Error('The map is still being drawn: try again in a moment.'));
    return shown.snapshot();
  }

  resize(): void {
    this.svg?.resize();
    this.maplibre?.resize();
  }

  destroy(): void {
    this.removed = true;
    this.svg?.destroy();
    this.maplibre?.destroy();
  }

  /** Starts MapLibre now rather than on a gesture or a quiet page: something only it draws was asked for. */
  startInteractive(): void {
    this.startMapLibre();
  }

  private showSvg(boundaries: SvgBoundaries): void {
    const { onHover, onClick, onViewChange } = this.options;
    this.svg = new CanvasRenderer({ container: this.options.container, boundaries, view: this.options.view, onHover, onClick, onViewChange });
    this.svg.cover(this.covered);
    if (this.areas) void this.svg.setAreas(this.areas);
    this.svg.paint(this.colours);
    this.svg.select(this.selected);
    this.svg.highlight(this.highlighted);
    this.flyPending();
    this.show('svg');
    this.afterPaint();
  }

  private flyPending(): void {
    if (this.pendingFly) this.flyTo(this.pendingFly);
  }

  private show(kind: 'svg' | 'maplibre'): void {
    this.shown = kind;
    this.options.onRenderer(kind);
  }

  /**
   * Once the SVG map has its areas and their colours: reports it drawn, then starts MapLibre on the first
   * gesture or once the page is quiet, whichever comes first.
   */
  private afterPaint(): void {
    const svg = this.svg;
    if (!svg || this.drawnReported || !this.areas || this.colours.size === 0) return;
    this.drawnReported = true;
    void svg.whenDrawn().then(() => {
      if (this.removed) return;
      performance.mark(FIRST_COLOURED_PAINT, { detail: 'svg' });
      this.options.onDrawn();
      const onGesture = (): void => this.startMapLibre();
      for (const type of GESTURES) svg.svg.addEventListener(type, onGesture, { once: true, passive: true });
      void whenPageQuiet().then(() => this.startMapLibre());
    });
  }

  private startMapLibre(): void {
    if (this.started || this.removed) return;
    this.started = true;
    warmUpWebGl();
    void Promise.all([import('./controller'), this.options.tiles]).then(
      ([{ MapController }, tiles]) => {
        if (!this.removed) this.makeMapLibre(MapController, tiles);
      },
      (error: unknown) => {
        if (!this.removed) this.options.onFailure(error instanceof Error ? error.message : String(error));
      },
    );
  }

  private makeMapLibre(Controller: typeof MapController, tiles: BoundaryTiles): void {
    const { container, onHover, onClick, onViewChange } = this.options;
    const layer = document.createElement('div');
    layer.style.cssText = 'position:absolute;inset:0';
    // Hidden, not removed from layout: it draws at its real size while the SVG map stays on screen.
    if (this.svg) layer.style.visibility = 'hidden';
    container.append(layer);
    let controller: MapController;
    try {
      controller = new Controller({
        container: layer,
        view: this.svg?.view() ?? this.options.view,
        boundaries: tiles,
        onFailure: this.options.onFailure,
        onHover,
        onClick,
        onViewChange,
      });
    } catch (error) {
      layer.remove();
      const noWebGl = error instanceof Error && error.name === 'GPUInitializationError';
      // MapLibre's own message is long and links elsewhere; say it plainly instead.
      const failure = noWebGl ? 'it needs WebGL 2, which this browser or device does not offer' : error instanceof Error ? error.message : String(error);
      // Without WebGL the SVG map is the map, even when MapLibre was asked for (a link to neighbourhoods) before it was made.
      if (noWebGl) void this.svgMade.then((made) => (made ? this.options.onNoWebGl() : this.options.onFailure(failure)));
      else this.options.onFailure(failure);
      return;
    }
    this.maplibre = controller;
    controller.cover(this.covered);
    if (this.areas) controller.setAreas(this.areas).catch((error: unknown) => this.options.onFailure(String(error)));
    controller.paint(this.colours);
    controller.select(this.selected);
    controller.highlight(this.highlighted);
    // Made without the SVG map (its paths failed): it frames what was asked of the stage meanwhile.
    if (!this.svg) this.flyPending();
    this.options.onMapLibre(controller);
    void this.handOver(controller, layer);
  }

  /** Shows MapLibre once it has drawn every area's colour, in the frame the SVG map goes. */
  private async handOver(controller: MapController, layer: HTMLElement): Promise<void> {
    // Resolves only once the areas are named and coloured and the tiles in view are drawn.
    await controller.whenDrawn();
    // The SVG map may have moved meanwhile (a gesture, a search): MapLibre follows it before it is shown.
    for (let tries = 0; tries < 5 && this.svg && !this.removed && !sameView(this.svg.view(), controller.view()); tries += 1) {
      controller.jumpTo(this.svg.view());
      controller.redraw();
      await controller.whenDrawn();
    }
    if (this.removed) return;
    layer.style.visibility = '';
    this.svg?.destroy();
    this.svg = null;
    this.show('maplibre');
    if (!this.drawnReported) {
      this.drawnReported = true;
      performance.mark(FIRST_COLOURED_PAINT, { detail: 'maplibre' });
      this.options.onDrawn();
    }
  }
}

function sameView(a: View, b: View): boolean {
  return Math.abs(a.zoom - b.zoom) < 1e-6 && Math.abs(a.lat - b.lat) < 1e-7 && Math.abs(a.lng - b.lng) < 1e-7;
}

/**
 * The first WebGL context a page opens costs 0.2–0.3 s of GPU start-up in software WebGL, and when the map
 * opens it that time blocks the main thread. A throwaway worker pays it off the main thread while
 * MapLibre's chunk downloads; the map's own context then opens in a few milliseconds.
 */
function warmUpWebGl(): void {
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return;
  const script = 'try{new OffscreenCanvas(1,1).getContext("webgl2")}finally{close()}';
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  new Worker(url);
  URL.revokeObjectURL(url);
}
