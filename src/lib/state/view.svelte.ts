// How this person is looking at the page: pointer, camera requests, the bottom sheet, map or table, what a
// screen reader is told. None of it is shared in a link; the selection and the layer it changes through
// the URL's owner (AppState).
import type { AppState } from './app.svelte';
import type { ViewMode as Mode } from './url';
import { geographyOfCode } from '../data/geographies';
import { isAnalysisLayer, layer as layerOf, type LayerId } from '../indicators/layers';

export type { ViewMode as Mode } from './url';

export class ViewState {
  /** The area under the pointer and where, for the hover tip. */
  pointer = $state<{ code: string; x: number; y: number } | null>(null);
  /** An area pointed at in the map, a list or the scatter: outlined everywhere. */
  highlighted = $state<string | null>(null);
  /** Frame this area whenever `seq` changes. */
  flyTarget = $state<{ seq: number; code: string | null }>({ seq: 0, code: null });
  /** The side panel as a bottom sheet on a phone: open or folded. */
  sheetOpen = $state(false);
  /** Said by the live region after a change that moves nothing into focus. */
  announcement = $state('');
  /** Why the map cannot be drawn, once that is known; the table stands in for it. */
  mapFailure = $state<string | null>(null);

  constructor(
    private readonly app: AppState,
    private readonly nameOf: (code: string) => string | undefined,
  ) {
    this.sheetOpen = isAnalysisLayer(app.url.layer);
  }

  /** Map or table, as the link says; the table while the map cannot be drawn, without writing that into the link. */
  get mode(): Mode {
    return this.mapFailure ? 'table' : this.app.url.mode;
  }

  set mode(mode: Mode) {
    this.app.navigate({ mode });
  }

  /** A district chosen as a whole: an area selected inside one before (perhaps in another district) is let go. */
  select(code: string | null, fly = false): void {
    this.app.navigate({ area: code, subArea: null });
    if (code && fly) this.flyTo(code);
    const name = code ? this.nameOf(code) : undefined;
    this.announcement = name ? `Selected ${name}.` : 'Selection cleared.';
    if (code) this.sheetOpen = true;
  }

  /**
   * An area below the districts chosen from a list or the search (its code says its geography): the map shows
   * that geography, with the area and its district selected.
   */
  selectNeighbourhood(code: string, district: string, name: string, fly: boolean): void {
    const geography = geographyOfCode(code);
    if (!geography) return;
    this.app.navigate({ geo: geography.id, subArea: { geography: geography.id, code }, area: district });
    if (fly) this.flyTo(district);
    this.announcement = `Selected ${name}.`;
    this.sheetOpen = true;
  }

  flyTo(code: string): void {
    this.flyTarget = { seq: this.flyTarget.seq + 1, code };
  }

  setLayer(id: LayerId): void {
    this.app.navigate({ layer: id });
    if (isAnalysisLayer(id)) this.sheetOpen = true;
    this.announcement = `Map coloured by ${layerOf(id).label}.`;
  }

  /** From the map: the pointer is over this area (or none). */
  point(code: string | null, at: { x: number; y: number } | null): void {
    this.pointer = code && at ? { code, ...at } : null;
    this.highlighted = code;
  }

  /** One thing closes per press, innermost first: the selection, then the bottom sheet on a phone. */
  escape(): void {
    if (this.app.url.area) this.select(null);
    else if (this.sheetOpen) this.sheetOpen = false;
  }

  mapFailed(message: string): void {
    this.mapFailure = message;
  }
}
