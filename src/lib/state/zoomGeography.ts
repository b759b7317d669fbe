// Zooming in past the district view shows the neighbourhoods; zooming back out shows the districts again.
// Only zooms made by hand count (a framing flight passes through many zooms on its way), and the rule is
// the geography list's `switchZoom`, never a number written here.
import { GEOGRAPHIES, liesWithin, pluralWithAbbreviation, subGeographies, type Geography, type GeographyId } from '../data/geographies';
import { neighbourhoodCounterpart } from '../data/neighbourhoods';
import type { UrlState } from './url';

export interface ZoomContext {
  geo: GeographyId;
  /** The layer shown has a counterpart in the geography below. */
  counterpart: boolean;
  /** The person turned that geography off while zoomed in past its switch: not switched on again until they zoom out. */
  optedOut: boolean;
}

/** The geography after a hand zoom from one level to another, or null where it stays as it is. */
export function geographyAfterZoom(from: number, to: number, context: ZoomContext): GeographyId | null {
  for (const g of subGeographies()) {
    if (g.switchZoom === null) continue;
    if (to > from && to >= g.switchZoom && context.geo === g.parent && context.counterpart && !context.optedOut) return g.id;
    if (to < from && to < g.switchZoom && context.geo === g.id) return g.parent;
  }
  return null;
}

/** What the page needs of the URL's owner. */
export interface Navigator {
  readonly url: Pick<UrlState, 'geo' | 'layer' | 'subArea'>;
  navigate(patch: Partial<UrlState>): void;
}

/** What the page announces on switching in to a geography: "Zoomed in: the map shows neighbourhoods (MSOAs). Zoom out for districts." */
export function switchedIn(to: Geography): string {
  const parent = to.parent ? GEOGRAPHIES[to.parent] : null;
  return `Zoomed in: the map shows ${pluralWithAbbreviation(to)}.${parent ? ` Zoom out for ${parent.plural}.` : ''}`;
}

export function switchedOut(to: Geography): string {
  return `Zoomed out: the map shows ${to.plural}.`;
}

/**
 * The shallowest zoom at which zooming in switches geography; below it, a hand that turned one off is forgotten.
 * Infinity where no geography is switched to by zooming.
 */
function firstSwitch(): number {
  return Math.min(...subGeographies().flatMap((g) => (g.switchZoom === null ? [] : [g.switchZoom])));
}

/** Applies the rule to the URL, remembering a hand that turned the neighbourhoods off. */
export class ZoomGeography {
  private optedOut = false;

  constructor(
    private readonly app: Navigator,
    private readonly announce: (text: string) => void,
  ) {}

  zoomed(from: number, to: number): void {
    if (to < firstSwitch()) this.optedOut = false;
    const next = geographyAfterZoom(from, to, { geo: this.app.url.geo, counterpart: neighbourhoodCounterpart(this.app.url.layer) !== null, optedOut: this.optedOut });
    if (next === null) return;
    const down = GEOGRAPHIES[next].parent === this.app.url.geo;
    // An area chosen below the geography now shown (at the districts, any) is let go.
    const chosen = this.app.url.subArea;
    this.app.navigate(chosen && !liesWithin(next, chosen.geography) ? { geo: next, subArea: null } : { geo: next });
    this.announce(down ? switchedIn(GEOGRAPHIES[next]) : switchedOut(GEOGRAPHIES[next]));
  }

  /** The neighbourhoods were turned off by hand at this zoom. */
  turnedOff(zoom: number): void {
    this.optedOut = zoom >= firstSwitch();
  }
}
