// The light map: the 314 districts as SVG paths (svgBoundaries.ts), placed by a viewBox on the same Web
// Mercator pixels as MapLibre (projection.ts). It paints as soon as the paths and the figures are in, long
// before MapLibre could, and it is the whole map where there is no WebGL. It frames an area by moving its
// viewBox; it has no gestures of its own (zooming by hand is MapLibre's).
import type { Bounds } from '../data/types';
import type { View } from '../data/view';
import { fitBox, viewBox, type LngLatBox, type Size } from './projection';
import type { Colours, MapRenderer, RendererEvents } from './renderer';
import { AREA_BORDER, ENGLAND_BOUNDS, FRAMING, NO_DATA_FILL, OUTLINE, REGION_BORDER, hatchImage, widthAt } from './style';
import type { SvgBoundaries } from './svgBoundaries';

const SVG = 'http://www.w3.org/2000/svg';

export interface SvgRendererOptions extends RendererEvents {
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

/** The no-data hatch as SVG, pixel for pixel the image MapLibre draws it with (style.ts). */
function hatchPattern(id: string): SVGPatternElement {
  const image = hatchImage();
  const pattern = element('pattern', { id, width: String(image.width), height: String(image.height), patternUnits: 'userSpaceOnUse' });
  pattern.append(element('rect', { width: String(image.width), height: String(image.height), fill: NO_DATA_FILL }));
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const offset = (y * image.width + x) * 4;
      if (image.data[offset + 3] === 0) continue;
      const fill = `rgb(${image.data[offset]},${image.data[offset + 1]},${image.data[offset + 2]})`;
      pattern.append(element('rect', { x: String(x), y: String(y), width: '1', height: '1', fill }));
    }
  }
  return pattern;
}

let instances = 0;

export class SvgRenderer implements MapRenderer {
  readonly kind = 'svg';
  readonly svg: SVGSVGElement;
  private readonly options: SvgRendererOptions;
  private readonly paths = new Map<string, SVGPathElement>();
  private readonly areaGroup: SVGGElement;
  private readonly regions: SVGPathElement;
  private readonly hatch: SVGPatternElement;
  private readonly hatchFill: string;
  /** Outlines drawn over the areas: the selected area, the one the pointer is on, the one pointed at elsewhere. */
  private readonly outlines: { selected: SVGPathElement; hovered: SVGPathElement; highlighted: SVGPathElement };
  private camera: View;
  private size: Size;
  private areaBounds: ReadonlyMap<string, Bounds | null> | null = null;
  private painted = new Map<string, string | null>();
  private hovered: string | null = null;
  /** The camera was chosen before the container had a size; it is framed again once it has one. */
  private provisional = false;

  constructor(options: SvgRendererOptions) {
    this.options = options;
    const id = `no-data-hatch-${(instances += 1)}`;
    this.hatchFill = `url(#${id})`;
    this.size = this.measure();
    this.provisional = !options.view && !fitBox(ENGLAND_BOUNDS, this.size, FRAMING.englandPadding);
    this.camera = options.view ?? this.englandView();
    // Screen readers and keyboards get the same figures from the table, search and lists (as for the canvas).
    this.svg = element('svg', { 'aria-hidden': 'true', focusable: 'false', 'data-testid': 'svg-map', preserveAspectRatio: 'none' });
    this.svg.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block';
    const defs = element('defs', {});
    this.hatch = hatchPattern(id);
    defs.append(this.hatch);
    const areas = element('g', { fill: 'transparent', stroke: AREA_BORDER.colour, 'stroke-linejoin': 'round' });
    this.areaGroup = areas;
    for (const [code, d] of options.boundaries.areas) {
      const path = element('path', { d, 'data-code': code, 'vector-effect': 'non-scaling-stroke' });
      this.paths.set(code, path);
      areas.append(path);
    }
    this.regions = element('path', { d: options.boundaries.regions, fill: 'none', stroke: REGION_BORDER.colour, 'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none' });
    const outline = (): SVGPathElement => element('path', { fill: 'none', stroke: OUTLINE.colour, 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round', 'pointer-events': 'none' });
    this.outlines = { highlighted: outline(), hovered: outline(), selected: outline() };
    this.outlines.selected.setAttribute('data-testid', 'svg-selected');
    this.svg.append(defs, areas, this.regions, this.outlines.highlighted, this.outlines.hovered, this.outlines.selected);
    this.place();
    options.container.append(this.svg);
    this.bindPointer();
  }

  async setAreas(bounds: ReadonlyMap<string, Bounds | null>): Promise<void> {
    this.areaBounds = bounds;
  }

  paint(colours: Colours): void {
    for (const [code, path] of this.paths) {
      // An area the figures do not name yet stays transparent, as on the MapLibre map.
      const colour = colours.has(code) ? (colours.get(code) ?? null) : undefined;
      if (colour === undefined) continue;
      if (this.painted.has(code) && this.painted.get(code) === colour) continue;
      this.painted.set(code, colour);
      path.setAttribute('fill', colour ?? this.hatchFill);
      path.toggleAttribute('data-no-data', colour === null);
    }
  }

  select(code: string | null): void {
    this.outline(this.outlines.selected, code);
  }

  highlight(code: string | null): void {
    this.outline(this.outlines.highlighted, code);
  }

  flyTo(code: string): void {
    const box = this.areaBounds?.get(code);
    if (!box) return;
    const [west, south, east, north] = box;
    if (![west, south, east, north].every(Number.isFinite) || !(east > west && north > south)) return;
    const view = fitBox([[west, south], [east, north]], this.size, FRAMING.areaPadding, FRAMING.areaMaxZoom);
    if (view) this.moveTo(view);
  }

  jumpTo(view: View | null): void {
    this.moveTo(view ?? this.englandView());
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
  }

  private measure(): Size {
    return { width: this.options.container.clientWidth, height: this.options.container.clientHeight };
  }

  private englandView(): View {
    const box: LngLatBox = ENGLAND_BOUNDS;
    // A container not laid out yet has no size to fit into; any camera will do until it has one (resize).
    return fitBox(box, this.size, FRAMING.englandPadding) ?? fitBox(box, { width: 1024, height: 768 }, FRAMING.englandPadding)!;
  }

  private moveTo(view: View): void {
    this.provisional = false;
    this.camera = { ...view };
    this.place();
    this.options.onViewChange(this.view());
  }

  /** Sets the viewBox for the camera and the line widths for its zoom, which MapLibre varies with zoom too. */
  private place(): void {
    const { zoom } = this.camera;
    const unitsPerPixel = 2 ** (this.options.boundaries.zoom - zoom);
    this.svg.setAttribute('viewBox', viewBox(this.camera, this.size, this.options.boundaries.zoom).join(' '));
    this.hatch.setAttribute('patternTransform', `scale(${unitsPerPixel})`);
    this.areaGroup.setAttribute('stroke-width', String(widthAt(AREA_BORDER.width, zoom)));
    this.regions.setAttribute('stroke-width', String(widthAt(REGION_BORDER.width, zoom)));
    this.outlines.selected.setAttribute('stroke-width', String(OUTLINE.selectedWidth));
    this.outlines.hovered.setAttribute('stroke-width', String(OUTLINE.hoverWidth));
    this.outlines.highlighted.setAttribute('stroke-width', String(OUTLINE.hoverWidth));
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
    svg.addEventListener('click', (event) => this.options.onClick(this.codeAt(event)));
  }
}
