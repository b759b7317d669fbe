// When the side panel may render. Its first render takes 0.1–0.2 s of main thread; it waits until the
// coloured map is on screen so that it never delays it (npm run bench): rendered while the tiles were on
// their way, it held up the page's handling of them. It waits no longer than PANEL_WAIT_MS (boundaries slow
// to arrive), and not at all once the map has failed.
import type { MapController } from './controller';

export const PANEL_WAIT_MS = 4000;

export function afterFirstDraw(map: Promise<MapController | null>, waitMs = PANEL_WAIT_MS): Promise<void> {
  const drawn = map.then((controller) => controller?.whenDrawn());
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, waitMs));
  return Promise.race([drawn, fallback]).then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}
