// When the side panel may render. Its first render takes 0.1–0.2 s of main thread; it waits until a
// coloured map is on screen (whichever renderer drew it) so that it never delays it (npm run bench), and no
// longer than PANEL_WAIT_MS. On a phone the panel is a closed bottom sheet: its content waits, besides, until
// the page is quiet (quiet.ts) or the sheet is opened, so that it never competes with the first paint.
import { whenPageQuiet } from './quiet';

export const PANEL_WAIT_MS = 4000;

export interface PanelSchedule {
  /** The panel may render. */
  ready: Promise<void>;
  /** A closed sheet's content may render too. */
  quiet: Promise<void>;
}

/**
 * Resolves once the browser has shown the page's first content (Paint Timing), or at once where it does not
 * say. Two animation frames after a change do not mean it is on screen: where the compositor is slow (a
 * software GPU) frames are made faster than they are shown, and a panel rendered then joins the map's frame.
 */
export function whenContentShown(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

export function panelSchedule(drawn: Promise<void>, waitMs = PANEL_WAIT_MS): PanelSchedule {
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, waitMs));
  const ready = Promise.race([drawn.then(whenContentShown), fallback]).then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  return { ready, quiet: ready.then(() => whenPageQuiet()) };
}
