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

export function panelSchedule(drawn: Promise<void>, waitMs = PANEL_WAIT_MS): PanelSchedule {
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, waitMs));
  const ready = Promise.race([drawn, fallback]).then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  return { ready, quiet: ready.then(() => whenPageQuiet()) };
}
