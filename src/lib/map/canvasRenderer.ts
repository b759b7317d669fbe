// The light map: the 314 districts, placed by a viewBox on the same Web Mercator pixels as MapLibre
// (projection.ts). It paints as soon as the paths and the figures are in, long before MapLibre could, and it
// is the whole map where there is no WebGL. It frames an area by moving its viewBox; it has no gestures of
// its own (zooming by hand is MapLibre's).
//
// The districts are SVG paths (svgBoundaries.ts), kept for pointer events, their fills (which the tests
// read) and their geometry, but hidden: their pixels come from a canvas the same paths are drawn on. The
// canvas asks to be read often, which keeps it in memory and drawn by the CPU, so the page's first frame
// does not wait for 314 complex paths to be rasterised on the GPU, or on a software GPU where there is none
// (bench/README.md has the figures). Only the outlines of the selected and pointed-at areas are drawn as SVG.
import type { Bounds } from '../data/types';
import type { View } from '../data/view';
import { MAX_ZOOM, MIN_ZOOM, fitBox, latAt, lngAt, viewBox, worldX, worldY, type LngLatBox, type Size } from './projection';
import { frameBox, usableBox, type Rect } from './framing';
import type { Colours, MapRenderer, RendererEvents } from './renderer';
import { AREA_BORDER, ENGLAND_BOUNDS, FRAMING, NO_DATA_FILL, OUTLINE, REGION_BORDER, hatchImage, widthAt } from './style';
import type { SvgBoundaries } from './svgBoundaries';

const SVG = 'http://www.w3.org/2000/svg';

export interface CanvasRendererOptions extends RendererEvents {
  container: HTMLElement;
  boundaries: SvgBoundaries;
  /** Camera from the URL; null frames England as MapLibre would (ENGLAND_BOUNDS, FRAMING). */
  view: View | null;
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The no-data hatch, pixel for pixel the image MapLibre draws it with (style.ts), on its white ground. */
function hatchTile(): HTMLCanvasElement {
  const image = hatchImage();
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  // Kept on the CPU like the map's own canvas: a canvas drawn on the GPU would make the page open a GPU context for it.
  const context = tile.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = NO_DATA_FILL;
  context.fillRect(0, 0, image.width, image.height);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const offset = (y * image.width + x) * 4;
      if (image.data[offset + 3] === 0) continue;
      context.fillStyle = `rgb(${image.data[offset]},${image.data[offset + 1]},${image.data[offset + 2]})`;
      context.fillRect(x, y, 1, 1);
    }
  }
  return tile;
}

export class CanvasRenderer implements MapRenderer {
  readonly kind = 'svg';
  readonly svg: SVGSVGElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly options: CanvasRendererOptions;
  private readonly paths = new Map<string, SVGPathElement>();
  private readonly shapes: { areas: [code: string, shape: Path2D][]; regions: Path2D };
  private readonly hatch: CanvasPattern | null;
  /** Outlines drawn over the areas: the selected area, the one the pointer is on, the one pointed at elsewhere. */
  private readonly outlines: { selected: SVGPathElement; hovered: SVGPathElement; highlighted: SVGPathElement };
  private camera: View;
  private size: Size;
  private areaBounds: ReadonlyMap<string, Bounds | null> | null = null;
  private painted = new Map<string, string | null>();
  private hovered: string | null = null;
  /** The camera was chosen before the container had a size; it is framed again once it has one. */
  private provisional = false;
  /** The camera is England's default framing, which nobody chose: it follows the panels over the map. */
  private overview: boolean;
  private covered: readonly Rect[] = [];
  private drawRequested = false;
  private dragEnded = false;
  /** A drag under way: where the pointer went down and the camera then; `moved` once it is a drag, not a click. */
  private drag: { id: number; x: number; y: number; camera: View; moved: boolean } | null = null;

