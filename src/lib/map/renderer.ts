// The few verbs the page uses to drive a map, whichever draws it: the SVG map (canvasRenderer.ts), on screen
// first and the whole map without WebGL, or MapLibre (controller.ts), which takes over once it has started.
// Components never learn which one is drawing.
import type { Bounds } from '../data/types';
import type { View } from '../data/view';
import type { Rect } from './framing';

/** The User Timing mark set when a coloured map is first on screen; its detail names the renderer. */
export const FIRST_COLOURED_PAINT = 'first-coloured-paint';

export type Colours = ReadonlyMap<string, string | null>;

export interface RendererEvents {
  /** The area under the pointer and where the pointer is, relative to the map; null when it leaves. */
  onHover: (code: string | null, point: { x: number; y: number } | null) => void;
  /** Null when the click landed on the sea. */
  onClick: (code: string | null) => void;
  /** The camera moved (framing an area, a URL imposed a view, or a gesture). */
  onViewChange: (view: View) => void;
}

export interface MapRenderer {
  readonly kind: 'svg' | 'maplibre';
  /** Names the areas to colour, select and frame, with each one's box; once per renderer. */
  setAreas(bounds: ReadonlyMap<string, Bounds | null>): Promise<void>;
  /** Colour per area code; null = no data (hatched). Only the areas whose colour changed are touched. */
  paint(colours: Colours): void;
  /** Outline the selected area (or none). */
  select(code: string | null): void;
  /** Outline an area pointed at outside the map (a list entry or a scatter dot). */
  highlight(code: string | null): void;
  /** Frame an area in the part of the map no panel covers; an empty or degenerate box is ignored. */
  flyTo(code: string): void;
  /** Show this camera; null frames England in the part of the map no panel covers. */
  jumpTo(view: View | null): void;
  /** The panels over the map now (pixels from its top-left corner), which framing keeps areas out from under. */
  cover(panels: readonly Rect[]): void;
  /** A copy of the map as drawn, once what was asked of it is on screen (for the PNG export). */
  snapshot(): Promise<HTMLCanvasElement>;
  view(): View;
  resize(): void;
  /** Resolves once the colours asked for so far are on screen. */
  whenDrawn(): Promise<void>;
  destroy(): void;
}
