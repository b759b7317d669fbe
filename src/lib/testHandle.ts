// The one handle the end-to-end tests and the benchmark read the page through: read-only views of the map
// state that no role, label or test id can show (feature-state colours, rendered features, the camera).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapController } from './map/controller';

export interface TestHandle {
  controller: MapController;
  map: MapLibreMap;
  /** Settles when the figures have loaded (or failed to). */
  loading: Promise<void>;
}

export const TEST_HANDLE_KEY = 'healthGapMap';

export function publishTestHandle(handle: TestHandle): void {
  (window as unknown as Record<string, unknown>)[TEST_HANDLE_KEY] = handle;
}

/** The gap view's change map (src/lib/map/changeMap.ts), while it is shown. */
export const CHANGE_MAP_HANDLE_KEY = 'healthGapChangeMap';

export function publishChangeMapHandle(map: MapLibreMap | null): void {
  (window as unknown as Record<string, unknown>)[CHANGE_MAP_HANDLE_KEY] = map ?? undefined;
}