  constructor(options: CanvasRendererOptions) {
    this.options = options;
    this.size = this.measure();
    this.provisional = !options.view && !fitBox(ENGLAND_BOUNDS, this.size, FRAMING.englandPadding);
    this.overview = !options.view;
    this.camera = options.view ?? this.englandView();
    const cover = 'position:absolute;inset:0;width:100%;height:100%;display:block';
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.dataset.testid = 'svg-map-pixels';
    this.canvas.style.cssText = cover;
    this.context = this.canvas.getContext('2d', { willReadFrequently: true })!;
    this.hatch = this.context.createPattern(hatchTile(), 'repeat');
    // Screen readers and keyboards get the same figures from the table, search and lists (as for the canvas).
    this.svg = element('svg', { 'aria-hidden': 'true', focusable: 'false', 'data-testid': 'svg-map', preserveAspectRatio: 'none' });
    this.svg.style.cssText = cover;
    // Hidden but still the target of pointer events ('all' ignores visibility): the canvas shows them.
    const areas = element('g', { visibility: 'hidden', 'pointer-events': 'all' });
    for (const [code, d] of options.boundaries.areas) {
      const path = element('path', { d, 'data-code': code });
      this.paths.set(code, path);
      areas.append(path);
    }
    this.shapes = { areas: options.boundaries.areas.map(([code, d]) => [code, new Path2D(d)]), regions: new Path2D(options.boundaries.regions) };
    const outline = (): SVGPathElement => element('path', { fill: 'none', stroke: OUTLINE.colour, 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round', 'pointer-events': 'none' });
    this.outlines = { highlighted: outline(), hovered: outline(), selected: outline() };
    this.outlines.selected.setAttribute('data-testid', 'svg-selected');
    this.svg.append(areas, this.outlines.highlighted, this.outlines.hovered, this.outlines.selected);
    options.container.append(this.canvas, this.svg);
    this.place();
    this.bindPointer();
  }

  async setAreas(bounds: ReadonlyMap<string, Bounds | null>): Promise<void> {
    this.areaBounds = bounds;
  }

  paint(colours: Colours): void {
    let changed = false;
    for (const [code, path] of this.paths) {
      // An area the figures do not name yet stays transparent, as on the MapLibre map.
      const colour = colours.has(code) ? (colours.get(code) ?? null) : undefined;
      if (colour === undefined) continue;
      if (this.painted.has(code) && this.painted.get(code) === colour) continue;
      this.painted.set(code, colour);
      changed = true;
      if (colour) path.setAttribute('fill', colour);
      else path.removeAttribute('fill');
      path.toggleAttribute('data-no-data', colour === null);
    }
    if (changed) this.requestDraw();
  }

  select(code: string | null): void {
    this.outline(this.outlines.selected, code);
  }

  highlight(code: string | null): void {
    this.outline(this.outlines.highlighted, code);
  }

  flyTo(code: string): void {
    const box = usableBox(this.areaBounds?.get(code));
    if (!box) return;
    const view = frameBox(box, this.size, this.covered, FRAMING.areaPadding, FRAMING.areaMaxZoom);
    if (view) this.moveTo(view);
  }

  jumpTo(view: View | null): void {
    this.moveTo(view ?? this.englandView());
    this.overview = !view;
  }

  cover(panels: readonly Rect[]): void {
    this.covered = panels;
    // Not reported as a view change: like the first framing, it is no camera anybody chose.
    if (!this.overview) return;
    const view = this.englandView();
    if (view.zoom === this.camera.zoom && view.lat === this.camera.lat && view.lng === this.camera.lng) return;
    this.camera = view;
    this.place();
  }

  async snapshot(): Promise<HTMLCanvasElement> {
    if (this.drawRequested) await nextFrame();
    const copy = document.createElement('canvas');
    copy.width = this.canvas.width;
    copy.height = this.canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(this.canvas, 0, 0);
    // The selected area's outline is SVG over the canvas: drawn onto the copy as MapLibre draws it.
    const selected = this.outlines.selected.getAttribute('data-code');
    const shape = selected ? this.shapes.areas.find(([code]) => code === selected)?.[1] : undefined;
    if (shape) {
      const { scale, x, y, unitsPerPixel } = this.transform(copy.width / Math.max(1, this.size.width));
      context.setTransform(scale, 0, 0, scale, -x * scale, -y * scale);
      context.lineJoin = 'round';
      context.strokeStyle = OUTLINE.colour;
      context.lineWidth = OUTLINE.selectedWidth * unitsPerPixel;
      context.stroke(shape);
    }
    return copy;
  }

  view(): View {
    return { ...this.camera };
  }

  resize(): void {
    // As MapLibre does: the camera stays, the container shows more or less around it.
    this.size = this.measure();
    if (this.provisional && fitBox(ENGLAND_BOUNDS, this.size, FRAMING.englandPadding)) {
      this.provisional = false;
      this.camera = this.englandView();
    }
    this.place();
  }

  async whenDrawn(): Promise<void> {
    // Attributes set now are drawn in the next frame; the one after it begins once that frame is out.
    await nextFrame();
    await nextFrame();
  }

  destroy(): void {
    this.svg.remove();
    this.canvas.remove();
  }

  private measure(): Size {
    return { width: this.options.container.clientWidth, height: this.options.container.clientHeight };
  }

  private englandView(): View {
    const box: LngLatBox = ENGLAND_BOUNDS;
    // A container not laid out yet has no size to fit into; any camera will do until it has one (resize).
    return frameBox(box, this.size, this.covered, FRAMING.englandPadding) ?? fitBox(box, { width: 1024, height: 768 }, FRAMING.englandPadding)!;
  }

  private moveTo(view: View): void {
    this.provisional = false;
    this.overview = false;
    this.camera = { ...view };
    this.place();
    this.options.onViewChange(this.view());
  }

  /** Sets the viewBox for the camera and the outlines' widths, and draws the canvas again to match. */
  private place(): void {
    this.svg.setAttribute('viewBox', viewBox(this.camera, this.size, this.options.boundaries.zoom).join(' '));
    this.requestDraw();
    this.outlines.selected.setAttribute('stroke-width', String(OUTLINE.selectedWidth));
    this.outlines.hovered.setAttribute('stroke-width', String(OUTLINE.hoverWidth));
    this.outlines.highlighted.setAttribute('stroke-width', String(OUTLINE.hoverWidth));
  }

  /** Draws once in the next frame, however many changes come before it. */
  private requestDraw(): void {
    if (this.drawRequested) return;
    this.drawRequested = true;
    requestAnimationFrame(() => {
      this.drawRequested = false;
      this.draw();
    });
  }

  /** The areas in their fills with their borders, then the region borders: the order of MapLibre's layers. */
  private draw(): void {
    const { canvas, context, camera, size } = this;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(size.width * ratio);
    const height = Math.round(size.height * ratio);
    // Setting a canvas's size clears it, even to the same size.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    } else {
      // In pixels, not in the last frame's map units: under its transform the clear missed most of the old picture.
      context.resetTransform();
      context.clearRect(0, 0, width, height);
    }
    if (width === 0 || height === 0) return;
    const { scale, x, y, unitsPerPixel } = this.transform(ratio);
    context.setTransform(scale, 0, 0, scale, -x * scale, -y * scale);
    // Line widths and the hatch are in screen pixels, as MapLibre draws them, whatever the zoom.
    this.hatch?.setTransform(new DOMMatrix().scale(unitsPerPixel));
    context.lineJoin = 'round';
    context.strokeStyle = AREA_BORDER.colour;
    context.lineWidth = widthAt(AREA_BORDER.width, camera.zoom) * unitsPerPixel;
    for (const [code, shape] of this.shapes.areas) {
      const fill = this.painted.get(code);
      if (fill !== undefined) {
        context.fillStyle = fill ?? this.hatch ?? NO_DATA_FILL;
        context.fill(shape);
      }
      context.stroke(shape);
    }
    context.strokeStyle = REGION_BORDER.colour;
    context.lineWidth = widthAt(REGION_BORDER.width, camera.zoom) * unitsPerPixel;
    context.stroke(this.shapes.regions);
  }

  /** From the paths' units to canvas pixels at `ratio` canvas pixels per CSS pixel, for the current camera. */
  private transform(ratio: number): { scale: number; x: number; y: number; unitsPerPixel: number } {
    const [x, y] = viewBox(this.camera, this.size, this.options.boundaries.zoom);
    const unitsPerPixel = 2 ** (this.options.boundaries.zoom - this.camera.zoom);
    return { scale: ratio / unitsPerPixel, x, y, unitsPerPixel };
  }

  private outline(target: SVGPathElement, code: string | null): void {
    const d = code ? this.paths.get(code)?.getAttribute('d') : null;
    if (d) {
      target.setAttribute('d', d);
      target.setAttribute('data-code', code!);
    } else {
      target.removeAttribute('d');
      target.removeAttribute('data-code');
    }
  }

  private codeAt(event: Event): string | null {
    const target = event.target;
    return target instanceof SVGPathElement ? (target.dataset.code ?? null) : null;
  }

  private bindPointer(): void {
    const svg = this.svg;
    svg.addEventListener('pointermove', (event) => {
      const code = this.codeAt(event);
      const changed = code !== this.hovered;
      if (changed) {
        this.hovered = code;
        this.outline(this.outlines.hovered, code);
        svg.style.cursor = code ? 'pointer' : '';
      }
      if (!code) {
        if (changed) this.options.onHover(null, null);
        return;
      }
      const rect = svg.getBoundingClientRect();
      this.options.onHover(code, { x: event.clientX - rect.left, y: event.clientY - rect.top });
    });
    svg.addEventListener('pointerleave', () => {
      this.hovered = null;
      this.outline(this.outlines.hovered, null);
      svg.style.cursor = '';
      this.options.onHover(null, null);
    });
    svg.addEventListener('click', (event) => {
      // The click that ends a drag is not a choice of area.
      if (this.dragEnded) {
        this.dragEnded = false;
        return;
      }
      this.options.onClick(this.codeAt(event));
    });
    this.bindGestures();
  }

  /**
   * Zooming by wheel and panning by drag, until MapLibre takes over with its own (stage.ts hands it this
   * camera then). Without them the first gestures, made while MapLibre starts, did nothing.
   */
  private bindGestures(): void {
    const svg = this.svg;
    svg.style.touchAction = 'none';
    svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const pixels = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.size.height : 1);
        // About half a zoom level per 100 px of scrolling, as MapLibre does for a trackpad.
        const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.camera.zoom - Math.max(-1, Math.min(1, pixels / 200))));
        const rect = svg.getBoundingClientRect();
        this.zoomAbout(zoom, event.clientX - rect.left - this.size.width / 2, event.clientY - rect.top - this.size.height / 2);
      },
      { passive: false },
    );
    svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || this.drag) return;
      this.drag = { id: event.pointerId, x: event.clientX, y: event.clientY, camera: { ...this.camera }, moved: false };
    });
    svg.addEventListener('pointermove', (event) => {
      const drag = this.drag;
      if (!drag || drag.id !== event.pointerId) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) svg.setPointerCapture(event.pointerId);
      drag.moved = true;
      const scale = 2 ** drag.camera.zoom;
      this.camera = { zoom: drag.camera.zoom, lng: lngAt(worldX(drag.camera.lng, 0) - dx / scale, 0), lat: latAt(worldY(drag.camera.lat, 0) - dy / scale, 0) };
      this.overview = false;
      this.place();
    });
    const end = (event: PointerEvent): void => {
      const drag = this.drag;
      if (!drag || drag.id !== event.pointerId) return;
      this.drag = null;
      if (!drag.moved) return;
      this.dragEnded = event.type === 'pointerup';
      this.options.onViewChange(this.view());
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
  }

  /** Zooms keeping the place `dx`, `dy` pixels from the map's centre where it is on screen. */
  private zoomAbout(zoom: number, dx: number, dy: number): void {
    const before = 2 ** this.camera.zoom;
    const after = 2 ** zoom;
    const x = worldX(this.camera.lng, 0) + dx / before - dx / after;
    const y = worldY(this.camera.lat, 0) + dy / before - dy / after;
    this.moveTo({ zoom, lng: lngAt(x, 0), lat: latAt(y, 0) });
  }
}
